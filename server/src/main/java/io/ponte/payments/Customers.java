package io.ponte.payments;

import io.ponte.api.ApiException;
import io.ponte.api.Caller;
import io.ponte.api.JsonBody;
import io.ponte.api.Timestamps;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * Creating and reading customers. The customer type and the identifier type follow from the identifier: a CPF
 * (11 digits) is an {@code INDIVIDUAL}, a CNPJ (14 digits) a {@code BUSINESS}; either is checked by its check
 * digits and kept as digits only. An organization has one customer per identifier (in each version): creating a
 * second is the spec's {@code already_registered}.
 *
 * <p>The request formats differ by version (the spec's {@code CreateCustomerOfpi} and {@code CreateCustomerV2}):
 * V1 takes an optional name of 5 to 200 characters, an email, a phone and an address; V2 requires a name of at
 * most 120 characters from a limited alphabet and has no contact fields.
 */
@Service
class Customers {

	/** The spec's V2 name pattern (Latin letters with their accents, digits, some punctuation). */
	static final Pattern V2_NAME = Pattern
		.compile("^[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff,.@:&*+_<>()!?/\\\\$%0-9' -]{0,120}$");

	private static final Pattern EMAIL = Pattern.compile("^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,}$");

	/** The spec's phone pattern, {@code \+55\d{11}$}, anchored at both ends. */
	private static final Pattern PHONE = Pattern.compile("^\\+55[0-9]{11}$");

	private final CustomerDao customers;

	private final Clock clock;

	Customers(CustomerDao customers, Clock clock) {
		this.customers = customers;
		this.clock = clock;
	}

	Customer create(Caller caller, ResourceVersion version, JsonBody body) {
		TaxIds.TaxId identifier = identifier(body, "identifier");
		OffsetDateTime now = Timestamps.now(this.clock);
		String name;
		String email = null;
		String phone = null;
		String address = null;
		if (version == ResourceVersion.V2) {
			name = v2Name(body);
		}
		else {
			name = body.optionalString("name", 5, 200);
			// bounded before the pattern, which backtracks on long input
			email = body.optionalString("email", 3, 254);
			if (email != null && !EMAIL.matcher(email).matches()) {
				throw ApiException.invalid(body.path("email"), "invalid", "Enter a valid email address.");
			}
			phone = body.optionalString("phone");
			if (phone != null && !PHONE.matcher(phone).matches()) {
				throw ApiException.invalid(body.path("phone"), "invalid",
						"Enter a Brazilian phone number as +55 followed by 11 digits (for example +5511987654321).");
			}
			address = body.optionalString("address", 5, 150);
		}
		CustomerDao.Row row = new CustomerDao.Row(UUID.randomUUID(), version, identifier.kind().customerType(),
				identifier.kind().name(), identifier.digits(), name, body.optionalUuid("external_id"), email, phone,
				address, caller.keyId(), now, now);
		if (!this.customers.insert(caller, row)) {
			throw ApiException.invalid(body.path("identifier"), "already_registered",
					"This customer is already registered");
		}
		return row.view();
	}

	Customer detail(Caller caller, ResourceVersion version, UUID id) {
		return this.customers.find(caller, version, id).orElseThrow(ApiException::notFound).view();
	}

	/** A CPF or CNPJ, with or without punctuation, with matching check digits: a 400 naming the field otherwise. */
	static TaxIds.TaxId identifier(JsonBody body, String field) {
		String raw = body.requiredString(field);
		return TaxIds.parse(raw).orElseThrow(() -> ApiException.invalid(body.path(field), "invalid",
				"Enter a valid CPF (11 digits) or CNPJ (14 digits), with or without punctuation: "
						+ "its check digits must match."));
	}

	/** A V2 {@code name} (a customer's, a bank account holder's): at most 120 characters of the spec's alphabet. */
	static String v2Name(JsonBody body) {
		String name = body.requiredString("name", 1, 120);
		if (!V2_NAME.matcher(name).matches()) {
			throw ApiException.invalid(body.path("name"), "invalid", "Enter a name of letters (accents included), "
					+ "digits, spaces and the punctuation , . @ : & * + _ < > ( ) ! ? / \\ $ % ' -");
		}
		return name;
	}

}
