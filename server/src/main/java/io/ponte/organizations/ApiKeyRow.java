package io.ponte.organizations;

import io.ponte.api.Environment;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A row of {@code api_keys}. The secret password exists only as its bcrypt hash. A rotated key has an
 * {@code expiresAt}, after which it is refused as a revoked one is.
 */
record ApiKeyRow(UUID organizationId, UUID id, String secretId, String secretHash, Environment environment,
		String description, OffsetDateTime createdAt, OffsetDateTime revokedAt, OffsetDateTime expiresAt) {

	boolean activeAt(Instant now) {
		return this.revokedAt == null && (this.expiresAt == null || now.isBefore(this.expiresAt.toInstant()));
	}

}
