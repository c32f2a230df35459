package io.ponte.resources;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A link's {@code stale_in} says how long its retrieved data may be kept: rows of every stored resource collected
 * longer ago are deleted, hourly, by the database-backed scheduler. Items that others belong to go last (their
 * dependants cascade).
 */
@Component
class StaleDataPurge {

	private static final Logger log = LoggerFactory.getLogger(StaleDataPurge.class);

	private final JdbcClient jdbc;

	private final StoredResources resources;

	StaleDataPurge(JdbcClient jdbc, StoredResources resources) {
		this.jdbc = jdbc;
		this.resources = resources;
	}

	@Bean
	static RecurringTask<Void> staleDataPurgeTask(StaleDataPurge purge, Clock clock) {
		return Tasks.recurring("stale-data-purge", FixedDelay.ofHours(1))
			.execute((instance, context) -> purge.purge(clock.instant()));
	}

	/** Deletes every stored row collected before {@code now} minus its link's {@code stale_in}; returns how many. */
	int purge(Instant now) {
		int deleted = 0;
		for (StoredResource resource : this.resources.all().reversed()) {
			deleted += this.jdbc.sql("delete from " + resource.table() + " x using links l"
					+ " where l.organization_id = x.organization_id and l.id = x.link_id"
					+ " and x.collected_at < :now - make_interval(days => l.stale_in_days)")
				.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
				.update();
		}
		if (deleted > 0) {
			log.info("Retention: deleted {} rows older than their link's stale_in", deleted);
		}
		return deleted;
	}

}
