package io.ponte.enrichment.categorization;

import java.util.Map;

/**
 * What a card purchase is from its merchant category code alone (ISO 18245), for merchants the dictionary does
 * not know: the acquirer assigns the code when it signs the merchant up, so it says what the business sells even
 * when the statement text is a small shop's name.
 */
final class MerchantCategoryCodes {

	/** A category and subcategory of the spec. */
	record Spending(String category, String subcategory) {
	}

	private static final Map<Integer, Spending> BY_CODE = Map.ofEntries(
			code(742, "Home & Life", "Veterinary Services"), code(4111, "Transport & Travel", "Public Transit"),
			code(4112, "Transport & Travel", "Public Transit"), code(4131, "Transport & Travel", "Public Transit"),
			code(4121, "Transport & Travel", "Taxis & Rideshares"), code(4511, "Transport & Travel", "Flights"),
			code(4722, "Transport & Travel", "Accommodation"), code(4784, "Transport & Travel", "Parking & Tolls"),
			code(4814, "Bills & Utilities", "Telecommunications"),
			code(4899, "Bills & Utilities", "Telecommunications"),
			code(4900, "Bills & Utilities", "Electricity & Energy"), code(4829, "Transfers", null),
			code(5045, "Personal Shopping", "Electronics"), code(5122, "Home & Life", "Pharmacies"),
			code(5200, "Home & Life", "Home Decor & Appliances"), code(5211, "Home & Life", "Home Decor & Appliances"),
			code(5231, "Home & Life", "Home Decor & Appliances"), code(5251, "Home & Life", "Home Decor & Appliances"),
			code(5300, "Food & Groceries", "Groceries"), code(5310, "Personal Shopping", "Department Store"),
			code(5311, "Personal Shopping", "Department Store"), code(5331, "Personal Shopping", "Gifts"),
			code(5411, "Food & Groceries", "Groceries"), code(5422, "Food & Groceries", "Groceries"),
			code(5441, "Personal Shopping", "Gifts"), code(5462, "Food & Groceries", "Bakery & Coffee"),
			code(5499, "Food & Groceries", "Convenience Store"), code(5533, "Transport & Travel", "Auto Expenses"),
			code(5541, "Transport & Travel", "Gas"), code(5542, "Transport & Travel", "Gas"),
			code(5611, "Personal Shopping", "Clothing & Accessories"),
			code(5621, "Personal Shopping", "Clothing & Accessories"),
			code(5651, "Personal Shopping", "Clothing & Accessories"),
			code(5661, "Personal Shopping", "Clothing & Accessories"),
			code(5691, "Personal Shopping", "Clothing & Accessories"),
			code(5699, "Personal Shopping", "Clothing & Accessories"),
			code(5712, "Home & Life", "Home Decor & Appliances"), code(5719, "Home & Life", "Home Decor & Appliances"),
			code(5722, "Home & Life", "Home Decor & Appliances"), code(5732, "Personal Shopping", "Electronics"),
			code(5734, "Online Platforms & Leisure", "Apps, Software and Cloud Services"),
			code(5735, "Personal Shopping", "Electronics"), code(5812, "Food & Groceries", "Restaurants"),
			code(5813, "Food & Groceries", "Bars & Nightclubs"), code(5814, "Food & Groceries", "Restaurants"),
			code(5815, "Online Platforms & Leisure", "Movie & Audio"),
			code(5816, "Online Platforms & Leisure", "Gaming"),
			code(5817, "Online Platforms & Leisure", "Apps, Software and Cloud Services"),
			code(5818, "Online Platforms & Leisure", "Apps, Software and Cloud Services"),
			code(5912, "Home & Life", "Pharmacies"), code(5921, "Food & Groceries", "Alcohol & Tobacco"),
			code(5941, "Personal Shopping", "Clothing & Accessories"), code(5942, "Personal Shopping", "Books & News"),
			code(5943, "Personal Shopping", "Office Supplies"), code(5944, "Personal Shopping", "Gifts"),
			code(5945, "Personal Shopping", "Gifts"), code(5968, "Online Platforms & Leisure", "Movie & Audio"),
			code(5969, "Personal Shopping", "E-commerce"), code(5977, "Home & Life", "Hair & Beauty"),
			code(5992, "Personal Shopping", "Gifts"), code(5993, "Food & Groceries", "Alcohol & Tobacco"),
			code(5995, "Personal Shopping", "Pet Supplies"), code(5999, "Personal Shopping", "E-commerce"),
			code(6011, "Withdrawal & ATM", null), code(6300, "Insurance", "Health & Life Insurance"),
			code(7011, "Transport & Travel", "Accommodation"), code(7211, "Home & Life", "Laundry & Dry Cleaning"),
			code(7230, "Home & Life", "Hair & Beauty"), code(7298, "Home & Life", "Hair & Beauty"),
			code(7372, "Online Platforms & Leisure", "Apps, Software and Cloud Services"),
			code(7512, "Transport & Travel", "Auto Rental"), code(7523, "Transport & Travel", "Parking & Tolls"),
			code(7534, "Transport & Travel", "Auto Expenses"), code(7538, "Transport & Travel", "Auto Expenses"),
			code(7542, "Transport & Travel", "Auto Expenses"), code(7800, "Online Platforms & Leisure", "Lottery"),
			code(7801, "Online Platforms & Leisure", "Gambling"), code(7995, "Online Platforms & Leisure", "Gambling"),
			code(7832, "Online Platforms & Leisure", "Events, Parks and Museums"),
			code(7922, "Online Platforms & Leisure", "Events, Parks and Museums"),
			code(7996, "Online Platforms & Leisure", "Events, Parks and Museums"),
			code(7997, "Home & Life", "Gyms & Fitness"), code(8011, "Home & Life", "Health"),
			code(8021, "Home & Life", "Health"), code(8043, "Home & Life", "Health"), code(8062, "Home & Life", "Health"),
			code(8071, "Home & Life", "Health"), code(8099, "Home & Life", "Health"),
			code(8111, "Home & Life", "Professional Services"), code(8220, "Home & Life", "Education"),
			code(8299, "Home & Life", "Education"), code(8398, "Taxes", "Donation"),
			code(9311, "Taxes", "Income Tax"), code(9399, "Taxes", "Government Fees"));

	private MerchantCategoryCodes() {
	}

	/** What the code says, or null for a code this table does not know. */
	static Spending of(Integer mcc) {
		return mcc == null ? null : BY_CODE.get(mcc);
	}

	private static Map.Entry<Integer, Spending> code(int mcc, String category, String subcategory) {
		return Map.entry(mcc, new Spending(category, subcategory));
	}

}
