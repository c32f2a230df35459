package io.ponte.api;

import java.util.UUID;

/**
 * Who is calling: the organization whose API key authenticated the request. Every tenant-owned query
 * filters by {@link #organizationId()} and {@link #environment()}; controllers receive it as a parameter.
 */
public record Caller(UUID organizationId, UUID keyId, Environment environment) {
}
