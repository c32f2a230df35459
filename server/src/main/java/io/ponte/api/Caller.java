package io.ponte.api;

import java.util.Map;
import java.util.UUID;

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

	/** The values of {@link #SCOPE}. */
	public Map<String, Object> scopeParameters() {
		return Map.of("organization_id", this.organizationId, "environment", this.environment.value());
	}

}
