package io.ponte.connectors;

/** An end user's login at an institution, as registered on a link. Unused parts are null. */
public record Credentials(String institution, String username, String username2, String username3,
		String usernameType, String password, String password2) {

	@Override
	public String toString() {
		return "Credentials[" + this.institution + ", " + this.username + ", ***]";
	}

}
