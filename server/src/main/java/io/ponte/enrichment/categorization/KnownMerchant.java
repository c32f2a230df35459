package io.ponte.enrichment.categorization;

/** A merchant of the dictionary: its name, website (null when it has none), and what spending there is. */
record KnownMerchant(String name, String website, String category, String subcategory) {

	/** The logo Ponte points to: the site's favicon, which every merchant site serves. */
	String logo() {
		return this.website == null ? null : this.website.replaceFirst("/*$", "") + "/favicon.ico";
	}

}
