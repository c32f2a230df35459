package io.ponte.api;

import java.util.Optional;

/** Checks a secret id and password pair; implemented where API keys are stored. */
public interface KeyAuthenticator {

	Optional<Caller> authenticate(String secretId, String secretPassword);

}
