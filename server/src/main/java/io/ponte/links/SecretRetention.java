package io.ponte.links;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
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

	SecretRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Bean
	RecurringTask<Void> secretRetentionTask() {
		return Tasks.recurring("secret-retention", FixedDelay.ofMinutes(1)).execute((instance, context) -> purge());
	}

	/** Erases expired MFA sessions and link credentials past their retention; returns how many of each. */
	Purged purge() {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		int sessions = this.jdbc.sql("delete from mfa_sessions where expires_at < ?").param(now).update();
		int credentials = this.jdbc
			.sql("update links set credentials = null where credentials is not null and credentials_expire_at < ?")
			.param(now)
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
