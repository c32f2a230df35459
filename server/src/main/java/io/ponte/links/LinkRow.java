package io.ponte.links;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A row of {@code links}; {@code credentials} is ciphertext. */
record LinkRow(UUID organizationId, UUID id, String environment, int institutionId, String institution,
		String accessMode, String status, String externalId, String institutionUserId, UUID createdBy,
		String refreshRate, String credentialsStorage, List<String> fetchResources, String staleIn, byte[] credentials,
		OffsetDateTime credentialsExpireAt, OffsetDateTime createdAt, OffsetDateTime lastAccessedAt,
		OffsetDateTime lastRefreshedAt) {

	Link view() {
		return new Link(this.id, this.institution, this.accessMode, this.lastAccessedAt, this.createdAt, this.externalId,
				this.institutionUserId, this.status, this.createdBy, this.refreshRate, this.credentialsStorage,
				this.fetchResources, this.staleIn);
	}

	/** Stored credentials that are still within their retention, if any. */
	boolean hasUsableCredentials(OffsetDateTime now) {
		return this.credentials != null && (this.credentialsExpireAt == null || this.credentialsExpireAt.isAfter(now));
	}

}
