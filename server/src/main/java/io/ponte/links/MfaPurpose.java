package io.ponte.links;

import io.ponte.api.WireNames;

/**
 * Why an MFA session was opened, which decides what resuming it does: a registration or refresh loads the
 * link's history, a failed credentials update invalidates the link, a retrieval is run again.
 */
public enum MfaPurpose {

	REGISTER, UPDATE, REFRESH, RETRIEVE;

	/** The value stored in {@code mfa_sessions.purpose}. */
	public String json() {
		return WireNames.of(this);
	}

	public static MfaPurpose of(String value) {
		return WireNames.parse(MfaPurpose.class, value);
	}

	/** Registrations and refreshes load the link's historical data once the login succeeds. */
	boolean loadsHistory() {
		return this == REGISTER || this == REFRESH;
	}

}
