package io.ponte.enrichment.categorization;

import io.ponte.resources.DocumentEnricher;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Gives every transaction Ponte stores its category, subcategory and merchant, from what any bank returns: the
 * description, the counterparty, the merchant category code, the direction, whether it is a card movement, and
 * the country. A card purchase is named by the merchant dictionary, else by its code; any other movement by the
 * first statement-text rule that matches ({@link DescriptionRules}), else by the dictionary (direct debits of
 * utilities and subscriptions). A shop the dictionary does not know keeps the name its descriptor gives, without
 * acquirer prefix, store number or card mask, and no website. What nothing recognises is {@code Unknown}.
 */
@Component
public final class TransactionCategorizer implements DocumentEnricher {

	/** The rule name of an answer the merchant dictionary gave. */
	static final String DICTIONARY = "merchant dictionary";

	private final MerchantDictionary dictionary = MerchantDictionary.load();

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
		boolean inflow = inflow(transaction);
		JsonNode mccNode = transaction.path("mcc");
		Integer mcc = mccNode.isNumber() ? mccNode.asInt() : null;
		String counterpartyType = transaction.path("counterparty").path("type").asString(null);
		if (mcc != null) {
			return purchase(country, text, mcc, inflow, counterpartyType);
		}
		DescriptionRules.Rule rule = DescriptionRules.first(country, inflow, counterpartyType, text);
		if (rule != null) {
			return Categorization.of(rule.category(), rule.subcategory(), "text " + rule.name());
		}
		KnownMerchant merchant = this.dictionary.find(country, BankText.merchantPart(text));
		if (merchant != null) {
			return new Categorization(merchant.category(), merchant.subcategory(), merchant, DICTIONARY);
		}
		return Categorization.of("Unknown", null, "nothing recognised");
	}

	private Categorization purchase(String country, String text, int mcc, boolean inflow, String counterpartyType) {
		KnownMerchant merchant = this.dictionary.find(country, BankText.merchantPart(text));
		if (merchant != null) {
			return new Categorization(merchant.category(), merchant.subcategory(), merchant, DICTIONARY);
		}
		MerchantCategoryCodes.Spending spending = MerchantCategoryCodes.of(mcc);
		if (spending != null) {
			String name = BankText.merchantName(text);
			KnownMerchant named = name == null ? null
					: new KnownMerchant(name, null, spending.category(), spending.subcategory());
			return new Categorization(spending.category(), spending.subcategory(), named,
					"merchant category code " + mcc);
		}
		DescriptionRules.Rule rule = DescriptionRules.first(country, inflow, counterpartyType, text);
		if (rule != null) {
			return Categorization.of(rule.category(), rule.subcategory(), "text " + rule.name());
		}
		return Categorization.of("Unknown", null, "unknown merchant category code " + mcc);
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
