package io.ponte.payments;

import io.ponte.api.ApiCollection;
import io.ponte.api.ApiException;
import io.ponte.api.Caller;
import io.ponte.api.Condition;
import io.ponte.api.JsonBody;
import io.ponte.api.ListQueries;
import io.ponte.api.ListRequest;
import io.ponte.api.Page;
import io.ponte.api.ValueType;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code /payments/br/payment-intents/}: CreatePaymentIntentBrazil, ListPaymentIntentsBrazil,
 * DetailPaymentIntentBrazil, PatchPaymentIntentBrazil, CancelPaymentIntentBrazil, and an intent's charges
 * (ListChargesBrazil, DetailChargesBrazil, CancelChargeBrazil).
 */
@RestController
class PaymentIntentController {

	private final PaymentIntents intents;

	private final PaymentIntentViews views;

	private final ListQueries lists;

	PaymentIntentController(PaymentIntents intents, PaymentIntentViews views, ListQueries lists) {
		this.intents = intents;
		this.views = views;
		this.lists = lists;
	}

	@Bean
	static ApiCollection paymentIntentsCollection() {
		return ApiCollection.of("payments_br_payment_intents", "/payments/br/payment-intents/");
	}

	@PostMapping("/payments/br/payment-intents/")
	@ResponseStatus(HttpStatus.CREATED)
	PaymentIntent create(Caller caller, @RequestBody JsonNode body) {
		return this.intents.create(caller, JsonBody.of(body));
	}

	@GetMapping("/payments/br/payment-intents/")
	Page<PaymentIntent> list(Caller caller, ListRequest request) {
		return this.lists.page(PaymentIntentDao.RESOURCE, request, caller.scope())
			.mapAll(rows -> this.views.intents(caller.organizationId(), caller.environment(), rows));
	}

	@GetMapping("/payments/br/payment-intents/{id}/")
	PaymentIntent detail(Caller caller, @PathVariable String id) {
		return this.intents.detail(caller, ValueType.idInPath(id));
	}

	@PatchMapping("/payments/br/payment-intents/{id}/")
	PaymentIntent update(Caller caller, @PathVariable String id, @RequestBody JsonNode body) {
		return this.intents.update(caller, ValueType.idInPath(id), JsonBody.of(body));
	}

	/**
	 * A Ponte extension: every status the intent took, oldest first, with why (the append-only history that its
	 * webhooks announce). Not in Belvo's API.
	 */
	@GetMapping("/payments/br/payment-intents/{id}/history/")
	Page<PaymentIntentDao.HistoryRow> history(Caller caller, @PathVariable String id) {
		List<PaymentIntentDao.HistoryRow> history = this.intents.history(caller, ValueType.idInPath(id));
		return new Page<>(history.size(), null, null, history);
	}

	@PostMapping("/payments/br/payment-intents/{id}/cancel/")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void cancel(Caller caller, @PathVariable String id) {
		this.intents.cancel(caller, ValueType.idInPath(id));
	}

	@GetMapping("/payments/br/payment-intents/{intent}/charges/")
	Page<PaymentIntent.Charge> charges(Caller caller, @PathVariable String intent, ListRequest request) {
		UUID id = ValueType.idInPath(intent);
		this.intents.requireExists(caller, id);
		return this.lists.page(ChargeDao.OF_INTENT, request, caller.scope().and(Condition.eq("payment_intent_id", id)))
			.mapAll(rows -> this.views.charges(caller.organizationId(), rows));
	}

	@GetMapping("/payments/br/payment-intents/{intent}/charges/{charge}/")
	PaymentIntent.Charge charge(Caller caller, @PathVariable String intent, @PathVariable String charge) {
		UUID intentId = ValueType.idInPath(intent);
		ChargeDao.Row row = this.lists.find(ChargeDao.OF_INTENT, caller.scope(),
				Condition.eq("payment_intent_id", intentId).and(Condition.eq("id", ValueType.idInPath(charge))))
			.orElseThrow(ApiException::notFound);
		return this.views.charges(caller.organizationId(), List.of(row)).getFirst();
	}

	@PostMapping("/payments/br/payment-intents/{intent}/charges/{charge}/cancel/")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void cancelCharge(Caller caller, @PathVariable String intent, @PathVariable String charge) {
		this.intents.cancelCharge(caller, ValueType.idInPath(intent), ValueType.idInPath(charge));
	}

}
