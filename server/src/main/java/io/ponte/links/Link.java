package io.ponte.links;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A link as the API shows it (Belvo's {@code Link}). The typed fields serialize as their wire values
 * ({@code "valid"}, {@code "recurrent"}, {@code "365d"}), so the JSON is the spec's.
 */
public record Link(UUID id, String institution, AccessMode accessMode, OffsetDateTime lastAccessedAt,
		OffsetDateTime createdAt, String externalId, String institutionUserId, LinkStatus status, UUID createdBy,
		String refreshRate, Retention credentialsStorage, List<String> fetchResources, Retention staleIn) {
}
