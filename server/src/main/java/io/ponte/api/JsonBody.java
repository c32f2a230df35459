package io.ponte.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

	private JsonBody(ObjectNode node) {
		this.node = node;
	}

	public static JsonBody of(JsonNode node) {
		if (!(node instanceof ObjectNode object)) {
			throw ApiException.parseError("The request body must be a JSON object.");
		}
		return new JsonBody(object);
	}

	/** Whether the body names the field at all, even as null (a PATCH's {@code "x": null} clears x). */
	public boolean mentions(String field) {
		return this.node.has(field);
	}

	public boolean has(String field) {
		return this.node.has(field) && !this.node.get(field).isNull();
	}

	public String requiredString(String field) {
		String value = optionalString(field);
		if (value == null) {
			throw this.node.has(field) ? ApiException.invalid(field, "null", "This field may not be null.")
					: ApiException.required(field);
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
			throw ApiException.invalid(field, "invalid", "Not a valid string.");
		}
		String text = value.asString();
		if (text.isBlank()) {
			throw ApiException.invalid(field, "blank", "This field may not be blank.");
		}
		if (text.indexOf('\0') >= 0) {
			throw ApiException.invalid(field, "invalid", "Null characters are not allowed.");
		}
		return text;
	}

	public String optionalChoice(String field, Set<String> choices) {
		String value = optionalString(field);
		if (value != null && !choices.contains(value)) {
			throw ApiException.invalid(field, "invalid_choice", "\"" + value + "\" is not a valid choice.");
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
		throw ApiException.invalid(field, "invalid", "Must be a valid boolean.");
	}

	public UUID requiredUuid(String field) {
		String value = requiredString(field);
		return ValueType.uuidOrEmpty(value)
			.orElseThrow(() -> ApiException.invalid(field, "invalid", "Must be a valid UUID."));
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
			throw ApiException.invalid(field, "invalid",
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
			throw ApiException.invalid(field, "not_a_list", "Expected a list of items.");
		}
		for (JsonNode item : value) {
			if (!item.isString() || item.asString().isBlank()) {
				throw ApiException.invalid(field, "invalid", "Each item must be a non-blank string.");
			}
			items.add(item.asString());
		}
		return items;
	}

}
