package io.ponte.connectors.sandbox;

import io.ponte.connectors.sandbox.Booking.Counterparty;
import io.ponte.connectors.sandbox.Persona.AccountKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A person's recurring commitments: housing, utilities, telecoms, subscriptions, gym, insurance, school, taxes.
 * Each is an {@link Obligation} with its own schedule, price history and periods of activity (people cancel
 * and resubscribe), drawn once from the person's "household" stream.
 */
final class Household {

	/** Months when a commitment runs: from {@code start} (inclusive) to {@code end} (exclusive, null = open). */
	record Period(YearMonth start, YearMonth end) {

		boolean covers(YearMonth month) {
			return !month.isBefore(this.start) && (this.end == null || month.isBefore(this.end));
		}

	}

	/** How much a commitment costs on a date; {@code random} is that occurrence's own stream. */
	@FunctionalInterface
	interface Pricing {

		long cents(LocalDate date, SplittableRandom random);

	}

	/**
	 * A recurring expense. {@code everyMonths} is 1 (monthly), 2 (CFE's bimonthly bills) or 12; {@code offset}
	 * picks which months; a direct debit or bank slip moves to the next business day, a card charge does not.
	 */
	record Obligation(String id, String name, String type, int everyMonths, int offset, int day, AccountKind account,
			boolean movesToBusinessDay, List<Period> periods, Pricing pricing, Booking booking) {

		boolean dueIn(YearMonth month) {
			if (Math.floorMod(month.getYear() * 12 + month.getMonthValue() - 1 - this.offset, this.everyMonths) != 0) {
				return false;
			}
			for (Period period : this.periods) {
				if (period.covers(month)) {
					return true;
				}
			}
			return false;
		}

		/** What the occurrence due on {@code date} costs, drawn from that occurrence's own stream. */
		long priceOn(long seed, LocalDate date) {
			return this.pricing.cents(date, Draws.stream(seed, this.id, date));
		}

		String frequency() {
			return switch (this.everyMonths) {
				case 1 -> "MONTHLY";
				case 2 -> "BIMONTHLY";
				default -> "YEARLY";
			};
		}

		/** The situation it stands for, from its type and schedule. */
		PlantedKind kind() {
			return switch (this.type) {
				case "RENT" -> PlantedKind.RENT;
				case "UTILITY" -> this.everyMonths == 1 ? PlantedKind.VARIABLE_BILL : PlantedKind.BIMONTHLY_BILL;
				case "INTERNET", "MOBILE" -> PlantedKind.TELECOM;
				case "GYM" -> PlantedKind.GYM;
				case "INSURANCE" -> PlantedKind.INSURANCE;
				case "EDUCATION" -> PlantedKind.SCHOOL_FEES;
				case "TAX" -> this.everyMonths == 12 ? PlantedKind.ANNUAL_TAX : PlantedKind.PROPERTY_TAX;
				case "DONATION" -> PlantedKind.DONATION;
				default -> this.everyMonths == 12 ? PlantedKind.ANNUAL_SUBSCRIPTION : PlantedKind.SUBSCRIPTION;
			};
		}

	}

	private static final YearMonth ORIGIN = YearMonth.of(2019, 1);

	private static final YearMonth HORIZON = YearMonth.of(2045, 1);

	final List<Obligation> obligations;

	final boolean carOwner;

	final boolean renter;

	final boolean parent;

	private final boolean investor;

	private Household(List<Obligation> obligations, boolean carOwner, boolean renter, boolean parent,
			boolean investor) {
		this.obligations = obligations;
		this.carOwner = carOwner;
		this.renter = renter;
		this.parent = parent;
		this.investor = investor;
	}

	boolean investor() {
		return this.investor;
	}

	static Household of(Persona p) {
		SplittableRandom random = Draws.stream(p.seed, "household");
		Country c = p.country;
		boolean br = c == Country.BR;
		long income = Math.max(p.incomes.regularMonthlyCents(p.since), c.medianSalaryCents / 6);
		double wealth = income / (double) c.medianSalaryCents;
		// what a home costs scales less than income: a poorer household still pays for light and water
		double homeScale = Math.clamp(0.4 + 0.35 * wealth, 0.45, 1.6);
		int age = p.since.getYear() - p.birthDate.getYear();
		boolean carOwner = Draws.chance(random, Math.min(0.85, 0.35 * wealth));
		boolean renter = Draws.chance(random, age < 35 ? 0.45 : 0.25);
		boolean parent = age >= 28 && age <= 55 && Draws.chance(random, 0.4);
		boolean paysBills = renter || age >= 27 || Draws.chance(random, 0.5);
		boolean investor = Draws.chance(random, Math.min(0.7, 0.15 + 0.25 * wealth));
		List<Obligation> list = new ArrayList<>();
		String debit = br ? "DEB AUT " : "DOMICILIACION ";
		String debitType = br ? "CONVENIO_ARRECADACAO" : "DOMICILIACION";
		if (renter && p.dataset != Persona.Dataset.LOW) {
			list.add(rent(p, random, income));
		}
		if (paysBills) {
			boolean hot = p.city.hot();
			long power = Math.round(Draws.logNormal(random, br ? 190_00 : 420_00, 0.35) * (hot ? 1.3 : 1) * homeScale);
			boolean cfe = !br;
			Booking energy = Booking.of((random.nextBoolean() ? debit : br ? "PAGTO CONTA " : "PAGO ")
					+ Documents.plain(p.city.electricity()), "Bills & Utilities", "Electricity & Energy",
					random.nextBoolean() ? debitType : br ? "BOLETO" : "PAGO_SERVICIO").merchant(p.city.electricity(),
							null, 4900);
			list.add(new Obligation("electricity", p.city.electricity(), "UTILITY", cfe ? 2 : 1, random.nextInt(2),
					8 + random.nextInt(18), AccountKind.CHECKING, true, always(), (date, r) -> {
						double season = seasonal(date, hot, br);
						return Math.round(power * (cfe ? 2 : 1) * season * (0.85 + r.nextDouble() * 0.3));
					}, energy));
			long water = Math.round(Draws.logNormal(random, br ? 95_00 : 260_00, 0.3) * homeScale);
			list.add(new Obligation("water", p.city.water(), "UTILITY", br ? 1 : 2, random.nextInt(2),
					5 + random.nextInt(20), AccountKind.CHECKING, true, always(),
					(date, r) -> Math.round(water * (br ? 1 : 2) * (0.9 + r.nextDouble() * 0.25)),
					Booking.of(debit + Documents.plain(p.city.water()), "Bills & Utilities", "Water", debitType)
						.merchant(p.city.water(), null, 4900)));
			subscription(list, p, random, "INTERNET", 0.85, 1, false);
		}
		subscription(list, p, random, "MOBILE", 0.5, 1, false);
		subscription(list, p, random, "STREAMING", 0.75, Math.min(4, 1 + (int) (wealth * 1.5)), true);
		subscription(list, p, random, "APPS", 0.35, 2, true);
		subscription(list, p, random, "GYM", 0.3, 1, true);
		if (carOwner) {
			subscription(list, p, random, "INSURANCE", 0.6, 1, false);
			int month = 1 + random.nextInt(3);
			// IPVA is a share of the car's value, and poorer owners drive older, cheaper cars
			long tax = Math.round(Draws.logNormal(random, br ? 1_900_00 : 950_00, 0.5)
					* (br ? Math.clamp(Math.sqrt(wealth), 0.3, 2) : 1));
			list.add(new Obligation("car-tax", br ? "IPVA" : "Refrendo vehicular", "TAX", 12, month - 1,
					10 + random.nextInt(15), AccountKind.CHECKING, true, always(), (date, r) -> tax,
					Booking.of(br ? "PAGTO IPVA " + p.city.state() : "PAGO REFRENDO " + p.city.state(), "Taxes",
							"Auto Tax & Fees", br ? "BOLETO" : "PAGO_SERVICIO")));
		}
		if (parent && Draws.chance(random, wealth < 0.8 ? 0 : 0.45 * Math.min(1.5, wealth))) {
			String school = "Colégio " + Draws.pick(random, List.of("Santa Maria", "Objetivo", "Anglo", "Marista",
					"Positivo", "Santo Agostinho"));
			if (!br) {
				school = "Colegio " + Draws.pick(random, List.of("Williams", "Montessori del Valle", "Cervantes",
						"Marista", "Americano", "La Salle"));
			}
			long fee = Math.round(Draws.logNormal(random, br ? 1_400_00 : 4_800_00, 0.4));
			Counterparty party = Counterparty.company(school, br ? Documents.cnpj(random)
					: Documents.rfcCompany(school, LocalDate.of(1985, 1, 1).plusDays(random.nextInt(8000)), random));
			list.add(new Obligation("school", school, "EDUCATION", 1, 0, 5 + random.nextInt(6), AccountKind.CHECKING,
					true, List.of(new Period(ORIGIN, HORIZON)),
					(date, r) -> date.getMonthValue() == 1 && !br || date.getMonthValue() == 7 && br ? 0
							: Math.round(fee * Math.pow(1.07, date.getYear() - 2023)),
					Booking.of((br ? "BOLETO " : "SPEI ENVIADO COLEGIATURA ") + Documents.plain(school), "Home & Life",
							"Education", br ? "BOLETO" : "SPEI").with(party)));
		}
		if (!renter && br && Draws.chance(random, 0.5)) {
			long iptu = Math.round(Draws.logNormal(random, 140_00, 0.5) * homeScale);
			list.add(new Obligation("property-tax", "IPTU", "TAX", 1, 0, 10 + random.nextInt(10),
					AccountKind.CHECKING, true, always(), (date, r) -> date.getMonthValue() < 2 || date.getMonthValue() > 11
							? 0 : iptu, Booking.of("PAGTO IPTU " + Documents.plain(p.city.name()), "Taxes",
									"Real Estate Tax & Fees", "BOLETO")));
		}
		if (Draws.chance(random, 0.06)) {
			String charity = br ? Draws.pick(random, List.of("Médicos Sem Fronteiras", "UNICEF Brasil", "GRAACC"))
					: Draws.pick(random, List.of("Cruz Roja Mexicana", "UNICEF México", "Teletón"));
			long gift = br ? 30_00 + random.nextInt(5) * 10_00L : 150_00 + random.nextInt(5) * 50_00L;
			list.add(new Obligation("donation", charity, "DONATION", 1, 0, 1 + random.nextInt(27), AccountKind.CARD,
					false, churn(random, 10, 40, 3, 12), (date, r) -> gift,
					Booking.of(Documents.plain(charity), "Taxes", "Donation", br ? "CARTAO" : "TARJETA").merchant(charity, null, 8398)));
		}
		if (paysBills) {
			gas(list, p, homeScale, debit, debitType);
		}
		AnnualPlans.draw(list, p, wealth);
		return new Household(affordable(list, p, income), carOwner, renter, parent, investor);
	}

	/** Piped gas where a network reaches homes: a share of households, with the distributor of their city. */
	private static final Map<String, String> GAS = Map.of("São Paulo", "Comgás", "Campinas",
			"Comgás", "Rio de Janeiro", "Naturgy", "Curitiba", "Compagas", "Porto Alegre", "Sulgás",
			"Ciudad de México", "Naturgy", "Monterrey", "Naturgy", "León", "Naturgy", "Querétaro", "Naturgy");

	/**
	 * A piped-gas bill, from its own draws: monthly in Brazil, every two months in Mexico (as Naturgy bills), its
	 * amount following hot showers and heating, a third higher in winter, and swinging a quarter either way.
	 */
	private static void gas(List<Obligation> list, Persona p, double homeScale, String debit, String debitType) {
		String distributor = GAS.get(p.city.name());
		SplittableRandom random = Draws.stream(p.seed, "piped gas");
		boolean br = p.country == Country.BR;
		if (distributor == null
				|| !Draws.chance(random, p.city.name().equals("Monterrey") ? 0.5 : br ? 0.3 : 0.2)) {
			return;
		}
		long usual = Math.round(Draws.logNormal(random, br ? 75_00 : 250_00, 0.45) * homeScale);
		int every = br ? 1 : 2;
		String text = (random.nextBoolean() ? debit : br ? "PAGTO CONTA " : "PAGO ") + Documents.plain(distributor);
		list.add(new Obligation("gas", distributor, "UTILITY", every, random.nextInt(2), 5 + random.nextInt(20),
				AccountKind.CHECKING, true, always(), (date, r) -> {
					int m = date.getMonthValue();
					double winter = br ? (m >= 6 && m <= 8 ? 1.35 : m == 5 || m == 9 ? 1.15 : 0.95)
							: (m == 12 || m <= 2 ? 1.4 : 0.9);
					return Math.round(usual * every * winter * (0.75 + r.nextDouble() * 0.5));
				}, Booking.of(text, "Bills & Utilities", "Electricity & Energy", text.startsWith(debit) ? debitType
						: br ? "BOLETO" : "PAGO_SERVICIO").merchant(distributor, null, 4900)));
	}

	/** What goes first when the bills outgrow the income: extras before the phone plan and the internet. */
	private static final List<String> FIRST_DROPPED = List.of("DONATION", "APPS", "STREAMING", "GYM", "EDUCATION",
			"INSURANCE", "MOBILE", "INTERNET");

	/**
	 * Drops commitments the person could not keep up with, so that regular bills stay within about 60% of income;
	 * a home, its light and water stay. Filtering after drawing keeps every other draw as it was.
	 */
	private static List<Obligation> affordable(List<Obligation> drawn, Persona p, long income) {
		List<Obligation> kept = new ArrayList<>(drawn);
		YearMonth month = YearMonth.from(p.since);
		long ceiling = Math.round(income * 0.6);
		for (String type : FIRST_DROPPED) {
			if (monthlyCost(kept, p, month) <= ceiling) {
				break;
			}
			kept.removeIf(o -> o.type().equals(type));
		}
		return List.copyOf(kept);
	}

	private static long monthlyCost(List<Obligation> obligations, Persona p, YearMonth month) {
		long total = 0;
		for (Obligation o : obligations) {
			LocalDate date = month.atDay(Math.min(o.day(), month.lengthOfMonth()));
			total += o.priceOn(p.seed, date) / o.everyMonths();
		}
		return total;
	}

	private static Obligation rent(Persona p, SplittableRandom random, long income) {
		Country c = p.country;
		boolean br = c == Country.BR;
		long base = Persona.roundTo(Math.max(c.medianSalaryCents * 0.15, income * (0.2 + random.nextDouble() * 0.13)),
				br ? 50_00 : 100_00);
		int anniversary = 1 + random.nextInt(12);
		boolean agency = Draws.chance(random, br ? 0.45 : 0.25);
		Companies.Bank landlordBank = Draws.weighted(random, Companies.banks(c), Companies.Bank::weight);
		String name;
		String document;
		if (agency) {
			name = Draws.pick(random, Companies.realEstateAgencies(c));
			document = br ? Documents.cnpj(new SplittableRandom(name.hashCode()))
					: Documents.rfcCompany(name, LocalDate.of(1995, 1, 1), new SplittableRandom(name.hashCode()));
		}
		else {
			String given = Draws.pick(random, random.nextBoolean() ? Names.femaleNames(c) : Names.maleNames(c));
			name = given + " " + Draws.headward(random, Names.surnames(c)) + " " + Draws.headward(random, Names.surnames(c));
			document = br ? Documents.cpf(random) : null;
		}
		Counterparty landlord = new Counterparty(agency, name, document, landlordBank.code(),
				br ? "%04d".formatted(1 + random.nextInt(3000)) : null,
				br ? Draws.digits(random, 8) : Documents.clabe(landlordBank.code(), "180", random),
				br ? String.valueOf(random.nextInt(10)) : null);
		String description = br ? (agency ? "BOLETO ALUGUEL " : "PIX ENVIADO ") + Documents.plain(name)
				: "SPEI ENVIADO RENTA " + Documents.plain(name);
		String operation = br ? (agency ? "BOLETO" : "PIX") : "SPEI";
		return new Obligation("rent", name, "RENT", 1, 0, 1 + random.nextInt(10), AccountKind.CHECKING, agency,
				always(), (date, r) -> {
					int years = date.getYear() - 2019 - (date.getMonthValue() < anniversary ? 1 : 0);
					return Persona.roundTo(base * Math.pow(1.055, years - 5), br ? 1_00 : 50_00);
				}, Booking.of(description, "Bills & Utilities", "Rent", operation).with(landlord));
	}

	private static void subscription(List<Obligation> list, Persona p, SplittableRandom random, String kind,
			double share, int most, boolean churns) {
		if (!Draws.chance(random, share)) {
			return;
		}
		List<Merchants.Subscription> options = new ArrayList<>(Merchants.subscriptions(p.country, kind));
		int count = 1 + random.nextInt(Math.max(1, most));
		for (int i = 0; i < count && !options.isEmpty(); i++) {
			Merchants.Subscription s = options.remove(random.nextInt(options.size()));
			boolean card = !kind.equals("INTERNET") && !kind.equals("MOBILE") || Draws.chance(random, 0.3);
			String description = card ? s.descriptor()
					: (p.country == Country.BR ? "DEB AUT " : "DOMICILIACION ") + s.descriptor();
			String operation = card ? (p.country == Country.BR ? "CARTAO" : "TARJETA")
					: p.country == Country.BR ? "CONVENIO_ARRECADACAO" : "DOMICILIACION";
			list.add(new Obligation(kind.toLowerCase(java.util.Locale.ROOT) + "-" + i, s.name(), kind, 1, 0,
					1 + random.nextInt(28), card ? AccountKind.CARD : AccountKind.CHECKING, !card,
					churns ? churn(random, 4, 30, 2, 14) : always(), (date, r) -> s.priceOn(date),
					Booking.of(description, s.category(), s.subcategory(), operation).merchant(s.name(), s.website(),
							s.mcc())));
		}
	}

	/** Alternating subscribed and cancelled spells, over all time. */
	static List<Period> churn(SplittableRandom random, int minOn, int maxOn, int minOff, int maxOff) {
		List<Period> periods = new ArrayList<>();
		YearMonth month = ORIGIN.plusMonths(random.nextInt(24));
		while (month.isBefore(HORIZON)) {
			YearMonth end = month.plusMonths(Draws.between(random, minOn, maxOn));
			periods.add(new Period(month, end));
			month = end.plusMonths(Draws.between(random, minOff, maxOff));
		}
		return List.copyOf(periods);
	}

	private static List<Period> always() {
		return List.of(new Period(ORIGIN, null));
	}

	/** Electricity by month: air conditioning in hot cities' summers, heating showers in the south's winter. */
	private static double seasonal(LocalDate date, boolean hot, boolean br) {
		int m = date.getMonthValue();
		if (br) {
			return hot ? (m <= 3 || m == 12 ? 1.25 : 0.95) : (m >= 6 && m <= 8 ? 1.15 : 0.95);
		}
		return hot ? (m >= 5 && m <= 9 ? 1.6 : 0.8) : (m >= 4 && m <= 6 ? 1.15 : 0.95);
	}

}
