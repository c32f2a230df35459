package io.ponte.payments;

import io.ponte.api.ApiCollection;
import io.ponte.api.ApiException;
import io.ponte.api.Caller;
import io.ponte.api.ListQueries;
import io.ponte.api.ListRequest;
import io.ponte.api.Page;
import io.ponte.api.ValueType;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /payments/br/charges/} (ListAllChargesBrazil, DetailChargeBrazil) and {@code /payments/br/transactions/}
 * (ListPaymentTransactionsBrazil, DetailPaymentTransactionsBrazil): every charge and every payment transaction of
 * the organization. Charges of payment intents are V1 resources: asked for in V2, a charge is not found.
 */
@RestController
class ChargeController {

	private final ChargeDao charges;

	private final PaymentIntentViews views;

	private final ListQueries lists;

	ChargeController(ChargeDao charges, PaymentIntentViews views, ListQueries lists) {
		this.charges = charges;
		this.views = views;
		this.lists = lists;
	}

	@Bean
	static ApiCollection paymentChargesCollection() {
		return ApiCollection.of("payments_br_charges", "/payments/br/charges/");
	}

	@Bean
	static ApiCollection paymentTransactionsCollection() {
		return ApiCollection.of("payments_br_transactions", "/payments/br/transactions/");
	}

	@GetMapping("/payments/br/charges/")
	Page<PaymentIntent.Charge> list(Caller caller, ListRequest request) {
		return this.lists.page(ChargeDao.RESOURCE, request, caller.scope())
			.mapAll(rows -> this.views.charges(caller.organizationId(), rows));
	}

	@GetMapping("/payments/br/charges/{id}/")
	PaymentIntent.Charge detail(Caller caller, @PathVariable String id,
			@RequestHeader(name = ResourceVersion.HEADER, required = false) String version) {
		if (ResourceVersion.of(version) != ResourceVersion.V1) {
			throw ApiException.notFound();
		}
		ChargeDao.Row row = this.charges.find(caller, ValueType.idInPath(id)).orElseThrow(ApiException::notFound);
		return this.views.charges(caller.organizationId(), List.of(row)).getFirst();
	}

	@GetMapping("/payments/br/transactions/")
	Page<PaymentIntent.Transaction> transactions(Caller caller, ListRequest request) {
		return this.lists.page(ChargeDao.TRANSACTION_RESOURCE, request, caller.scope())
			.map(ChargeDao.TransactionRow::view);
	}

	@GetMapping("/payments/br/transactions/{id}/")
	PaymentIntent.Transaction transaction(Caller caller, @PathVariable String id) {
		return this.charges.transaction(caller, ValueType.idInPath(id)).orElseThrow(ApiException::notFound).view();
	}

}
