package io.ponte.fuzz;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * One route and method the server answers, with what the OpenAPI description says of it when it says anything:
 * its query parameters and the fields of its JSON body. Ponte's own routes (webhooks, sandbox) have no
 * description, and get only generic hostile input.
 */
record Operation(String method, String template, JsonNode described, JsonNode spec) {

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

	boolean inSpec() {
		return this.described != null;
	}

	boolean hasBody() {
		return this.method.equals("POST") || this.method.equals("PATCH") || this.method.equals("PUT");
	}

	List<String> pathVariables() {
		List<String> names = new ArrayList<>();
		Matcher matcher = VARIABLE.matcher(this.template);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	/** The template with its variables replaced, in order, by {@code values} (already encoded). */
	String path(List<String> values) {
		Matcher matcher = VARIABLE.matcher(this.template);
		StringBuilder path = new StringBuilder();
		Iterator<String> next = values.iterator();
		while (matcher.find()) {
			matcher.appendReplacement(path, Matcher.quoteReplacement(next.next()));
		}
		matcher.appendTail(path);
		return path.toString();
	}

	/** The query parameters the description lists (after {@code $ref}s), plus the conventions every list has. */
	Set<String> queryParameters() {
		Set<String> names = new LinkedHashSet<>(List.of("page", "page_size", "fields", "omit"));
		if (this.described != null) {
			for (JsonNode parameter : this.described.path("parameters")) {
				JsonNode resolved = resolve(parameter);
				if (resolved.path("in").asString("").equals("query")) {
					names.add(resolved.path("name").asString());
				}
			}
		}
		return names;
	}

	/** The top-level fields of the JSON request body the description gives, through $ref, allOf, oneOf, anyOf. */
	Set<String> bodyFields() {
		Set<String> fields = new LinkedHashSet<>();
		if (this.described != null) {
			collect(this.described.path("requestBody").path("content").path("application/json").path("schema"),
					fields, 0);
		}
		return fields;
	}

	private void collect(JsonNode schema, Set<String> fields, int depth) {
		JsonNode resolved = resolve(schema);
		if (depth > 6 || resolved.isMissingNode()) {
			return;
		}
		resolved.path("properties").propertyNames().forEach(fields::add);
		for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
			for (JsonNode part : resolved.path(combinator)) {
				collect(part, fields, depth + 1);
			}
		}
	}

	private JsonNode resolve(JsonNode node) {
		JsonNode current = node;
		for (int hops = 0; hops < 10 && current.has("$ref"); hops++) {
			String ref = current.get("$ref").asString();
			current = this.spec.at(ref.substring(1));
		}
		return current;
	}

	@Override
	public String toString() {
		return this.method + " " + this.template;
	}

}
