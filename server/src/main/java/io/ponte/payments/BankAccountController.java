package io.ponte.payments;

import io.ponte.api.ApiCollection;
import io.ponte.api.Caller;
import io.ponte.api.JsonBody;
import io.ponte.api.ListQueries;
import io.ponte.api.ListRequest;
import io.ponte.api.Page;
import io.ponte.api.ValueType;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code /payments/br/bank-accounts/}: payers' and the organization's own accounts (RegisterBankAccountBrazil,
 * ListBankAccountBrazil, DetailBankAccountBrazil), in the format of the {@code X-Belvo-API-Resource-Version} the
 * request names.
 */
@RestController
class BankAccountController {

	private final BankAccounts accounts;

	private final ListQueries lists;

	BankAccountController(BankAccounts accounts, ListQueries lists) {
		this.accounts = accounts;
		this.lists = lists;
	}

	@Bean
	static ApiCollection paymentBankAccountsCollection() {
		return ApiCollection.of("payments_br_bank_accounts", "/payments/br/bank-accounts/");
	}

	@GetMapping("/payments/br/bank-accounts/")
	Page<BankAccount> list(Caller caller, ListRequest request,
			@RequestHeader(name = ResourceVersion.HEADER, required = false) String version) {
		ResourceVersion asked = ResourceVersion.of(version);
		return this.lists.page(BankAccountDao.RESOURCE, request, asked.scope(caller))
			.map(BankAccountDao.Row::view);
	}

	@PostMapping("/payments/br/bank-accounts/")
	@ResponseStatus(HttpStatus.CREATED)
	BankAccount register(Caller caller, @RequestBody JsonNode body,
			@RequestHeader(name = ResourceVersion.HEADER, required = false) String version) {
		return this.accounts.register(caller, ResourceVersion.of(version), JsonBody.of(body));
	}

	@GetMapping("/payments/br/bank-accounts/{id}/")
	BankAccount detail(Caller caller, @PathVariable String id,
			@RequestHeader(name = ResourceVersion.HEADER, required = false) String version) {
		ResourceVersion asked = ResourceVersion.of(version);
		return this.accounts.detail(caller, asked, ValueType.idInPath(id));
	}

}
