package io.ponte.links;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A link as the API shows it (Belvo's {@code Link}). */
public record Link(UUID id, String institution, String accessMode, OffsetDateTime lastAccessedAt,
		OffsetDateTime createdAt, String externalId, String institutionUserId, String status, UUID createdBy,
		String refreshRate, String credentialsStorage, List<String> fetchResources, String staleIn) {
}
