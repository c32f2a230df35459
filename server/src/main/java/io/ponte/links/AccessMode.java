package io.ponte.links;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** A link's {@code access_mode}: {@code recurrent} links keep credentials and refresh on their own. */
public enum AccessMode {

	SINGLE("single"), RECURRENT("recurrent");

	private final String json;

	AccessMode(String json) {
		this.json = json;
	}

	@JsonValue
	public String json() {
		return this.json;
	}

	public static AccessMode of(String value) {
		return Arrays.stream(values())
			.filter(m -> m.json.equals(value))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Not an access mode: " + value));
	}

	/** The wire values, in declaration order, for request validation and the list filter. */
	static Set<String> choices() {
		Set<String> choices = new LinkedHashSet<>();
		for (AccessMode mode : values()) {
			choices.add(mode.json);
		}
		return choices;
	}

}
