package io.ponte.connectors.sandbox;

import io.ponte.connectors.sandbox.Ledger.Application;
import io.ponte.connectors.sandbox.Ledger.Entry;
import io.ponte.connectors.sandbox.Persona.AccountKind;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders a persona and its ledger as Belvo documents (the OFDA Brazil shapes), without the fields the server
 * assigns. A reference to another document carries that document's {@code internal_identification}; the storage
 * layer swaps in what the schema wants there.
 */
final class SandboxDocuments {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

	/** Yearly CDI rate the sandbox's investments grow with. */
	private static final double CDI = 0.1065;

	private static final MathContext FLOAT_PRECISION = new MathContext(7, RoundingMode.HALF_UP);

	private final Persona persona;

	private final Ledger ledger;

	private final LocalDate today;

	private final boolean br;

	SandboxDocuments(Persona persona, Ledger ledger, LocalDate today) {
		this.persona = persona;
		this.ledger = ledger;
		this.today = today;
		this.br = persona.country == Country.BR;
	}

	List<ObjectNode> owners() {
		if (this.ledger.accounts().isEmpty()) {
			return List.of();
		}
		Persona p = this.persona;
		ObjectNode owner = JSON.objectNode();
		owner.put("internal_identification", p.tag + "-owner");
		owner.put("display_name", p.fullName());
		owner.putNull("social_name");
		owner.put("birth_date", p.birthDate.toString());
		owner.put("marital_status", List.of("SINGLE", "MARRIED", "DIVORCED", "CIVIL_UNION").get((int) (p.seed >>> 60) % 4));
		owner.putNull("marital_status_additional_info");
		owner.put("gender", p.female ? "FEMALE" : "MALE");
		owner.putArray("companies_id").add(institutionTaxId());
		owner.put("is_local_resident", true);
		ObjectNode document = owner.putObject("document_id");
		document.put("document_type", this.br ? "CPF" : "RFC");
		document.put("document_number", p.taxId);
		ObjectNode additional = owner.putArray("additional_documents").addObject();
		if (this.br) {
			additional.put("type", "ID_CARD");
			additional.put("type_additional_info", "RG");
			additional.put("number", p.nationalId);
			additional.put("check_digit", String.valueOf(p.nationalId.chars().sum() % 10));
			additional.put("issue_date", p.birthDate.plusYears(18).toString());
		}
		else {
			additional.put("type", "OTHER");
			additional.put("type_additional_info", "CURP");
			additional.put("number", p.nationalId);
			additional.put("check_digit", p.nationalId.substring(17));
			additional.putNull("issue_date");
		}
		additional.putNull("expiration_date");
		additional.put("country_of_issuance", p.country.iso3);
		additional.putNull("additional_info");
		owner.putNull("nationalities");
		owner.put("email", p.email);
		ObjectNode email = owner.putArray("emails").addObject();
		email.put("is_main", true);
		email.put("email", p.email);
		String line = p.street + ", " + p.streetNumber;
		owner.put("address", line + ", " + p.city.name() + " - " + p.city.state() + ", " + p.postcode);
		ObjectNode address = owner.putArray("addresses").addObject();
		address.put("is_main", true);
		address.put("address", line);
		address.putNull("additional_info");
		address.put("district_name", "Centro");
		address.put("town", p.city.name());
		address.put("town_code", p.city.townCode());
		address.put("state", p.city.state());
		// the schema wants eight digits (a CEP); a Mexican código postal is zero-padded
		address.put("postcode", "%8s".formatted(p.postcode).replace(' ', '0'));
		address.put("country_name", this.br ? "Brasil" : "México");
		address.put("country_code", p.country.iso3);
		address.put("latitude", p.city.latitude());
		address.put("longitude", p.city.longitude());
		owner.put("phone_number", "+" + p.country.phonePrefix + " " + p.areaCode + " " + p.phone);
		ObjectNode phone = owner.putArray("phone_numbers").addObject();
		phone.put("is_main", true);
		phone.put("type", "MOBILE");
		phone.putNull("additional_info");
		phone.put("number", p.phone);
		phone.put("country_code", p.country.phonePrefix);
		phone.put("area_code", p.areaCode);
		phone.putNull("extension");
		ObjectNode mother = owner.putArray("filiations").addObject();
		mother.put("type", "MOTHER");
		mother.put("civil_name", p.motherName);
		mother.putNull("social_name");
		ObjectNode profile = owner.putObject("financial_profile");
		if (this.br) {
			profile.put("company_id", p.employerTaxId);
		}
		else {
			profile.putNull("company_id");
		}
		profile.put("occupation_code", "OTHER");
		profile.put("occupation_description", "Employee at " + p.employer);
		ObjectNode income = profile.putObject("informed_income");
		income.put("frequency", "MONTHLY");
		income.put("amount", money(p.salaryCents));
		income.put("currency", p.country.currency);
		income.put("date", p.start.toString());
		ObjectNode patrimony = profile.putObject("patrimony");
		patrimony.put("amount", money(p.salaryCents * 12));
		patrimony.put("currency", p.country.currency);
		patrimony.put("year", p.start.getYear());
		ObjectNode relation = owner.putObject("financial_relation");
		relation.put("start_date", p.start.minusYears(3).atStartOfDay().format(SECONDS));
		ArrayNode services = relation.putArray("product_services");
		this.ledger.accounts().forEach(kind -> services.add(switch (kind) {
			case CHECKING -> "CONTA_DEPOSITO_A_VISTA";
			case SAVINGS -> "CONTA_POUPANCA";
			case CARD -> "CARTAO_CREDITO";
			case LOAN -> "OPERACAO_CREDITO";
		}));
		relation.putNull("product_services_additional_info");
		relation.putArray("procurators");
		ArrayNode products = relation.putArray("products");
		product(products, "CHECKING_ACCOUNT", p.checkingNumber);
		if (this.ledger.accounts().contains(AccountKind.SAVINGS)) {
			product(products, "SAVINGS_ACCOUNT", p.savingsNumber);
		}
		return List.of(owner);
	}

	private void product(ArrayNode products, String type, String number) {
		ObjectNode product = products.addObject();
		product.put("type", type);
		product.put("subtype", "INDIVIDUAL");
		product.put("agency", this.br ? this.persona.agency : null);
		product.put("clearing_code", this.persona.bankCode);
		product.put("number", number);
		product.put("check_digit", this.persona.checkDigit);
	}

	List<ObjectNode> accounts() {
		List<ObjectNode> accounts = new ArrayList<>();
		for (AccountKind kind : this.ledger.accounts()) {
			accounts.add(account(kind));
		}
		return accounts;
	}

	private ObjectNode account(AccountKind kind) {
		Persona p = this.persona;
		long balance = this.ledger.balances.get(kind) != null ? this.ledger.balances.get(kind) : 0;
		ObjectNode account = JSON.objectNode();
		account.put("internal_identification", p.accountId(kind));
		ObjectNode institution = account.putObject("institution");
		institution.put("name", p.institution);
		institution.put("type", "bank");
		account.putNull("last_accessed_at");
		account.put("category", switch (kind) {
			case CHECKING -> "CHECKING_ACCOUNT";
			case SAVINGS -> "SAVINGS_ACCOUNT";
			case CARD -> "CREDIT_CARD";
			case LOAN -> "LOAN_ACCOUNT";
		});
		account.put("balance_type", kind == AccountKind.CARD || kind == AccountKind.LOAN ? "LIABILITY" : "ASSET");
		account.put("type", switch (kind) {
			case CHECKING -> "CONTA_DEPOSITO_A_VISTA";
			case SAVINGS -> "CONTA_POUPANCA";
			case CARD -> "PLATINUM";
			case LOAN -> "EMPRESTIMOS";
		});
		account.put("subtype", switch (kind) {
			case CHECKING, SAVINGS -> "INDIVIDUAL";
			case CARD -> "CREDIT_CARD";
			case LOAN -> "CREDITO_PESSOAL_SEM_CONSIGNACAO";
		});
		account.put("name", switch (kind) {
			case CHECKING -> this.br ? "Conta Corrente" : "Cuenta de Cheques";
			case SAVINGS -> this.br ? "Conta Poupança" : "Cuenta de Ahorro";
			case CARD -> (this.br ? "Cartão " : "Tarjeta ") + p.cardNetwork.charAt(0)
					+ p.cardNetwork.substring(1).toLowerCase(Locale.ROOT).replace('_', ' ') + " Platinum";
			case LOAN -> this.br ? "Empréstimo Pessoal" : "Crédito Personal";
		});
		String number = switch (kind) {
			case CHECKING -> p.checkingNumber;
			case SAVINGS -> p.savingsNumber;
			case CARD -> "************" + p.cardLast4;
			case LOAN -> p.loanContract;
		};
		account.put("number", number);
		boolean deposit = kind == AccountKind.CHECKING || kind == AccountKind.SAVINGS;
		account.put("agency", deposit && this.br ? p.agency : null);
		account.put("check_digit", deposit ? p.checkDigit : null);
		ObjectNode balances = account.putObject("balance");
		long loanOutstanding = (long) p.loanInstallmentCents
				* (p.loanInstallments - this.ledger.loanInstallmentsPaid(this.today));
		long current = kind == AccountKind.LOAN ? loanOutstanding : balance;
		balances.put("current", money(current));
		balances.put("available", money(kind == AccountKind.CARD ? p.cardLimitCents - balance : current));
		balances.put("blocked", money(0));
		balances.put("automatically_invested", money(0));
		account.put("currency", p.country.currency);
		if (deposit) {
			account.put("public_identification_name", this.br ? "AGENCY/ACCOUNT" : "CLABE");
			account.put("public_identification_value", this.br ? p.agency + "/" + number + "-" + p.checkDigit
					: kind == AccountKind.CHECKING ? p.clabe : number);
		}
		else {
			account.putNull("public_identification_name");
			account.putNull("public_identification_value");
		}
		if (kind == AccountKind.CHECKING) {
			ObjectNode overdraft = account.putObject("overdraft");
			long arranged = Persona.roundTo(p.salaryCents * 0.5, 100_00);
			overdraft.put("arranged", money(Math.max(arranged, -balance)));
			overdraft.put("used", money(Math.max(0, -balance)));
			overdraft.put("unarranged", money(0));
		}
		else {
			account.putNull("overdraft");
		}
		if (kind == AccountKind.CARD) {
			account.set("credit_data", creditData(balance));
		}
		else {
			account.putNull("credit_data");
		}
		if (kind == AccountKind.LOAN) {
			account.set("loan_data", loanData(loanOutstanding));
		}
		else {
			account.putNull("loan_data");
		}
		account.putNull("funds_data");
		return account;
	}

	/** Card details; {@code collected_at} is the server's to add. */
	private ObjectNode creditData(long owed) {
		Persona p = this.persona;
		List<Ledger.Bill> bills = this.ledger.bills();
		Ledger.Bill last = bills.isEmpty() ? null : bills.getLast();
		ObjectNode credit = JSON.objectNode();
		credit.put("credit_limit", money(p.cardLimitCents));
		ObjectNode limit = credit.putArray("limits").addObject();
		limit.put("identification_number", p.cardLast4);
		limit.put("credit_limit", money(p.cardLimitCents));
		limit.put("used_amount", money(owed));
		limit.put("available_amount", money(Math.max(0, p.cardLimitCents - owed)));
		limit.put("is_limit_flexible", false);
		limit.put("type", "TOTAL_LIMIT");
		limit.put("consolidation_type", "CONSOLIDADO");
		limit.put("line_name", "CREDITO_A_VISTA");
		limit.putNull("line_name_additional_info");
		LocalDate closing = this.today.getDayOfMonth() <= p.cardClosingDay ? this.today.withDayOfMonth(p.cardClosingDay)
				: this.today.plusMonths(1).withDayOfMonth(p.cardClosingDay);
		credit.put("cutting_date", closing.toString());
		credit.put("minimum_payment", last == null ? null : money(last.totalCents() * 15 / 100));
		credit.put("network", p.cardNetwork);
		credit.putNull("network_additional_info");
		ObjectNode card = credit.putArray("cards").addObject();
		card.put("is_multiple", false);
		card.put("identification_number", p.cardLast4);
		credit.put("next_payment_date", closing.plusDays(10).toString());
		credit.put("no_interest_payment", last == null ? null : money(last.totalCents()));
		credit.put("interest_rate", new BigDecimal("0.1290"));
		credit.putNull("monthly_payment");
		LocalDate lastPayment = bills.stream().map(Ledger.Bill::paidOn).filter(d -> d != null).reduce((a, b) -> b)
			.orElse(null);
		credit.put("last_payment_date", lastPayment == null ? null : lastPayment.toString());
		return credit;
	}

	/**
	 * Loan details; {@code collected_at} is the server's to add. The spec requires the misspelt
	 * {@code total_effectove_cost}; the correct key is sent beside it.
	 */
	private ObjectNode loanData(long outstanding) {
		Persona p = this.persona;
		int paid = this.ledger.loanInstallmentsPaid(this.today);
		ObjectNode loan = JSON.objectNode();
		loan.put("loan_code", (p.loanContract + p.tag.replaceAll("[^0-9]", "") + "000000000000000000000000")
			.substring(0, 24));
		loan.put("contract_amount", money(p.loanPrincipalCents));
		BigDecimal totalCost = money((long) p.loanInstallmentCents * p.loanInstallments);
		loan.put("total_effectove_cost", totalCost);
		loan.put("total_effective_cost", totalCost);
		loan.put("loan_type", "CREDITO_PESSOAL_SEM_CONSIGNACAO");
		loan.put("outstanding_balance", money(outstanding));
		ObjectNode rate = loan.putArray("interest_rates").addObject();
		rate.put("name", this.br ? "Juros remuneratórios" : "Tasa ordinaria");
		rate.put("type", "MONTHLY");
		rate.put("value", new BigDecimal("0.019000"));
		ObjectNode data = rate.putObject("interest_rate_data");
		data.put("tax_type", "NOMINAL");
		data.put("rate_type", "COMPOUND");
		data.put("type", "MONTHLY");
		data.put("calculation_base", "30/360");
		data.put("reference_index_type", "PRE_FIXED");
		data.putNull("reference_index_subtype");
		data.putNull("reference_index_info");
		data.put("pre_fixed_rate", new BigDecimal("0.019000"));
		data.put("post_fixed_rate", new BigDecimal("0.000000"));
		data.putNull("additional_info");
		ObjectNode fee = loan.putArray("fees").addObject();
		fee.put("type", "OPERATION_FEE");
		fee.put("value", money(this.br ? 350_00 : 1_500_00));
		fee.put("name", this.br ? "Tarifa de cadastro" : "Comisión por apertura");
		fee.put("code", this.br ? "CADASTRO" : "APERTURA");
		fee.put("fee_charge_type", "SINGLE");
		fee.put("fee_charge", "FIXED");
		fee.putNull("rate");
		loan.putArray("contracted_charges");
		loan.putArray("collaterals");
		loan.putArray("balloon_payments");
		loan.put("installments_contract_term_frequency", "MONTH");
		loan.put("installment_frequency", "MONTHLY");
		loan.putNull("installment_frequency_info");
		LocalDate first = p.loanStart.plusMonths(1);
		LocalDate last = p.loanStart.plusMonths(p.loanInstallments);
		loan.put("first_installment_due_date", first.toString());
		loan.put("number_of_installments_total", p.loanInstallments);
		loan.put("number_of_installments_outstanding", p.loanInstallments - paid);
		loan.put("number_of_installments_paid", paid);
		loan.put("number_of_installments_past_due", 0);
		loan.putArray("disbursement_dates").add(p.loanStart.toString());
		if (paid == p.loanInstallments) {
			loan.put("settlement_date", last.toString());
		}
		else {
			loan.putNull("settlement_date");
		}
		loan.put("contract_start_date", p.loanStart.toString());
		loan.put("contract_end_date", last.toString());
		loan.put("contract_remaining_frequency", "MONTH");
		loan.put("contract_remaining_total", p.loanInstallments - paid);
		loan.put("amortization_schedule", "PRICE");
		loan.putNull("amortization_schedule_info");
		loan.putNull("consignee_id");
		loan.put("contract_number", p.loanContract);
		loan.put("monthly_payment", money(p.loanInstallmentCents));
		loan.put("principal", money(p.loanPrincipalCents));
		loan.put("payment_day", String.valueOf(p.loanDay));
		loan.put("outstanding_principal", money(outstanding));
		loan.putNull("credit_limit");
		loan.putNull("last_period_balance");
		loan.put("interest_rate", new BigDecimal("0.019000"));
		loan.putNull("limit_day");
		loan.putNull("cutting_day");
		loan.putNull("cutting_date");
		if (paid > 0) {
			loan.put("last_payment_date", p.loanStart.plusMonths(paid).toString());
		}
		else {
			loan.putNull("last_payment_date");
		}
		loan.putNull("no_interest_payment");
		return loan;
	}

	/** Deposit accounts' balances; {@code account_id} carries the account's internal identification. */
	List<ObjectNode> balances() {
		List<ObjectNode> balances = new ArrayList<>();
		for (AccountKind kind : this.ledger.accounts()) {
			if (kind != AccountKind.CHECKING && kind != AccountKind.SAVINGS) {
				continue;
			}
			String accountId = this.persona.accountId(kind);
			ObjectNode balance = JSON.objectNode();
			balance.put("internal_identification", accountId + "-balance");
			balance.put("account_id", accountId);
			balance.put("account_internal_identification", accountId);
			LocalDateTime updated = this.ledger.entries(kind).stream().reduce((a, b) -> b)
				.map(e -> e.date().atTime(e.time())).orElse(this.ledger.start(this.today).atStartOfDay());
			balance.put("last_updated_at", updated.format(SECONDS));
			balance.put("currency", this.persona.country.currency);
			// Open Finance balances have no negative available amount: an overdrawn account (bnk103) shows 0
			// here, and its negative balance and the overdraft used on the account itself
			balance.put("available", money(Math.max(0, this.ledger.balances.get(kind))));
			balance.put("blocked", money(0));
			balance.put("automatically_invested", money(0));
			balances.add(balance);
		}
		return balances;
	}

	List<ObjectNode> transactions(LocalDate from, LocalDate to) {
		List<ObjectNode> transactions = new ArrayList<>();
		for (Entry entry : this.ledger.entries) {
			if (!entry.date().isBefore(from) && !entry.date().isAfter(to)) {
				transactions.add(transaction(entry));
			}
		}
		return transactions;
	}

	private ObjectNode transaction(Entry entry) {
		Persona p = this.persona;
		ObjectNode tx = JSON.objectNode();
		tx.put("internal_identification", entry.id());
		tx.put("account", p.accountId(entry.account()));
		tx.put("value_date", entry.date().toString());
		tx.put("transacted_at", entry.date().atTime(entry.time()).format(MILLIS));
		tx.put("accounting_date", entry.date().toString());
		tx.put("amount", money(entry.cents()));
		tx.put("local_currency_amount", money(entry.cents()));
		tx.put("balance", money(entry.balanceAfter()));
		tx.put("currency", p.country.currency);
		tx.put("description", entry.description());
		tx.putNull("observations");
		if (entry.merchant() != null) {
			ObjectNode merchant = tx.putObject("merchant");
			merchant.putNull("logo");
			merchant.putNull("website");
			merchant.put("merchant_name", entry.merchant());
		}
		else {
			tx.putNull("merchant");
		}
		tx.put("category", entry.category());
		tx.put("subcategory", entry.subcategory());
		tx.putNull("reference");
		tx.put("type", entry.inflow() ? "INFLOW" : "OUTFLOW");
		tx.put("status", "PROCESSED");
		if (entry.account() == AccountKind.CARD) {
			ObjectNode card = tx.putObject("credit_card_data");
			Ledger.Cycle cycle = entry.cycle();
			card.put("bill_name", billName(cycle.due()));
			card.put("bill_due_date", cycle.due().toString());
			card.put("bill_internal_identification", cycle.id());
			card.putNull("bill_status");
			card.putNull("previous_bill_total");
			card.putNull("bill_amount");
			card.put("card_number", p.cardLast4);
			card.putNull("fee_type");
			card.putNull("fee_type_additional_info");
			card.putNull("credits_type");
			card.putNull("credits_type_additional_info");
			card.put("installment_identifier", entry.purchase() ? "1/1" : "");
			if (entry.purchase()) {
				card.put("number_of_installments", 1);
			}
			else {
				card.putNull("number_of_installments");
			}
		}
		else {
			tx.putNull("credit_card_data");
		}
		Ledger.Counterparty party = entry.counterparty();
		if (party != null) {
			ObjectNode counterparty = tx.putObject("counterparty");
			counterparty.put("type", party.company() ? "COMPANY" : "INDIVIDUAL");
			counterparty.put("document_number", party.document());
			counterparty.put("clearing_code", party.bankCode());
			counterparty.put("agency", party.agency());
			counterparty.put("check_digit", party.checkDigit());
			counterparty.put("number", party.number());
		}
		else {
			tx.putNull("counterparty");
		}
		tx.putNull("loan_data");
		tx.put("payment_type", entry.purchase() ? "FULL" : null);
		tx.put("operation_type", entry.operationType());
		tx.putNull("operation_type_additional_info");
		tx.put("mcc", entry.mcc());
		return tx;
	}

	/** Closed card bills whose due date falls in the window; {@code account} is the card's identification. */
	List<ObjectNode> bills(LocalDate from, LocalDate to) {
		List<ObjectNode> bills = new ArrayList<>();
		String currency = this.persona.country.currency;
		for (Ledger.Bill bill : this.ledger.bills()) {
			LocalDate due = bill.cycle().due();
			if (due.isBefore(from) || due.isAfter(to)) {
				continue;
			}
			ObjectNode node = JSON.objectNode();
			node.put("internal_identification", bill.cycle().id());
			node.put("account", this.persona.accountId(AccountKind.CARD));
			node.put("bill_name", billName(due));
			node.put("due_date", due.toString());
			node.put("currency", currency);
			node.put("total_amount", money(bill.totalCents()));
			node.put("minimum_amount", money(bill.totalCents() * 15 / 100));
			node.put("is_installment", false);
			ObjectNode charge = node.putArray("finance_charges").addObject();
			charge.put("type", "NO_CHARGE");
			charge.putNull("additional_info");
			charge.put("currency", currency);
			charge.put("amount", money(0));
			ArrayNode payments = node.putArray("payments");
			if (bill.paidOn() != null) {
				ObjectNode payment = payments.addObject();
				payment.put("type", "FULL");
				payment.put("payment_date", bill.paidOn().toString());
				payment.put("payment_mode", "DIRECT_DEBIT");
				payment.put("currency", currency);
				payment.put("amount", money(bill.totalCents()));
			}
			bills.add(node);
		}
		return bills;
	}

	private String billName(LocalDate due) {
		Locale locale = this.br ? Locale.of("pt", "BR") : Locale.of("es", "MX");
		String month = due.getMonth().getDisplayName(java.time.format.TextStyle.FULL, locale);
		return (this.br ? "Fatura " : "Estado de cuenta ") + month + " " + due.getYear();
	}

	List<ObjectNode> investments() {
		List<ObjectNode> investments = new ArrayList<>();
		if (!this.persona.hasInvestments() || this.ledger.applications.isEmpty()) {
			return investments;
		}
		investments.add(cdb());
		if (this.ledger.applications.stream().anyMatch(a -> a.investment().equals(Ledger.FUND))) {
			investments.add(fund());
		}
		return investments;
	}

	private ObjectNode cdb() {
		Persona p = this.persona;
		long days = ChronoUnit.DAYS.between(p.cdbDate, this.today);
		double gross = p.cdbCents * Math.pow(1 + CDI * 1.1, days / 365.0);
		double withheld = (gross - p.cdbCents) * 0.15;
		ObjectNode cdb = investment(Ledger.CDB, "FIXED_INCOME_BANKING", "CDB", false);
		cdb.put("clearing_code", "CDB" + p.tag.toUpperCase(Locale.ROOT).substring(0, 6) + "BR");
		cdb.put("due_date", p.cdbDate.plusYears(3).toString());
		cdb.put("issue_date", p.cdbDate.toString());
		cdb.put("purchase_date", p.cdbDate.toString());
		cdb.putNull("grace_period_date");
		cdb.put("issue_unit_price", money(1000_00));
		ObjectNode balance = cdb.putObject("balance");
		balance.put("reference_date", this.today.atStartOfDay().format(SECONDS));
		balance.put("gross_value", decimal(gross / 100, 2));
		balance.put("blocked_amount", money(0));
		balance.put("quantity", decimal(p.cdbCents / 100_000.0, 2));
		balance.put("gross_unit_price", decimal(gross / p.cdbCents * 1000, 8));
		balance.put("net_value", decimal((gross - withheld) / 100, 2));
		balance.put("withheld_amount", decimal(withheld / 100, 2));
		balance.put("transaction_fee", money(0));
		balance.put("purchase_unit_price", money(1000_00));
		balance.putNull("pre_fixed_rate");
		balance.put("post_fixed_rate", new BigDecimal("1.100000"));
		balance.putNull("penalty_fee");
		balance.putNull("late_payment_fee");
		balance.putNull("closing_price");
		balance.putNull("unit_price_factor");
		ObjectNode remuneration = cdb.putObject("remuneration");
		remuneration.putNull("pre_fixed_rate");
		remuneration.put("post_fixed_rate", new BigDecimal("1.100000"));
		remuneration.put("rate_type", "EXPONENCIAL");
		remuneration.put("rate_periodicity", "ANUAL");
		remuneration.put("calculation_base", "DIAS_UTEIS");
		remuneration.put("indexer", "CDI");
		remuneration.put("indexer_additional_info", "110% do CDI");
		cdb.putNull("classification_details");
		return cdb;
	}

	private ObjectNode fund() {
		Persona p = this.persona;
		double quotas = 0;
		long applied = 0;
		for (Application application : this.ledger.applications) {
			if (application.investment().equals(Ledger.FUND)) {
				quotas += application.cents() / 100.0 / quota(application.date());
				applied += application.cents();
			}
		}
		double gross = quotas * quota(this.today);
		double withheld = Math.max(0, gross - applied / 100.0) * 0.15;
		ObjectNode fund = investment(Ledger.FUND, "INVESTMENT_FUND", this.ledger.fundName(), false);
		fund.putNull("clearing_code");
		fund.putNull("due_date");
		fund.putNull("issue_date");
		fund.put("purchase_date", this.ledger.applications.stream()
			.filter(a -> a.investment().equals(Ledger.FUND)).findFirst().orElseThrow().date().toString());
		fund.putNull("grace_period_date");
		fund.putNull("issue_unit_price");
		ObjectNode balance = fund.putObject("balance");
		balance.put("reference_date", this.today.atStartOfDay().format(SECONDS));
		balance.put("gross_value", decimal(gross, 2));
		balance.put("blocked_amount", money(0));
		balance.put("quantity", decimal(quotas, 8));
		balance.put("gross_unit_price", decimal(quota(this.today), 8));
		balance.put("net_value", decimal(gross - withheld, 2));
		balance.put("withheld_amount", decimal(withheld, 2));
		balance.put("transaction_fee", money(0));
		balance.putNull("purchase_unit_price");
		balance.putNull("pre_fixed_rate");
		balance.putNull("post_fixed_rate");
		balance.putNull("penalty_fee");
		balance.putNull("late_payment_fee");
		balance.put("closing_price", decimal(quota(this.today), 8));
		balance.putNull("unit_price_factor");
		ObjectNode remuneration = fund.putObject("remuneration");
		remuneration.putNull("pre_fixed_rate");
		remuneration.putNull("post_fixed_rate");
		remuneration.putNull("rate_type");
		remuneration.putNull("rate_periodicity");
		remuneration.putNull("calculation_base");
		remuneration.put("indexer", "CDI");
		remuneration.putNull("indexer_additional_info");
		ObjectNode classification = fund.putObject("classification_details");
		classification.put("category", "RENDA_FIXA");
		classification.put("class", "Renda Fixa Duração Baixa Grau de Investimento");
		classification.putNull("subclass");
		return fund;
	}

	private ObjectNode investment(String suffix, String type, String productName, boolean taxExempt) {
		ObjectNode investment = JSON.objectNode();
		investment.put("internal_identification", this.persona.tag + "-inv-" + suffix);
		investment.put("type", type);
		investment.put("issuer_id_number", institutionTaxId());
		// the spec's ISIN pattern is wrapped in typographic quotes and matches nothing: leave it null
		investment.putNull("isin_number");
		investment.put("currency", this.persona.country.currency);
		investment.put("product_name", productName);
		investment.put("is_tax_exempt", taxExempt);
		ObjectNode voucher = investment.putObject("voucher_payment_details");
		voucher.put("is_voucher_payment", false);
		voucher.putNull("periodicity");
		voucher.putNull("periodicity_additional_info");
		investment.putNull("debtor_details");
		return investment;
	}

	/** The fund's quota price: grows with the CDI from 1.0 on 2020-01-01, the same for every holder. */
	private static double quota(LocalDate date) {
		long days = ChronoUnit.DAYS.between(LocalDate.of(2020, 1, 1), date);
		return Math.pow(1 + CDI, days / 365.0);
	}

	/** Applications into investments, by value date; {@code investment} is the investment's identification. */
	List<ObjectNode> investmentTransactions(LocalDate from, LocalDate to) {
		List<ObjectNode> transactions = new ArrayList<>();
		if (!this.persona.hasInvestments()) {
			return transactions;
		}
		for (Application application : this.ledger.applications) {
			if (application.date().isBefore(from) || application.date().isAfter(to)) {
				continue;
			}
			boolean fund = application.investment().equals(Ledger.FUND);
			double unitPrice = fund ? quota(application.date()) : 1000.0;
			ObjectNode tx = JSON.objectNode();
			tx.put("internal_identification", application.id() + "-inv");
			tx.put("investment", this.persona.tag + "-inv-" + application.investment());
			tx.put("value_date", application.date().toString());
			tx.put("gross_value", money(application.cents()));
			tx.put("net_value", money(application.cents()));
			tx.put("value", money(application.cents()));
			tx.put("unit_price", decimal(unitPrice, 8));
			tx.put("price_factor", BigDecimal.ONE);
			tx.put("transaction_tax", money(0));
			tx.put("income_tax", money(0));
			tx.put("quantity", decimal(application.cents() / 100.0 / unitPrice, 8));
			tx.put("type", "INFLOW");
			tx.put("subtype", "APLICACAO");
			tx.put("indexer_percentage", fund ? BigDecimal.ZERO : new BigDecimal("110"));
			tx.put("rate", fund ? BigDecimal.ZERO : new BigDecimal("0.1171"));
			tx.put("exit_fee", money(0));
			tx.putNull("broker_note_details");
			transactions.add(tx);
		}
		return transactions;
	}

	/**
	 * Foreign-exchange purchases requested in the window. The Exchange schema forbids extra keys: the server
	 * must drop {@code internal_identification} (equal to {@code operation_identifier}) and {@code history}
	 * (the operation's events for {@code /history/}, each with {@code exchange_id} = the exchange's
	 * identification) before serving.
	 */
	List<ObjectNode> exchanges(LocalDate from, LocalDate to) {
		List<ObjectNode> exchanges = new ArrayList<>();
		SplittableRandom random = new SplittableRandom(this.persona.seed ^ 0x5DEECE66DL);
		for (Persona.ForeignExchange fx : this.ledger.exchanges) {
			long operationNumber = 100_000_000_000L + Math.floorMod(random.nextLong(), 899_999_999_999L);
			if (fx.date().isBefore(from) || fx.date().isAfter(to)) {
				continue;
			}
			String id = this.persona.tag + "-fx-" + fx.date().toString().replace("-", "");
			BigDecimal rate = BigDecimal.valueOf(fx.rateMicros(), 6);
			BigDecimal foreign = money(fx.foreignCents());
			BigDecimal local = money(fx.foreignCents() * fx.rateMicros() / 1_000_000);
			BigDecimal effective = rate.multiply(new BigDecimal("1.011")).setScale(6, RoundingMode.HALF_UP);
			String requested = fx.date().atTime(10, 15).format(SECONDS);
			LocalDate due = fx.date().plusDays(2);
			ObjectNode exchange = JSON.objectNode();
			exchange.put("internal_identification", id);
			exchange.put("operation_identifier", id);
			exchange.put("operation_number", String.valueOf(operationNumber));
			exchange.put("operation_type", "VENDA");
			exchange.put("operation_requested_at", requested);
			exchange.put("authorized_institution_identifier", Long.parseLong(institutionTaxId()));
			exchange.put("authorized_institution_name", institutionName());
			exchange.putNull("intermediary_institution_identifier");
			exchange.putNull("intermediary_institution_name");
			exchange.put("operation_due_date", due.toString());
			exchangeValues(exchange, rate, local, foreign, effective, fx.currency());
			exchange.put("settlement_method", "CONTA_DEPOSITO");
			exchange.put("operation_category_code", "32999");
			ArrayNode history = exchange.putArray("history");
			history.add(event(id, 1, requested, due, rate, local, foreign, effective, fx.currency(), local));
			if (!due.isAfter(this.today)) {
				history.add(event(id, 4, due.atTime(16, 0).format(SECONDS), due, rate, local, foreign, effective,
						fx.currency(), money(0)));
			}
			exchanges.add(exchange);
		}
		return exchanges;
	}

	private ObjectNode event(String exchangeId, int type, String at, LocalDate due, BigDecimal rate,
			BigDecimal local, BigDecimal foreign, BigDecimal effective, String currency, BigDecimal outstanding) {
		ObjectNode event = JSON.objectNode();
		event.put("exchange_id", exchangeId);
		event.put("operation_identifier", exchangeId);
		event.put("event_sequence_number", "%012d".formatted(type == 1 ? 1 : 2));
		event.put("event_type", type);
		event.put("event_created_at", at);
		event.put("operation_due_date", due.toString());
		exchangeValues(event, rate, local, foreign, effective, currency);
		event.put("operation_outstanding_balance_amount", outstanding);
		event.put("settlement_method", "CONTA_DEPOSITO");
		event.put("operation_category_code", "32999");
		event.putNull("foreign_partie_relationship_code");
		event.putNull("foreign_partie_name");
		event.putNull("foreign_partie_country_code");
		return event;
	}

	private void exchangeValues(ObjectNode node, BigDecimal rate, BigDecimal local, BigDecimal foreign,
			BigDecimal effective, String currency) {
		String localCurrency = this.persona.country.currency;
		node.put("local_operation_tax_amount", rate);
		node.put("local_operation_tax_currency", localCurrency);
		node.put("local_operation_value_amount", local);
		node.put("local_operation_value_currency", localCurrency);
		node.put("foreign_operation_value_amount", foreign);
		node.put("foreign_operation_value_currency", currency);
		node.put("operation_outstanding_balance_amount", money(0));
		node.put("operation_outstanding_balance_currency", localCurrency);
		node.put("tev_amount_amount", effective);
		node.put("tev_amount_currency", localCurrency);
		node.putNull("local_currency_advance_percentage");
	}

	/** The institution's own CNPJ, derived from its code so every user of it sees the same one. */
	String institutionTaxId() {
		return Documents.cnpj(new SplittableRandom(this.persona.institution.hashCode()));
	}

	private String institutionName() {
		String code = this.persona.institution;
		String brand = code.contains("_") ? code.substring(0, code.indexOf('_')) : code;
		return brand.substring(0, 1).toUpperCase(Locale.ROOT) + brand.substring(1) + (this.br ? " Banco S.A." : " Banco");
	}

	static BigDecimal money(long cents) {
		return BigDecimal.valueOf(cents, 2);
	}

	/** At most {@code scale} decimals and seven significant digits: the spec's numbers are {@code float}s. */
	private static BigDecimal decimal(double value, int scale) {
		return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).round(FLOAT_PRECISION);
	}

}
