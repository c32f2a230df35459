package io.ponte.links;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.ponte.api.ApiException;
import io.ponte.api.Caller;
import io.ponte.api.Environment;
import io.ponte.sandbox.SandboxClockListener;
import io.ponte.sandbox.SandboxClocks;
import io.ponte.webhooks.WebhookEvent;
import io.ponte.webhooks.Webhooks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Recurrent links refresh on their own, every {@code refresh_rate}, in their organization's clock time: a sweep
 * (every 30 s, and at once when a sandbox clock moves) queues a refresh job per due link under the link's id, so
 * a link has at most one refresh queued or running whatever the number of instances, and each turn runs once
 * (the job moves the link's next turn forward). A refresh logs in
 * with the stored credentials, stores what is new and announces it; a login that fails makes the link
 * {@code invalid} or {@code token_required}, announced by the LINK webhook. Single links never refresh by
 * themselves.
 */
@Component
public class RecurrentRefreshes implements SandboxClockListener {

	static final String TASK_NAME = "link-refresh";

	private static final Logger log = LoggerFactory.getLogger(RecurrentRefreshes.class);

	private static final int BATCH = 1000;

	private final JdbcClient jdbc;

	private final LinkDao links;

	private final LinkLogins logins;

	private final ObjectProvider<HistoricalLoader> loader;

	private final ObjectProvider<SchedulerClient> scheduler;

	private final SandboxClocks clocks;

	private final Webhooks webhooks;

	private final TransactionTemplate transaction;

	private final JsonMapper json;

	private final Clock clock;

	RecurrentRefreshes(JdbcClient jdbc, LinkDao links, LinkLogins logins, ObjectProvider<HistoricalLoader> loader,
			ObjectProvider<SchedulerClient> scheduler, SandboxClocks clocks, Webhooks webhooks,
			TransactionTemplate transaction, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.links = links;
		this.logins = logins;
		this.loader = loader;
		this.scheduler = scheduler;
		this.clocks = clocks;
		this.webhooks = webhooks;
		this.transaction = transaction;
		this.json = json;
		this.clock = clock;
	}

	/** How often a rate refreshes: {@code 6h}, {@code 12h}, {@code 24h}, {@code 7d}, {@code 30d}. */
	static Duration every(String refreshRate) {
		String rate = refreshRate == null ? LinkRow.DEFAULT_REFRESH_RATE : refreshRate;
		long amount = Long.parseLong(rate.substring(0, rate.length() - 1));
		return rate.endsWith("h") ? Duration.ofHours(amount) : Duration.ofDays(amount);
	}

	@Bean
	RecurringTask<Void> recurrentRefreshSweepTask() {
		return Tasks.recurring("recurrent-refresh-sweep", FixedDelay.ofSeconds(30))
			.execute((instance, context) -> sweepNow());
	}

	@Bean
	OneTimeTask<String> linkRefreshTask() {
		return Tasks.oneTime(TASK_NAME, String.class)
			.onFailure(new FailureHandler.MaxRetriesFailureHandler<>(3,
					new FailureHandler.OnFailureRetryLater<>(Duration.ofMinutes(1))))
			.execute((instance, context) -> refresh(this.json.readTree(instance.getData())));
	}

	/**
	 * Starts the schedule of a link that became recurrent as of {@code asOf} (its organization's time), unless it
	 * has one already.
	 */
	void start(UUID organization, UUID link, String refreshRate, Instant asOf) {
		OffsetDateTime at = asOf.atOffset(ZoneOffset.UTC);
		this.links.startRefreshes(organization, link, at, at.plus(every(refreshRate)));
	}

	@Override
	public void clockMoved() {
		sweepNow();
	}

	/** Queues a refresh for every recurrent link that is due by its organization's clock; returns how many. */
	public int sweepNow() {
		int queued = 0;
		List<Due> due;
		do {
			due = this.jdbc.sql("""
					select l.organization_id, l.environment, l.id
					from links l
					left join sandbox_clocks c on c.organization_id = l.organization_id and l.environment = 'sandbox'
					where l.access_mode = 'recurrent' and l.status = 'valid' and l.next_refresh_at is not null
					  and l.next_refresh_at <= :now + coalesce(c.offset_ms, 0) * interval '1 millisecond'
					  and not exists (select 1 from scheduled_tasks t where t.task_name = :task
					                  and t.task_instance = l.id::text)
					order by l.next_refresh_at
					limit :batch""")
				.param("now", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
				.param("task", TASK_NAME)
				.param("batch", BATCH)
				.query((rs, row) -> new Due(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class)))
				.list();
			queued += queue(due);
		}
		while (due.size() == BATCH);
		return queued;
	}

	/**
	 * Queues the refreshes of {@code due} in one transaction (a commit, and its flush to disk, per job made a clock
	 * advance over 1,000 links take seconds before the last refresh could start), then wakes the scheduler. When
	 * another instance queued one of them meanwhile, the batch fails as a whole and each is queued on its own.
	 */
	private int queue(List<Due> due) {
		SchedulerClient scheduler = this.scheduler.getObject();
		int queued;
		try {
			queued = this.transaction.execute(status -> {
				int scheduled = 0;
				for (Due link : due) {
					scheduled += schedule(scheduler, link) ? 1 : 0;
				}
				return scheduled;
			});
		}
		catch (RuntimeException ex) {
			queued = 0;
			for (Due link : due) {
				queued += schedule(scheduler, link) ? 1 : 0;
			}
		}
		if (queued > 0 && scheduler instanceof Scheduler running) {
			running.triggerCheckForDueExecutions();
		}
		return queued;
	}

	private boolean schedule(SchedulerClient scheduler, Due link) {
		ObjectNode job = this.json.createObjectNode();
		new Caller(link.organization(), null, Environment.of(link.environment())).writeTo(job);
		job.put("link", link.id().toString());
		return scheduler.scheduleIfNotExists(new TaskInstance<>(TASK_NAME, link.id().toString(), job.toString()),
				this.clock.instant());
	}

	private record Due(UUID organization, String environment, UUID id) {
	}

	private void refresh(JsonNode job) {
		Caller caller = Caller.readFrom(job);
		UUID id = UUID.fromString(job.get("link").asString());
		LinkRow link = this.links.find(caller, id).orElse(null);
		if (link == null || link.accessMode() != AccessMode.RECURRENT || link.status() != LinkStatus.VALID) {
			return;
		}
		Instant asOf = this.clocks.now(caller);
		LocalDate since = this.links.lastRefreshAsOf(caller.organizationId(), id)
			.map(OffsetDateTime::toLocalDate)
			.orElse(link.createdAt().toLocalDate());
		OffsetDateTime next = asOf.plus(every(link.refreshRate())).atOffset(ZoneOffset.UTC);
		ObjectNode request = this.json.createObjectNode();
		request.set("fetch_resources", this.json.valueToTree(link.fetchResources()));
		Links.LinkLogin login;
		try {
			login = this.logins.login(caller, id, null, MfaPurpose.REFRESH, request);
		}
		catch (ApiException ex) {
			loginFailed(caller, link, ex, next);
			return;
		}
		this.loader.getObject().refresh(caller, login, link.fetchResources(), since);
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		this.transaction.executeWithoutResult(status -> {
			this.links.scheduleRefresh(caller.organizationId(), id, asOf.atOffset(ZoneOffset.UTC), next);
			this.links.setLastRefreshedAt(caller.organizationId(), id, now);
		});
	}

	/**
	 * The institution refused the stored credentials or asked for a token: the login already set the link's
	 * status; announce it. Anything else (the institution down) waits for the next turn.
	 */
	private void loginFailed(Caller caller, LinkRow link, ApiException ex, OffsetDateTime next) {
		boolean tokenRequired = ex.status().value() == 428;
		boolean refused = tokenRequired || "login_error".equals(ex.code());
		this.transaction.executeWithoutResult(status -> {
			this.links.scheduleRefresh(caller.organizationId(), link.id(),
					this.links.lastRefreshAsOf(caller.organizationId(), link.id()).orElse(null), next);
			if (refused) {
				this.webhooks.publish(caller.organizationId(), caller.environment(),
						WebhookEvent.loginFailed(tokenRequired, link.id(), link.externalId()));
			}
		});
		if (!refused) {
			log.info("Recurrent refresh of link {} failed ({}); it will be tried at its next turn", link.id(),
					ex.code());
		}
	}

}
