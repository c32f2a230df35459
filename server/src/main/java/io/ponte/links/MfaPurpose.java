package io.ponte.links;

import java.util.Arrays;

/**
 * Why an MFA session was opened, which decides what resuming it does: a registration or refresh loads the
 * link's history, a failed credentials update invalidates the link, a retrieval is run again.
 */
public enum MfaPurpose {

	REGISTER("register"), UPDATE("update"), REFRESH("refresh"), RETRIEVE("retrieve");

	private final String json;

	MfaPurpose(String json) {
		this.json = json;
	}

	/** The value stored in {@code mfa_sessions.purpose}. */
	public String json() {
		return this.json;
	}

	public static MfaPurpose of(String value) {
		return Arrays.stream(values())
			.filter(p -> p.json.equals(value))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Not an MFA purpose: " + value));
	}

	/** Registrations and refreshes load the link's historical data once the login succeeds. */
	boolean loadsHistory() {
		return this == REGISTER || this == REFRESH;
	}

}
