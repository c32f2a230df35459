package io.ponte.enrichment.categorization;

import io.ponte.resources.DocumentEnricher;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Gives every transaction Ponte stores its category, subcategory and merchant, from what any bank returns: the
 * description, the counterparty, the merchant category code, the direction, the account it moved on and the
 * country. In order: the account where it decides ({@link CreditAccounts}: money into a card pays its bill, a loan
 * account's movements are the loan); a purchase with a code by the merchant dictionary, else the code, else the
 * words of the shop's name ({@link ShopWords}); any other movement by the first statement-text rule
 * ({@link DescriptionRules}, a generic transfer or deposit sharpened by later words), else the dictionary (direct
 * debits of utilities and subscriptions), else the banking words wherever they stand ({@link StatementWords}), else
 * the shop words. A shop the dictionary does not know keeps the name its descriptor gives, without channel words,
 * acquirer prefix, store number or card mask, and no website. What nothing recognises is {@code Unknown}.
 */
@Component
public final class TransactionCategorizer implements DocumentEnricher {

	/** The rule name of an answer the merchant dictionary gave. */
	static final String DICTIONARY = "merchant dictionary";

	private final MerchantDictionary dictionary;

	public TransactionCategorizer() {
		this(MerchantDictionary.load());
	}

	TransactionCategorizer(MerchantDictionary dictionary) {
		this.dictionary = dictionary;
	}

	@Override
	public void enrich(List<ObjectNode> transactions, String country) {
		Categorization[] categorizations = new Categorization[transactions.size()];
		for (int i = 0; i < categorizations.length; i++) {
			categorizations[i] = categorize(transactions.get(i), country);
		}
		RegularCounterparties.refine(transactions, categorizations);
		for (int i = 0; i < categorizations.length; i++) {
			write(transactions.get(i), categorizations[i]);
		}
	}

	/** The categorization of one transaction document of the spec's shape. */
	Categorization categorize(JsonNode transaction, String country) {
		String text = BankText.normalized(transaction.path("description").asString(null));
		String[] words = Lexicon.words(text);
		boolean inflow = inflow(transaction);
		JsonNode mccNode = transaction.path("mcc");
		Integer mcc = mccNode.isNumber() ? mccNode.asInt() : null;
		String counterpartyType = transaction.path("counterparty").path("type").asString(null);
		Categorization byAccount = CreditAccounts.categorize(CreditAccounts.of(transaction), inflow, mcc, words,
				country);
		if (byAccount != null) {
			return byAccount;
		}
		if (mcc != null) {
			return purchase(country, text, words, mcc, inflow, counterpartyType);
		}
		DescriptionRules.Rule rule = DescriptionRules.first(country, inflow, counterpartyType, text);
		if (rule != null) {
			Categorization answer = Categorization.of(rule.category(), rule.subcategory(), "text " + rule.name());
			if ("Personal".equals(rule.subcategory())) {
				return loanKind(answer, country, words);
			}
			return rule.generic() ? refined(answer, country, words, inflow, counterpartyType) : answer;
		}
		KnownMerchant merchant = this.dictionary.find(country, BankText.merchantPart(text));
		if (merchant != null) {
			return new Categorization(merchant.category(), merchant.subcategory(), merchant, DICTIONARY);
		}
		Lexicon.Entry said = StatementWords.LEXICON.find(words, country, inflow);
		if (said != null) {
			boolean fromCompany = inflow && "Transfers".equals(said.category()) && "COMPANY".equals(counterpartyType);
			return fromCompany ? Categorization.of("Income & Payments", "Freelance", "a company's transfer, '"
					+ said.phrase() + "'") : Categorization.of(said.category(), said.subcategory(),
							"statement words '" + said.phrase() + "'");
		}
		Categorization shop = inflow ? null : shop(country, text, words);
		return shop != null ? shop : Categorization.of("Unknown", null, "nothing recognised");
	}

	/**
	 * A generic answer of a statement-text rule (a transfer, a deposit) sharpened by what the rest of the text
	 * says: {@code SPEI RECIBIDO ... NOMINA} is pay, {@code DEPOSITO REMUNERACIONES} too, and a transfer sent to a
	 * company whose name says it is a shop ({@code PIX ENVIADO PADARIA ... LTDA}) is a purchase there.
	 */
	private static Categorization refined(Categorization answer, String country, String[] words, boolean inflow,
			String counterpartyType) {
		Lexicon.Entry said = StatementWords.LEXICON.find(words, country, inflow);
		if (said != null && said.refines()) {
			return Categorization.of(said.category(), said.subcategory(),
					answer.rule() + ", then statement words '" + said.phrase() + "'");
		}
		if (!inflow && "COMPANY".equals(counterpartyType)) {
			Lexicon.Entry shop = ShopWords.LEXICON.find(words, country, false);
			if (shop != null) {
				return Categorization.of(shop.category(), shop.subcategory(),
						answer.rule() + " to a company, then shop words '" + shop.phrase() + "'");
			}
		}
		return answer;
	}

	/** A loan the rules call personal, unless its words say mortgage or car ({@code PAGO CREDITO AUTOMOTRIZ}). */
	private static Categorization loanKind(Categorization answer, String country, String[] words) {
		Lexicon.Entry said = StatementWords.LEXICON.find(words, country, false);
		boolean kind = said != null && "Credits & Loans".equals(said.category())
				&& ("Mortgage".equals(said.subcategory()) || "Auto".equals(said.subcategory()));
		return kind ? Categorization.of(said.category(), said.subcategory(),
				answer.rule() + ", then statement words '" + said.phrase() + "'") : answer;
	}

	private Categorization purchase(String country, String text, String[] words, int mcc, boolean inflow,
			String counterpartyType) {
		MerchantCategoryCodes.Spending spending = MerchantCategoryCodes.of(mcc);
		if (inflow) {
			// a money code (a remittance, a cash machine) says what came in; any other code is a merchant's refund
			if (spending != null && "Transfers".equals(spending.category())) {
				return Categorization.of("Transfers", null, "money in by a transfer code " + mcc);
			}
			if (spending != null && "Withdrawal & ATM".equals(spending.category())) {
				return Categorization.of("Deposits", null, "money in at a cash machine, code " + mcc);
			}
			return Categorization.of("Fees & Charges", "Refund", "money back from a merchant (code " + mcc + ")");
		}
		KnownMerchant merchant = this.dictionary.find(country, BankText.merchantPart(text));
		if (merchant != null) {
			return new Categorization(merchant.category(), merchant.subcategory(), merchant, DICTIONARY);
		}
		if (spending != null) {
			return named(spending.category(), spending.subcategory(), text, "merchant category code " + mcc);
		}
		Categorization shop = shop(country, text, words);
		if (shop != null) {
			return shop;
		}
		DescriptionRules.Rule rule = DescriptionRules.first(country, inflow, counterpartyType, text);
		if (rule != null) {
			return Categorization.of(rule.category(), rule.subcategory(), "text " + rule.name());
		}
		return Categorization.of("Unknown", null, "unknown merchant category code " + mcc);
	}

	/** A purchase at a shop the dictionary does not know, by the words of its name. */
	private static Categorization shop(String country, String text, String[] words) {
		Lexicon.Entry said = ShopWords.LEXICON.find(words, country, false);
		return said == null ? null
				: named(said.category(), said.subcategory(), text, "shop words '" + said.phrase() + "'");
	}

	/** A categorization naming the merchant as its descriptor does, without a website. */
	private static Categorization named(String category, String subcategory, String text, String rule) {
		String name = BankText.merchantName(text);
		KnownMerchant merchant = name == null ? null : new KnownMerchant(name, null, category, subcategory);
		return new Categorization(category, subcategory, merchant, rule);
	}

	/** Money in by the spec's type, or by the amount's sign when a connector leaves the type out. */
	private static boolean inflow(JsonNode transaction) {
		String type = transaction.path("type").asString(null);
		if (type != null) {
			return "INFLOW".equals(type);
		}
		return transaction.path("amount").asDouble(0) > 0;
	}

	private static void write(ObjectNode transaction, Categorization categorization) {
		transaction.put("category", categorization.category());
		transaction.put("subcategory", categorization.subcategory());
		KnownMerchant merchant = categorization.merchant();
		if (merchant == null) {
			transaction.putNull("merchant");
			return;
		}
		ObjectNode node = transaction.putObject("merchant");
		node.put("logo", merchant.logo());
		node.put("website", merchant.website());
		node.put("merchant_name", merchant.name());
	}

}
