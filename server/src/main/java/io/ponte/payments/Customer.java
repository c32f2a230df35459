package io.ponte.payments;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A customer as the API shows it, in the version the request asks for ({@link ResourceVersion}). */
sealed interface Customer {

	UUID id();

	/**
	 * The default (V1, "OFPI") customer: the spec's {@code CustomerOfpi}. {@code email} is required and nullable;
	 * {@code external_id} is optional and not nullable, so it is left out when there is none.
	 */
	record V1(UUID id, OffsetDateTime createdAt, UUID createdBy, String customerType, String name,
			@JsonInclude(JsonInclude.Include.NON_NULL) UUID externalId, String country, String email,
			String identifier, String identifierType, String address, String phone) implements Customer {
	}

	/** The {@code Payments-BR.V2} customer: the spec's {@code CustomerV2}. */
	record V2(UUID id, OffsetDateTime createdAt, OffsetDateTime updatedAt, String name, String identifier,
			@JsonInclude(JsonInclude.Include.NON_NULL) UUID externalId) implements Customer {
	}

}
