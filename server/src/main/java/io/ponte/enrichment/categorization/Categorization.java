package io.ponte.enrichment.categorization;

/**
 * What the categorizer says of one transaction: the spec's category and subcategory, the merchant when one is
 * recognised, and the rule that decided, so every answer can be explained.
 */
record Categorization(String category, String subcategory, KnownMerchant merchant, String rule) {

	static Categorization of(String category, String subcategory, String rule) {
		return new Categorization(category, subcategory, null, rule);
	}

}
