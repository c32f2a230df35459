package io.ponte.fuzz;

import io.ponte.testing.PonteServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every operation the running server routes, found in its request mappings (so a new endpoint is fuzzed without
 * anyone listing it), each matched with its OpenAPI description by path template when the spec has one.
 */
final class Operations {

	private Operations() {
	}

	static List<Operation> of(PonteServer server, Path specFile) {
		JsonNode spec = read(specFile);
		Map<String, JsonNode> described = new HashMap<>();
		spec.path("paths").properties().forEach(path -> path.getValue().properties().forEach(
				method -> described.put(method.getKey().toUpperCase(Locale.ROOT) + " " + shape(path.getKey()),
						method.getValue())));
		RequestMappingHandlerMapping mapping = server.bean("requestMappingHandlerMapping",
				RequestMappingHandlerMapping.class);
		List<Operation> operations = new ArrayList<>();
		for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String template : info.getPatternValues()) {
				// the JSON API: Belvo's routes, Ponte's, and the hosted widget's (pages and files are not JSON)
				if (!template.startsWith("/api") && !template.startsWith("/payments")
						&& !template.startsWith("/widget/api/")) {
					continue;
				}
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					String name = method.name();
					operations.add(new Operation(name, template, described.get(name + " " + shape(template)), spec));
				}
			}
		}
		operations.sort(Comparator.comparing(Operation::toString));
		return List.copyOf(operations);
	}

	/** A template with its variables unnamed, so {@code {id}} and {@code {link_id}} match. */
	private static String shape(String template) {
		return template.replaceAll("\\{[^}]+}", "{}");
	}

	private static JsonNode read(Path file) {
		if (!java.nio.file.Files.isRegularFile(file)) {
			return JsonMapper.builder().build().createObjectNode(); // no description: every route fuzzed generically
		}
		try {
			return JsonMapper.builder().build().readTree(file.toFile());
		}
		catch (RuntimeException ex) {
			throw new UncheckedIOException(new IOException("cannot read the OpenAPI description " + file, ex));
		}
	}

}
