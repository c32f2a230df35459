package io.ponte.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every route the server serves is described: by Belvo's description ({@code spec/belvo-openapi.json}) or by
 * Ponte's own ({@code spec/ponte-extensions.yaml}), and the latter describes exactly the routes Ponte adds: each of
 * its operations is served, and none is one Belvo's description already has. Routes are read from the running
 * server's request mappings (the API's, the pages' and the management endpoints'), so a new endpoint fails here
 * until it is described. Belvo's description may list operations Ponte does not serve yet.
 *
 * <p>Templates are compared by shape, every variable one placeholder ({@code {id}} and {@code {link_id}} match), as
 * the fuzz gate's {@code Operations} does. A description may also name the concrete paths a pattern serves: the
 * widget's {@code /widget/app.js} and {@code /widget/app.css} ({@code /widget/{asset:app\.(?:js|css)}}), the health
 * groups under the management endpoint's {@code /management/health/**}.
 */
class RouteCoverageTests {

	/** Spring's error route (Ponte's {@code ContainerErrorController} answers it): the container's, no API route. */
	private static final Set<String> NOT_ROUTES = Set.of("/error");

	private static final PathPatternParser PATTERNS = new PathPatternParser();

	@OnEachDatabase
	void everyRouteTheServerServesIsDescribed(PonteServer server) {
		List<Operation> described = new ArrayList<>(Spec.belvo());
		described.addAll(Spec.extensions());

		Set<String> undescribed = new TreeSet<>();
		for (Route route : routes(server)) {
			if (described.stream().noneMatch(route::describedBy)) {
				undescribed.add(route.toString());
			}
		}

		assertThat(undescribed).as("routes the server serves that neither spec/belvo-openapi.json nor "
				+ "spec/ponte-extensions.yaml describes").isEmpty();
	}

	@OnEachDatabase
	void everyExtensionIsServed(PonteServer server) {
		List<Route> routes = routes(server);

		Set<String> unserved = new TreeSet<>();
		for (Operation extension : Spec.extensions()) {
			if (routes.stream().noneMatch(route -> route.describedBy(extension))) {
				unserved.add(extension.toString());
			}
		}

		assertThat(unserved).as("operations of spec/ponte-extensions.yaml the server does not route").isEmpty();
	}

	@Test
	void noExtensionRedescribesABelvoOperation() {
		Set<String> belvo = new TreeSet<>();
		Spec.belvo().forEach(operation -> belvo.add(operation.shape()));

		Set<String> both = new TreeSet<>();
		Spec.extensions().stream().filter(operation -> belvo.contains(operation.shape())).forEach(operation -> both
			.add(operation.toString()));

		assertThat(both).as("operations of spec/ponte-extensions.yaml that Belvo's description already has "
				+ "(drop them from the extensions)").isEmpty();
	}

	@Test
	void theExtensionsAreValidOpenApi31() {
		SwaggerParseResult result = Spec.parseExtensions();

		assertThat(result.getMessages()).as("parser messages for spec/ponte-extensions.yaml").isEmpty();
		assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.1.");
		assertThat(result.getOpenAPI().getPaths()).isNotEmpty();
	}

	/** Every (method, path template) the server routes, in every request mapping of its context. */
	static List<Route> routes(PonteServer server) {
		ApplicationContext context = server.bean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class)
			.getApplicationContext();
		Set<Route> routes = new LinkedHashSet<>();
		// the API's and the pages' (requestMappingHandlerMapping), the management endpoints' (Actuator's own)
		for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (String template : info.getPatternValues()) {
					if (NOT_ROUTES.contains(template)) {
						continue;
					}
					for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
						routes.add(new Route(method.name(), template));
					}
				}
			}
		}
		assertThat(routes).as("the server's routes").isNotEmpty();
		return List.copyOf(routes);
	}

	/** A template with its variables unnamed, so {@code {id}} and {@code {link_id}} match. */
	static String shape(String template) {
		return template.replaceAll("\\{[^}]+}", "{}");
	}

	/** A route the server serves. */
	record Route(String method, String template) {

		/**
		 * The description's operation is this route: the same method, and the same template by shape, or a concrete
		 * path (no variables) that this route's pattern matches.
		 */
		boolean describedBy(Operation operation) {
			if (!this.method.equals(operation.method())) {
				return false;
			}
			if (shape(this.template).equals(shape(operation.path()))) {
				return true;
			}
			if (operation.path().contains("{")) {
				return false;
			}
			PathPattern pattern = PATTERNS.parse(this.template);
			return pattern.matches(PathContainer.parsePath(operation.path()));
		}

		@Override
		public String toString() {
			return this.method + " " + this.template;
		}

	}

	/** An operation a description has. */
	record Operation(String method, String path) {

		String shape() {
			return this.method + " " + RouteCoverageTests.shape(this.path);
		}

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

	/** The two descriptions' operations. */
	static final class Spec {

		private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
				"trace");

		/** Belvo's, read as plain JSON (the contract's validator reads it, repaired, for itself). */
		static List<Operation> belvo() {
			Path file = Contract.get().spec();
			assertThat(file).as("Belvo's description (-D" + Contract.SPEC_PROPERTY + ")").isRegularFile();
			JsonNode root = JsonMapper.builder().build().readTree(file.toFile());
			List<Operation> operations = new ArrayList<>();
			root.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
				if (METHODS.contains(method.getKey())) {
					operations.add(new Operation(method.getKey().toUpperCase(Locale.ROOT), path.getKey()));
				}
			}));
			assertThat(operations).as("Belvo's operations").isNotEmpty();
			return operations;
		}

		static List<Operation> extensions() {
			OpenAPI api = parseExtensions().getOpenAPI();
			List<Operation> operations = new ArrayList<>();
			api.getPaths().forEach((path, item) -> item.readOperationsMap().keySet().forEach(method -> operations
				.add(new Operation(method.name(), path))));
			return operations;
		}

		static SwaggerParseResult parseExtensions() {
			Path file = Contract.EXTENSIONS.toAbsolutePath().normalize();
			assertThat(file).as("Ponte's extensions").isRegularFile();
			ParseOptions options = new ParseOptions();
			options.setResolve(true);
			SwaggerParseResult result;
			try {
				result = new OpenAPIV3Parser().readContents(Files.readString(file), null, options);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			assertThat(result.getOpenAPI()).as("spec/ponte-extensions.yaml parses: " + result.getMessages())
				.isNotNull();
			return result;
		}

	}

}
