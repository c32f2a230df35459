package io.ponte.organizations;

import io.ponte.api.Environment;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of {@code api_keys}. The secret password exists only as its bcrypt hash. */
record ApiKeyRow(UUID organizationId, UUID id, String secretId, String secretHash, Environment environment,
		String description, OffsetDateTime createdAt, OffsetDateTime revokedAt) {
}
