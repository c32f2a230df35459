package io.ponte.payments;

import io.ponte.api.ApiException;
import io.ponte.api.Timestamps;
import io.ponte.sandbox.SandboxClocks;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The payment intent state machine, one method per event, each run inside the caller's transaction:
 *
 * <pre>
 * REQUIRES_PAYMENT_METHOD --payer institution chosen--> REQUIRES_ACTION --confirmed: consent opened, charge PENDING
 * REQUIRES_ACTION --payer approves at their bank--> PROCESSING --Pix order debited--> SUCCEEDED
 *                                                              --refused or timed out--> FAILED
 * REQUIRES_ACTION --payer rejects | consent lapses | bank unavailable--> FAILED
 * any status before the money moves --cancel--> FAILED (payment_canceled), its charge CANCELED
 * </pre>
 *
 * Each status change appends to the intent's history ({@link PaymentIntentDao#move}) and is announced by webhook,
 * as is each status of its charge. An event the current status does not allow is a 400 naming that status.
 */
@Component
class PaymentLifecycle {

	/** Brazil's time, for the day a payment settles and the hour a scheduled one runs. */
	static final ZoneId BRAZIL = ZoneId.of("America/Sao_Paulo");

	/** A scheduled payment runs at this hour of its day, Brasília time. */
	private static final LocalTime SCHEDULED_HOUR = LocalTime.of(8, 0);

	private final PaymentIntentDao intents;

	private final ChargeDao charges;

	private final PaymentEvents events;

	private final SandboxClocks clocks;

	private final PaymentSettings settings;

	private final Clock clock;

	PaymentLifecycle(PaymentIntentDao intents, ChargeDao charges, PaymentEvents events, SandboxClocks clocks,
			PaymentSettings settings, Clock clock) {
		this.intents = intents;
		this.charges = charges;
		this.events = events;
		this.clocks = clocks;
		this.settings = settings;
		this.clock = clock;
	}

	private OffsetDateTime now() {
		return Timestamps.now(this.clock);
	}

	/** The intent's organization's time (its sandbox clock). */
	private Instant organizationNow(PaymentIntentDao.Row intent) {
		return this.clocks.now(intent.organizationId(), intent.environment());
	}

	/** A new intent was stored: announce its first status. */
	void created(PaymentIntentDao.Row intent) {
		this.events.intentStatus(intent);
	}

	/** The payer's institution was chosen (or changed, before confirmation). */
	PaymentIntentDao.Row choosePayerInstitution(PaymentIntentDao.Row intent, UUID institution) {
		if ("REQUIRES_PAYMENT_METHOD".equals(intent.status())) {
			PaymentIntentDao.Row moved = move(intent, Set.of("REQUIRES_PAYMENT_METHOD"), "REQUIRES_ACTION",
					"payment_method_selected", Map.of("payer_institution_id", institution), "choose its payer institution");
			this.events.intentStatus(moved);
			return moved;
		}
		requireUnconfirmed(intent, "its payer institution can no longer change.");
		return this.intents.update(intent.organizationId(), intent.id(), Map.of("payer_institution_id", institution),
				now());
	}

	/** The beneficiary account was changed, before confirmation. */
	PaymentIntentDao.Row chooseBeneficiary(PaymentIntentDao.Row intent, UUID account) {
		requireUnconfirmed(intent, "its beneficiary can no longer change.");
		return this.intents.update(intent.organizationId(), intent.id(),
				Map.of("beneficiary_bank_account_id", account), now());
	}

	/**
	 * Confirmation: the payer bank opens a payment consent for the payer to approve, and the intent's charge is
	 * created. A bank that is unavailable fails the intent at once.
	 */
	PaymentIntentDao.Row confirm(PaymentIntentDao.Row intent, String institutionName) {
		if ("REQUIRES_PAYMENT_METHOD".equals(intent.status())) {
			throw ApiException.invalid("payment_method_details.open_finance.payer_institution", "required",
					"The payment intent is REQUIRES_PAYMENT_METHOD: choose the payer institution before confirming.");
		}
		requireUnconfirmed(intent, "it was confirmed already.");
		OffsetDateTime now = now();
		if (SandboxPayerBank.Behaviour.of(intent.amount()) == SandboxPayerBank.Behaviour.UNAVAILABLE) {
			PaymentFailure failure = PaymentFailure.INSTITUTION_UNAVAILABLE;
			UUID charge = this.charges.insert(intent, "FAILED", failure.code(), failure.message(), now);
			PaymentIntentDao.Row failed = fail(intent, Set.of("REQUIRES_ACTION"), failure, "confirmed",
					Map.of("confirmed_at", now));
			this.events.chargeStatus(failed, charge, "FAILED", failure.code(), failure.message());
			return failed;
		}
		Map<String, Object> columns = new LinkedHashMap<>();
		columns.put("confirmed_at", now);
		columns.put("consent_token", SandboxPayerBank.consentToken());
		columns.put("consent_expires_at",
				organizationNow(intent).plus(this.settings.consentTimeout()).atOffset(ZoneOffset.UTC));
		columns.put("provider_request_id", SandboxPayerBank.consentId(institutionName));
		PaymentIntentDao.Row confirmed = this.intents.update(intent.organizationId(), intent.id(), columns, now);
		UUID charge = this.charges.insert(confirmed, "PENDING", null, null, now);
		this.events.chargeStatus(confirmed, charge, "PENDING", null, null);
		return confirmed;
	}

	/**
	 * The payer approved at their bank: the intent is PROCESSING and its charge runs after the settlement delay
	 * (a scheduled payment, on its day).
	 */
	PaymentIntentDao.Row approve(PaymentIntentDao.Row intent) {
		requireAwaitingPayer(intent);
		OffsetDateTime now = now();
		PaymentIntentDao.Row processing = move(intent, Set.of("REQUIRES_ACTION"), "PROCESSING", "payer_approved",
				Map.of("payer_decision", "approved"), "be approved");
		ChargeDao.Row charge = this.charges.openOf(intent.organizationId(), intent.id()).orElseThrow();
		Instant runAt = organizationNow(intent).plus(this.settings.settlementDelay());
		String status = "PENDING";
		if (intent.scheduleDate() != null) {
			status = "SCHEDULED";
			runAt = intent.scheduleDate().atTime(SCHEDULED_HOUR).atZone(BRAZIL).toInstant();
		}
		this.charges.plan(intent.organizationId(), charge.id(), status, runAt.atOffset(ZoneOffset.UTC), now);
		this.events.intentStatus(processing);
		if (!status.equals(charge.status())) {
			this.events.chargeStatus(processing, charge.id(), status, null, null);
		}
		return processing;
	}

	/** The payer rejected the payment at their bank. */
	PaymentIntentDao.Row reject(PaymentIntentDao.Row intent) {
		requireAwaitingPayer(intent);
		return failWithCharge(intent, Set.of("REQUIRES_ACTION"), PaymentFailure.PAYMENT_REJECTED, "payer_rejected",
				Map.of("payer_decision", "rejected"), "FAILED");
	}

	/** The consent lapsed before the payer answered. Empty when the intent moved on meanwhile. */
	Optional<PaymentIntentDao.Row> expire(PaymentIntentDao.Row intent) {
		if (!"REQUIRES_ACTION".equals(intent.status())) {
			return Optional.empty();
		}
		return Optional.of(failWithCharge(intent, Set.of("REQUIRES_ACTION"), PaymentFailure.CONSENT_EXPIRED,
				"consent_expired", Map.of(), "FAILED"));
	}

	/**
	 * Cancels the payment before its money moves: before the payer approves it, or while a scheduled payment
	 * waits for its day. The intent fails as {@code payment_canceled} and its charge is CANCELED.
	 */
	PaymentIntentDao.Row cancel(PaymentIntentDao.Row intent) {
		Optional<ChargeDao.Row> open = this.charges.openOf(intent.organizationId(), intent.id());
		boolean scheduled = "PROCESSING".equals(intent.status()) && open.map(c -> "SCHEDULED".equals(c.status()))
			.orElse(false);
		if (!Set.of("REQUIRES_PAYMENT_METHOD", "REQUIRES_ACTION").contains(intent.status()) && !scheduled) {
			throw ApiException.invalidState("payment intent", intent.status(), "it can no longer be canceled"
					+ ("PROCESSING".equals(intent.status()) ? " (the payer approved it and the Pix order is running)."
							: "."));
		}
		return failWithCharge(intent, Set.of("REQUIRES_PAYMENT_METHOD", "REQUIRES_ACTION", "PROCESSING"),
				PaymentFailure.PAYMENT_CANCELED, "canceled", Map.of(), "CANCELED");
	}

	/**
	 * Records what the payer bank did with the charge's Pix order: SUCCEEDED with its transaction, or FAILED.
	 * Runs once per charge: false when the charge had an outcome already.
	 */
	boolean settle(ChargeDao.Row charge, SandboxPayerBank.Debit debit, ChargeDao.PayerAccount payer) {
		OffsetDateTime now = now();
		PaymentIntentDao.Row intent = this.intents.lock(charge.organizationId(), charge.paymentIntentId()).orElseThrow();
		if (debit.debited()) {
			if (!this.charges.close(charge.organizationId(), charge.id(), "SUCCEEDED", null, null, payer, now)) {
				return false;
			}
			UUID transaction = this.charges.insertInflow(charge, now);
			LocalDate day = organizationNow(intent).atZone(BRAZIL).toLocalDate();
			Map<String, Object> columns = new LinkedHashMap<>();
			columns.put("end_to_end_id", debit.endToEndId());
			columns.put("settlement_date", day);
			PaymentIntentDao.Row succeeded = move(intent, Set.of("PROCESSING"), "SUCCEEDED", "settled", columns,
					"settle");
			this.events.chargeStatus(succeeded, charge.id(), "SUCCEEDED", null, null);
			this.events.transactionCreated(succeeded, transaction, charge.id());
			this.events.intentStatus(succeeded);
			return true;
		}
		PaymentFailure failure = PaymentFailure.ofBankReason(debit.reason());
		if (!this.charges.close(charge.organizationId(), charge.id(), "FAILED", failure.code(), failure.message(), null,
				now)) {
			return false;
		}
		PaymentIntentDao.Row failed = fail(intent, Set.of("PROCESSING"), failure, "failed",
				Map.of("end_to_end_id", debit.endToEndId()));
		this.events.chargeStatus(failed, charge.id(), "FAILED", failure.code(), failure.message());
		return true;
	}

	private PaymentIntentDao.Row failWithCharge(PaymentIntentDao.Row intent, Set<String> from, PaymentFailure failure,
			String reason, Map<String, Object> columns, String chargeStatus) {
		PaymentIntentDao.Row failed = fail(intent, from, failure, reason, columns);
		this.charges.openOf(intent.organizationId(), intent.id()).ifPresent(charge -> {
			boolean canceled = "CANCELED".equals(chargeStatus);
			if (this.charges.close(intent.organizationId(), charge.id(), chargeStatus, canceled ? null : failure.code(),
					canceled ? null : failure.message(), null, now())) {
				this.events.chargeStatus(failed, charge.id(), chargeStatus, canceled ? null : failure.code(),
						canceled ? null : failure.message());
			}
		});
		return failed;
	}

	private PaymentIntentDao.Row fail(PaymentIntentDao.Row intent, Set<String> from, PaymentFailure failure,
			String reason, Map<String, Object> columns) {
		Map<String, Object> all = new LinkedHashMap<>(columns);
		all.put("failure_code", failure.code());
		all.put("failure_message", failure.message());
		all.put("consent_expires_at", null);
		PaymentIntentDao.Row failed = move(intent, from, "FAILED", reason, all, "fail");
		this.events.intentStatus(failed);
		return failed;
	}

	private PaymentIntentDao.Row move(PaymentIntentDao.Row intent, Set<String> from, String to, String reason,
			Map<String, Object> columns, String refused) {
		return this.intents.move(intent.organizationId(), intent.id(), from, to, reason, columns, now())
			.orElseThrow(() -> {
				String current = this.intents.lock(intent.organizationId(), intent.id())
					.map(PaymentIntentDao.Row::status)
					.orElse(intent.status());
				return ApiException.invalidState("payment intent", current, "it cannot " + refused + ".");
			});
	}

	private static void requireUnconfirmed(PaymentIntentDao.Row intent, String refused) {
		if (!"REQUIRES_ACTION".equals(intent.status()) || intent.confirmedAt() != null) {
			throw ApiException.invalidState("payment intent",
					intent.status() + ("REQUIRES_ACTION".equals(intent.status()) ? " (confirmed)" : ""), refused);
		}
	}

	private void requireAwaitingPayer(PaymentIntentDao.Row intent) {
		if (!"REQUIRES_ACTION".equals(intent.status()) || intent.confirmedAt() == null) {
			throw ApiException.invalidState("payment intent", intent.status(), "it is not waiting for the payer.");
		}
		if (intent.consentExpiresAt() != null && !organizationNow(intent).isBefore(intent.consentExpiresAt().toInstant())) {
			throw ApiException.invalidState("payment intent", intent.status(), "its payment consent lapsed.");
		}
	}

}
