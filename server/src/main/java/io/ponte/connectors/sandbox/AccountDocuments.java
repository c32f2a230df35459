package io.ponte.connectors.sandbox;

import static io.ponte.connectors.sandbox.Statement.JSON;
import static io.ponte.connectors.sandbox.Statement.SECONDS;
import static io.ponte.connectors.sandbox.Statement.decimal;
import static io.ponte.connectors.sandbox.Statement.money;

import io.ponte.connectors.sandbox.Persona.AccountKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.node.ObjectNode;

/** Accounts as they stand at the instant (with card and loan details) and the deposit accounts' balances. */
final class AccountDocuments {

	private final Persona persona;

	private final Ledger ledger;

	private final LocalDate today;

	private final boolean br;

	AccountDocuments(Statement statement) {
		this.persona = statement.persona;
		this.ledger = statement.ledger;
		this.today = statement.today;
		this.br = statement.br;
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
			case CARD -> (this.br ? "Cartão " : "Tarjeta ") + p.bank.cardNetwork().charAt(0)
					+ p.bank.cardNetwork().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ') + " Platinum";
			case LOAN -> this.br ? "Empréstimo Pessoal" : "Crédito Personal";
		});
		String number = switch (kind) {
			case CHECKING -> p.bank.checkingNumber();
			case SAVINGS -> p.bank.savingsNumber();
			case CARD -> "************" + p.bank.cardLast4();
			case LOAN -> p.borrowing.loan.contract();
		};
		account.put("number", number);
		boolean deposit = kind == AccountKind.CHECKING || kind == AccountKind.SAVINGS;
		account.put("agency", deposit && this.br ? p.bank.agency() : null);
		account.put("check_digit", deposit ? p.bank.checkDigit() : null);
		ObjectNode balances = account.putObject("balance");
		long current = balance;
		balances.put("current", money(current));
		balances.put("available", money(kind == AccountKind.CARD ? Math.max(0, p.borrowing.cardLimitCents - balance)
				: Math.max(0, current)));
		balances.put("blocked", money(0));
		balances.put("automatically_invested", money(0));
		account.put("currency", p.country.currency);
		if (deposit) {
			account.put("public_identification_name", this.br ? "AGENCY/ACCOUNT" : "CLABE");
			account.put("public_identification_value", this.br ? p.bank.agency() + "/" + number + "-" + p.bank.checkDigit()
					: kind == AccountKind.CHECKING ? p.bank.clabe() : number);
		}
		else {
			account.putNull("public_identification_name");
			account.putNull("public_identification_value");
		}
		if (kind == AccountKind.CHECKING) {
			ObjectNode overdraft = account.putObject("overdraft");
			long arranged = p.borrowing.overdraftCents;
			long used = Math.max(0, -balance);
			overdraft.put("arranged", money(arranged));
			overdraft.put("used", money(Math.min(used, arranged)));
			overdraft.put("unarranged", money(Math.max(0, used - arranged)));
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
			account.set("loan_data", loanData(balance));
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
		Borrowing b = p.borrowing;
		CardAccount.Bill last = this.ledger.card.last();
		ObjectNode credit = JSON.objectNode();
		credit.put("credit_limit", money(b.cardLimitCents));
		ObjectNode limit = credit.putArray("limits").addObject();
		limit.put("identification_number", p.bank.cardLast4());
		limit.put("credit_limit", money(b.cardLimitCents));
		limit.put("used_amount", money(Math.max(0, owed)));
		limit.put("available_amount", money(Math.max(0, b.cardLimitCents - owed)));
		limit.put("is_limit_flexible", false);
		limit.put("type", "TOTAL_LIMIT");
		limit.put("consolidation_type", "CONSOLIDADO");
		limit.put("line_name", "CREDITO_A_VISTA");
		limit.putNull("line_name_additional_info");
		CardAccount.Cycle next = this.ledger.card.cycleOf(this.today.plusDays(1));
		credit.put("cutting_date", next.closing().toString());
		credit.put("minimum_payment", last == null ? null : money(last.minimumCents()));
		credit.put("network", p.bank.cardNetwork());
		credit.putNull("network_additional_info");
		ObjectNode card = credit.putArray("cards").addObject();
		card.put("is_multiple", false);
		card.put("identification_number", p.bank.cardLast4());
		boolean lastOpen = last != null && last.cycle().due().isAfter(this.today.minusDays(1));
		credit.put("next_payment_date", (lastOpen ? last.cycle() : next).due().toString());
		credit.put("no_interest_payment", last == null ? null : money(last.totalCents()));
		credit.put("interest_rate", decimal(b.cardMonthlyRate, 4));
		credit.putNull("monthly_payment");
		LocalDate lastPayment = null;
		for (CardAccount.Bill bill : this.ledger.card.bills) {
			for (CardAccount.Payment payment : bill.payments()) {
				lastPayment = payment.date();
			}
		}
		credit.put("last_payment_date", lastPayment == null ? null : lastPayment.toString());
		return credit;
	}

	/**
	 * Loan details on the Price table; {@code collected_at} is the server's to add. The spec requires the
	 * misspelt {@code total_effectove_cost}; the correct key is sent beside it.
	 */
	private ObjectNode loanData(long outstanding) {
		Persona p = this.persona;
		Loan l = p.borrowing.loan;
		int paid = this.ledger.loanPaid;
		int pastDue = this.ledger.loanDue - paid;
		ObjectNode loan = JSON.objectNode();
		loan.put("loan_code", (l.contract() + p.tag.replaceAll("[^0-9]", "") + "000000000000000000000000").substring(0, 24));
		loan.put("contract_amount", money(l.principalCents()));
		BigDecimal totalCost = money(l.instalmentCents() * l.instalments());
		loan.put("total_effectove_cost", totalCost);
		loan.put("total_effective_cost", totalCost);
		loan.put("loan_type", "CREDITO_PESSOAL_SEM_CONSIGNACAO");
		loan.put("outstanding_balance", money(outstanding));
		BigDecimal rateValue = decimal(l.monthlyRate(), 6);
		ObjectNode rate = loan.putArray("interest_rates").addObject();
		rate.put("name", this.br ? "Juros remuneratórios" : "Tasa ordinaria");
		rate.put("type", "MONTHLY");
		rate.put("value", rateValue);
		ObjectNode data = rate.putObject("interest_rate_data");
		data.put("tax_type", "NOMINAL");
		data.put("rate_type", "COMPOUND");
		data.put("type", "MONTHLY");
		data.put("calculation_base", "30/360");
		data.put("reference_index_type", "PRE_FIXED");
		data.putNull("reference_index_subtype");
		data.putNull("reference_index_info");
		data.put("pre_fixed_rate", rateValue);
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
		loan.put("first_installment_due_date", l.due(1).toString());
		loan.put("number_of_installments_total", l.instalments());
		loan.put("number_of_installments_outstanding", l.instalments() - paid);
		loan.put("number_of_installments_paid", paid);
		loan.put("number_of_installments_past_due", pastDue);
		loan.putArray("disbursement_dates").add(l.start().toString());
		loan.put("settlement_date", paid == l.instalments() ? l.end().toString() : null);
		loan.put("contract_start_date", l.start().toString());
		loan.put("contract_end_date", l.end().toString());
		loan.put("contract_remaining_frequency", "MONTH");
		loan.put("contract_remaining_total", l.instalments() - paid);
		loan.put("amortization_schedule", "PRICE");
		loan.putNull("amortization_schedule_info");
		loan.putNull("consignee_id");
		loan.put("contract_number", l.contract());
		loan.put("monthly_payment", money(l.instalmentCents()));
		loan.put("principal", money(l.principalCents()));
		loan.put("payment_day", String.valueOf(l.start().getDayOfMonth()));
		loan.put("outstanding_principal", money(l.outstandingAfter(paid)));
		loan.putNull("credit_limit");
		loan.putNull("last_period_balance");
		loan.put("interest_rate", rateValue);
		loan.putNull("limit_day");
		loan.putNull("cutting_day");
		loan.putNull("cutting_date");
		loan.put("last_payment_date", paid > 0 ? l.due(paid).toString() : null);
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
				.map(e -> LocalDateTime.ofInstant(e.at(), ZoneOffset.UTC))
				.orElse(this.ledger.start.atStartOfDay());
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

}
