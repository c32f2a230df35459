package io.ponte.institutions;

import io.ponte.api.ApiCollection;
import io.ponte.api.ApiException;
import io.ponte.api.Caller;
import io.ponte.api.Condition;
import io.ponte.api.ListQueries;
import io.ponte.api.ListRequest;
import io.ponte.api.Page;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/institutions/}: the institutions of the caller's environment. */
@RestController
class InstitutionController {

	private final ListQueries lists;

	InstitutionController(ListQueries lists) {
		this.lists = lists;
	}

	@Bean
	static ApiCollection institutionsCollection() {
		return ApiCollection.of("institutions", "/api/institutions/");
	}

	@GetMapping("/api/institutions/")
	Page<Institution> list(Caller caller, ListRequest request) {
		return this.lists.page(Institutions.RESOURCE, request, visibleTo(caller));
	}

	@GetMapping("/api/institutions/{id}/")
	Institution detail(Caller caller, @PathVariable String id) {
		if (!id.matches("[0-9]{1,9}")) {
			throw ApiException.notFound();
		}
		return this.lists.find(Institutions.RESOURCE, visibleTo(caller), Condition.eq("id", Integer.parseInt(id)))
			.orElseThrow(ApiException::notFound);
	}

	private static Condition visibleTo(Caller caller) {
		return Condition.eq("environment", caller.environment().value());
	}

}
