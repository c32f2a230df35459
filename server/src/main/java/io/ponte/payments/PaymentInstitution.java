package io.ponte.payments;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;

/** A payer institution as the API shows it (the spec's {@code paymentInstitutionBR}). */
record PaymentInstitution(UUID id, @JsonInclude(JsonInclude.Include.NON_NULL) String code, boolean active,
		String institutionType, String name, String displayName, String legalEntityName, String website, String logo,
		String iconLogo, String textLogo, String primaryColor, String country, List<Object> formFields,
		int sortPriority, String description) {
}
