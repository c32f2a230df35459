package io.ponte.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON request body read field by field, so every problem is a 400 naming the field, with Django REST
 * framework's codes ({@code required}, {@code null}, {@code blank}, {@code invalid}, {@code invalid_choice}).
 * Unknown keys are ignored, as Belvo does. Controllers take an {@link ObjectNode} and wrap it.
 */
public final class JsonBody {

	private final ObjectNode node;

	/** How errors name this object's fields: empty for the body, {@code "holder."} for a nested object. */
	private final String prefix;

	private JsonBody(ObjectNode node, String prefix) {
		this.node = node;
		this.prefix = prefix;
	}

	public static JsonBody of(JsonNode node) {
		if (!(node instanceof ObjectNode object)) {
			throw ApiException.parseError("The request body must be a JSON object.");
		}
		return new JsonBody(object, "");
	}

	/** The field's name as errors show it: dotted from the body ({@code holder.information.identifier}). */
	public String path(String field) {
		return this.prefix + field;
	}

	/** A nested JSON object, read the same way; its errors name {@code field.key}. */
	public JsonBody requiredObject(String field) {
		JsonNode value = this.node.get(field);
		if (value == null || value.isNull()) {
			throw value == null ? ApiException.required(path(field))
					: ApiException.invalid(path(field), "null", "This field may not be null.");
		}
		if (!(value instanceof ObjectNode object)) {
			throw ApiException.invalid(path(field), "invalid", "Expected a JSON object.");
		}
		return new JsonBody(object, path(field) + ".");
	}

	/** A JSON object of string values (a {@code metadata}), in the order sent; null when absent or null. */
	public Map<String, String> optionalStringMap(String field) {
		JsonNode value = this.node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!(value instanceof ObjectNode object)) {
			throw ApiException.invalid(path(field), "invalid", "Expected a JSON object of string values.");
		}
		Map<String, String> values = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> entry : object.properties()) {
			if (!entry.getValue().isString()) {
				throw ApiException.invalid(path(field), "invalid", "Every value must be a string.");
			}
			values.put(entry.getKey(), entry.getValue().asString());
		}
		return values;
	}

	/** Whether the body names the field at all, even as null (a PATCH's {@code "x": null} clears x). */
	public boolean mentions(String field) {
		return this.node.has(field);
	}

	/** Whether the field holds a JSON object (where a request may give either an id or the object itself). */
	public boolean holdsObject(String field) {
		return this.node.get(field) instanceof ObjectNode;
	}

	/** Whether the field holds a JSON number. */
	public boolean holdsNumber(String field) {
		JsonNode value = this.node.get(field);
		return value != null && value.isNumber();
	}

	/** A boolean the request must give: {@code true} or {@code false}. */
	public boolean requiredBoolean(String field) {
		if (!has(field)) {
			throw mentions(field) ? ApiException.invalid(path(field), "null", "This field may not be null.")
					: ApiException.required(path(field));
		}
		return optionalBoolean(field, false);
	}

	public boolean has(String field) {
		return this.node.has(field) && !this.node.get(field).isNull();
	}

	public String requiredString(String field) {
		String value = optionalString(field);
		if (value == null) {
			throw this.node.has(field) ? ApiException.invalid(path(field), "null", "This field may not be null.")
					: ApiException.required(path(field));
		}
		return value;
	}

	/** A string, or null when absent or null; blank strings are refused. */
	public String optionalString(String field) {
		JsonNode value = this.node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString() && !value.isNumber()) {
			throw ApiException.invalid(path(field), "invalid", "Not a valid string.");
		}
		String text = value.asString();
		if (text.isBlank()) {
			throw ApiException.invalid(path(field), "blank", "This field may not be blank.");
		}
		if (text.indexOf('\0') >= 0) {
			throw ApiException.invalid(path(field), "invalid", "Null characters are not allowed.");
		}
		return text;
	}

	/** A string of {@code minLength} to {@code maxLength} characters (code points, as a person counts them). */
	public String requiredString(String field, int minLength, int maxLength) {
		return ofLength(field, requiredString(field), minLength, maxLength);
	}

	/** Like {@link #requiredString(String, int, int)}, or null when absent. */
	public String optionalString(String field, int minLength, int maxLength) {
		String value = optionalString(field);
		return value == null ? null : ofLength(field, value, minLength, maxLength);
	}

	private String ofLength(String field, String value, int minLength, int maxLength) {
		int length = value.codePointCount(0, value.length());
		if (length < minLength) {
			throw ApiException.invalid(path(field), "min_length",
					"Ensure this field has at least " + minLength + " characters.");
		}
		if (length > maxLength) {
			throw ApiException.invalid(path(field), "max_length",
					"Ensure this field has no more than " + maxLength + " characters.");
		}
		return value;
	}

	public String optionalChoice(String field, Set<String> choices) {
		String value = optionalString(field);
		if (value != null && !choices.contains(value)) {
			throw ApiException.invalid(path(field), "invalid_choice", "\"" + value + "\" is not a valid choice.");
		}
		return value;
	}

	public boolean optionalBoolean(String field, boolean absent) {
		JsonNode value = this.node.get(field);
		if (value == null || value.isNull()) {
			return absent;
		}
		if (value.isBoolean()) {
			return value.booleanValue();
		}
		if (value.isString()) {
			switch (value.asString().toLowerCase(Locale.ROOT)) {
				case "true": return true;
				case "false": return false;
				default: break;
			}
		}
		throw ApiException.invalid(path(field), "invalid", "Must be a valid boolean.");
	}

	public UUID requiredUuid(String field) {
		String value = requiredString(field);
		return ValueType.uuidOrEmpty(value)
			.orElseThrow(() -> ApiException.invalid(path(field), "invalid", "Must be a valid UUID."));
	}

	public UUID optionalUuid(String field) {
		return has(field) ? requiredUuid(field) : null;
	}

	public LocalDate optionalDate(String field) {
		String value = optionalString(field);
		if (value == null) {
			return null;
		}
		try {
			return ValueType.date(value);
		}
		catch (DateTimeParseException | IllegalArgumentException ex) {
			throw ApiException.invalid(path(field), "invalid",
					"Date has wrong format. Use one of these formats instead: YYYY-MM-DD.");
		}
	}

	public LocalDate requiredDate(String field) {
		requiredString(field);
		return optionalDate(field);
	}

	/** A list of strings; a JSON array, or a comma-separated string as some clients send. Null when absent. */
	public List<String> optionalStringList(String field) {
		JsonNode value = this.node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		List<String> items = new ArrayList<>();
		if (value.isString()) {
			for (String part : value.asString().split(",")) {
				if (!part.isBlank()) {
					items.add(part.trim());
				}
			}
			return items;
		}
		if (!value.isArray()) {
			throw ApiException.invalid(path(field), "not_a_list", "Expected a list of items.");
		}
		for (JsonNode item : value) {
			if (!item.isString() || item.asString().isBlank()) {
				throw ApiException.invalid(path(field), "invalid", "Each item must be a non-blank string.");
			}
			items.add(item.asString());
		}
		return items;
	}

}
