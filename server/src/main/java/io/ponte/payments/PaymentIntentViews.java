package io.ponte.payments;

import io.ponte.api.Environment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Renders payment intents and charges as the API shows them. A page of intents costs a fixed number of queries
 * whatever its size: its charges, their transactions, the bank accounts and customers they name, and the
 * institution catalogue, each read once for the whole page.
 */
@Component
class PaymentIntentViews {

	private final ChargeDao charges;

	private final BankAccountDao accounts;

	private final CustomerDao customers;

	private final JdbcClient jdbc;

	PaymentIntentViews(ChargeDao charges, BankAccountDao accounts, CustomerDao customers, JdbcClient jdbc) {
		this.charges = charges;
		this.accounts = accounts;
		this.customers = customers;
		this.jdbc = jdbc;
	}

	PaymentIntent intent(PaymentIntentDao.Row row) {
		return intents(row.organizationId(), row.environment(), List.of(row)).getFirst();
	}

	List<PaymentIntent> intents(UUID organization, Environment environment, List<PaymentIntentDao.Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<ChargeDao.Row> charges = this.charges.ofIntents(organization,
				rows.stream().map(PaymentIntentDao.Row::id).toList());
		Map<UUID, List<PaymentIntent.Charge>> chargesByIntent = charges(organization, charges).stream()
			.collect(Collectors.groupingBy(PaymentIntent.Charge::paymentIntent, LinkedHashMap::new, Collectors.toList()));
		Map<UUID, BankAccountDao.Row> accounts = this.accounts.byIds(organization,
				rows.stream().map(PaymentIntentDao.Row::beneficiaryBankAccountId).collect(Collectors.toSet()));
		Map<UUID, CustomerDao.Row> customers = this.customers.byIds(organization,
				rows.stream().map(PaymentIntentDao.Row::customerId).collect(Collectors.toSet()));
		Map<UUID, PaymentInstitution> institutions = institutions(environment);
		List<PaymentIntent> views = new ArrayList<>(rows.size());
		for (PaymentIntentDao.Row row : rows) {
			views.add(intent(row, chargesByIntent.getOrDefault(row.id(), List.of()),
					accounts.get(row.beneficiaryBankAccountId()), customers.get(row.customerId()), institutions));
		}
		return views;
	}

	List<PaymentIntent.Charge> charges(UUID organization, List<ChargeDao.Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<PaymentIntent.Transaction>> transactions = this.charges
			.transactionsOf(organization, rows.stream().map(ChargeDao.Row::id).toList())
			.stream()
			.collect(Collectors.groupingBy(ChargeDao.TransactionRow::chargeId,
					Collectors.mapping(ChargeDao.TransactionRow::view, Collectors.toList())));
		Set<UUID> pixAccounts = new HashSet<>();
		rows.stream().filter(row -> "pix_key".equals(row.beneficiaryKind()))
			.forEach(row -> pixAccounts.add(row.beneficiaryBankAccountId()));
		Map<UUID, BankAccountDao.Row> accounts = this.accounts.byIds(organization, pixAccounts);
		return rows.stream()
			.map(row -> charge(row, transactions.getOrDefault(row.id(), List.of()),
					accounts.get(row.beneficiaryBankAccountId())))
			.toList();
	}

	private PaymentIntent intent(PaymentIntentDao.Row row, List<PaymentIntent.Charge> charges,
			BankAccountDao.Row beneficiary, CustomerDao.Row customer, Map<UUID, PaymentInstitution> institutions) {
		Map<String, Object> details = new LinkedHashMap<>();
		if (row.byPixKey()) {
			details.put("pix_key", row.pixKey());
		}
		else {
			details.put("beneficiary_bank_account", row.beneficiaryBankAccountId());
		}
		if (row.payerInstitutionId() != null) {
			details.put("payer_institution", row.payerInstitutionId());
		}
		details.put("callback_url", row.callbackUrl());
		details.put("cpf", row.payerCpf() == null ? null : masked(row.payerCpf()));
		putSchedule(details, row.scheduleDate());
		Map<String, Object> information = information(row.byPixKey(), row.confirmedAt() != null,
				row.providerRequestId(), redirectUrl(row.status(), row.consentToken()), row.endToEndId(),
				row.settlementDate(), beneficiary);
		Map<String, Object> lastError = null;
		if ("FAILED".equals(row.status())) {
			lastError = new LinkedHashMap<>();
			lastError.put("error_code", "payment_error");
			lastError.put("error_message", row.failureMessage());
		}
		return new PaymentIntent(row.id(), row.customerId(), row.externalId(), row.createdAt(), row.createdBy(),
				row.updatedAt(), row.status(), Money.text(row.amount()), "BRL", row.description(),
				row.statementDescription(), PaymentIntent.METHOD, List.of(PaymentIntent.METHOD),
				Map.of("open_finance", details), information, row.failureCode(), row.failureMessage(), row.metadata(),
				charges, PaymentIntent.PROVIDER, lastError,
				nextStep(row, beneficiary, customer, institutions));
	}

	private PaymentIntent.Charge charge(ChargeDao.Row row, List<PaymentIntent.Transaction> transactions,
			BankAccountDao.Row pixBeneficiary) {
		boolean byPixKey = "pix_key".equals(row.beneficiaryKind());
		Map<String, Object> details = new LinkedHashMap<>();
		putSchedule(details, row.scheduleDate());
		details.put("payer_institution", row.payerInstitutionId());
		if (byPixKey) {
			details.put("pix_key", row.pixKey());
		}
		else {
			details.put("beneficiary_bank_account", row.beneficiaryBankAccountId());
		}
		Map<String, Object> payer = null;
		if (row.payerAccountNumber() != null) {
			Map<String, Object> account = new LinkedHashMap<>();
			account.put("type", row.payerAccountType());
			account.put("agency", row.payerAccountAgency());
			account.put("number", row.payerAccountNumber());
			account.put("institution_id", row.payerInstitutionId());
			payer = Map.of("bank_account", account);
		}
		return new PaymentIntent.Charge(row.id(), row.createdAt(), row.updatedAt(), row.createdBy(), row.customerId(),
				row.paymentIntentId(), row.status(), Money.text(row.amount()), "BRL", row.description(),
				row.statementDescription(), row.beneficiaryBankAccountId(), PaymentIntent.PROVIDER,
				PaymentIntent.METHOD, Map.of("open_finance", details),
				information(byPixKey, true, row.providerRequestId(), null, row.endToEndId(), row.settlementDate(),
						pixBeneficiary),
				payer, transactions, row.failureCode(), row.failureMessage(), row.metadata());
	}

	/**
	 * {@code payment_method_information}: the payer bank's request id, the page the payer is sent to while the
	 * consent waits for them, and once paid the Pix end-to-end id and settlement date; for a Pix key, the key's
	 * holder as the payer should see it before confirming.
	 */
	private static Map<String, Object> information(boolean byPixKey, boolean confirmed, String providerRequestId,
			String redirectUrl, String endToEndId, LocalDate settlementDate, BankAccountDao.Row pixBeneficiary) {
		Map<String, Object> body = new LinkedHashMap<>();
		if (!byPixKey || confirmed) {
			body.put("provider_request_id", providerRequestId);
			body.put("redirect_url", redirectUrl);
			body.put("end_to_end_id", endToEndId);
			if (settlementDate != null) {
				body.put("settlement_date", settlementDate);
			}
		}
		if (byPixKey && pixBeneficiary != null) {
			body.put("pix_key_details", Map.of("identifier", masked(pixBeneficiary.holderIdentifier()), "name",
					holderName(pixBeneficiary)));
		}
		return Map.of("open_finance", body);
	}

	/** The deprecated {@code next_step}: what the integration shows the payer next, by the intent's state. */
	private static Map<String, Object> nextStep(PaymentIntentDao.Row row, BankAccountDao.Row beneficiary,
			CustomerDao.Row customer, Map<UUID, PaymentInstitution> institutions) {
		Map<String, Object> payerInstitution = embedded(institutions.get(row.payerInstitutionId()));
		String type;
		Map<String, Object> content = new LinkedHashMap<>();
		boolean readyToConfirm = false;
		switch (row.status()) {
			case "REQUIRES_PAYMENT_METHOD" -> {
				type = "open_finance_display_payment_method_information";
				content.put("institutions", institutions.values()
					.stream()
					.filter(i -> i.active() && i.institutionType().equals(row.payerType()))
					.map(PaymentIntentViews::embedded)
					.toList());
			}
			case "REQUIRES_ACTION" -> {
				if (row.confirmedAt() == null) {
					type = "open_finance_display_confirmation_required";
					readyToConfirm = true;
					content.put("beneficiary_bank_account", beneficiary(beneficiary, institutions));
					content.put("payer_name", customer.name() == null ? masked(customer.identifier()) : customer.name());
					content.put("payer_identifier", TaxIds.formatted(customer.identifier()));
				}
				else {
					type = "open_finance_display_needs_redirect";
				}
				content.put("payer_institution", payerInstitution);
			}
			case "PROCESSING" -> {
				type = "open_finance_display_payment_processing";
				content.put("payer_institution", payerInstitution);
			}
			case "SUCCEEDED" -> {
				type = "open_finance_display_payment_succeeded";
				content.put("payer_institution", payerInstitution);
			}
			default -> {
				type = "open_finance_display_payment_failed";
				content.put("payer_institution", payerInstitution);
			}
		}
		Map<String, Object> step = new LinkedHashMap<>();
		step.put("type", type);
		step.put(type, content);
		step.put("ready_to_confirm", readyToConfirm);
		return step;
	}

	/** {@code BeneficiaryBankAccountOfpi}: the account with its institution spelled out. */
	private static Map<String, Object> beneficiary(BankAccountDao.Row account, Map<UUID, PaymentInstitution> institutions) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("id", account.id());
		view.put("created_at", account.createdAt());
		view.put("created_by", account.createdBy());
		view.put("institution", embedded(institutions.get(account.institutionId())));
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("country", "BRA");
		details.put("account_type", account.accountType());
		details.put("agency", account.agency());
		details.put("number", account.number());
		view.put("details", details);
		// Spec contradiction: BeneficiaryBankAccountOfpi requires "customer" and "number" without declaring them.
		// Ponte sends both: the account's customer (null for the organization's own) and its number.
		view.put("customer", account.customerId());
		view.put("number", account.number());
		BankAccount holder = account.view();
		view.put("holder", holder instanceof BankAccount.V1 v1 ? v1.holder()
				: Map.of("type", account.holderType(), "information", Map.of("name", holderName(account),
						"identifier_type", account.holderIdentifierType(), "identifier", account.holderIdentifier())));
		return view;
	}

	/**
	 * An institution inside an intent: the spec's {@code paymentInstitution}, which (unlike the catalogue's
	 * {@code paymentInstitutionBR}) has no ISPB code or institution type.
	 */
	static Map<String, Object> embedded(PaymentInstitution institution) {
		if (institution == null) {
			return null;
		}
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("id", institution.id());
		view.put("active", institution.active());
		view.put("name", institution.name());
		view.put("display_name", institution.displayName());
		view.put("legal_entity_name", institution.legalEntityName());
		view.put("website", institution.website());
		view.put("logo", institution.logo());
		view.put("icon_logo", institution.iconLogo());
		view.put("text_logo", institution.textLogo());
		view.put("primary_color", institution.primaryColor());
		view.put("country", institution.country());
		view.put("form_fields", institution.formFields());
		view.put("sort_priority", institution.sortPriority());
		view.put("description", institution.description());
		return view;
	}

	static String holderName(BankAccountDao.Row account) {
		return account.holderName() != null ? account.holderName()
				: account.holderFirstName() + " " + account.holderLastName();
	}

	/** A CPF or CNPJ as Belvo obfuscates it in responses: the first two and last two digits. */
	static String masked(String digits) {
		return digits.substring(0, 2) + "*".repeat(digits.length() - 4) + digits.substring(digits.length() - 2);
	}

	/**
	 * A schedule, when there is one. Absent rather than null: every branch of the spec's {@code schedule} oneOf
	 * is nullable, so a null matches several and satisfies none.
	 */
	private static void putSchedule(Map<String, Object> details, LocalDate date) {
		if (date != null) {
			details.put("schedule", Map.of("single", Map.of("date", date)));
		}
	}

	/** The payer bank page, while the consent waits for the payer; absolute, from the request being answered. */
	private static String redirectUrl(String status, String token) {
		if (token == null || !"REQUIRES_ACTION".equals(status) || RequestContextHolder.getRequestAttributes() == null) {
			return null;
		}
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(PayerBankPage.PATH + token + "/").build()
			.toUriString();
	}

	/** The environment's payment institutions, by id (a catalogue of a few rows). */
	Map<UUID, PaymentInstitution> institutions(Environment environment) {
		Map<UUID, PaymentInstitution> byId = new LinkedHashMap<>();
		this.jdbc.sql("select * from payment_institutions where environment = :environment order by sort_priority, name")
			.param("environment", environment.value())
			.query(PaymentInstitutionController.RESOURCE.mapper())
			.list()
			.forEach(institution -> byId.put(institution.id(), institution));
		return byId;
	}

}
