package io.ponte.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The two descriptions Ponte is built against, as the repository keeps them (spec/, packaged under
 * {@code openapi/}): Belvo's (the contract) and Ponte's extensions; and their merge, every route Ponte serves in
 * one OpenAPI 3.1 document. Read and merged once, when first asked for.
 */
@Component
class ApiDescriptions {

	static final String BELVO = "belvo-openapi.json";

	static final String EXTENSIONS = "ponte-extensions.yaml";

	private final JsonMapper json;

	/** Read and merged on the first request for them, not at start-up (the Belvo document is 1.7 MB). */
	private volatile Descriptions loaded;

	private record Descriptions(byte[] belvo, byte[] extensions, byte[] merged) {
	}

	ApiDescriptions(JsonMapper json) {
		this.json = json;
	}

	byte[] belvo() {
		return loaded().belvo();
	}

	byte[] extensions() {
		return loaded().extensions();
	}

	byte[] merged() {
		return loaded().merged();
	}

	private Descriptions loaded() {
		Descriptions descriptions = this.loaded;
		if (descriptions == null) {
			synchronized (this) {
				descriptions = this.loaded;
				if (descriptions == null) {
					byte[] belvo = read(BELVO);
					byte[] extensions = read(EXTENSIONS);
					byte[] merged = this.json.writeValueAsBytes(merge((ObjectNode) this.json.readTree(belvo),
							(ObjectNode) this.json.valueToTree(yaml(extensions))));
					descriptions = new Descriptions(belvo, extensions, merged);
					this.loaded = descriptions;
				}
			}
		}
		return descriptions;
	}

	/**
	 * Belvo's document with the extensions' paths, tags and components added. The extensions never describe a
	 * path Belvo's does (RouteCoverageTests holds that); a component name both use is renamed on the extensions'
	 * side ({@code Ponte_<name>}) with its references. Declared 3.1.0: the extensions use 3.1, and Belvo's 3.0
	 * schemas read the same there but for {@code nullable}, which renderers still show.
	 */
	static ObjectNode merge(ObjectNode belvo, ObjectNode extensions) {
		ObjectNode merged = belvo.deepCopy();
		ObjectNode ponte = extensions.deepCopy();
		ObjectNode components = merged.has("components") ? (ObjectNode) merged.get("components")
				: merged.putObject("components");
		for (Map.Entry<String, JsonNode> section : ponte.path("components").properties()) {
			ObjectNode target = components.has(section.getKey()) ? (ObjectNode) components.get(section.getKey())
					: components.putObject(section.getKey());
			for (String name : new ArrayList<>(section.getValue().propertyNames())) {
				String kept = name;
				if (target.has(name)) {
					kept = "Ponte_" + name;
					rename(ponte, "#/components/" + section.getKey() + "/" + name,
							"#/components/" + section.getKey() + "/" + kept);
				}
				target.set(kept, ponte.path("components").path(section.getKey()).get(name));
			}
		}
		ObjectNode paths = (ObjectNode) merged.get("paths");
		ponte.path("paths").properties().forEach(path -> paths.set(path.getKey(), path.getValue()));
		ArrayNode tags = merged.has("tags") ? (ArrayNode) merged.get("tags") : merged.putArray("tags");
		ponte.path("tags").forEach(tags::add);
		merged.put("openapi", "3.1.0");
		// Belvo's servers are Belvo's: "Try it out" talks to the Ponte serving this document
		merged.putArray("servers").addObject().put("url", "/").put("description", "this Ponte server");
		ObjectNode info = (ObjectNode) merged.get("info");
		info.put("description", "Every route Ponte serves: Belvo's API as its description " + belvo.path("info")
			.path("version")
			.asString("") + " has it, and Ponte's extensions (tagged " + String.join(", ", names(ponte.path("tags")))
				+ ").\n\n" + info.path("description").asString(""));
		return merged;
	}

	/** Every {@code $ref} equal to {@code from} in the tree becomes {@code to}. */
	private static void rename(JsonNode node, String from, String to) {
		if (node instanceof ObjectNode object) {
			if (from.equals(object.path("$ref").asString(null))) {
				object.put("$ref", to);
			}
			for (Iterator<JsonNode> children = object.values().iterator(); children.hasNext();) {
				rename(children.next(), from, to);
			}
		}
		else if (node instanceof ArrayNode array) {
			array.forEach(child -> rename(child, from, to));
		}
	}

	private static List<String> names(JsonNode tags) {
		List<String> names = new ArrayList<>();
		tags.forEach(tag -> names.add(tag.path("name").asString("")));
		return names;
	}

	private static Object yaml(byte[] text) {
		return new Yaml(new SafeConstructor(new LoaderOptions())).load(new String(text, StandardCharsets.UTF_8));
	}

	private static byte[] read(String file) {
		try (InputStream in = new ClassPathResource("openapi/" + file).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the API description openapi/" + file + " is missing from the build", ex);
		}
	}

}
