package io.ponte.connectors;

/**
 * Every resource an institution can offer, named as in institutions' {@code resources} and links'
 * {@code fetch_resources}: banking, fiscal, employment and enrichment alike. A connector serves the ones its
 * institutions list; enrichment is computed by Ponte from stored data rather than fetched.
 */
public enum ResourceKind {

	OWNERS, ACCOUNTS, BALANCES, TRANSACTIONS, BILLS, INVESTMENTS, INVESTMENT_TRANSACTIONS, EXCHANGES,

	INVOICES, TAX_RETURNS, TAX_STATUS, TAX_COMPLIANCE_STATUS, TAX_RETENTIONS, FINANCIAL_STATEMENTS,

	EMPLOYMENTS, EMPLOYMENT_RECORDS, CURRENT_EMPLOYMENTS, EMPLOYMENT_METRICS,

	DEBT_REPORTS,

	INCOMES, RECURRING_EXPENSES, RISK_INSIGHTS

}
