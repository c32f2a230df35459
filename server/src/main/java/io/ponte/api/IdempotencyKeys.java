package io.ponte.api;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code idempotency_keys} table: who holds a key, and the answer it settled with. Every instance claims and
 * reads keys here, so PostgreSQL alone decides which of several concurrent duplicates runs. Statements run on
 * their own (no surrounding transaction): a claim must be visible to the other instances at once.
 */
@Component
class IdempotencyKeys {

	private static final Logger log = LoggerFactory.getLogger(IdempotencyKeys.class);

	/** The retention the API promises: an answer is replayed for at least a day. */
	static final Duration MINIMUM_RETENTION = Duration.ofHours(24);

	private final JdbcClient jdbc;

	private final AtRestEncryption encryption;

	private final Clock clock;

	private final Duration retention;

	private final Duration processingTimeout;

	IdempotencyKeys(JdbcClient jdbc, AtRestEncryption encryption, Clock clock, @Value("${ponte.idempotency.retention:24h}") Duration retention,
			@Value("${ponte.idempotency.processing-timeout:5m}") Duration processingTimeout) {
		if (retention.compareTo(MINIMUM_RETENTION) < 0) {
			throw new IllegalArgumentException(
					"ponte.idempotency.retention must be at least 24h (answers are promised for a day): " + retention);
		}
		if (processingTimeout.isNegative() || processingTimeout.isZero()) {
			throw new IllegalArgumentException("ponte.idempotency.processing-timeout must be positive");
		}
		this.jdbc = jdbc;
		this.encryption = encryption;
		this.clock = clock;
		this.retention = retention;
		this.processingTimeout = processingTimeout;
	}

	@Bean
	static RecurringTask<Void> idempotencyKeyExpiryTask(IdempotencyKeys keys) {
		return Tasks.recurring("idempotency-key-expiry", FixedDelay.ofHours(1))
			.execute((instance, context) -> keys.purge(keys.clock.instant()));
	}

	/** A key of one organization in one environment: keys of different callers never meet. */
	record Scope(Caller caller, String key) {
	}

	/** What another request left under a key: its request's hash and, once it settled, its answer. */
	record Entry(byte[] requestHash, Answer answer) {

		boolean processing() {
			return this.answer == null;
		}

	}

	/** A settled answer, replayed as it was sent. */
	record Answer(int status, String contentType, String requestId, byte[] body) {
	}

	/**
	 * Claims the key for a new attempt, identified by the returned owner id; empty when another request holds it.
	 * A key whose retention ended, or whose attempt outlived the processing timeout (its instance died
	 * mid-request), is free again and taken over in the same statement.
	 */
	Optional<UUID> claim(Scope scope, byte[] requestHash) {
		UUID owner = UUID.randomUUID();
		OffsetDateTime now = now();
		int claimed = this.jdbc.sql("""
				insert into idempotency_keys (organization_id, environment, idempotency_key, request_hash, state, owner,
				                              locked_until, created_at, expires_at)
				values (:organization_id, :environment, :key, :hash, 'processing', :owner, :locked_until, :now, :expires_at)
				on conflict (organization_id, environment, idempotency_key) do update
				set request_hash = excluded.request_hash, state = 'processing', owner = excluded.owner,
				    locked_until = excluded.locked_until, created_at = excluded.created_at,
				    expires_at = excluded.expires_at, response_status = null, response_content_type = null,
				    response_request_id = null, response_body = null
				where idempotency_keys.expires_at <= excluded.created_at
				   or (idempotency_keys.state = 'processing' and idempotency_keys.locked_until <= excluded.created_at)""")
			.params(scope.caller().scopeParameters())
			.param("key", scope.key())
			.param("hash", requestHash)
			.param("owner", owner)
			.param("locked_until", now.plus(this.processingTimeout))
			.param("now", now)
			.param("expires_at", now.plus(this.retention))
			.update();
		return claimed == 1 ? Optional.of(owner) : Optional.empty();
	}

	/** What is under the key now; empty when nothing is (the holder released it, or it expired). */
	Optional<Entry> find(Scope scope) {
		return this.jdbc.sql("select request_hash, state, response_status, response_content_type, response_request_id,"
				+ " response_body from idempotency_keys where " + Caller.SCOPE
				+ " and idempotency_key = :key and expires_at > :now")
			.params(scope.caller().scopeParameters())
			.param("key", scope.key())
			.param("now", now())
			.query((rs, row) -> new Entry(rs.getBytes("request_hash"),
					"processing".equals(rs.getString("state")) ? null
							: new Answer(rs.getInt("response_status"), rs.getString("response_content_type"),
									rs.getString("response_request_id"), open(scope, rs.getBytes("response_body")))))
			.optional();
	}

	/**
	 * Leaves the answer under the key for the retention, counted from now. False when the attempt no longer holds
	 * the key (it ran past the processing timeout and another took over): that one's answer stands.
	 */
	boolean answer(Scope scope, UUID owner, Answer answer) {
		OffsetDateTime now = now();
		return this.jdbc.sql("""
				update idempotency_keys
				set state = 'answered', response_status = :status, response_content_type = :content_type,
				    response_request_id = :request_id, response_body = :body, expires_at = :expires_at
				where organization_id = :organization_id and environment = :environment
				  and idempotency_key = :key and owner = :owner""")
			.params(scope.caller().scopeParameters())
			.param("key", scope.key())
			.param("owner", owner)
			.param("status", answer.status())
			.param("content_type", answer.contentType())
			.param("request_id", answer.requestId())
			.param("body", seal(scope, answer.body()))
			.param("expires_at", now.plus(this.retention))
			.update() == 1;
	}

	/** Frees the key without an answer, so the same request may run again. */
	void release(Scope scope, UUID owner) {
		this.jdbc.sql("delete from idempotency_keys where " + Caller.SCOPE
				+ " and idempotency_key = :key and owner = :owner")
			.params(scope.caller().scopeParameters())
			.param("key", scope.key())
			.param("owner", owner)
			.update();
	}

	/**
	 * Answers are kept encrypted, as every secret at rest is: one may carry a secret shown once (a webhook's
	 * signing secret). The body's bytes map one to one onto ISO-8859-1 characters, so the replay is exactly them.
	 */
	private byte[] seal(Scope scope, byte[] body) {
		return this.encryption.encrypt(new String(body, StandardCharsets.ISO_8859_1), owner(scope));
	}

	private byte[] open(Scope scope, byte[] sealed) {
		return this.encryption.decrypt(sealed, owner(scope)).getBytes(StandardCharsets.ISO_8859_1);
	}

	private static String owner(Scope scope) {
		return "idempotency:" + scope.caller().organizationId() + ":" + scope.caller().environment().value() + ":"
				+ scope.key();
	}

	/** Deletes the keys whose retention ended before {@code now}; returns how many. */
	int purge(Instant now) {
		int deleted = this.jdbc.sql("delete from idempotency_keys where expires_at <= :now")
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
		if (deleted > 0) {
			log.info("Retention: deleted {} expired idempotency keys", deleted);
		}
		return deleted;
	}

	private OffsetDateTime now() {
		return this.clock.instant().atOffset(ZoneOffset.UTC);
	}

}
