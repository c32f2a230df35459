package io.ponte.sandbox;

import io.ponte.api.ApiException;
import io.ponte.api.Caller;
import io.ponte.api.Environment;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Each sandbox organization's clock (after Stripe's test clocks): the real time plus an offset that only grows.
 * What the sandbox banks return, and when recurrent links refresh, follow it; record times ({@code created_at},
 * {@code collected_at}) stay real. Production keys always see the real time.
 */
@Service
public class SandboxClocks {

	/** How far ahead of real time a sandbox clock may run. */
	static final Duration MOST = Duration.ofDays(3660);

	private final JdbcClient jdbc;

	private final Clock clock;

	SandboxClocks(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The caller's time: real, plus its organization's offset in the sandbox. */
	public Instant now(Caller caller) {
		return now(caller.organizationId(), caller.environment());
	}

	public Instant now(UUID organization, Environment environment) {
		return this.clock.instant().plus(offset(organization, environment));
	}

	public Duration offset(UUID organization, Environment environment) {
		if (environment != Environment.SANDBOX) {
			return Duration.ZERO;
		}
		return this.jdbc.sql("select offset_ms from sandbox_clocks where organization_id = :organization")
			.param("organization", organization)
			.query(Long.class)
			.optional()
			.map(Duration::ofMillis)
			.orElse(Duration.ZERO);
	}

	/** Moves the organization's clock forward by exactly {@code by} (a 400 naming {@code advance} past ten years). */
	Instant advance(Caller caller, Duration by) {
		if (offset(caller.organizationId(), caller.environment()).plus(by).compareTo(MOST) > 0) {
			throw ApiException.invalid("advance", "invalid", "A sandbox clock runs at most ten years ahead.");
		}
		this.jdbc.sql("""
				insert into sandbox_clocks (organization_id, offset_ms, updated_at) values (:organization, :by, :at)
				on conflict (organization_id) do update set offset_ms = sandbox_clocks.offset_ms + :by, updated_at = :at""")
			.param("organization", caller.organizationId())
			.param("by", by.toMillis())
			.param("at", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.update();
		return now(caller);
	}

	/** Moves the organization's clock forward to {@code to}; a 400 naming {@code field} if that is in its past. */
	Instant moveTo(Caller caller, Instant to, String field) {
		Instant real = this.clock.instant();
		Duration current = offset(caller.organizationId(), caller.environment());
		if (to.isAfter(real.plus(MOST))) {
			throw ApiException.invalid(field, "invalid", "A sandbox clock runs at most ten years ahead.");
		}
		Duration wanted = Duration.between(real, to);
		if (wanted.compareTo(current) < 0) {
			throw ApiException.invalid(field, "invalid", "A sandbox clock only moves forward: it is already "
					+ real.plus(current) + ".");
		}
		this.jdbc.sql("""
				insert into sandbox_clocks (organization_id, offset_ms, updated_at) values (:organization, :offset, :at)
				on conflict (organization_id) do update set offset_ms = greatest(sandbox_clocks.offset_ms, :offset),
				    updated_at = :at""")
			.param("organization", caller.organizationId())
			.param("offset", wanted.toMillis())
			.param("at", OffsetDateTime.ofInstant(real, ZoneOffset.UTC))
			.update();
		return now(caller);
	}

}
