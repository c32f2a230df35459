package io.ponte.payments;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.ponte.api.Timestamps;
import io.ponte.sandbox.SandboxClockListener;
import io.ponte.sandbox.SandboxClocks;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Payments that fall due by their organization's clock: a sweep (every second, and at once when a sandbox clock
 * moves) fails the intents whose consent lapsed and queues one job per charge whose Pix order is due, under the
 * charge's id, so a charge has at most one job whatever the number of instances.
 *
 * <p>A job asks the payer bank to run the order ({@link SandboxPayerBank#order}, its own transaction), then
 * records the outcome ({@link PaymentLifecycle#settle}, conditional on the charge still being open). An instance
 * that dies between the two leaves its job to be revived by another instance (db-scheduler's dead execution
 * detection), whose order finds the bank's first answer: the payer is debited once and the outcome recorded once.
 */
@Component
class PaymentSettlement implements SandboxClockListener {

	static final String TASK_NAME = "payment-charge";

	private static final Logger log = LoggerFactory.getLogger(PaymentSettlement.class);

	private static final int BATCH = 500;

	private final PaymentIntentDao intents;

	private final ChargeDao charges;

	private final CustomerDao customers;

	private final BankAccountDao accounts;

	private final PaymentLifecycle lifecycle;

	private final SandboxPayerBank bank;

	private final SandboxClocks clocks;

	private final PaymentSettings settings;

	private final ObjectProvider<SchedulerClient> scheduler;

	private final TransactionTemplate transaction;

	private final Clock clock;

	PaymentSettlement(PaymentIntentDao intents, ChargeDao charges, CustomerDao customers, BankAccountDao accounts,
			PaymentLifecycle lifecycle, SandboxPayerBank bank, SandboxClocks clocks, PaymentSettings settings,
			ObjectProvider<SchedulerClient> scheduler, TransactionTemplate transaction, Clock clock) {
		this.intents = intents;
		this.charges = charges;
		this.customers = customers;
		this.accounts = accounts;
		this.lifecycle = lifecycle;
		this.bank = bank;
		this.clocks = clocks;
		this.settings = settings;
		this.scheduler = scheduler;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Bean
	RecurringTask<Void> paymentSweepTask() {
		return Tasks.recurring("payment-sweep", FixedDelay.ofSeconds(1)).execute((instance, context) -> sweep());
	}

	@Bean
	OneTimeTask<String> paymentChargeTask() {
		return Tasks.oneTime(TASK_NAME, String.class)
			.execute((instance, context) -> run(UUID.fromString(instance.getData()),
					UUID.fromString(instance.getId())));
	}

	@Override
	public void clockMoved() {
		sweep();
	}

	/** Fails the lapsed consents and queues the due charges; returns how many of each. */
	int sweep() {
		int done = 0;
		List<PaymentIntentDao.Row> lapsed;
		do {
			lapsed = this.intents.consentsLapsed(Timestamps.now(this.clock), BATCH);
			for (PaymentIntentDao.Row intent : lapsed) {
				done += this.transaction.execute(status -> this.intents.lock(intent.organizationId(), intent.id())
					.flatMap(this.lifecycle::expire)
					.isPresent()) ? 1 : 0;
			}
		}
		while (lapsed.size() == BATCH);
		SchedulerClient client = this.scheduler.getObject();
		int queued = 0;
		for (ChargeDao.Row charge : this.charges.due(Timestamps.now(this.clock), TASK_NAME, BATCH)) {
			queued += client.scheduleIfNotExists(new TaskInstance<>(TASK_NAME, charge.id().toString(),
					charge.organizationId().toString()), this.clock.instant()) ? 1 : 0;
		}
		if (queued > 0 && client instanceof Scheduler running) {
			running.triggerCheckForDueExecutions();
		}
		return done + queued;
	}

	/** Runs one charge's Pix order at the payer bank and records its outcome, if the charge is still open. */
	private void run(UUID organization, UUID chargeId) {
		ChargeDao.Row charge = this.charges.find(organization, chargeId).orElse(null);
		if (charge == null || !ChargeDao.OPEN.contains(charge.status()) || charge.executeAt() == null) {
			return;
		}
		if (this.clocks.now(organization, charge.environment()).isBefore(charge.executeAt().toInstant())) {
			return;
		}
		BankAccountDao.InstitutionRef institution = this.accounts.institution(charge.environment(),
				charge.payerInstitutionId()).orElseThrow();
		SandboxPayerBank.Debit debit = this.bank.order(charge, institution.code(), this.clock.instant());
		if (debit.fresh()) {
			pauseAfterDebit(charge);
		}
		String payer = this.customers.byIds(organization, List.of(charge.customerId()))
			.get(charge.customerId())
			.identifier();
		ChargeDao.PayerAccount account = SandboxPayerBank.payerAccount(institution.id(), payer);
		boolean recorded = this.transaction.execute(status -> this.lifecycle.settle(charge, debit, account));
		log.info("payment charge {} of organization {}: payer bank {} ({}), {}", chargeId, organization,
				debit.outcome(), debit.endToEndId(), recorded ? "recorded" : "already recorded");
	}

	/**
	 * Crash tests only: hold the job between the payer bank's first answer to an order and the record of its
	 * outcome (an order repeated after a crash reads the bank's answer and does not wait).
	 */
	private void pauseAfterDebit(ChargeDao.Row charge) {
		long millis = this.settings.pauseAfterDebit().toMillis();
		if (millis <= 0) {
			return;
		}
		log.warn("payment charge {} debited at the payer bank; pausing {} ms before recording it (fault injection)",
				charge.id(), millis);
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted between the debit and its record", ex);
		}
	}

}
