package io.ponte.resources;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.ponte.api.ApiException;
import io.ponte.api.Caller;
import io.ponte.links.Links;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Retrievals asked for with {@code X-Belvo-Request-Mode: async}: checked at once, then run as a durable
 * db-scheduler job (it survives a restart, and runs once across instances); the outcome arrives as the
 * resource's webhook carrying the request's id: {@code historical_update} with the counts, or {@code error}
 * with Belvo's error code.
 */
@Component
class AsyncRetrievals {

	private static final Logger log = LoggerFactory.getLogger(AsyncRetrievals.class);

	private static final String TASK_NAME = "async-retrieval";

	private final Retrievals retrievals;

	private final Links links;

	private final StoredResources resources;

	private final HistoricalUpdates announcements;

	private final ObjectProvider<SchedulerClient> scheduler;

	private final TransactionTemplate transaction;

	private final JsonMapper json;

	private final Clock clock;

	AsyncRetrievals(Retrievals retrievals, Links links, StoredResources resources, HistoricalUpdates announcements,
			ObjectProvider<SchedulerClient> scheduler, TransactionTemplate transaction, JsonMapper json, Clock clock) {
		this.retrievals = retrievals;
		this.links = links;
		this.resources = resources;
		this.announcements = announcements;
		this.scheduler = scheduler;
		this.transaction = transaction;
		this.json = json;
		this.clock = clock;
	}

	@Bean
	OneTimeTask<String> asyncRetrievalTask() {
		return Tasks.oneTime(TASK_NAME, String.class)
			.onFailure(new FailureHandler.MaxRetriesFailureHandler<>(3,
					new FailureHandler.OnFailureRetryLater<>(Duration.ofSeconds(30))))
			.execute((instance, context) -> run(this.json.readTree(instance.getData())));
	}

	/** Checks the request, then queues it under {@code requestId}. */
	void submit(Caller caller, StoredResource resource, JsonNode body, String requestId) {
		this.retrievals.check(caller, resource, body);
		ObjectNode job = this.json.createObjectNode();
		caller.writeTo(job);
		job.put("resource", resource.table());
		job.put("request_id", requestId);
		job.set("body", body);
		this.scheduler.getObject().schedule(new TaskInstance<>(TASK_NAME, requestId, job.toString()),
				this.clock.instant());
	}

	private void run(JsonNode job) {
		Caller caller = Caller.readFrom(job);
		StoredResource resource = this.resources.named(job.get("resource").asString());
		JsonNode body = job.get("body");
		MDC.put("request_id", job.get("request_id").asString());
		try {
			this.retrievals.retrieveAndAnnounce(caller, resource, body);
		}
		catch (ApiException ex) {
			announceFailure(caller, resource, body, ex.code(), ex.getMessage(), ex.status().value());
		}
		catch (RuntimeException ex) {
			log.error("Asynchronous retrieval {} failed unexpectedly", job.get("request_id").asString(), ex);
			announceFailure(caller, resource, body, "unexpected_error", "Ponte could not complete the request.", 500);
		}
		finally {
			MDC.remove("request_id");
		}
	}

	/** The failure of a retrieval whose link still exists (one deleted meanwhile has no one to tell). */
	private void announceFailure(Caller caller, StoredResource resource, JsonNode body, String code, String message,
			int status) {
		UUID id = UUID.fromString(body.get("link").asString());
		this.links.find(caller, id).ifPresent(link -> this.transaction.executeWithoutResult(tx -> this.announcements
			.announceFailure(caller, link, resource, code, message, status)));
	}

}
