package io.ponte.webhooks;

import java.util.Set;

/** The {@code webhook_type}s Ponte sends, which an endpoint may choose among. */
final class WebhookTypes {

	static final Set<String> ALL = Set.of("ACCOUNTS", "TRANSACTIONS", "BILLS", "OWNERS", "BALANCES", "INVESTMENTS",
			"INVESTMENT_TRANSACTIONS", "EXCHANGES", "LINK", "INCOMES", "RECURRING_EXPENSES", "RISK_INSIGHTS",
			"EMPLOYMENTS", "INVOICES", "TAX_RETURNS", "TAX_STATUS", "TAX_COMPLIANCE_STATUS", "TAX_RETENTIONS",
			"PAYMENTS", "CONSENT",
			// Brazil payments (TRANSACTIONS also announces payment transactions)
			"PAYMENT_INTENTS", "CHARGES");

	private WebhookTypes() {
	}

}
