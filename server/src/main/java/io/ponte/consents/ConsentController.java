package io.ponte.consents;

import io.ponte.api.ApiCollection;
import io.ponte.api.ApiException;
import io.ponte.api.Caller;
import io.ponte.api.Condition;
import io.ponte.api.ListQueries;
import io.ponte.api.ListRequest;
import io.ponte.api.Page;
import io.ponte.api.ValueType;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/consents/} (ListConsents, DetailConsent): a person's Open Finance consents with the organization,
 * by their CPF or CNPJ ({@code user_document}, required, with or without punctuation).
 */
@RestController
class ConsentController {

	private final Consents consents;

	private final ListQueries lists;

	ConsentController(Consents consents, ListQueries lists) {
		this.consents = consents;
		this.lists = lists;
	}

	@Bean
	static ApiCollection consentsCollection() {
		return ApiCollection.of("consents", "/api/consents/");
	}

	@GetMapping("/api/consents/")
	Page<Consent> list(Caller caller, ListRequest request,
			@RequestParam(name = "user_document", required = false) String document) {
		return this.lists.page(ConsentDao.RESOURCE, request,
				caller.scope().and(Condition.eq("document_number", digits(document))))
			.map(ConsentDao.Row::view);
	}

	@GetMapping("/api/consents/{id}/")
	Consent detail(Caller caller, @PathVariable String id) {
		return this.consents.detail(caller, ValueType.idInPath(id));
	}

	/** A CPF (11 digits) or CNPJ (14), punctuation allowed: a 400 naming {@code user_document} otherwise. */
	static String digits(String document) {
		if (document == null || document.isBlank()) {
			throw ApiException.required("user_document");
		}
		String digits = document.replaceAll("[.\\-/ ]", "");
		if (!digits.matches("^([0-9]{11}|[0-9]{14})$")) {
			throw ApiException.invalid("user_document", "invalid", "Enter a CPF (11 digits) or a CNPJ (14 digits).");
		}
		return digits;
	}

}
