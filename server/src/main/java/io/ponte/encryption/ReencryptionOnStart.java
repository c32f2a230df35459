package io.ponte.encryption;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.ponte.links.CredentialCipher;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every server start queues one re-encryption under the current key, as a durable job: one instance runs it (the
 * job is named after the key, so instances starting together queue it once), in the background while requests are
 * served, and a crash midway leaves it to be revived and carried on. With nothing to re-encrypt it is a few quick
 * queries. {@code PONTE_REENCRYPT_ON_START=false} leaves it to the {@code encryption reencrypt} command.
 */
@Component
@Profile("!cli")
class ReencryptionOnStart {

	static final String TASK_NAME = "reencrypt-secrets";

	private static final Logger log = LoggerFactory.getLogger(ReencryptionOnStart.class);

	private final Reencryption reencryption;

	private final CredentialCipher cipher;

	private final ObjectProvider<SchedulerClient> scheduler;

	private final Clock clock;

	private final boolean enabled;

	ReencryptionOnStart(Reencryption reencryption, CredentialCipher cipher, ObjectProvider<SchedulerClient> scheduler,
			Clock clock, @Value("${ponte.reencrypt-on-start:true}") boolean enabled) {
		this.reencryption = reencryption;
		this.cipher = cipher;
		this.scheduler = scheduler;
		this.clock = clock;
		this.enabled = enabled;
	}

	@Bean
	OneTimeTask<Void> reencryptTask() {
		return Tasks.oneTime(TASK_NAME).execute((instance, context) -> run());
	}

	@EventListener(ApplicationReadyEvent.class)
	void queue() {
		SchedulerClient client = this.scheduler.getIfAvailable();
		if (this.enabled && client != null) {
			client.scheduleIfNotExists(reencryptTask().instance("under-" + this.cipher.currentKeyId()),
					this.clock.instant());
		}
	}

	private void run() {
		Map<String, Reencryption.Outcome> outcomes = this.reencryption.run();
		int rewritten = outcomes.values().stream().mapToInt(Reencryption.Outcome::rewritten).sum();
		Map<String, Long> left = Reencryption.totals(this.reencryption.census());
		left.remove(this.cipher.currentKeyId());
		if (rewritten > 0 || !left.isEmpty()) {
			log.info("Re-encrypted {} stored secrets under encryption key {}; still under other keys: {}", rewritten,
					this.cipher.currentKeyId(), left.isEmpty() ? "none" : left);
		}
		if (left.isEmpty() && this.cipher.keyIds().size() > 1) {
			log.info("Every stored secret is under encryption key {}: the retired keys {} can be removed from the "
					+ "configuration once every instance runs with this one first", this.cipher.currentKeyId(),
					this.cipher.keyIds().subList(1, this.cipher.keyIds().size()));
		}
	}

}
