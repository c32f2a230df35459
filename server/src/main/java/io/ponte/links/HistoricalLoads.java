package io.ponte.links;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.ponte.api.Caller;
import io.ponte.connectors.Session;
import io.ponte.institutions.InstitutionEntry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A link's historical load as a durable background job: scheduled in the transaction that registers (or
 * refreshes) the link, so the request answers as soon as the login succeeded, and run once by any instance,
 * again after a crash. Each resource is stored and announced by its {@code historical_update} webhook. The job
 * carries the login's session (encrypted, like credentials), so a link whose credentials are not stored, or
 * that needed a token, loads without logging in again.
 */
@Component
public class HistoricalLoads {

	static final String TASK_NAME = "historical-load";

	private static final Logger log = LoggerFactory.getLogger(HistoricalLoads.class);

	private final LinkDao links;

	private final LinkLogins logins;

	private final CredentialCipher cipher;

	private final ObjectProvider<HistoricalLoader> loader;

	private final ObjectProvider<SchedulerClient> scheduler;

	private final JsonMapper json;

	private final Clock clock;

	HistoricalLoads(LinkDao links, LinkLogins logins, CredentialCipher cipher, ObjectProvider<HistoricalLoader> loader,
			ObjectProvider<SchedulerClient> scheduler, JsonMapper json, Clock clock) {
		this.links = links;
		this.logins = logins;
		this.cipher = cipher;
		this.loader = loader;
		this.scheduler = scheduler;
		this.json = json;
		this.clock = clock;
	}

	@Bean
	OneTimeTask<String> historicalLoadTask() {
		return Tasks.oneTime(TASK_NAME, String.class)
			.onFailure(new FailureHandler.MaxRetriesFailureHandler<>(3,
					new FailureHandler.OnFailureRetryLater<>(Duration.ofSeconds(30))))
			.execute((instance, context) -> run(this.json.readTree(instance.getData())));
	}

	/** Queues the load of {@code resources}; call inside the transaction that makes the link usable. */
	void schedule(Caller caller, UUID link, Session session, List<String> resources) {
		if (resources.isEmpty() || this.loader.getIfAvailable() == null) {
			return;
		}
		String requestId = MDC.get("request_id");
		ObjectNode job = this.json.createObjectNode();
		caller.writeTo(job);
		job.put("link", link.toString());
		job.put("request_id", requestId);
		job.set("resources", this.json.valueToTree(resources));
		job.put("session", Base64.getEncoder().encodeToString(this.cipher.encrypt(
				this.json.writeValueAsString(session), owner(link))));
		String id = link + "/" + (requestId == null ? UUID.randomUUID().toString() : requestId);
		this.scheduler.getObject().schedule(new TaskInstance<>(TASK_NAME, id, job.toString()), this.clock.instant());
	}

	private static String owner(UUID link) {
		return "historical-load:" + link;
	}

	private void run(JsonNode job) {
		Caller caller = Caller.readFrom(job);
		UUID id = UUID.fromString(job.get("link").asString());
		LinkRow link = this.links.find(caller, id).orElse(null);
		if (link == null) {
			return;
		}
		Session session = this.json.readValue(this.cipher.decrypt(Base64.getDecoder().decode(
				job.get("session").asString()), owner(id)), Session.class);
		List<String> resources = new ArrayList<>();
		job.get("resources").forEach(r -> resources.add(r.asString()));
		InstitutionEntry institution = this.logins.institution(link);
		if (!job.get("request_id").isNull()) {
			MDC.put("request_id", job.get("request_id").asString());
		}
		try {
			this.loader.getObject().load(caller, new Links.LinkLogin(link.view(), institution,
					this.logins.connector(institution), session, null), resources);
		}
		catch (RuntimeException ex) {
			log.warn("Historical load of link {} failed; it will be tried again", id, ex);
			throw ex;
		}
		finally {
			MDC.remove("request_id");
		}
	}

}
