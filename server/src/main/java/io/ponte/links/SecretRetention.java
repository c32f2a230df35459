package io.ponte.links;

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
 * End users' credentials are kept no longer than promised: a pending MFA session's for its lifetime, a
 * link's for its {@code credentials_storage} retention. Reading already ignores expired ones; this purge, run
 * every minute by the database-backed scheduler (one instance at a time), erases them.
 */
@Component
class SecretRetention {

	private static final Logger log = LoggerFactory.getLogger(SecretRetention.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	SecretRetention(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Bean
	RecurringTask<Void> secretRetentionTask() {
		return Tasks.recurring("secret-retention", FixedDelay.ofMinutes(1))
			.execute((instance, context) -> purge(this.clock.instant()));
	}

	/**
	 * Erases what expired before {@code now}: MFA sessions and link credentials past their retention. The time is
	 * a parameter, not the database's {@code now()}, so the clock that decides expiries also decides erasure.
	 */
	Purged purge(Instant now) {
		OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
		int sessions = this.jdbc.sql("delete from mfa_sessions where expires_at < :now").param("now", at).update();
		int credentials = this.jdbc.sql("""
				update links set credentials = null
				where credentials is not null and credentials_expire_at < :now""")
			.param("now", at)
			.update();
		if (sessions + credentials > 0) {
			log.info("Retention: erased {} expired MFA sessions and the credentials of {} links", sessions,
					credentials);
		}
		return new Purged(sessions, credentials);
	}

	record Purged(int sessions, int credentials) {
	}

}
