package io.ponte.api;

import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Who is calling: the organization whose API key authenticated the request. Every tenant-owned query
 * filters by {@link #scope()}; controllers receive the caller as a parameter.
 */
public record Caller(UUID organizationId, UUID keyId, Environment environment) {

	/** The same scope in named-parameter SQL, bound by {@link #scopeParameters()}. */
	public static final String SCOPE = "organization_id = :organization_id and environment = :environment";

	/** The rows this caller may see: its organization's, in its key's environment. */
	public Condition scope() {
		return Condition.of("organization_id = ? and environment = ?", this.organizationId, this.environment.value());
	}

	/** Writes who is calling into a background job's data, so the job runs as them ({@link #readFrom}). */
	public void writeTo(ObjectNode job) {
		job.put("organization", this.organizationId.toString());
		job.put("key", this.keyId == null ? null : this.keyId.toString());
		job.put("environment", this.environment.value());
	}

	/** The caller a background job's data names ({@link #writeTo}). */
	public static Caller readFrom(JsonNode job) {
		JsonNode key = job.get("key");
		return new Caller(UUID.fromString(job.get("organization").asString()),
				key == null || key.isNull() ? null : UUID.fromString(key.asString()),
				Environment.of(job.get("environment").asString()));
	}

	/** The values of {@link #SCOPE}. */
	public Map<String, Object> scopeParameters() {
		return Map.of("organization_id", this.organizationId, "environment", this.environment.value());
	}

}
