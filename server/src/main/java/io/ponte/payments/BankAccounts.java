package io.ponte.payments;

import io.ponte.api.ApiException;
import io.ponte.api.Caller;
import io.ponte.api.JsonBody;
import io.ponte.api.Timestamps;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * Registering and reading bank accounts. An {@code INDIVIDUAL} account is a payer's: it belongs to one of the
 * organization's customers. A {@code BUSINESS} account is the organization's own, the beneficiary of payments,
 * and belongs to no customer.
 *
 * <p>V1 ({@code CreateBankAccountOfpiIndividual} / {@code CreateBankAccountOfpiBusiness}) names the institution at
 * the top and describes the holder by {@code type} and {@code information}. Its request has no {@code customer},
 * yet its response requires one for a person's account: Ponte takes the customer by {@code customer} (a Ponte
 * extension of the request) or, without it, finds the customer with the holder's CPF; an individual account with
 * neither is refused. V2 ({@code CreateBankAccountV2}) names the holder by name and CPF or CNPJ, and the
 * institution inside {@code details}.
 */
@Service
class BankAccounts {

	private static final Pattern AGENCY = Pattern.compile("^[0-9]{1,4}$");

	private static final Pattern NUMBER = Pattern.compile("^[0-9]{1,20}$");

	private static final Set<String> HOLDER_TYPES = Set.of("INDIVIDUAL", "BUSINESS");

	private static final Set<String> V1_ACCOUNT_TYPES = Set.of("CHECKINGS", "SAVINGS", "SALARY", "PAYMENTS");

	/** V2 has no salary accounts. */
	private static final Set<String> V2_ACCOUNT_TYPES = Set.of("CHECKINGS", "SAVINGS", "PAYMENTS");

	private final BankAccountDao accounts;

	private final CustomerDao customers;

	private final Clock clock;

	BankAccounts(BankAccountDao accounts, CustomerDao customers, Clock clock) {
		this.accounts = accounts;
		this.customers = customers;
		this.clock = clock;
	}

	BankAccount register(Caller caller, ResourceVersion version, JsonBody body) {
		BankAccountDao.Row row = version == ResourceVersion.V2 ? v2(caller, body) : v1(caller, body);
		this.accounts.insert(caller, row);
		return row.view();
	}

	BankAccount detail(Caller caller, ResourceVersion version, UUID id) {
		return this.accounts.find(caller, version, id).orElseThrow(ApiException::notFound).view();
	}

	private BankAccountDao.Row v1(Caller caller, JsonBody body) {
		BankAccountDao.InstitutionRef institution = institution(caller, body, "institution");
		JsonBody holder = body.requiredObject("holder");
		String type = choice(holder, "type", HOLDER_TYPES);
		JsonBody information = holder.requiredObject("information");
		TaxIds.Kind kind = "INDIVIDUAL".equals(type) ? TaxIds.Kind.CPF : TaxIds.Kind.CNPJ;
		String identifierType = information.optionalString("identifier_type");
		if (identifierType != null && !identifierType.equals(kind.name())) {
			throw ApiException.invalid(information.path("identifier_type"), "invalid_choice",
					"\"" + identifierType + "\" is not a valid choice: a " + type.toLowerCase(java.util.Locale.ROOT)
							+ " holder is identified by " + kind.name() + ".");
		}
		String identifier = identifier(information, kind);
		String name = null;
		String firstName = null;
		String lastName = null;
		UUID customer = null;
		if (kind == TaxIds.Kind.CPF) {
			firstName = information.requiredString("first_name", 1, 256);
			lastName = information.requiredString("last_name", 1, 256);
			customer = customerOf(caller, body, identifier);
		}
		else {
			name = information.requiredString("name", 1, 256);
			if (body.has("customer")) {
				throw ApiException.invalid(body.path("customer"), "invalid", "A business account is the "
						+ "organization's own (the beneficiary of payments): it belongs to no customer.");
			}
		}
		JsonBody details = body.requiredObject("details");
		String accountType = choice(details, "account_type", V1_ACCOUNT_TYPES);
		OffsetDateTime now = Timestamps.now(this.clock);
		return new BankAccountDao.Row(UUID.randomUUID(), ResourceVersion.V1, institution.id(), institution.name(),
				customer, type, kind.name(), identifier, name, firstName, lastName, accountType,
				matching(details, "agency", AGENCY, "Enter the agency (branch) number: 1 to 4 digits."),
				matching(details, "number", NUMBER, "Enter the account number: 1 to 20 digits, nothing else."),
				body.optionalUuid("external_id"), Map.of(), true, caller.keyId(), now, now);
	}

	/**
	 * The customer a person's V1 account belongs to: {@code customer} when given (it must exist and have the
	 * holder's CPF), else the caller's V1 customer with that CPF.
	 */
	private UUID customerOf(Caller caller, JsonBody body, String cpf) {
		if (body.has("customer")) {
			UUID id = body.requiredUuid("customer");
			CustomerDao.Row customer = this.customers.find(caller, ResourceVersion.V1, id)
				.orElseThrow(() -> ApiException.doesNotExist(body.path("customer"), "id", id));
			if (!customer.identifier().equals(cpf)) {
				throw ApiException.invalid(body.path("customer"), "invalid",
						"The customer's identifier is not the holder's CPF.");
			}
			return customer.id();
		}
		return this.customers.findByIdentifier(caller, ResourceVersion.V1, cpf)
			.map(CustomerDao.Row::id)
			.orElseThrow(() -> ApiException.invalid(body.path("customer"), "required", "An individual bank account "
					+ "belongs to a customer: create the customer with the holder's CPF first "
					+ "(POST /payments/br/customers/), or name it in customer."));
	}

	private BankAccountDao.Row v2(Caller caller, JsonBody body) {
		JsonBody holder = body.requiredObject("holder");
		String name = Customers.v2Name(holder);
		TaxIds.TaxId identifier = Customers.identifier(holder, "identifier");
		JsonBody details = body.requiredObject("details");
		String accountType = choice(details, "account_type", V2_ACCOUNT_TYPES);
		String agency = matching(details, "agency", AGENCY, "Enter the agency (branch) number: 1 to 4 digits.");
		BankAccountDao.InstitutionRef institution = institution(caller, details, "institution");
		String number = matching(details, "number", NUMBER, "Enter the account number: 1 to 20 digits, nothing else.");
		// Spec contradiction: BankAccountV2 requires external_id in every response and does not admit null, while
		// CreateBankAccountV2 leaves it optional. Ponte asks for it rather than invent one.
		UUID externalId = body.requiredUuid("external_id");
		UUID customer = identifier.kind() == TaxIds.Kind.CPF ? this.customers
			.findByIdentifier(caller, ResourceVersion.V2, identifier.digits())
			.map(CustomerDao.Row::id)
			.orElse(null) : null;
		OffsetDateTime now = Timestamps.now(this.clock);
		return new BankAccountDao.Row(UUID.randomUUID(), ResourceVersion.V2, institution.id(), institution.name(),
				customer, identifier.kind().customerType(), identifier.kind().name(), identifier.digits(), name, null,
				null, accountType, agency, number, externalId, PaymentMetadata.of(body), true, caller.keyId(), now, now);
	}

	/** A payment institution of the caller's environment, by id, that is active. */
	private BankAccountDao.InstitutionRef institution(Caller caller, JsonBody body, String field) {
		UUID id = body.requiredUuid(field);
		BankAccountDao.InstitutionRef institution = this.accounts.institution(caller.environment(), id)
			.orElseThrow(() -> ApiException.doesNotExist(body.path(field), "id", id));
		if (!institution.active()) {
			throw ApiException.invalid(body.path(field), "inactive",
					"The institution " + institution.name() + " is not active: choose another.");
		}
		return institution;
	}

	private static String identifier(JsonBody information, TaxIds.Kind kind) {
		String raw = information.requiredString("identifier");
		return TaxIds.parse(raw)
			.filter(id -> id.kind() == kind)
			.map(TaxIds.TaxId::digits)
			.orElseThrow(() -> ApiException.invalid(information.path("identifier"), "invalid", "Enter a valid "
					+ kind.name() + " (" + kind.length() + " digits), with or without punctuation: its check digits "
					+ "must match."));
	}

	private static String choice(JsonBody body, String field, Set<String> choices) {
		body.requiredString(field);
		return body.optionalChoice(field, choices);
	}

	private static String matching(JsonBody body, String field, Pattern pattern, String message) {
		String value = body.requiredString(field);
		if (!pattern.matcher(value).matches()) {
			throw ApiException.invalid(body.path(field), "invalid", message);
		}
		return value;
	}

}
