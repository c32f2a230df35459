package io.ponte.api;

import java.util.UUID;

/**
 * Who is calling: the organization whose API key authenticated the request. Every tenant-owned query
 * filters by {@link #scope()}; controllers receive the caller as a parameter.
 */
public record Caller(UUID organizationId, UUID keyId, Environment environment) {

	/** The rows this caller may see: its organization's, in its key's environment. */
	public Condition scope() {
		return Condition.of("organization_id = ? and environment = ?", this.organizationId, this.environment.value());
	}

}
