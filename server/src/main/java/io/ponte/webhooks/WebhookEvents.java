package io.ponte.webhooks;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import io.ponte.api.ApiException;
import io.ponte.api.Caller;
import io.ponte.api.Condition;
import io.ponte.api.JsonBody;
import io.ponte.api.ValueType;
import io.ponte.api.ListQueries;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Reading the outbox and putting events back in it: one, or an endpoint's dead-lettered ones in a time range. */
@Service
class WebhookEvents {

	private final WebhookEventDao events;

	private final WebhookEndpoints endpoints;

	private final ListQueries lists;

	private final ObjectProvider<SchedulerClient> scheduler;

	private final TransactionTemplate transaction;

	private final Clock clock;

	WebhookEvents(WebhookEventDao events, WebhookEndpoints endpoints, ListQueries lists,
			ObjectProvider<SchedulerClient> scheduler, TransactionTemplate transaction, Clock clock) {
		this.events = events;
		this.endpoints = endpoints;
		this.lists = lists;
		this.scheduler = scheduler;
		this.transaction = transaction;
		this.clock = clock;
	}

	WebhookEventView detail(Caller caller, UUID id) {
		return this.lists.find(WebhookEventDao.RESOURCE, caller.scope(), Condition.of("id = ?", id))
			.orElseThrow(ApiException::notFound);
	}

	/** Sends the event again, whatever became of it, with the same {@code webhook-id} and a fresh back-off. */
	WebhookEventView redeliver(Caller caller, UUID id) {
		Instant now = this.clock.instant();
		this.transaction.executeWithoutResult(tx -> {
			List<UUID> requeued = this.events.requeue(caller, "id = :id", Map.of("id", id), now);
			if (requeued.isEmpty()) {
				throw ApiException.notFound();
			}
			TaskInstance<String> delivery = WebhookDelivery.instance(id, caller.organizationId());
			SchedulerClient client = this.scheduler.getObject();
			if (!client.scheduleIfNotExists(delivery, now)) {
				// already queued for a retry: bring it forward (an attempt in flight simply goes on)
				client.reschedule(delivery, now);
			}
		});
		return detail(caller, id);
	}

	/**
	 * Puts back every dead-lettered event of an endpoint created between {@code from} and {@code to} (each
	 * optional); returns how many.
	 */
	Map<String, Object> redeliverDead(Caller caller, UUID endpoint, JsonBody body) {
		this.endpoints.detail(caller, endpoint);
		OffsetDateTime from = instant(body, "from");
		OffsetDateTime to = instant(body, "to");
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("endpoint", endpoint);
		parameters.put("from", from);
		parameters.put("to", to);
		Instant now = this.clock.instant();
		List<UUID> requeued = this.transaction.execute(tx -> {
			List<UUID> ids = this.events.requeue(caller, "status = 'dead' and endpoint_id = :endpoint"
					+ " and (cast(:from as timestamptz) is null or created_at >= :from)"
					+ " and (cast(:to as timestamptz) is null or created_at <= :to)", parameters, now);
			if (!ids.isEmpty()) {
				this.scheduler.getObject().scheduleBatch(ids.stream()
					.<TaskInstance<?>>map(id -> WebhookDelivery.instance(id, caller.organizationId()))
					.toList(), now);
			}
			return ids;
		});
		return Map.of("redelivered", requeued.size());
	}

	private static OffsetDateTime instant(JsonBody body, String field) {
		String value = body.optionalString(field);
		if (value == null) {
			return null;
		}
		try {
			return ValueType.dateTime(value);
		}
		catch (DateTimeParseException | IllegalArgumentException ex) {
			throw ApiException.invalid(field, "invalid", "Enter a date and time in ISO 8601, with its offset "
					+ "(2026-11-25T10:00:00Z).");
		}
	}

}
