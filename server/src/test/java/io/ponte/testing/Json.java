package io.ponte.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Request bodies built from values, not by pasting strings into JSON: a value with a quote or a backslash stays
 * one value, and {@code null}, numbers, booleans, lists and maps are written as JSON writes them.
 */
public final class Json {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Json() {
	}

	/** Any value (a map, a list) as JSON. */
	public static String of(Object value) {
		return MAPPER.writeValueAsString(value);
	}

	/** A JSON object of alternating keys and values, in that order. */
	public static String object(Object... keysAndValues) {
		if (keysAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("keys and values come in pairs");
		}
		Map<String, Object> object = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			Object value = keysAndValues[i + 1];
			object.put((String) keysAndValues[i], value instanceof CharSequence || value == null
					|| value instanceof Number || value instanceof Boolean || value instanceof Iterable<?>
					|| value instanceof Map<?, ?> ? value : value.toString());
		}
		return MAPPER.writeValueAsString(object);
	}

}
