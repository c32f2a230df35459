package io.ponte.api;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code fields=a,b} keeps only those keys of each returned object, {@code omit=a,b} drops them. Applied once,
 * here, to every resource response: the items of a page, the items of an array, or a single object.
 * Error bodies are left alone. Every kind of response goes through it: lists, pages and single objects, of
 * {@code GET}, {@code POST} and {@code PATCH} alike.
 */
@RestControllerAdvice(basePackages = "io.ponte")
class FieldSelectionAdvice implements ResponseBodyAdvice<Object> {

	private final JsonMapper json;

	FieldSelectionAdvice(JsonMapper json) {
		this.json = json;
	}

	@Override
	public boolean supports(MethodParameter returnType, Class converterType) {
		return true;
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType, Class converterType,
			ServerHttpRequest request, ServerHttpResponse response) {
		if (body == null || !(request instanceof ServletServerHttpRequest servlet) || isError(body)) {
			return body;
		}
		Set<String> fields = names(servlet.getServletRequest().getParameter("fields"));
		Set<String> omit = names(servlet.getServletRequest().getParameter("omit"));
		if (fields.isEmpty() && omit.isEmpty()) {
			return body;
		}
		Object selected = switch (body) {
			case JsonPage page -> new Page<>(page.count(), page.next(), page.previous(),
					this.json.readTree(page.resultsArray()).valueStream().map(item -> select(item, fields, omit)).toList());
			case Page<?> page -> page.map(item -> select(item, fields, omit));
			case List<?> list -> list.stream().map(item -> select(item, fields, omit)).toList();
			default -> select(body, fields, omit);
		};
		// written as it now is: the converter would otherwise write it as the handler's declared type (a list of
		// RawJson, say), which the selected objects no longer are
		return new RawJson(this.json.writeValueAsString(selected));
	}

	private static boolean isError(Object body) {
		return body instanceof ApiError || (body instanceof List<?> list && !list.isEmpty()
				&& list.getFirst() instanceof ApiError);
	}

	private Object select(Object item, Set<String> fields, Set<String> omit) {
		JsonNode node = item instanceof JsonNode parsed ? parsed
				: item instanceof RawJson raw ? this.json.readTree(raw.json()) : this.json.valueToTree(item);
		if (!(node instanceof ObjectNode object)) {
			return node;
		}
		if (!fields.isEmpty()) {
			object.retain(fields);
		}
		object.remove(omit);
		return object;
	}

	private static Set<String> names(String raw) {
		if (raw == null || raw.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(raw.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
	}

}
