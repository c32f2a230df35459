package io.ponte.institutions;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** What the rest of the server needs to know of an institution: its connector, resources and login form. */
public record InstitutionEntry(int id, String name, String type, String connector, List<String> countryCodes,
		List<String> resources, JsonNode formFields, boolean tokenRequired, String status) {

	/** The country an end user of this institution lives in: the first of its country codes. */
	public String country() {
		return this.countryCodes.isEmpty() ? null : this.countryCodes.getFirst();
	}

	public boolean supports(String resource) {
		return this.resources.contains(resource);
	}

	/** The login form field with this name, if the institution asks for it. */
	public java.util.Optional<JsonNode> formField(String name) {
		for (JsonNode field : this.formFields) {
			if (name.equals(field.path("name").asString(null))) {
				return java.util.Optional.of(field);
			}
		}
		return java.util.Optional.empty();
	}

}
