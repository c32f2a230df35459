package io.ponte.webhooks;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import io.ponte.api.Environment;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox: {@link #publish} writes one event per enabled endpoint that wants its type, and schedules its
 * delivery, in the caller's database transaction. So nothing is announced that did not commit, and nothing that
 * committed goes unannounced: delivery ({@link WebhookDelivery}) picks the events up after the commit, on any
 * instance, even after a crash.
 */
@Service
public class Webhooks {

	/** The key marking a transaction whose commit wakes the scheduler. */
	private static final Object WAKE = new Object();

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final ObjectProvider<SchedulerClient> scheduler;

	private final JsonMapper json;

	private final Clock clock;

	Webhooks(JdbcClient jdbc, JdbcTemplate batch, ObjectProvider<SchedulerClient> scheduler, JsonMapper json,
			Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.scheduler = scheduler;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Announces {@code event} to the organization's endpoints in {@code environment}; must run inside the
	 * transaction that makes the change it reports. Returns how many deliveries were written.
	 */
	public int publish(UUID organizationId, Environment environment, WebhookEvent event) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("Webhook events are published inside the transaction of their change");
		}
		List<UUID> endpoints = this.jdbc.sql("""
				select id from webhook_endpoints
				where organization_id = :organization_id and environment = :environment and enabled
				  and (webhook_types is null or :type = any (webhook_types))""")
			.param("organization_id", organizationId)
			.param("environment", environment.value())
			.param("type", event.type())
			.query(UUID.class)
			.list();
		if (endpoints.isEmpty()) {
			return 0;
		}
		Timestamp now = Timestamp.from(Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS));
		List<Object[]> rows = new ArrayList<>(endpoints.size());
		List<TaskInstance<?>> deliveries = new ArrayList<>(endpoints.size());
		for (UUID endpoint : endpoints) {
			UUID id = UUID.randomUUID();
			rows.add(new Object[] { organizationId, id, environment.value(), endpoint, event.linkId(), event.type(),
					event.code(), event.requestId(), payload(id, event), now, now });
			deliveries.add(WebhookDelivery.instance(id, organizationId));
		}
		this.batch.batchUpdate("""
				insert into webhook_events (organization_id, id, environment, endpoint_id, link_id, webhook_type,
				    webhook_code, request_id, payload, status, next_attempt_at, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)""", rows);
		SchedulerClient scheduler = this.scheduler.getObject();
		scheduler.scheduleBatch(deliveries, now.toInstant());
		wakeAfterCommit(scheduler);
		return endpoints.size();
	}

	/**
	 * Asks this instance's scheduler to look for due work as soon as the transaction commits, once per
	 * transaction, rather than at its next poll: delivery then follows the commit within milliseconds. (Asked
	 * before the commit, the poll would not see the rows yet.)
	 */
	private static void wakeAfterCommit(SchedulerClient client) {
		if (!(client instanceof Scheduler scheduler) || TransactionSynchronizationManager.hasResource(WAKE)) {
			return;
		}
		TransactionSynchronizationManager.bindResource(WAKE, Boolean.TRUE);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				scheduler.triggerCheckForDueExecutions();
			}

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(WAKE);
			}
		});
	}

	/**
	 * Belvo's payload; {@code webhook_id} is the event's id without dashes, as Belvo writes it. A payments event
	 * has the payments layout: the object's id where an aggregation event names its link.
	 */
	private String payload(UUID id, WebhookEvent event) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("webhook_id", id.toString().replace("-", ""));
		body.put("webhook_type", event.type());
		if (event.aboutPayment()) {
			body.put("webhook_code", event.code());
			body.put("object_id", event.objectId().toString());
			body.put("external_id", event.externalId());
			body.put("data", event.data() == null ? Map.of() : event.data());
			return this.json.writeValueAsString(body);
		}
		body.put("process_type", event.processType());
		body.put("webhook_code", event.code());
		body.put("link_id", event.linkId() == null ? null : event.linkId().toString());
		body.put("request_id", event.requestId());
		body.put("external_id", event.externalId());
		body.put("data", event.data() == null ? Map.of() : event.data());
		return this.json.writeValueAsString(body);
	}

}
