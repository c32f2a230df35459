package io.ponte.payments;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** A bank account as the API shows it, in the version the request asks for ({@link ResourceVersion}). */
sealed interface BankAccount {

	UUID id();

	/**
	 * The default (V1, "OFPI") bank account: the spec's {@code BankAccountOfpiResponse}. {@code customer} is null
	 * for a business account (the organization's own); {@code external_id} is left out when there is none.
	 */
	record V1(UUID id, OffsetDateTime createdAt, UUID createdBy, UUID customer,
			@JsonInclude(JsonInclude.Include.NON_NULL) UUID externalId, UUID institution, DetailsV1 details,
			HolderV1 holder) implements BankAccount {
	}

	/**
	 * {@code BankAccountDetailsOfpi}. The spec's examples (and Belvo's documentation) also show
	 * {@code "country": "BRA"} here and account numbers with a hyphen; the schema declares no {@code country} and
	 * allows digits only. Ponte follows the schema.
	 */
	record DetailsV1(String accountType, String agency, String number) {
	}

	/** {@code HolderResponseOfpiIndividual} or {@code HolderResponseOfpiBusiness}, by {@code type}. */
	record HolderV1(String type, Object information) {
	}

	record Individual(String firstName, String lastName, String identifierType, String identifier) {
	}

	record Business(String name, String identifierType, String identifier) {
	}

	/** The {@code Payments-BR.V2} bank account: the spec's {@code BankAccountV2}. */
	record V2(UUID id, OffsetDateTime createdAt, OffsetDateTime updatedAt, boolean active, HolderV2 holder,
			DetailsV2 details, UUID externalId, Map<String, String> metadata) implements BankAccount {
	}

	record HolderV2(String name, String identifier) {
	}

	record DetailsV2(UUID institution, String accountType, String agency, String number) {
	}

}
