package io.ponte.connectors.sandbox;

import static io.ponte.connectors.sandbox.Statement.JSON;
import static io.ponte.connectors.sandbox.Statement.SECONDS;
import static io.ponte.connectors.sandbox.Statement.decimal;
import static io.ponte.connectors.sandbox.Statement.money;

import io.ponte.connectors.sandbox.Ledger.Application;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.node.ObjectNode;

/**
 * Brazilian investments (each CDB bought, the fund's quotas) valued at the instant, and the applications into
 * them; a CDB leaves the list when it is redeemed at maturity. Everyone's fund quota grows with the same CDI from 2020, as a real fund's does.
 */
final class InvestmentDocuments {

	private final Statement statement;

	private final Persona persona;

	private final Ledger ledger;

	private final LocalDate today;

	InvestmentDocuments(Statement statement) {
		this.statement = statement;
		this.persona = statement.persona;
		this.ledger = statement.ledger;
		this.today = statement.today;
	}

	List<ObjectNode> investments() {
		List<ObjectNode> investments = new ArrayList<>();
		if (!this.persona.hasInvestments() || this.ledger.applications.isEmpty()) {
			return investments;
		}
		boolean fund = false;
		for (Application application : this.ledger.applications) {
			if (application.investment().equals(Investing.FUND)) {
				fund = true;
			}
			else if (!Investing.redeemedBy(application, this.today)) {
				investments.add(cdb(application));
			}
		}
		if (fund) {
			investments.add(fund());
		}
		return investments;
	}

	private ObjectNode cdb(Application application) {
		Persona p = this.persona;
		LocalDate date = application.date();
		long cents = application.cents();
		long days = ChronoUnit.DAYS.between(date, this.today);
		double gross = Investing.cdbGrossCents(cents, days);
		double withheld = Investing.cdbWithheldCents(cents, days);
		ObjectNode cdb = investment(application.investment(), "FIXED_INCOME_BANKING", "CDB", false);
		cdb.put("clearing_code", "CDB" + p.tag.toUpperCase(Locale.ROOT).substring(0, 2)
				+ "%02d%02d".formatted(date.getYear() % 100, date.getMonthValue()) + "BR");
		cdb.put("due_date", Investing.maturity(application).toString());
		cdb.put("issue_date", date.toString());
		cdb.put("purchase_date", date.toString());
		cdb.putNull("grace_period_date");
		cdb.put("issue_unit_price", money(1000_00));
		ObjectNode balance = cdb.putObject("balance");
		balance.put("reference_date", this.today.atStartOfDay().format(SECONDS));
		balance.put("gross_value", decimal(gross / 100, 2));
		balance.put("blocked_amount", money(0));
		balance.put("quantity", decimal(cents / 100_000.0, 2));
		balance.put("gross_unit_price", decimal(gross / cents * 1000, 8));
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
			if (application.investment().equals(Investing.FUND)) {
				quotas += application.cents() / 100.0 / quota(application.date());
				applied += application.cents();
			}
		}
		double gross = quotas * quota(this.today);
		double withheld = Math.max(0, gross - applied / 100.0) * 0.15;
		ObjectNode fund = investment(Investing.FUND, "INVESTMENT_FUND", Investing.fundName(), false);
		fund.putNull("clearing_code");
		fund.putNull("due_date");
		fund.putNull("issue_date");
		fund.put("purchase_date", this.ledger.applications.stream()
			.filter(a -> a.investment().equals(Investing.FUND)).findFirst().orElseThrow().date().toString());
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
		investment.put("issuer_id_number", this.statement.institutionTaxId());
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
		return Math.pow(1 + Investing.CDI, days / 365.0);
	}

	/** Applications into investments, by value date; {@code investment} is the investment's identification. */
	List<ObjectNode> investmentTransactions(LocalDate from, LocalDate to) {
		List<ObjectNode> transactions = new ArrayList<>();
		if (!this.persona.hasInvestments()) {
			return transactions;
		}
		for (Application application : this.ledger.applications) {
			// a redeemed CDB is gone from the institution, its history with it
			if (application.date().isBefore(from) || application.date().isAfter(to)
					|| Investing.redeemedBy(application, this.today)) {
				continue;
			}
			boolean fund = application.investment().equals(Investing.FUND);
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

}
