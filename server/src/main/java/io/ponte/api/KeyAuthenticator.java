package io.ponte.api;

import java.util.Optional;

/** Checks a secret id and password pair; implemented where API keys are stored. */
public interface KeyAuthenticator {

	Optional<Caller> authenticate(String secretId, String secretPassword);

	/**
	 * The caller of a pair accepted a moment ago, known without checking it again; empty when the pair must be
	 * checked. A remembered pair is not a guess, so it is not charged to the failed-authentication limit.
	 */
	default Optional<Caller> remembered(String secretId, String secretPassword) {
		return Optional.empty();
	}

}
