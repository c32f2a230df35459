package io.ponte.connectors;

/**
 * An end user's login at an institution, as registered on a link. Unused parts are null. {@code country} is the
 * institution's (ISO 3166 alpha-2), where the end user banks.
 */
public record Credentials(String institution, String country, String username, String username2, String username3,
		String usernameType, String password, String password2) {

	@Override
	public String toString() {
		return "Credentials[" + this.institution + ", " + this.username + ", ***]";
	}

}
