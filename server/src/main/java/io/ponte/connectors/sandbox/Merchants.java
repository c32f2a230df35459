package io.ponte.connectors.sandbox;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where sandbox customers spend: real brands and believable local businesses, each with the category a Belvo-style
 * enrichment would give it, its real merchant category code, the descriptor a statement would show and what a
 * purchase there really costs, plus the monthly subscriptions people pay with their price history. The data itself
 * lives in {@link MerchantsBr}, {@link MerchantsMx} and {@link Subscriptions}.
 */
final class Merchants {

	/** A spending habit: what a customer goes out to do, with the category and subcategory it usually lands in. */
	enum Habit {

		GROCERY("Food & Groceries", "Groceries"), CONVENIENCE("Food & Groceries", "Convenience Store"),
		BAKERY_COFFEE("Food & Groceries", "Bakery & Coffee"), RESTAURANT("Food & Groceries", "Restaurants"),
		FAST_FOOD("Food & Groceries", "Restaurants"), DELIVERY("Food & Groceries", "Delivery"),
		BAR("Food & Groceries", "Bars & Nightclubs"), FUEL("Transport & Travel", "Gas"),
		RIDE("Transport & Travel", "Taxis & Rideshares"), TRANSIT("Transport & Travel", "Public Transit"),
		PARKING_TOLLS("Transport & Travel", "Parking & Tolls"), PHARMACY("Home & Life", "Pharmacies"),
		HEALTH("Home & Life", "Health"), CLOTHING("Personal Shopping", "Clothing & Accessories"),
		DEPARTMENT_STORE("Personal Shopping", "Department Store"), ELECTRONICS("Personal Shopping", "Electronics"),
		ECOMMERCE("Personal Shopping", "E-commerce"), HOME("Home & Life", "Home Decor & Appliances"),
		BEAUTY("Home & Life", "Hair & Beauty"), PETS("Personal Shopping", "Pet Supplies"),
		ENTERTAINMENT("Online Platforms & Leisure", "Events, Parks and Museums"),
		BOOKS("Personal Shopping", "Books & News"), GAMING("Online Platforms & Leisure", "Gaming"),
		LOTTERY("Online Platforms & Leisure", "Lottery"), EDUCATION("Home & Life", "Education"),
		TRAVEL_FLIGHT("Transport & Travel", "Flights"), TRAVEL_HOTEL("Transport & Travel", "Accommodation"),
		AUTO("Transport & Travel", "Auto Expenses"), GIFTS("Personal Shopping", "Gifts"), DONATION("Taxes", "Donation");

		final String category;

		final String subcategory;

		Habit(String category, String subcategory) {
			this.category = category;
			this.subcategory = subcategory;
		}

	}

	/**
	 * A place to spend. {@code descriptor} is the statement text, where {@code {store}} stands for a store number and
	 * {@code {city}} for the upper-case ASCII city name; {@code ticketCents} is the median purchase in local currency
	 * cents and {@code spread} the sigma of its log-normal; {@code weight} is how often people pick it as a favourite.
	 */
	record Merchant(String name, Habit habit, String category, String subcategory, int mcc, String website,
			String descriptor, long ticketCents, double spread, int weight) {
	}

	/** A monthly price in force from a date. */
	record Price(LocalDate from, long cents) {
	}

	/** A monthly subscription and its price history, oldest first. */
	record Subscription(String name, String kind, String category, String subcategory, int mcc, String website,
			String descriptor, List<Price> prices) {

		/** The price in force on {@code date}; before the first recorded price, the first price. */
		long priceOn(LocalDate date) {
			long cents = this.prices.getFirst().cents();
			for (Price price : this.prices) {
				if (!price.from().isAfter(date)) {
					cents = price.cents();
				}
			}
			return cents;
		}

	}

	static final String STREAMING = "STREAMING";

	static final String APPS = "APPS";

	static final String GYM = "GYM";

	static final String INTERNET = "INTERNET";

	static final String MOBILE = "MOBILE";

	static final String INSURANCE = "INSURANCE";

	static final List<String> KINDS = List.of(STREAMING, APPS, GYM, INTERNET, MOBILE, INSURANCE);

	private Merchants() {
	}

	static List<Merchant> all(Country country) {
		return (country == Country.BR) ? MerchantsBr.ALL : MerchantsMx.ALL;
	}

	static List<Merchant> of(Country country, Habit habit) {
		return Index.BY_HABIT.get(country).getOrDefault(habit, List.of());
	}

	static List<Subscription> subscriptions(Country country, String kind) {
		return Index.BY_KIND.get(country).getOrDefault(kind, List.of());
	}

	static Merchant m(String name, Habit habit, int mcc, String website, String descriptor, long ticketCents,
			double spread, int weight) {
		return new Merchant(name, habit, habit.category, habit.subcategory, mcc, website, descriptor, ticketCents,
				spread, weight);
	}

	static Merchant m(String name, Habit habit, String category, String subcategory, int mcc, String website,
			String descriptor, long ticketCents, double spread, int weight) {
		return new Merchant(name, habit, category, subcategory, mcc, website, descriptor, ticketCents, spread, weight);
	}

	private static final class Index {

		static final Map<Country, Map<Habit, List<Merchant>>> BY_HABIT = Map.of(Country.BR, byHabit(Country.BR),
				Country.MX, byHabit(Country.MX));

		static final Map<Country, Map<String, List<Subscription>>> BY_KIND = Map.of(Country.BR,
				byKind(Subscriptions.BR), Country.MX, byKind(Subscriptions.MX));

		private static Map<Habit, List<Merchant>> byHabit(Country country) {
			Map<Habit, List<Merchant>> byHabit = new EnumMap<>(Habit.class);
			all(country).stream()
				.collect(Collectors.groupingBy(Merchant::habit, Collectors.toUnmodifiableList()))
				.forEach(byHabit::put);
			return Collections.unmodifiableMap(byHabit);
		}

		private static Map<String, List<Subscription>> byKind(List<Subscription> subscriptions) {
			return subscriptions.stream()
				.collect(Collectors.groupingBy(Subscription::kind, Collectors.toUnmodifiableList()));
		}

	}

}
