package io.ponte.enrichment.categorization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every answer the tables can give is a pair of the spec's enums that belong together, and the merchant dictionary
 * is well formed: a known country, a descriptor in upper case without accents and with digits written {@code #},
 * one line per descriptor (as normalized), a secure website or none.
 */
class CategoryPairsTests {

	/** The spec's subcategories, under the category each belongs to. */
	private static final Map<String, Set<String>> PAIRS = Map.ofEntries(
			Map.entry("Bills & Utilities", Set.of("Electricity & Energy", "Rent", "Telecommunications", "Water")),
			Map.entry("Credits & Loans", Set.of("Auto", "Credit Card", "Instalment", "Interest & Charges", "Mortgage",
					"Pay Advance", "Personal")),
			Map.entry("Deposits", Set.of()),
			Map.entry("Fees & Charges", Set.of("Adjustments", "Bank Fees", "Chargeback", "Refund")),
			Map.entry("Food & Groceries", Set.of("Alcohol & Tobacco", "Bakery & Coffee", "Bars & Nightclubs",
					"Convenience Store", "Delivery", "Groceries", "Restaurants")),
			Map.entry("Home & Life", Set.of("Education", "Gyms & Fitness", "Hair & Beauty", "Health",
					"Home Decor & Appliances", "Laundry & Dry Cleaning", "Pharmacies", "Professional Services",
					"Veterinary Services")),
			Map.entry("Income & Payments", Set.of("Freelance", "Retirement", "Salary", "Government")),
			Map.entry("Insurance", Set.of("Home Insurance", "Auto Insurance", "Health & Life Insurance")),
			Map.entry("Investments & Savings", Set.of("Interest", "Savings", "Fixed income", "Equity",
					"Investment Funds", "Derivatives", "Cryptocurrencies")),
			Map.entry("Online Platforms & Leisure", Set.of("Apps, Software and Cloud Services",
					"Events, Parks and Museums", "Gambling", "Gaming", "Lottery", "Movie & Audio")),
			Map.entry("Personal Shopping", Set.of("Books & News", "Clothing & Accessories", "Department Store",
					"Electronics", "E-commerce", "Gifts", "Office Supplies", "Pet Supplies")),
			Map.entry("Taxes", Set.of("Auto Tax & Fees", "Donation", "Government Fees", "Income Tax",
					"Real Estate Tax & Fees", "Tax Return")),
			Map.entry("Transfers", Set.of()), Map.entry("Unknown", Set.of()),
			Map.entry("Transport & Travel", Set.of("Accommodation", "Auto Expenses", "Auto Rental", "Flights", "Gas",
					"Mileage Programs", "Parking & Tolls", "Public Transit", "Taxis & Rideshares", "Other")),
			Map.entry("Withdrawal & ATM", Set.of()));

	private static void assertPair(String where, String category, String subcategory) {
		assertThat(PAIRS).as(where).containsKey(category);
		if (subcategory != null) {
			assertThat(PAIRS.get(category)).as(where).contains(subcategory);
		}
	}

	@Test
	void everyRuleAndWordAnswersAPairOfTheSpec() {
		DescriptionRules.RULES.forEach(r -> assertPair(r.name(), r.category(), r.subcategory()));
		Stream.of(StatementWords.LEXICON, ShopWords.LEXICON)
			.flatMap(lexicon -> lexicon.entries().stream())
			.forEach(e -> assertPair(e.phrase(), e.category(), e.subcategory()));
	}

	@Test
	void everyDictionaryLineIsWellFormed() throws IOException {
		Set<String> seen = new HashSet<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				getClass().getResourceAsStream("/enrichment/merchants.tsv"), StandardCharsets.UTF_8))) {
			List<String> lines = reader.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
			assertThat(lines).hasSizeGreaterThan(600);
			for (String line : lines) {
				String[] f = line.split("\t", -1);
				assertThat(f).as(line).hasSize(6);
				assertThat(f[0]).as(line).isIn("BR", "MX", "CL");
				assertThat(f[1]).as("upper case, no accents, digits written #: " + line).matches("[A-Z#&*/.+ -]+");
				assertThat(seen.add(f[0] + " " + BankText.normalized(f[1]))).as("one line per descriptor: " + line)
					.isTrue();
				assertThat(f[3]).as(line).matches("|https://[^ ]+");
				assertPair(line, f[4], f[5].isEmpty() ? null : f[5]);
			}
		}
	}

}
