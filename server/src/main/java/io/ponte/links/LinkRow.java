package io.ponte.links;

import io.ponte.api.Environment;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A row of {@code links}; {@code credentials} is ciphertext. Built with {@link #builder()} and bound to SQL by
 * column name ({@link #columns()}), so adding a column cannot shift the others.
 */
record LinkRow(UUID organizationId, UUID id, Environment environment, int institutionId, String institution,
		AccessMode accessMode, LinkStatus status, String externalId, String institutionUserId, UUID createdBy,
		String refreshRate, Retention credentialsStorage, List<String> fetchResources, Retention staleIn,
		byte[] credentials, OffsetDateTime credentialsExpireAt, OffsetDateTime createdAt,
		OffsetDateTime lastAccessedAt, OffsetDateTime lastRefreshedAt) {

	/** Belvo's only refresh rate for recurrent links. */
	static final String DEFAULT_REFRESH_RATE = "7d";

	static Builder builder() {
		return new Builder();
	}

	Link view() {
		return new Link(this.id, this.institution, this.accessMode, this.lastAccessedAt, this.createdAt,
				this.externalId, this.institutionUserId, this.status, this.createdBy, this.refreshRate,
				this.credentialsStorage, this.fetchResources, this.staleIn);
	}

	/** Stored credentials that are still within their retention, if any. */
	boolean hasUsableCredentials(OffsetDateTime now) {
		return this.credentials != null && (this.credentialsExpireAt == null || this.credentialsExpireAt.isAfter(now));
	}

	/** Every column this row writes, by name, as SQL parameters (wire values for the typed ones). */
	Map<String, Object> columns() {
		Map<String, Object> columns = new LinkedHashMap<>();
		columns.put("organization_id", this.organizationId);
		columns.put("id", this.id);
		columns.put("environment", this.environment.value());
		columns.put("institution_id", this.institutionId);
		columns.put("institution", this.institution);
		columns.put("access_mode", this.accessMode.json());
		columns.put("status", this.status.json());
		columns.put("external_id", this.externalId);
		columns.put("institution_user_id", this.institutionUserId);
		columns.put("created_by", this.createdBy);
		columns.put("refresh_rate", this.refreshRate);
		columns.put("credentials_storage", this.credentialsStorage.json());
		columns.put("fetch_resources", this.fetchResources.toArray(String[]::new));
		columns.put("stale_in_days", this.staleIn.days());
		columns.put("credentials", this.credentials);
		columns.put("credentials_expire_at", this.credentialsExpireAt);
		columns.put("created_at", this.createdAt);
		columns.put("last_accessed_at", this.lastAccessedAt);
		columns.put("last_refreshed_at", this.lastRefreshedAt);
		return columns;
	}

	/** Names every field at its call site, instead of 19 positional arguments. */
	static final class Builder {

		private UUID organizationId;

		private UUID id;

		private Environment environment;

		private int institutionId;

		private String institution;

		private AccessMode accessMode;

		private LinkStatus status;

		private String externalId;

		private String institutionUserId;

		private UUID createdBy;

		private String refreshRate;

		private Retention credentialsStorage;

		private List<String> fetchResources = List.of();

		private Retention staleIn;

		private byte[] credentials;

		private OffsetDateTime credentialsExpireAt;

		private OffsetDateTime createdAt;

		private OffsetDateTime lastAccessedAt;

		private OffsetDateTime lastRefreshedAt;

		private Builder() {
		}

		Builder organizationId(UUID organizationId) {
			this.organizationId = organizationId;
			return this;
		}

		Builder id(UUID id) {
			this.id = id;
			return this;
		}

		Builder environment(Environment environment) {
			this.environment = environment;
			return this;
		}

		Builder institution(int institutionId, String institution) {
			this.institutionId = institutionId;
			this.institution = institution;
			return this;
		}

		Builder accessMode(AccessMode accessMode) {
			this.accessMode = accessMode;
			return this;
		}

		Builder status(LinkStatus status) {
			this.status = status;
			return this;
		}

		Builder externalId(String externalId) {
			this.externalId = externalId;
			return this;
		}

		Builder institutionUserId(String institutionUserId) {
			this.institutionUserId = institutionUserId;
			return this;
		}

		Builder createdBy(UUID createdBy) {
			this.createdBy = createdBy;
			return this;
		}

		Builder refreshRate(String refreshRate) {
			this.refreshRate = refreshRate;
			return this;
		}

		Builder credentialsStorage(Retention credentialsStorage) {
			this.credentialsStorage = credentialsStorage;
			return this;
		}

		Builder fetchResources(List<String> fetchResources) {
			this.fetchResources = List.copyOf(fetchResources);
			return this;
		}

		Builder staleIn(Retention staleIn) {
			this.staleIn = staleIn;
			return this;
		}

		Builder credentials(byte[] credentials, OffsetDateTime expireAt) {
			this.credentials = credentials;
			this.credentialsExpireAt = expireAt;
			return this;
		}

		Builder createdAt(OffsetDateTime createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		Builder lastAccessedAt(OffsetDateTime lastAccessedAt) {
			this.lastAccessedAt = lastAccessedAt;
			return this;
		}

		Builder lastRefreshedAt(OffsetDateTime lastRefreshedAt) {
			this.lastRefreshedAt = lastRefreshedAt;
			return this;
		}

		LinkRow build() {
			return new LinkRow(this.organizationId, this.id, this.environment, this.institutionId, this.institution,
					this.accessMode, this.status, this.externalId, this.institutionUserId, this.createdBy,
					this.refreshRate, this.credentialsStorage, this.fetchResources, this.staleIn, this.credentials,
					this.credentialsExpireAt, this.createdAt, this.lastAccessedAt, this.lastRefreshedAt);
		}

	}

}
