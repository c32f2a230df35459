package io.ponte.connectors.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.connectors.sandbox.Merchants.Habit;
import io.ponte.connectors.sandbox.Merchants.Merchant;
import io.ponte.connectors.sandbox.Merchants.Price;
import io.ponte.connectors.sandbox.Merchants.Subscription;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CatalogueTests {

	private static final Set<String> CATEGORIES = Set.of("Bills & Utilities", "Credits & Loans", "Deposits",
			"Fees & Charges", "Food & Groceries", "Home & Life", "Income & Payments", "Insurance",
			"Investments & Savings", "Online Platforms & Leisure", "Personal Shopping", "Taxes", "Transfers",
			"Transport & Travel", "Unknown", "Withdrawal & ATM");

	private static final Set<String> SUBCATEGORIES = Set.of("Electricity & Energy", "Rent", "Telecommunications",
			"Water", "Auto", "Credit Card", "Instalment", "Interest & Charges", "Mortgage", "Pay Advance", "Personal",
			"Adjustments", "Bank Fees", "Chargeback", "Refund", "Blocked Balances", "Alimony", "Alcohol & Tobacco",
			"Bakery & Coffee", "Bars & Nightclubs", "Convenience Store", "Delivery", "Groceries", "Restaurants",
			"Education", "Gyms & Fitness", "Hair & Beauty", "Health", "Home Decor & Appliances",
			"Laundry & Dry Cleaning", "Pharmacies", "Professional Services", "Veterinary Services", "Freelance",
			"Interest", "Retirement", "Salary", "Government", "Home Insurance", "Auto Insurance",
			"Health & Life Insurance", "Savings", "Fixed income", "Equity", "Investment Funds", "Derivatives",
			"Cryptocurrencies", "Apps, Software and Cloud Services", "Events, Parks and Museums", "Gambling", "Gaming",
			"Lottery", "Movie & Audio", "Books & News", "Clothing & Accessories", "Department Store", "Electronics",
			"E-commerce", "Gifts", "Office Supplies", "Pet Supplies", "Auto Tax & Fees", "Donation", "Government Fees",
			"Income Tax", "Real Estate Tax & Fees", "Tax Return", "Accommodation", "Auto Expenses", "Auto Rental",
			"Flights", "Gas", "Mileage Programs", "Parking & Tolls", "Public Transit", "Taxis & Rideshares", "Other");

	private static final Set<Habit> POPULAR = Set.of(Habit.GROCERY, Habit.RESTAURANT, Habit.FAST_FOOD,
			Habit.BAKERY_COFFEE, Habit.CONVENIENCE, Habit.PHARMACY, Habit.CLOTHING);

	/** Monthly subscriptions and annual plans. */
	private static List<Subscription> subscriptions(Country country) {
		return Stream.concat(Merchants.KINDS.stream().flatMap((kind) -> Merchants.subscriptions(country, kind).stream()),
				AnnualPlans.of(country).stream()).toList();
	}

	private static String longestCity(Country country) {
		return Places.cities(country)
			.stream()
			.map((city) -> Normalizer.normalize(city.name(), Normalizer.Form.NFD)
				.replaceAll("\\p{M}", "")
				.toUpperCase(Locale.ROOT))
			.reduce("", (a, b) -> (a.length() >= b.length()) ? a : b);
	}

	private static void assertStatementText(String descriptor, Country country) {
		assertThat(descriptor.replace("{store}", "").replace("{city}", "")).doesNotContain("{", "}");
		String filled = descriptor.replace("{store}", "9999").replace("{city}", longestCity(country));
		assertThat(filled).as(descriptor).hasSizeLessThanOrEqualTo(40).matches("[A-Z0-9 *.,&/'#+\\-]+");
	}

	@ParameterizedTest
	@EnumSource(Country.class)
	void everyCategoryAndSubcategoryComesFromTheSpecificationAndEachSubcategoryHasOneCategory(Country country) {
		Map<String, String> categoryOf = new HashMap<>();
		Stream.concat(Merchants.all(country).stream().map((m) -> List.of(m.category(), m.subcategory())),
				subscriptions(country).stream().map((s) -> List.of(s.category(), s.subcategory())))
			.forEach((pair) -> {
				assertThat(CATEGORIES).contains(pair.get(0));
				assertThat(SUBCATEGORIES).contains(pair.get(1));
				assertThat(categoryOf.putIfAbsent(pair.get(1), pair.get(0))).as(pair.get(1)).isIn(null, pair.get(0));
			});
		for (Habit habit : Habit.values()) {
			assertThat(CATEGORIES).contains(habit.category);
			assertThat(SUBCATEGORIES).contains(habit.subcategory);
		}
	}

	@ParameterizedTest
	@EnumSource(Country.class)
	void everyMerchantCategoryCodeHasFourDigits(Country country) {
		Stream.concat(Merchants.all(country).stream().map(Merchant::mcc),
				subscriptions(country).stream().map(Subscription::mcc))
			.forEach((mcc) -> assertThat("%04d".formatted(mcc)).hasSize(4).isNotEqualTo("0000"));
	}

	@ParameterizedTest
	@EnumSource(Country.class)
	void descriptorsAreUpperCaseAsciiOfAtMostFortyCharactersOnceFilledIn(Country country) {
		Merchants.all(country).forEach((m) -> assertStatementText(m.descriptor(), country));
		subscriptions(country).forEach((s) -> assertStatementText(s.descriptor(), country));
	}

	@ParameterizedTest
	@EnumSource(Country.class)
	void everyHabitHasEnoughMerchantsInEveryCountry(Country country) {
		for (Habit habit : Habit.values()) {
			assertThat(Merchants.of(country, habit)).as(habit.name())
				.hasSizeGreaterThanOrEqualTo(POPULAR.contains(habit) ? 8 : 3)
				.allSatisfy((m) -> assertThat(m.habit()).isEqualTo(habit));
		}
		assertThat(Merchants.all(country)).hasSizeGreaterThanOrEqualTo(150);
	}

	@ParameterizedTest
	@EnumSource(Country.class)
	void merchantsHaveRealisticTicketsAndWebsites(Country country) {
		Set<String> names = new HashSet<>();
		for (Merchant m : Merchants.all(country)) {
			assertThat(names.add(m.name())).as(m.name()).isTrue();
			assertThat(m.ticketCents()).as(m.name()).isPositive();
			assertThat(m.spread()).as(m.name()).isBetween(0.2, 0.8);
			assertThat(m.weight()).as(m.name()).isPositive();
			if (m.website() != null) {
				assertThat(m.website()).startsWith("https://");
			}
		}
	}

	@Test
	void brazilianAndMexicanMerchantsAreMostlyDifferentBrands() {
		Set<String> br = new HashSet<>(Merchants.all(Country.BR).stream().map(Merchant::name).toList());
		Set<String> mx = new HashSet<>(Merchants.all(Country.MX).stream().map(Merchant::name).toList());
		assertThat(br).isNotEqualTo(mx);
		Set<String> shared = new HashSet<>(br);
		shared.retainAll(mx);
		assertThat(shared.size()).isLessThan(br.size() / 5).isLessThan(mx.size() / 5);
	}

	@Test
	void areaCodesAndPostcodesHaveTheLocalLength() {
		for (Places.City city : Places.cities(Country.BR)) {
			assertThat(city.areaCode()).as(city.name()).matches("\\d{2}");
			assertThat(city.ibgeCode()).as(city.name()).matches("\\d{7}");
			assertThat(city.state()).matches("[A-Z]{2}");
		}
		for (Places.City city : Places.cities(Country.MX)) {
			assertThat(city.areaCode()).as(city.name())
				.matches(Set.of("55", "33", "81").contains(city.areaCode()) ? "\\d{2}" : "\\d{3}");
			assertThat(city.ibgeCode()).isNull();
			assertThat(city.electricity()).isEqualTo("CFE");
			assertThat(city.state()).matches("[A-Z]{2,4}");
		}
		for (Country country : Country.values()) {
			assertThat(Places.cities(country)).hasSizeGreaterThanOrEqualTo((country == Country.BR) ? 12 : 10)
				.allSatisfy((city) -> {
					assertThat(city.weight()).isPositive();
					assertThat(city.districts()).hasSizeBetween(5, 8)
						.allSatisfy((district) -> assertThat(district.postcode()).matches("\\d{5}"));
				});
			assertThat(Places.streets(country)).hasSizeGreaterThanOrEqualTo(20).doesNotHaveDuplicates();
		}
	}

	@ParameterizedTest
	@EnumSource(Country.class)
	void subscriptionPricesNeverDecreaseOverTime(Country country) {
		for (String kind : Merchants.KINDS) {
			assertThat(Merchants.subscriptions(country, kind)).as(kind).hasSizeGreaterThanOrEqualTo(3);
		}
		for (Subscription s : subscriptions(country)) {
			List<Price> prices = s.prices();
			assertThat(prices).as(s.name()).isNotEmpty();
			for (int i = 1; i < prices.size(); i++) {
				assertThat(prices.get(i).from()).as(s.name()).isAfter(prices.get(i - 1).from());
				assertThat(prices.get(i).cents()).as(s.name()).isGreaterThanOrEqualTo(prices.get(i - 1).cents());
			}
		}
	}

	@Test
	void theSubscriptionPriceIsTheOneInForceOnTheDate() {
		Subscription s = new Subscription("Test", Merchants.STREAMING, "Online Platforms & Leisure", "Movie & Audio",
				4899, null, "TEST", List.of(new Price(LocalDate.of(2022, 1, 1), 1000),
						new Price(LocalDate.of(2024, 6, 1), 1500)));
		assertThat(s.priceOn(LocalDate.of(2020, 5, 5))).isEqualTo(1000);
		assertThat(s.priceOn(LocalDate.of(2024, 5, 31))).isEqualTo(1000);
		assertThat(s.priceOn(LocalDate.of(2024, 6, 1))).isEqualTo(1500);
		assertThat(s.priceOn(LocalDate.of(2026, 1, 1))).isEqualTo(1500);
	}

	@ParameterizedTest
	@EnumSource(Country.class)
	void bankCodesHaveThreeDigitsAndAreUnique(Country country) {
		List<String> codes = Companies.banks(country).stream().map(Companies.Bank::code).toList();
		assertThat(codes).allMatch((code) -> code.matches("\\d{3}")).doesNotHaveDuplicates();
		assertThat(Companies.banks(country)).allSatisfy((bank) -> assertThat(bank.weight()).isPositive());
	}

	@ParameterizedTest
	@EnumSource(Country.class)
	void namesListsAreLargeEnoughAndWithoutDuplicates(Country country) {
		assertThat(Names.femaleNames(country)).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates();
		assertThat(Names.maleNames(country)).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates();
		assertThat(Names.surnames(country)).hasSizeGreaterThanOrEqualTo(50).doesNotHaveDuplicates();
		assertThat(Names.emailDomains(country)).extracting(Names.EmailDomain::domain)
			.contains("gmail.com", "hotmail.com", "outlook.com", "icloud.com")
			.doesNotHaveDuplicates();
		assertThat(Names.emailDomains(country).getFirst().domain()).isEqualTo("gmail.com");
	}

	@ParameterizedTest
	@EnumSource(Country.class)
	void companiesCarryLegalSuffixesAndAreNotRepeated(Country country) {
		String suffix = (country == Country.BR) ? ".*( Ltda| S\\.A\\.| ME| EIRELI| Sociedade de Advogados)$"
				: ".*( S\\.A\\. de C\\.V\\.| S\\. de R\\.L\\. de C\\.V\\.| S\\.C\\.)$";
		assertThat(Companies.employers(country)).hasSizeGreaterThanOrEqualTo(40)
			.doesNotHaveDuplicates()
			.allMatch((name) -> name.matches(suffix));
		assertThat(Companies.freelanceClients(country)).hasSizeGreaterThanOrEqualTo(20)
			.doesNotHaveDuplicates()
			.allMatch((name) -> name.matches(suffix));
		assertThat(Companies.realEstateAgencies(country)).hasSizeGreaterThanOrEqualTo(10)
			.doesNotHaveDuplicates()
			.allMatch((name) -> name.matches(suffix))
			.allMatch((name) -> name.startsWith("Imobiliária ") || name.startsWith("Inmobiliaria "));
	}

}
