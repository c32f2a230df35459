package io.ponte.connectors.sandbox;

import static io.ponte.connectors.sandbox.Statement.JSON;
import static io.ponte.connectors.sandbox.Statement.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import tools.jackson.databind.node.ObjectNode;

/**
 * The yearly financial statements of a sandbox taxpayer with business activity (a RESICO freelancer), one per
 * past fiscal year whose yearly return was filed, computed from the same CFDIs and returns so they agree:
 * revenue is what the year's issued invoices charged before VAT, operating expenses the business receipts
 * ({@code G03}: fuel, phone) before VAT, income tax the RESICO ISR the yearly return assessed, and the taxes
 * payable at year end what December's monthly return left to pay. The balance sheet balances by construction:
 * the business's equipment and starting cash are the owner's capital, the year's result its retained earnings,
 * and cash (or, when short, a bank loan) what is left. A salaried or inactive taxpayer has no statements.
 * Losses are negative amounts, so {@code income ?? loss} is the signed result.
 */
final class FinancialStatementDocuments {

	private final Statement statement;

	private final TaxpayerCfdis cfdis;

	FinancialStatementDocuments(Statement statement) {
		this.statement = statement;
		this.cfdis = TaxpayerCfdis.of(statement);
	}

	/** Every past year's statement, newest first. */
	List<ObjectNode> statements() {
		List<ObjectNode> statements = new ArrayList<>();
		Taxpayer taxpayer = this.cfdis.taxpayer();
		if (this.statement.persona.country != Country.MX || !taxpayer.issuesInvoices()) {
			return statements;
		}
		TaxReturnDocuments returns = new TaxReturnDocuments(this.statement);
		for (int year = this.statement.today.getYear() - 1; year >= this.statement.today.getYear() - 6; year--) {
			ObjectNode yearly = returns.yearly(year, false);
			if (yearly != null) {
				ObjectNode statement = statement(taxpayer, year, returns);
				if (statement != null) {
					statements.add(statement);
				}
			}
		}
		return statements;
	}

	private ObjectNode statement(Taxpayer taxpayer, int year, TaxReturnDocuments returns) {
		long revenue = 0;
		long expenses = 0;
		for (Cfdi cfdi : this.cfdis.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))) {
			if (cfdi.direction().equals("OUTFLOW")) {
				revenue += cfdi.subtotalCents() - cfdi.discountCents();
			}
			else if (cfdi.payslip() == null && cfdi.usage().equals("G03")) {
				expenses += cfdi.subtotalCents() - cfdi.discountCents();
			}
		}
		if (revenue == 0) {
			return null;
		}
		long operating = revenue - expenses;
		long incomeTax = Math.round(revenue * TaxReturnDocuments.resicoRate(revenue));
		long result = operating - incomeTax;
		ObjectNode december = returns.monthly(YearMonth.of(year, 12), false);
		long taxesPayable = december == null ? 0 : cents(december.at("/isr/detalle_del_pago/cantidad_a_pagar").decimalValue())
				+ cents(december.at("/iva/detalle_del_pago/cantidad_a_pagar").decimalValue());
		SplittableRandom random = Draws.stream(this.statement.persona.seed, "business capital");
		long equipment = Draws.between(random, 15_000, 60_000) * 100L;
		long startingCash = Draws.between(random, 5_000, 40_000) * 100L;
		long cash = startingCash + result + taxesPayable;
		long bankLoans = cash < 0 ? -cash : 0;
		cash = Math.max(0, cash);

		ObjectNode node = JSON.objectNode();
		node.put("internal_identification", "EF-" + taxpayer.rfc() + "-" + year);
		node.putNull("error");
		node.put("year", String.valueOf(year));
		node.put("currency", "MXN");
		ObjectNode sheet = node.putObject("balance_sheet");
		block(sheet, "current_assets", lines("cash_and_equivalents", cash, "short_term_investments", 0,
				"accounts_receivable", 0, "notes_receivable", 0, "other_debtors", 0, "bad_debt_provision", 0,
				"tax_recoverable", 0, "inventory", 0, "prepaid_expenses", 0, "assets_available_for_sale", 0));
		block(sheet, "non_current_assets", lines("property_plant_and_equipment", equipment,
				"accumulated_depreciation_and_amortization", 0, "long_term_accounts_receivable", 0,
				"prepayment_to_suppliers", 0, "goodwill", 0, "intangible_assets", 0, "investments_in_associates", 0,
				"long_term_financial_instruments", 0));
		block(sheet, "current_liabilities", lines("bank_loans", bankLoans, "accounts_payable", 0, "notes_payable", 0,
				"financial_instruments", 0, "other_creditors", 0, "income_tax_payable", 0, "customer_advances", 0,
				"provisions", 0, "taxes_payable", taxesPayable));
		block(sheet, "non_current_liabilities", lines("long_term_accounts_payable", 0,
				"long_term_financial_instruments", 0, "deferred_revenue", 0,
				"contributions_for_future_capital_increases", 0, "deferred_income_tax", 0, "employee_benefits", 0,
				"long_term_provisions", 0));
		block(sheet, "equity", lines("stockholders_equity", equipment + startingCash, "future_capital_contributions",
				0, "legal_reserve", 0, "capital_update_excess", 0, "capital_update_insufficiency", 0, "capital_reserve",
				0, "share_premium_on_stock_sales", 0, "retained_earnings", result, "other_comprehensive_income", 0,
				"controlling_interest", 0, "non_controlling_interest", 0));

		ObjectNode income = node.putObject("income_statement");
		income.put("net_revenue", money(revenue));
		income.put("domestic_sales", money(revenue));
		income.put("foreign_sales", money(0));
		income.put("materials_used", money(0));
		income.put("cost_of_goods_sold", money(0));
		income.put("cost_of_services_sold", money(0));
		signed(income, "gross_profit", "gross_loss", revenue);
		income.put("operating_expenses", money(expenses));
		signed(income, "operating_income", "operating_loss", operating);
		income.put("financial_result", money(0));
		income.put("income_statement_financial_gains", money(0));
		income.put("income_statement_financial_costs", money(0));
		income.put("equity_in_earnings_of_affiliates", money(0));
		signed(income, "income_before_taxes", "loss_before_taxes", operating);
		income.put("income_taxes", money(incomeTax));
		signed(income, "income_from_continuing_operations", "loss_from_continuing_operations", result);
		income.put("discontinued_operations", money(0));
		signed(income, "net_income", "net_loss", result);
		return node;
	}

	/** Exactly one of the pair: the income when the amount is not negative, the loss (negative) otherwise. */
	private static void signed(ObjectNode node, String income, String loss, long cents) {
		if (cents >= 0) {
			node.put(income, money(cents));
			node.putNull(loss);
		}
		else {
			node.putNull(income);
			node.put(loss, money(cents));
		}
	}

	/** A balance sheet block: its lines and their {@code total}. */
	private static void block(ObjectNode sheet, String name, Map<String, Long> lines) {
		ObjectNode block = sheet.putObject(name);
		long total = 0;
		for (Map.Entry<String, Long> line : lines.entrySet()) {
			block.put(line.getKey(), money(line.getValue()));
			total += line.getValue();
		}
		block.put("total", money(total));
	}

	private static Map<String, Long> lines(Object... namesAndCents) {
		Map<String, Long> lines = new LinkedHashMap<>();
		for (int i = 0; i < namesAndCents.length; i += 2) {
			lines.put((String) namesAndCents[i], ((Number) namesAndCents[i + 1]).longValue());
		}
		return lines;
	}

	private static long cents(BigDecimal amount) {
		return amount.movePointRight(2).longValueExact();
	}

}
