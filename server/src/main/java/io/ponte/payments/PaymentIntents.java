package io.ponte.payments;

import io.ponte.api.ApiException;
import io.ponte.api.Caller;
import io.ponte.api.JsonBody;
import io.ponte.api.Timestamps;
import io.ponte.sandbox.SandboxClocks;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, completing and canceling payment intents from API requests: the five request formats of
 * CreatePaymentIntentBrazil (paid to a bank account or to a Pix key; the customer and the beneficiary account
 * named by id or given inline) and the two of PatchPaymentIntentBrazil. What happens next is
 * {@link PaymentLifecycle}'s.
 */
@Service
class PaymentIntents {

	private static final String DETAILS = "payment_method_details.open_finance";

	private static final Pattern EMAIL = Pattern.compile("^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,}$");

	private static final Pattern PHONE = Pattern.compile("^\\+55[0-9]{10,11}$");

	private static final Pattern EVP = Pattern
		.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

	/** How far ahead a single payment may be scheduled (Open Finance Brasil allows 365 days). */
	private static final int SCHEDULE_DAYS = 365;

	private final PaymentIntentDao intents;

	private final ChargeDao charges;

	private final CustomerDao customers;

	private final Customers customerService;

	private final BankAccountDao accounts;

	private final BankAccounts accountService;

	private final PaymentLifecycle lifecycle;

	private final PaymentIntentViews views;

	private final SandboxClocks clocks;

	private final Clock clock;

	PaymentIntents(PaymentIntentDao intents, ChargeDao charges, CustomerDao customers, Customers customerService,
			BankAccountDao accounts, BankAccounts accountService, PaymentLifecycle lifecycle, PaymentIntentViews views,
			SandboxClocks clocks, Clock clock) {
		this.intents = intents;
		this.charges = charges;
		this.customers = customers;
		this.customerService = customerService;
		this.accounts = accounts;
		this.accountService = accountService;
		this.lifecycle = lifecycle;
		this.views = views;
		this.clocks = clocks;
		this.clock = clock;
	}

	@Transactional
	PaymentIntent create(Caller caller, JsonBody body) {
		BigDecimal amount = Money.amount(body, "amount");
		String description = body.requiredString("description", 1, 255);
		String statementDescription = body.optionalString("statement_description", 1, 50);
		UUID externalId = body.optionalUuid("external_id");
		Map<String, String> metadata = PaymentMetadata.of(body);
		if (body.has("provider")) {
			body.optionalChoice("provider", Set.of(PaymentIntent.PROVIDER));
		}
		allowedMethods(body);
		boolean confirm = body.requiredBoolean("confirm");
		JsonBody details = body.requiredObject("payment_method_details").requiredObject("open_finance");
		CustomerDao.Row customer = customer(caller, body);
		boolean business = "BUSINESS".equals(customer.customerType());
		String payerCpf = business ? cpf(details) : null;
		String callbackUrl = callbackUrl(details);
		LocalDate scheduleDate = schedule(caller, details);
		boolean byPixKey = details.mentions("pix_key");
		BankAccountDao.InstitutionRef payerInstitution = details.has("payer_institution")
				? payerInstitution(caller, details, customer.customerType()) : null;
		if (payerInstitution == null && (business || byPixKey || confirm)) {
			throw ApiException.required(details.path("payer_institution"));
		}
		UUID beneficiary = byPixKey ? pixKeyAccount(caller, details).id() : beneficiary(caller, details);
		OffsetDateTime now = Timestamps.now(this.clock);
		PaymentIntentDao.Row row = new PaymentIntentDao.Row(caller.organizationId(), caller.environment(),
				UUID.randomUUID(), customer.id(), customer.customerType(), externalId, amount, description,
				statementDescription, byPixKey ? "pix_key" : "bank_account", beneficiary,
				byPixKey ? details.requiredString("pix_key") : null,
				payerInstitution == null ? null : payerInstitution.id(), payerCpf, callbackUrl, scheduleDate,
				payerInstitution == null ? "REQUIRES_PAYMENT_METHOD" : "REQUIRES_ACTION", null, null, null, null, null,
				null, null, null, null, metadata, caller.keyId(), now, now);
		this.intents.insert(row);
		this.lifecycle.created(row);
		if (confirm) {
			row = this.lifecycle.confirm(row, payerInstitution.name());
		}
		return this.views.intent(row);
	}

	/** PatchPaymentIntentBrazil: choose the payer institution (or the beneficiary account), and confirm. */
	@Transactional
	PaymentIntent update(Caller caller, UUID id, JsonBody body) {
		PaymentIntentDao.Row row = locked(caller, id);
		boolean changed = false;
		if (body.has("payment_method_details")) {
			JsonBody details = body.requiredObject("payment_method_details").requiredObject("open_finance");
			if (details.has("payer_institution")) {
				BankAccountDao.InstitutionRef institution = payerInstitution(caller, details, row.payerType());
				row = this.lifecycle.choosePayerInstitution(row, institution.id());
				changed = true;
			}
			if (details.has("beneficiary_bank_account")) {
				if (row.byPixKey()) {
					throw ApiException.invalid(details.path("beneficiary_bank_account"), "invalid",
							"This payment intent pays a Pix key: it has no beneficiary bank account to change.");
				}
				row = this.lifecycle.chooseBeneficiary(row, beneficiary(caller, details));
				changed = true;
			}
		}
		boolean confirm = changed ? body.optionalBoolean("confirm", false) : body.requiredBoolean("confirm");
		if (confirm) {
			String institution = this.accounts.institution(caller.environment(), row.payerInstitutionId())
				.map(BankAccountDao.InstitutionRef::name)
				.orElse("ponte");
			row = this.lifecycle.confirm(row, institution);
		}
		return this.views.intent(row);
	}

	@Transactional
	void cancel(Caller caller, UUID id) {
		this.lifecycle.cancel(locked(caller, id));
	}

	/** CancelChargeBrazil: a charge that has not run yet cancels its payment. */
	@Transactional
	void cancelCharge(Caller caller, UUID intentId, UUID chargeId) {
		PaymentIntentDao.Row intent = locked(caller, intentId);
		ChargeDao.Row charge = this.charges.find(caller, chargeId)
			.filter(c -> c.paymentIntentId().equals(intentId))
			.orElseThrow(ApiException::notFound);
		if (!ChargeDao.OPEN.contains(charge.status())) {
			throw ApiException.invalidState("charge", charge.status(), "it can no longer be canceled.");
		}
		this.lifecycle.cancel(intent);
	}

	PaymentIntent detail(Caller caller, UUID id) {
		return this.views.intent(this.intents.find(caller, id).orElseThrow(ApiException::notFound));
	}

	/** A 404 unless the caller has this intent. */
	void requireExists(Caller caller, UUID id) {
		this.intents.find(caller, id).orElseThrow(ApiException::notFound);
	}

	/** The intent's statuses, oldest first (a 404 for another organization's intent). */
	List<PaymentIntentDao.HistoryRow> history(Caller caller, UUID id) {
		PaymentIntentDao.Row intent = this.intents.find(caller, id).orElseThrow(ApiException::notFound);
		return this.intents.history(intent.organizationId(), intent.id());
	}

	private PaymentIntentDao.Row locked(Caller caller, UUID id) {
		return this.intents.lock(caller.organizationId(), id)
			.filter(row -> row.environment() == caller.environment())
			.orElseThrow(ApiException::notFound);
	}

	/** {@code allowed_payment_method_types}: exactly {@code ["open_finance"]}. */
	private static void allowedMethods(JsonBody body) {
		List<String> methods = body.optionalStringList("allowed_payment_method_types");
		if (methods == null) {
			throw ApiException.required(body.path("allowed_payment_method_types"));
		}
		if (methods.size() != 1 || !methods.getFirst().equals(PaymentIntent.METHOD)) {
			throw ApiException.invalid(body.path("allowed_payment_method_types"), "invalid",
					"Send [\"open_finance\"]: Ponte initiates Pix payments through Open Finance (biometric Pix needs "
							+ "an enrollment, which Ponte does not offer yet).");
		}
	}

	/** The payer: an existing customer by id, or one given inline (the caller's customer with that CPF or CNPJ). */
	private CustomerDao.Row customer(Caller caller, JsonBody body) {
		if (body.holdsObject("customer")) {
			JsonBody inline = body.requiredObject("customer");
			TaxIds.TaxId identifier = Customers.identifier(inline, "identifier");
			return this.customers.findByIdentifier(caller, ResourceVersion.V1, identifier.digits()).orElseGet(() -> {
				UUID created = this.customerService.create(caller, ResourceVersion.V1, inline).id();
				return this.customers.find(caller, ResourceVersion.V1, created).orElseThrow();
			});
		}
		UUID id = body.requiredUuid("customer");
		return this.customers.find(caller, ResourceVersion.V1, id)
			.orElseThrow(() -> ApiException.doesNotExist(body.path("customer"), "id", id));
	}

	/** The beneficiary: one of the organization's bank accounts, by id or registered inline. */
	private UUID beneficiary(Caller caller, JsonBody details) {
		String field = "beneficiary_bank_account";
		if (details.holdsObject(field)) {
			return this.accountService.register(caller, ResourceVersion.V1, details.requiredObject(field)).id();
		}
		UUID id = details.requiredUuid(field);
		return this.accounts.find(caller, ResourceVersion.V1, id)
			.orElseThrow(() -> ApiException.doesNotExist(details.path(field), "id", id))
			.id();
	}

	/**
	 * The account a Pix key pays, from the sandbox's directory of keys (Pix's DICT): a CPF or CNPJ key is the
	 * holder of one of the organization's bank accounts. An email, phone or random (EVP) key is well formed but
	 * not in the sandbox directory.
	 */
	private BankAccountDao.Row pixKeyAccount(Caller caller, JsonBody details) {
		String key = details.requiredString("pix_key", 1, 77);
		String field = details.path("pix_key");
		var taxId = TaxIds.parse(key);
		if (taxId.isEmpty()) {
			if (EMAIL.matcher(key).matches() || PHONE.matcher(key).matches() || EVP.matcher(key).matches()) {
				throw ApiException.invalid(field, "pix_key_not_found", "The Pix key is not in the sandbox's key "
						+ "directory: in the sandbox, a Pix key is the CPF or CNPJ of one of your bank accounts' holders.");
			}
			throw ApiException.invalid(field, "invalid", "Enter a Pix key: a CPF, a CNPJ, an email, a phone number as "
					+ "+55 and its digits, or a random key (EVP).");
		}
		return this.accounts.findByHolder(caller, taxId.get().digits())
			.orElseThrow(() -> ApiException.invalid(field, "pix_key_not_found", "No bank account of yours is held by "
					+ "this " + taxId.get().kind().name() + ": register the account that receives the payment first."));
	}

	/** The payer's institution: active, of the caller's environment, for payers of this kind. */
	private BankAccountDao.InstitutionRef payerInstitution(Caller caller, JsonBody details, String payerType) {
		String field = "payer_institution";
		UUID id = details.requiredUuid(field);
		BankAccountDao.InstitutionRef institution = this.accounts.institution(caller.environment(), id)
			.orElseThrow(() -> ApiException.doesNotExist(details.path(field), "id", id));
		if (!institution.active()) {
			throw ApiException.invalid(details.path(field), "inactive",
					"The institution " + institution.name() + " is not active: choose another.");
		}
		if (!institution.type().equals(payerType)) {
			throw ApiException.invalid(details.path(field), "invalid", "The institution " + institution.name()
					+ " serves " + institution.type() + " payers; this customer is " + payerType + ".");
		}
		return institution;
	}

	/** The CPF of the person paying for a business, as Open Finance Brasil requires. */
	private static String cpf(JsonBody details) {
		String raw = details.requiredString("cpf", 1, 32);
		return TaxIds.parse(raw)
			.filter(id -> id.kind() == TaxIds.Kind.CPF)
			.map(TaxIds.TaxId::digits)
			.orElseThrow(() -> ApiException.invalid(details.path("cpf"), "invalid",
					"Enter the CPF of the person paying for the business (11 digits; check digits must match)."));
	}

	/** Where the payer's browser returns after their bank: an absolute http(s) URL. */
	private static String callbackUrl(JsonBody details) {
		String raw = details.requiredString("callback_url", 1, 2000);
		try {
			URI uri = new URI(raw);
			if (uri.getHost() == null || !Set.of("http", "https").contains(String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT))) {
				throw new URISyntaxException(raw, "not an absolute http(s) URL");
			}
			return raw;
		}
		catch (URISyntaxException ex) {
			throw ApiException.invalid(details.path("callback_url"), "invalid",
					"Enter an absolute http or https URL for the payer's return.");
		}
	}

	/**
	 * {@code schedule}: a single payment on a later day (by the organization's clock, Brasília's calendar), at
	 * most a year ahead. Recurring schedules belong to payment authorizations, which Ponte does not offer yet.
	 */
	private LocalDate schedule(Caller caller, JsonBody details) {
		if (!details.has("schedule")) {
			return null;
		}
		JsonBody schedule = details.requiredObject("schedule");
		for (String recurring : List.of("daily", "weekly", "monthly", "custom")) {
			if (schedule.has(recurring)) {
				throw ApiException.invalid(schedule.path(recurring), "invalid", "Ponte schedules single payments "
						+ "only; recurring Pix (daily, weekly, monthly, custom) is not offered yet.");
			}
		}
		LocalDate date = schedule.requiredObject("single").requiredDate("date");
		LocalDate today = this.clocks.now(caller).atZone(PaymentLifecycle.BRAZIL).toLocalDate();
		if (!date.isAfter(today) || date.isAfter(today.plusDays(SCHEDULE_DAYS))) {
			throw ApiException.invalid(details.path("schedule.single.date"), "invalid", "Schedule the payment for a day "
					+ "after today (" + today + ") and at most " + SCHEDULE_DAYS + " days ahead.");
		}
		return date;
	}

}
