package io.ponte.enrichment.risk;

import io.ponte.enrichment.LinkMovements;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A link's stored accounts and transactions read once into plain values, the transactions sorted by day with the
 * transfers between the link's own accounts marked ({@link LinkMovements}), so every metric is computed from the
 * same sorted data without going back to the documents.
 */
record LinkHistory(List<Account> accounts, LinkMovements movements) {

	/** Asset accounts are where money is held: checking and savings. */
	record Account(String identification, String category, String currency, String institution, long currentCents,
			Long creditLimitCents, Long principalCents, Long outstandingCents, Long monthlyPaymentCents,
			Long overdraftArrangedCents, Long overdraftUsedCents) {

		boolean asset() {
			return asset(this.category);
		}

		static boolean asset(String category) {
			return "CHECKING_ACCOUNT".equals(category) || "SAVINGS_ACCOUNT".equals(category);
		}

	}

	/** Reads the documents as the institution returned them; transactions of unknown accounts are ignored. */
	static LinkHistory of(List<ObjectNode> accountDocuments, List<ObjectNode> transactionDocuments) {
		List<Account> accounts = new ArrayList<>();
		for (ObjectNode a : accountDocuments) {
			JsonNode loan = a.path("loan_data");
			JsonNode overdraft = a.path("overdraft");
			accounts.add(new Account(a.path("internal_identification").asString(), a.path("category").asString(null),
					a.path("currency").asString(null), a.path("institution").path("name").asString(null),
					cents(a.path("balance").path("current")), centsOrNull(a.path("credit_data").path("credit_limit")),
					centsOrNull(loan.path("principal")), centsOrNull(loan.path("outstanding_principal")),
					centsOrNull(loan.path("monthly_payment")), centsOrNull(overdraft.path("arranged")),
					centsOrNull(overdraft.path("used"))));
		}
		return new LinkHistory(List.copyOf(accounts), LinkMovements.read(transactionDocuments, accountDocuments));
	}

	private static Long cents(JsonNode amount) {
		return amount.isNumber() || amount.isString() && !amount.asString().isBlank()
				? new BigDecimal(amount.asString()).movePointRight(2).longValue() : 0L;
	}

	private static Long centsOrNull(JsonNode amount) {
		return amount.isNumber() || amount.isString() && !amount.asString().isBlank() ? cents(amount) : null;
	}

}
