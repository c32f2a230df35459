package io.ponte.payments;

import io.ponte.api.ApiCollection;
import io.ponte.api.Caller;
import io.ponte.api.Condition;
import io.ponte.api.Filter;
import io.ponte.api.ListQueries;
import io.ponte.api.ListRequest;
import io.ponte.api.Lookup;
import io.ponte.api.Page;
import io.ponte.api.Resource;
import io.ponte.api.ValueType;
import io.ponte.institutions.InstitutionLogos;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /payments/br/institutions/}: the payer institutions of the caller's environment. The sandbox has its
 * fictitious banks; production has none until a real payments connector exists, so a production key gets an
 * empty list, as aggregation institutions do.
 */
@RestController
class PaymentInstitutionController {

	/**
	 * The spec's filters: {@code name} (partial, three characters or more), {@code institution_type}, and the
	 * parameter the spec calls {@code institution_id__in}, whose query name is {@code id__in}.
	 */
	static final Resource<PaymentInstitution> RESOURCE = Resource.of("payment_institutions", "sort_priority, name",
			(rs, row) -> new PaymentInstitution(rs.getObject("id", UUID.class), rs.getString("code"),
					rs.getBoolean("active"), rs.getString("institution_type"), rs.getString("name"),
					rs.getString("display_name"), rs.getString("legal_entity_name"), rs.getString("website"),
					InstitutionLogos.storedOrDrawn(rs.getString("logo"), rs.getString("name"), "logo"),
					InstitutionLogos.storedOrDrawn(rs.getString("icon_logo"), rs.getString("name"), "icon"),
					InstitutionLogos.storedOrDrawn(rs.getString("text_logo"), rs.getString("name"), "text"),
					rs.getString("primary_color"), rs.getString("country"), List.of(), rs.getInt("sort_priority"),
					rs.getString("description")),
			List.of(Filter.containing("name", "name", 3),
					Filter.exact("institution_type", ValueType.choice("INDIVIDUAL", "BUSINESS")).only(Lookup.EXACT),
					Filter.exact("id", ValueType.UUID).only(Lookup.IN)));

	private final ListQueries lists;

	PaymentInstitutionController(ListQueries lists) {
		this.lists = lists;
	}

	@Bean
	static ApiCollection paymentInstitutionsCollection() {
		return ApiCollection.of("payments_br_institutions", "/payments/br/institutions/");
	}

	@GetMapping("/payments/br/institutions/")
	Page<PaymentInstitution> list(Caller caller, ListRequest request) {
		return this.lists.page(RESOURCE, request, Condition.eq("environment", caller.environment().value()));
	}

}
