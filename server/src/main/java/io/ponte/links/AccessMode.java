package io.ponte.links;

import com.fasterxml.jackson.annotation.JsonValue;
import io.ponte.api.WireNames;
import java.util.Set;

/** A link's {@code access_mode}: {@code recurrent} links keep credentials and refresh on their own. */
public enum AccessMode {

	SINGLE, RECURRENT;

	@JsonValue
	public String json() {
		return WireNames.of(this);
	}

	public static AccessMode of(String value) {
		return WireNames.parse(AccessMode.class, value);
	}

	/** The wire values, in declaration order, for request validation and the list filter. */
	static Set<String> choices() {
		return WireNames.all(AccessMode.class);
	}

}
