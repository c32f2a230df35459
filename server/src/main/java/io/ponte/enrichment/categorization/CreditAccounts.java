package io.ponte.enrichment.categorization;

import tools.jackson.databind.JsonNode;

/**
 * What the account says of a movement where its text cannot: money coming into a credit card is the bill being
 * paid (whatever the issuer prints: {@code SU PAGO GRACIAS}, {@code PAGAMENTO EFETUADO}, {@code PAGO POR SPEI}),
 * or a merchant's refund; every movement of a loan account is the loan (instalments in, the disbursement out,
 * interest charged). The account's category is read from the account object when a connector nests it, and
 * otherwise from what only card and loan movements carry: {@code credit_card_data}, {@code loan_data}.
 */
final class CreditAccounts {

	/** The account categories that carry a meaning here. */
	enum Kind {

		CREDIT_CARD, LOAN, OTHER

	}

	private CreditAccounts() {
	}

	static Kind of(JsonNode transaction) {
		JsonNode account = transaction.path("account");
		if (account.isObject()) {
			return switch (account.path("category").asString("")) {
				case "CREDIT_CARD" -> Kind.CREDIT_CARD;
				case "LOAN_ACCOUNT" -> Kind.LOAN;
				default -> Kind.OTHER;
			};
		}
		if (transaction.path("credit_card_data").isObject()) {
			return Kind.CREDIT_CARD;
		}
		return transaction.path("loan_data").isObject() ? Kind.LOAN : Kind.OTHER;
	}

	/** The categorization the account decides, or null when it leaves the movement to its text. */
	static Categorization categorize(Kind kind, boolean inflow, Integer mcc, String[] words, String country) {
		if (kind == Kind.CREDIT_CARD && inflow) {
			Lexicon.Entry said = StatementWords.LEXICON.find(words, country, true);
			if (said != null && "Fees & Charges".equals(said.category())) {
				return Categorization.of(said.category(), said.subcategory(), "card account, '" + said.phrase() + "'");
			}
			if (mcc != null) {
				return Categorization.of("Fees & Charges", "Refund", "money back from a merchant on a card");
			}
			return Categorization.of("Credits & Loans", "Credit Card", "money into a card account pays its bill");
		}
		if (kind == Kind.LOAN) {
			// read as a charge: interest and the loan's kind are outflow words
			Lexicon.Entry said = StatementWords.LEXICON.find(words, country, false);
			if (said != null && "Credits & Loans".equals(said.category())
					&& !"Credit Card".equals(said.subcategory())) {
				return Categorization.of(said.category(), said.subcategory(), "loan account, '" + said.phrase() + "'");
			}
			return Categorization.of("Credits & Loans", "Personal", "a movement of a loan account");
		}
		return null;
	}

}
