package io.ponte.links;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** A link's {@code status}, as the API and the {@code links.status} check constraint spell it. */
public enum LinkStatus {

	VALID("valid"), INVALID("invalid"), UNCONFIRMED("unconfirmed"), TOKEN_REQUIRED("token_required");

	private final String json;

	LinkStatus(String json) {
		this.json = json;
	}

	@JsonValue
	public String json() {
		return this.json;
	}

	/** The status stored or sent as {@code value}; anything else is a programming error, not a client's. */
	public static LinkStatus of(String value) {
		return Arrays.stream(values())
			.filter(s -> s.json.equals(value))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Not a link status: " + value));
	}

}
