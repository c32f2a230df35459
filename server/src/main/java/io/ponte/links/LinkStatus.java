package io.ponte.links;

import com.fasterxml.jackson.annotation.JsonValue;
import io.ponte.api.WireNames;

/** A link's {@code status}, as the API and the {@code links.status} check constraint spell it. */
public enum LinkStatus {

	VALID, INVALID, UNCONFIRMED, TOKEN_REQUIRED;

	@JsonValue
	public String json() {
		return WireNames.of(this);
	}

	/** The status stored or sent as {@code value}; anything else is a programming error, not a client's. */
	public static LinkStatus of(String value) {
		return WireNames.parse(LinkStatus.class, value);
	}

}
