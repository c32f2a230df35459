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
 * {@code /payments/br/customers/}: the payers of an organization (CreateCustomerBrazil, ListCustomersBrazil,
 * DetailCustomerBrazil), in the format of the {@code X-Belvo-API-Resource-Version} the request names.
 */
@RestController
class CustomerController {

	private final Customers customers;

	private final ListQueries lists;

	CustomerController(Customers customers, ListQueries lists) {
		this.customers = customers;
		this.lists = lists;
	}

	@Bean
	static ApiCollection paymentCustomersCollection() {
		return ApiCollection.of("payments_br_customers", "/payments/br/customers/");
	}

	@GetMapping("/payments/br/customers/")
	Page<Customer> list(Caller caller, ListRequest request,
			@RequestHeader(name = ResourceVersion.HEADER, required = false) String version) {
		ResourceVersion asked = ResourceVersion.of(version);
		return this.lists.page(CustomerDao.RESOURCE, request, asked.scope(caller))
			.map(CustomerDao.Row::view);
	}

	@PostMapping("/payments/br/customers/")
	@ResponseStatus(HttpStatus.CREATED)
	Customer create(Caller caller, @RequestBody JsonNode body,
			@RequestHeader(name = ResourceVersion.HEADER, required = false) String version) {
		return this.customers.create(caller, ResourceVersion.of(version), JsonBody.of(body));
	}

	@GetMapping("/payments/br/customers/{id}/")
	Customer detail(Caller caller, @PathVariable String id,
			@RequestHeader(name = ResourceVersion.HEADER, required = false) String version) {
		ResourceVersion asked = ResourceVersion.of(version);
		return this.customers.detail(caller, asked, ValueType.idInPath(id));
	}

}
