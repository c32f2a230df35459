package io.ponte.connectors.sandbox;

import io.ponte.connectors.sandbox.Booking.Counterparty;
import io.ponte.connectors.sandbox.Merchants.Habit;
import io.ponte.connectors.sandbox.Merchants.Merchant;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * How one person spends: which habits they have and how often, their favourite stores (people are loyal to a
 * supermarket and a bakery), which card they reach for, the people they send money to. Prices are the stores'
 * real tickets, not a share of the salary: a richer person buys more often and at pricier places, but a coffee
 * costs what a coffee costs.
 */
final class Habits {

	/** One habit of the person: purchases per week and the stores they go to, favourite first. */
	record Routine(Habit habit, double perWeek, List<Merchant> stores, int[] storeNumbers) {
	}

	/** Someone the person regularly sends money to or receives it from. */
	record Contact(Counterparty party, double perMonth, long typicalCents, boolean family) {
	}

	final Map<Habit, Routine> routines;

	final List<Contact> contacts;

	/** Share of purchases put on the credit card when the person has one. */
	final double creditShare;

	/**
	 * How much of a month's regular income the person means to spend in all (bills, shopping, money sent to
	 * people); shopping slows once the month's spending reaches it.
	 */
	final double propensity;

	/** Cash users withdraw at ATMs about this often per month (0 = never). */
	final double withdrawalsPerMonth;

	/** Brazilians split larger card purchases into interest-free instalments (parcelado). */
	final double instalmentShare;

	private Habits(Map<Habit, Routine> routines, List<Contact> contacts, double creditShare, double propensity,
			double withdrawalsPerMonth, double instalmentShare) {
		this.routines = routines;
		this.contacts = contacts;
		this.creditShare = creditShare;
		this.propensity = propensity;
		this.withdrawalsPerMonth = withdrawalsPerMonth;
		this.instalmentShare = instalmentShare;
	}

	static Habits of(Persona p) {
		SplittableRandom random = Draws.stream(p.seed, "habits");
		Country c = p.country;
		long income = p.incomes.regularMonthlyCents(p.since);
		double wealth = Math.max(0.25, income / (double) c.medianSalaryCents);
		double scale = Math.pow(wealth, 0.45);
		boolean car = p.household.carOwner;
		// the documented full-dataset user is a busy one, so that two years of history fill more than a page
		double busy = p.dataset == Persona.Dataset.FULL ? 1.8 : 1;
		Map<Habit, Routine> routines = new EnumMap<>(Habit.class);
		for (Habit habit : Habit.values()) {
			double base = switch (habit) {
				case GROCERY -> 1.0;
				case CONVENIENCE -> 1.0;
				case BAKERY_COFFEE -> 1.6;
				case RESTAURANT -> 0.6 * scale;
				case FAST_FOOD -> 0.6;
				case DELIVERY -> 0.5 * scale;
				case BAR -> 0.3;
				case FUEL -> car ? 0.8 : 0;
				case RIDE -> car ? 0.3 : 1.1 * scale;
				case TRANSIT -> car ? 0.1 : 1.0;
				case PARKING_TOLLS -> car ? 0.6 : 0;
				case AUTO -> car ? 0.04 : 0;
				case PHARMACY -> 0.45;
				case HEALTH -> 0.05;
				case CLOTHING -> 0.12 * scale;
				case DEPARTMENT_STORE -> 0.1;
				case ELECTRONICS -> 0.03 * scale;
				case ECOMMERCE -> 0.35 * scale;
				case HOME -> 0.06;
				case BEAUTY -> p.female ? 0.2 : 0.1;
				case PETS -> 0.12;
				case ENTERTAINMENT -> 0.12 * scale;
				case BOOKS -> 0.04;
				case GAMING -> 0.06;
				case LOTTERY -> 0.25;
				case EDUCATION -> 0.02;
				case TRAVEL_FLIGHT, TRAVEL_HOTEL -> 0.012 * scale;
				case GIFTS -> 0.05;
				default -> 0.02;
			};
			double adoption = switch (habit) {
				case GROCERY, PHARMACY -> 1;
				case BAKERY_COFFEE, FAST_FOOD, CONVENIENCE, CLOTHING, DEPARTMENT_STORE, ECOMMERCE, GIFTS -> 0.8;
				case PETS -> 0.4;
				case GAMING -> 0.2;
				case LOTTERY -> 0.25;
				case BAR -> 0.5;
				default -> 0.65;
			};
			List<Merchant> options = Merchants.of(c, habit);
			if (base == 0 || options.isEmpty() || !Draws.chance(random, adoption)) {
				continue;
			}
			int count = Math.min(options.size(), 1 + random.nextInt(habit == Habit.GROCERY ? 3 : 4));
			List<Merchant> pool = new ArrayList<>(options);
			List<Merchant> stores = new ArrayList<>(count);
			int[] numbers = new int[count];
			for (int i = 0; i < count; i++) {
				Merchant m = Draws.weighted(random, pool, Merchant::weight);
				pool.remove(m);
				stores.add(m);
				numbers[i] = 1 + random.nextInt(habit == Habit.CONVENIENCE ? 9000 : 900);
			}
			routines.put(habit, new Routine(habit, base * busy * Draws.logNormal(random, 1, 0.45), List.copyOf(stores),
					numbers));
		}
		List<Contact> contacts = new ArrayList<>();
		int people = 1 + random.nextInt(5);
		for (int i = 0; i < people; i++) {
			boolean family = i < 2 && Draws.chance(random, 0.6);
			String given = Draws.pick(random, random.nextBoolean() ? Names.femaleNames(c) : Names.maleNames(c));
			String surname = family ? p.lastSurname : Draws.headward(random, Names.surnames(c));
			String name = c == Country.BR ? given + " " + Draws.headward(random, Names.surnames(c)) + " " + surname
					: given + " " + surname + " " + Draws.headward(random, Names.surnames(c));
			Companies.Bank bank = Draws.weighted(random, Companies.banks(c), Companies.Bank::weight);
			Counterparty party = new Counterparty(false, name, c == Country.BR ? Documents.cpf(random) : null,
					bank.code(), c == Country.BR ? "%04d".formatted(1 + random.nextInt(3000)) : null,
					c == Country.BR ? Draws.digits(random, 8 + random.nextInt(3))
							: Documents.clabe(bank.code(), "%03d".formatted(10 + random.nextInt(900)), random),
					c == Country.BR ? String.valueOf(random.nextInt(10)) : null);
			long typical = Math.round(Draws.logNormal(random, c == Country.BR ? 120_00 : 600_00, 0.8));
			contacts.add(new Contact(party, Draws.logNormal(random, family ? 2 : 0.7, 0.6), typical, family));
		}
		double credit = 0.3 + random.nextDouble() * 0.6;
		double propensity = p.dataset == Persona.Dataset.NEGATIVE ? 1.25
				: Math.min(1.15, Draws.logNormal(random, 0.85, 0.15));
		double cash = Draws.chance(random, 1.2 / (1 + wealth)) ? 1 + random.nextInt(4) : 0;
		double instalments = c == Country.BR ? 0.3 + random.nextDouble() * 0.5 : 0.08;
		return new Habits(routines, List.copyOf(contacts), credit, propensity, cash, instalments);
	}

	/** How much more likely a habit is on this weekday. */
	static double weekday(Habit habit, DayOfWeek day) {
		int d = day.getValue() - 1;
		return switch (habit) {
			case GROCERY -> new double[] { 0.8, 0.8, 0.9, 0.9, 1.15, 1.65, 0.8 }[d];
			case RESTAURANT, BAR, DELIVERY -> new double[] { 0.6, 0.7, 0.8, 0.9, 1.45, 1.65, 1.2 }[d];
			case BAKERY_COFFEE, TRANSIT, PARKING_TOLLS -> new double[] { 1.15, 1.15, 1.15, 1.15, 1.1, 0.75, 0.45 }[d];
			case FAST_FOOD, ENTERTAINMENT, CLOTHING, DEPARTMENT_STORE, HOME -> new double[] { 0.75, 0.75, 0.8, 0.9,
					1.15, 1.6, 1.2 }[d];
			default -> 1;
		};
	}

	/** How much more likely a habit is in this month: December, Black Friday, Mother's Day, back to school. */
	static double season(Habit habit, LocalDate date, Country country) {
		int m = date.getMonthValue();
		return switch (habit) {
			case CLOTHING, DEPARTMENT_STORE, BEAUTY -> m == 12 ? 1.7 : m == 5 ? 1.25 : m == 2 ? 0.85 : 1;
			case ELECTRONICS, ECOMMERCE -> m == 11 ? 1.8 : m == 12 ? 1.5 : 1;
			case GIFTS -> m == 12 ? 4 : m == 5 || m == 6 && country == Country.BR ? 2.5 : 0.7;
			case RESTAURANT, BAR -> m == 12 ? 1.35 : m == 1 ? 0.85 : 1;
			case GROCERY -> m == 12 ? 1.25 : 1;
			case EDUCATION -> country == Country.BR ? (m <= 2 ? 6 : 0.5) : (m == 8 ? 6 : 0.5);
			case TRAVEL_FLIGHT, TRAVEL_HOTEL -> m == 1 || m == 7 || m == 12 ? 2.5 : 0.7;
			default -> 1;
		};
	}

	/** Local hour (fractional) of a purchase of this habit: coffee in the morning, bars at night. */
	static double hour(Habit habit, SplittableRandom r) {
		return switch (habit) {
			case BAKERY_COFFEE -> r.nextBoolean() ? 7 + r.nextDouble() * 4 : 15 + r.nextDouble() * 3;
			case RESTAURANT -> r.nextDouble() < 0.55 ? 12 + r.nextDouble() * 2.5 : 19 + r.nextDouble() * 3.5;
			case FAST_FOOD -> r.nextDouble() < 0.5 ? 11.5 + r.nextDouble() * 3 : 18 + r.nextDouble() * 4;
			case DELIVERY -> r.nextDouble() < 0.3 ? 11.5 + r.nextDouble() * 2 : 19 + r.nextDouble() * 4;
			case BAR -> 19.5 + r.nextDouble() * 5;
			case TRANSIT -> r.nextBoolean() ? 6 + r.nextDouble() * 3 : 17 + r.nextDouble() * 2.5;
			case RIDE -> r.nextDouble() < 0.4 ? 7 + r.nextDouble() * 2.5 : 17.5 + r.nextDouble() * 6;
			case ECOMMERCE, GAMING -> r.nextDouble() < 0.6 ? 19 + r.nextDouble() * 5 : 8 + r.nextDouble() * 11;
			case GROCERY -> r.nextDouble() < 0.6 ? 17 + r.nextDouble() * 4 : 9 + r.nextDouble() * 8;
			case CONVENIENCE -> 7 + r.nextDouble() * 16;
			default -> 10 + r.nextDouble() * 10;
		};
	}

	/** A ticket at this store: its real median price with the store's spread, not tied to income. */
	static long ticket(Merchant store, SplittableRandom r, LocalDate date) {
		// prices rise with inflation, about 4.5% a year from the catalogue's 2025 prices
		double inflation = Math.pow(1.045, (date.toEpochDay() - 20089) / 365.0);
		return Math.max(150, Math.round(Draws.logNormal(r, store.ticketCents() * inflation, store.spread())));
	}

}
