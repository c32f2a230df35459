package io.ponte.api;

/**
 * A key's environment, as with Belvo's separate sandbox and production keys: same API, separate data.
 * Sandbox keys see sandbox institutions and sandbox data only; production keys the real ones.
 */
public enum Environment {

	SANDBOX, PRODUCTION;

	/** The value stored in the database and shown to people. */
	public String value() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	public static Environment of(String value) {
		return valueOf(value.toUpperCase(java.util.Locale.ROOT));
	}

}
