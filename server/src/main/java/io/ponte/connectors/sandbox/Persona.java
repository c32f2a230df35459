package io.ponte.connectors.sandbox;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * One sandbox end user: who they are, where they live, what they earn and owe, seen through one institution.
 * The person is drawn from (country, username) alone, so the same username at every bank of a country is the
 * same person (name, CPF/RFC, salary, habits); only the accounts (numbers, identifications) belong to the
 * institution. Each facet draws from its own stream ({@link Draws}).
 */
final class Persona {

	/** Which of Belvo's documented sandbox data shapes a user gets; everyone else is a REGULAR person. */
	enum Dataset {

		REGULAR, FULL, NO_DATA, LOW, NEGATIVE;

		static Dataset of(String userKey) {
			return switch (userKey) {
				case "bnk100", "fiscal100" -> FULL;
				case "bnk101", "fiscal101" -> NO_DATA;
				case "bnk102", "fiscal102" -> LOW;
				case "bnk103" -> NEGATIVE;
				case "gig100" -> FULL;
				case "gig101" -> NO_DATA;
				case "gig102" -> LOW;
				case "gig103" -> NEGATIVE;
				default -> REGULAR;
			};
		}

	}

	enum AccountKind {

		CHECKING("chk"), SAVINGS("sav"), CARD("card"), LOAN("loan");

		final String suffix;

		AccountKind(String suffix) {
			this.suffix = suffix;
		}

	}

	/** RENAPO's birth-state codes used by CURPs, by the catalogue's state abbreviations. */
	private static final Map<String, String> CURP_STATES = Map.ofEntries(Map.entry("CDMX", "DF"),
			Map.entry("JAL", "JC"), Map.entry("NL", "NL"), Map.entry("PUE", "PL"), Map.entry("QRO", "QT"),
			Map.entry("YUC", "YN"), Map.entry("BC", "BC"), Map.entry("GTO", "GT"), Map.entry("MEX", "MC"),
			Map.entry("QROO", "QR"), Map.entry("SON", "SR"), Map.entry("VER", "VZ"), Map.entry("MICH", "MN"),
			Map.entry("OAX", "OC"), Map.entry("CHIH", "CH"), Map.entry("COAH", "CL"), Map.entry("SIN", "SL"));

	final String institution;

	final String userKey;

	final Dataset dataset;

	final Country country;

	/** The person's seed: (country, username). */
	final long seed;

	/** Short hex prefix of every identification at this institution: (institution, username). */
	final String tag;

	final boolean female;

	final String givenName;

	/** Brazil: the mother's surname comes before the father's; Mexico: paternal first. */
	final String firstSurname;

	final String lastSurname;

	final String motherName;

	final LocalDate birthDate;

	/** CPF (Brazil) or RFC (Mexico). */
	final String taxId;

	/** RG (Brazil) or CURP (Mexico). */
	final String nationalId;

	final String email;

	final Places.City city;

	final Places.District district;

	final String street;

	final int streetNumber;

	final String postcode;

	final String phone;

	final String maritalStatus;

	/** The first day of this person's statements: fixed per person, so history never moves. */
	final LocalDate since;

	final Incomes incomes;

	final Household household;

	final Habits habits;

	final Borrowing borrowing;

	final Set<AccountKind> accounts;

	final Bank bank;

	private Persona(String institution, Country country, String userKey) {
		this.institution = institution;
		this.userKey = userKey;
		this.dataset = Dataset.of(userKey);
		this.country = country;
		// a login with a document is the person it names: a CPF however punctuated, a CURP's birth date and sex
		String cpf = country == Country.BR ? userKey.replaceAll("[.-]", "") : null;
		cpf = cpf != null && Documents.isValidCpf(cpf) ? cpf : null;
		String curp = country == Country.MX ? userKey.toUpperCase(Locale.ROOT) : null;
		LocalDate curpBirth = curp != null && Documents.isValidCurp(curp) ? curpBirthDate(curp) : null;
		this.seed = Draws.seed(country.name() + "\n" + (cpf != null ? cpf : userKey));
		this.tag = HexFormat.of().formatHex(java.nio.ByteBuffer.allocate(8)
			.putLong(Draws.seed(institution + "\n" + userKey)).array(), 0, 4);
		boolean br = country == Country.BR;

		SplittableRandom who = Draws.stream(this.seed, "identity");
		boolean drawnFemale = who.nextBoolean();
		this.female = curpBirth != null ? curp.charAt(10) == 'M' : drawnFemale;
		this.givenName = Draws.headward(who, this.female ? Names.femaleNames(country) : Names.maleNames(country));
		String father = Draws.headward(who, Names.surnames(country));
		String mother = Draws.headward(who, Names.surnames(country));
		while (mother.equals(father)) {
			mother = Draws.pick(who, Names.surnames(country));
		}
		this.firstSurname = br ? mother : father;
		this.lastSurname = br ? father : mother;
		this.motherName = Draws.pick(who, Names.femaleNames(country)) + " "
				+ (br ? Draws.headward(who, Names.surnames(country)) + " " + mother
						: mother + " " + Draws.headward(who, Names.surnames(country)));
		// ages 18-80, weighted toward working age; a fixed date, so people age with the calendar
		int drawnAge = 18 + (int) Math.min(62, Math.abs(Draws.gaussian(who)) * 22 + who.nextInt(8));
		LocalDate drawnBirth = LocalDate.of(2025, 1, 1).minusYears(drawnAge).plusDays(who.nextInt(365));
		this.birthDate = curpBirth != null ? curpBirth : drawnBirth;
		int age = curpBirth != null ? Math.max(0, curpBirth.until(LocalDate.of(2025, 1, 1)).getYears()) : drawnAge;
		this.city = Draws.weighted(who, Places.cities(country), Places.City::weight);
		this.district = Draws.pick(who, this.city.districts());
		if (br) {
			String drawnCpf = Documents.cpf(who);
			this.taxId = cpf != null ? cpf : drawnCpf;
			this.nationalId = String.valueOf(10_000_000 + who.nextInt(89_999_999));
		}
		else {
			String used = documentGivenName(this.givenName);
			String birthState = Draws.chance(who, 0.75) ? CURP_STATES.getOrDefault(this.city.state(), "DF")
					: Draws.pick(who, List.copyOf(CURP_STATES.values()));
			this.taxId = Documents.rfcPerson(father, mother, used, this.birthDate, who);
			String drawnCurp = Documents.curp(father, mother, used, this.birthDate, this.female, birthState, who);
			this.nationalId = curpBirth != null ? curp : drawnCurp;
		}
		this.email = email(who, country, this.givenName, father, this.birthDate);
		this.street = Draws.pick(who, Places.streets(country));
		this.streetNumber = Draws.chance(who, 0.7) ? 10 + who.nextInt(990) : 1000 + who.nextInt(3000);
		this.postcode = br ? this.district.postcode() + "%03d".formatted(who.nextInt(1000)) : this.district.postcode();
		String local = br ? "9" + Draws.digits(who, 8) : Draws.digits(who, 10 - this.city.areaCode().length());
		this.phone = local;
		this.maritalStatus = age < 25 ? "SINGLE"
				: Draws.weighted(who, List.of("SINGLE", "MARRIED", "CIVIL_UNION", "DIVORCED", "WIDOWED"),
						s -> switch (s) {
							case "SINGLE" -> 35;
							case "MARRIED" -> 38;
							case "CIVIL_UNION" -> 14;
							case "DIVORCED" -> 9;
							default -> age > 60 ? 12 : 2;
						});
		SplittableRandom time = Draws.stream(this.seed, "since");
		this.since = LocalDate.of(2023, 1, 1).plusDays(time.nextInt(540));

		// the documented low-data worker needs a job to show as much as the full and overdrawn users do
		boolean cast = this.dataset == Dataset.FULL || this.dataset == Dataset.NEGATIVE
				|| this.dataset == Dataset.LOW && userKey.startsWith("gig");
		this.incomes = cast ? cast(this.dataset, country, this.seed, this.birthDate, this.since)
				: Incomes.of(country, Draws.mix(this.seed, "income"), this.birthDate, this.since);
		this.accounts = products(Draws.stream(this.seed, "products"));
		this.household = Household.of(this);
		this.habits = Habits.of(this);
		this.borrowing = Borrowing.of(this);
		this.bank = Bank.of(this);
	}

	/**
	 * The documented full-dataset and overdrawn users are cast, not drawn: the first of their candidate careers
	 * with one job all through the statements paying what the role needs (the full user three times the median or
	 * more, the overdrawn one about the median, so no severance or rescission lifts them out of the red; the
	 * documented low-data worker, {@code gig102}, about the median too). Still a
	 * pure function of the username, drawn by the same generator as everyone else.
	 */
	private static Incomes cast(Dataset dataset, Country country, long seed, LocalDate birthDate, LocalDate since) {
		long median = country.medianSalaryCents;
		long least = dataset == Dataset.FULL ? median * 3 : median / 2;
		long most = dataset == Dataset.FULL ? Long.MAX_VALUE : median * 2;
		for (int candidate = 0;; candidate++) {
			Incomes incomes = Incomes.of(country, Draws.mix(seed, "income", candidate), birthDate, since);
			if (incomes.kind() == IncomeKind.EMPLOYEE && oneSteadyJob(incomes, since, least, most)) {
				return incomes;
			}
		}
	}

	private static boolean oneSteadyJob(Incomes incomes, LocalDate since, long least, long most) {
		int from = Incomes.index(since.minusMonths(6));
		int to = Incomes.index(since.plusYears(6));
		if (incomes.jobs().spells().stream().noneMatch(s -> s.start() <= from && s.end() >= to)) {
			return false;
		}
		for (LocalDate d = since; d.isBefore(since.plusYears(6)); d = d.plusMonths(1)) {
			long monthly = incomes.regularMonthlyCents(d);
			if (monthly < least || monthly > most) {
				return false;
			}
		}
		return true;
	}

	/** The birth date a CURP encodes (its differentiator is a digit before 2000), or null when it is no date. */
	private static LocalDate curpBirthDate(String curp) {
		int year = Integer.parseInt(curp.substring(4, 6)) + (Character.isDigit(curp.charAt(16)) ? 1900 : 2000);
		try {
			return LocalDate.of(year, Integer.parseInt(curp.substring(6, 8)), Integer.parseInt(curp.substring(8, 10)));
		}
		catch (java.time.DateTimeException ex) {
			return null;
		}
	}

	static Persona of(String institution, Country country, String userKey) {
		return new Persona(institution, country, userKey);
	}

	/** The Belvo user key: usernames are matched case-insensitively, surrounding blanks ignored. */
	static String userKey(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * Which accounts the person holds here. The documented FULL user has every product; others hold a
	 * checking account and, depending on income, savings, a card and a loan.
	 */
	private Set<AccountKind> products(SplittableRandom random) {
		return switch (this.dataset) {
			case NO_DATA -> EnumSet.noneOf(AccountKind.class);
			case LOW -> EnumSet.of(AccountKind.CHECKING);
			case FULL, NEGATIVE -> EnumSet.allOf(AccountKind.class);
			case REGULAR -> {
				EnumSet<AccountKind> held = EnumSet.of(AccountKind.CHECKING);
				long income = this.incomes.regularMonthlyCents(this.since);
				double wealth = Math.min(1, income / (double) this.country.medianSalaryCents);
				if (Draws.chance(random, 0.35 + 0.35 * wealth)) {
					held.add(AccountKind.SAVINGS);
				}
				if (Draws.chance(random, income == 0 ? 0.25 : 0.55 + 0.3 * wealth)) {
					held.add(AccountKind.CARD);
				}
				if (Draws.chance(random, 0.28)) {
					held.add(AccountKind.LOAN);
				}
				yield held;
			}
		};
	}

	boolean holds(AccountKind kind) {
		return this.accounts.contains(kind);
	}

	/** Brazil invests through the bank (CDB, funds) and buys currency for trips; bnk100 always does. */
	boolean hasInvestments() {
		return this.country == Country.BR && (this.dataset == Dataset.FULL || this.dataset == Dataset.NEGATIVE
				|| this.dataset == Dataset.REGULAR && this.household.investor());
	}

	/** The two-letter state code: Brazil's UF, Mexico's RENAPO code (the schema allows two characters). */
	String stateCode() {
		return this.country == Country.BR ? this.city.state() : CURP_STATES.getOrDefault(this.city.state(), "DF");
	}

	String fullName() {
		return this.givenName + " " + this.firstSurname + " " + this.lastSurname;
	}

	String accountId(AccountKind kind) {
		return this.tag + "-" + kind.suffix;
	}

	/** Mexican documents use the second given name when the first is José or María. */
	private static String documentGivenName(String given) {
		String[] parts = given.split(" ");
		String first = Documents.plain(parts[0]);
		return parts.length > 1 && (first.equals("JOSE") || first.equals("MARIA") || first.equals("MA"))
				? parts[1] : parts[0];
	}

	private static String email(SplittableRandom random, Country country, String given, String surname,
			LocalDate birth) {
		String g = ascii(given.split(" ")[0]);
		String s = ascii(surname);
		String local = switch (random.nextInt(6)) {
			case 0 -> g + "." + s;
			case 1 -> g + s + (random.nextInt(90) + 10);
			case 2 -> g + "_" + s + (birth.getYear() % 100);
			case 3 -> g.charAt(0) + s + birth.getYear();
			case 4 -> g + "." + s + "." + (random.nextInt(900) + 100);
			default -> s + g.charAt(0) + (random.nextInt(9000) + 1000);
		};
		return local + "@" + Draws.weighted(random, Names.emailDomains(country), Names.EmailDomain::weight).domain();
	}

	private static String ascii(String name) {
		return Documents.plain(name).replace('Ñ', 'N').replaceAll("[^A-Z]", "").toLowerCase(Locale.ROOT);
	}

	static long roundTo(double cents, long unit) {
		return Math.round(cents / unit) * unit;
	}

}
