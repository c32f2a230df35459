package io.ponte.payments;

import io.ponte.webhooks.WebhookEvent;
import io.ponte.webhooks.Webhooks;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The Brazil payments webhooks, written to the outbox in the transaction of the change they announce:
 * {@code PAYMENT_INTENTS STATUS_UPDATE} and {@code CHARGES STATUS_UPDATE} for every status a payment intent or a
 * charge takes, and {@code TRANSACTIONS OBJECT_CREATED} for the money that moved. {@code external_id} is the
 * payment intent's.
 */
@Component
class PaymentEvents {

	private final Webhooks webhooks;

	PaymentEvents(Webhooks webhooks) {
		this.webhooks = webhooks;
	}

	void intentStatus(PaymentIntentDao.Row intent) {
		publish(intent, WebhookEvent.payment("PAYMENT_INTENTS", "STATUS_UPDATE", intent.id(), externalId(intent),
				status(intent.status(), intent, intent.failureCode(), intent.failureMessage())));
	}

	void chargeStatus(PaymentIntentDao.Row intent, UUID charge, String status, String failureCode,
			String failureMessage) {
		publish(intent, WebhookEvent.payment("CHARGES", "STATUS_UPDATE", charge, externalId(intent),
				status(status, intent, failureCode, failureMessage)));
	}

	void transactionCreated(PaymentIntentDao.Row intent, UUID transaction, UUID charge) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("charge", charge.toString());
		data.put("payment_intent", intent.id().toString());
		data.put("amount", Money.text(intent.amount()));
		data.put("currency", "BRL");
		data.put("transaction_type", "INFLOW");
		publish(intent, WebhookEvent.payment("TRANSACTIONS", "OBJECT_CREATED", transaction, externalId(intent), data));
	}

	private void publish(PaymentIntentDao.Row intent, WebhookEvent event) {
		this.webhooks.publish(intent.organizationId(), intent.environment(), event);
	}

	private static Map<String, Object> status(String status, PaymentIntentDao.Row intent, String failureCode,
			String failureMessage) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("status", status);
		data.put("metadata", intent.metadata());
		data.put("failure_code", failureCode);
		data.put("failure_message", failureMessage);
		data.put("end_to_end_id", intent.endToEndId());
		return data;
	}

	private static String externalId(PaymentIntentDao.Row intent) {
		return intent.externalId() == null ? null : intent.externalId().toString();
	}

}
