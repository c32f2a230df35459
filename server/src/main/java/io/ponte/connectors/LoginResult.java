package io.ponte.connectors;

/** The outcome of a login: a session, an MFA challenge to answer, or a refusal with Belvo's error code. */
public sealed interface LoginResult {

	/** Logged in; {@code session} is what later fetches need. */
	record Success(Session session) implements LoginResult {
	}

	/** The institution asks for a token; answer it by logging in again with the token and this challenge. */
	record TokenRequired(MfaChallenge challenge) implements LoginResult {
	}

	/**
	 * Refused, with a Belvo error code such as {@code login_error}, {@code too_many_sessions},
	 * {@code institution_down}, {@code institution_unavailable} or {@code session_expired}.
	 */
	record Failure(String code, String message) implements LoginResult {
	}

}
