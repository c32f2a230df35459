package io.ponte.links;

import io.ponte.connectors.Credentials;
import io.ponte.connectors.MfaChallenge;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * A pending MFA challenge being resumed: the credentials it was opened with, what the institution asked, and
 * the original request (for retrievals, to run it again once the token is in).
 */
public record MfaSession(String id, UUID linkId, MfaPurpose purpose, MfaChallenge challenge, Credentials credentials,
		JsonNode request) {
}
