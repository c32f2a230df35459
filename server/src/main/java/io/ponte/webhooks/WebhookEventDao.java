package io.ponte.webhooks;

import io.ponte.api.Caller;
import io.ponte.api.Filter;
import io.ponte.api.Lookup;
import io.ponte.api.RawJson;
import io.ponte.api.Resource;
import io.ponte.api.ValueType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/** SQL for the outbox: what delivery reads and records, and what the events API lists and redelivers. */
@Repository
class WebhookEventDao {

	static final Resource<WebhookEventView> RESOURCE = Resource.of("webhook_event_items", "created_at desc, id",
			(rs, row) -> new WebhookEventView(rs.getObject("id", UUID.class), rs.getObject("endpoint_id", UUID.class),
					rs.getObject("link_id", UUID.class), rs.getString("webhook_type"), rs.getString("webhook_code"),
					rs.getString("request_id"), rs.getString("status"), rs.getObject("created_at", OffsetDateTime.class),
					rs.getObject("delivered_at", OffsetDateTime.class),
					rs.getObject("next_attempt_at", OffsetDateTime.class), new RawJson(rs.getString("payload")),
					new RawJson(rs.getString("attempts"))),
			List.of(Filter.exact("link", "link_id", ValueType.UUID),
					Filter.exact("endpoint", "endpoint_id", ValueType.UUID),
					Filter.exact("webhook_type", "webhook_type", ValueType.TEXT),
					Filter.exact("webhook_code", "webhook_code", ValueType.TEXT),
					Filter.exact("request_id", "request_id", ValueType.TEXT).only(Lookup.EXACT),
					Filter.exact("status", "status", ValueType.choice("pending", "delivered", "dead")),
					Filter.ordered("created_at", "created_at", ValueType.DATETIME)
						.only(Lookup.EXACT, Lookup.GT, Lookup.GTE, Lookup.LT, Lookup.LTE, Lookup.RANGE)));

	/** An event still to deliver, with what its endpoint needs to send it (secrets encrypted). */
	record Outgoing(UUID id, String environment, UUID endpointId, String url, boolean enabled, byte[] authorization,
			byte[] secret, byte[] previousSecret, OffsetDateTime previousExpiresAt, String payload, int failures) {
	}

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	WebhookEventDao(JdbcClient jdbc, TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	Optional<Outgoing> outgoing(UUID organization, UUID id) {
		return this.jdbc.sql("""
				select e.id, e.environment, e.endpoint_id, p.url, p.enabled, p.authorization_value, p.secret,
				       p.previous_secret, p.previous_expires_at, e.payload, e.failures
				from webhook_events e
				join webhook_endpoints p on p.organization_id = e.organization_id and p.id = e.endpoint_id
				where e.organization_id = :organization and e.id = :id and e.status = 'pending'""")
			.param("organization", organization)
			.param("id", id)
			.query((rs, row) -> new Outgoing(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
					rs.getString(4), rs.getBoolean(5), rs.getBytes(6), rs.getBytes(7), rs.getBytes(8),
					rs.getObject(9, OffsetDateTime.class), rs.getString(10), rs.getInt(11)))
			.optional();
	}

	/** One delivery attempt as it went: a 2xx delivers the event; {@code instance} names who made it. */
	record Attempt(Instant at, Integer status, long latencyMillis, String error, boolean delivered,
			String instance) {
	}

	/**
	 * Records an attempt and where the event stands after it: delivered, to be tried again at {@code next}, or
	 * (neither) dead-lettered.
	 */
	void recordAttempt(UUID organization, UUID id, Attempt attempt, Instant next) {
		OffsetDateTime when = attempt.at().atOffset(ZoneOffset.UTC);
		String error = attempt.error();
		this.transaction.executeWithoutResult(tx -> {
			int number = this.jdbc.sql("""
					update webhook_events set attempts = attempts + 1, failures = failures + :failed, status = :status,
					    delivered_at = coalesce(:delivered_at, delivered_at), next_attempt_at = :next
					where organization_id = :organization and id = :id
					returning attempts""")
				.param("organization", organization)
				.param("id", id)
				.param("failed", attempt.delivered() ? 0 : 1)
				.param("status", attempt.delivered() ? "delivered" : next == null ? "dead" : "pending")
				.param("delivered_at", attempt.delivered() ? when : null, java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
				.param("next", next == null ? null : next.atOffset(ZoneOffset.UTC), java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
				.query(Integer.class)
				.single();
			this.jdbc.sql("""
					insert into webhook_attempts (organization_id, event_id, number, attempted_at, status_code,
					    latency_ms, error, instance)
					values (:organization, :id, :number, :at, :status, :latency, :error, :instance)""")
				.param("organization", organization)
				.param("id", id)
				.param("number", number)
				.param("at", when)
				.param("status", attempt.status())
				.param("latency", (int) Math.min(Integer.MAX_VALUE, attempt.latencyMillis()))
				.param("error", error == null ? null : error.substring(0, Math.min(error.length(), 1000)))
				.param("instance", attempt.instance())
				.update();
		});
	}

	/**
	 * Puts events back in the queue, with a fresh back-off, and returns their ids; {@code condition} (SQL over
	 * {@code webhook_events}) picks which of the caller's.
	 */
	List<UUID> requeue(Caller caller, String condition, java.util.Map<String, Object> parameters, Instant now) {
		return this.jdbc.sql("update webhook_events set status = 'pending', failures = 0, next_attempt_at = :now "
				+ "where " + Caller.SCOPE + " and (" + condition + ") returning id")
			.params(caller.scopeParameters())
			.params(parameters)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.query(UUID.class)
			.list();
	}

}
