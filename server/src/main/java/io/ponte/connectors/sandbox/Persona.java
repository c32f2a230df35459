package io.ponte.connectors.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Everything fixed about one sandbox end user at one institution: identity, accounts, employer and the monthly
 * commitments that the ledger replays day by day. Drawn from an RNG seeded by (institution, user), so the same
 * login always meets the same person and different logins meet different people.
 */
final class Persona {

	/** Which of Belvo's sandbox data shapes a user gets. */
	enum Dataset {

		FULL, NO_DATA, LOW, NEGATIVE;

		static Dataset of(String userKey) {
			return switch (userKey) {
				case "bnk101" -> NO_DATA;
				case "bnk102" -> LOW;
				case "bnk103" -> NEGATIVE;
				default -> FULL;
			};
		}

	}

	/** The sandbox's accounts; a LOW user has only the checking account. */
	enum AccountKind {

		CHECKING("chk"), SAVINGS("sav"), CARD("card"), LOAN("loan");

		final String suffix;

		AccountKind(String suffix) {
			this.suffix = suffix;
		}

	}

	/**
	 * A monthly expense on a fixed day. {@code variable} amounts are drawn around {@code cents} each month.
	 */
	record Recurring(String merchant, long cents, int day, AccountKind account, String category,
			String subcategory, String description, String operationType, Integer mcc, boolean variable) {
	}

	/** A foreign-exchange purchase for a trip. */
	record ForeignExchange(LocalDate date, String currency, long foreignCents, long rateMicros) {
	}

	final String institution;

	final String userKey;

	final Dataset dataset;

	final Country country;

	final long seed;

	/** Short hex prefix of every internal identification, unique per (institution, user). */
	final String tag;

	final boolean female;

	final String givenName;

	final String paternalSurname;

	final String maternalSurname;

	final String motherName;

	final LocalDate birthDate;

	/** CPF (Brazil) or RFC (Mexico). */
	final String taxId;

	/** CURP (Mexico) or RG (Brazil). */
	final String nationalId;

	final String email;

	final String areaCode;

	final String phone;

	final Country.City city;

	final String street;

	final int streetNumber;

	final String postcode;

	final String employer;

	final String employerTaxId;

	final long salaryCents;

	final int salaryDay;

	final String landlord;

	final String landlordTaxId;

	final long rentCents;

	/** The landlord's CLABE (Mexico), where the rent goes by SPEI. */
	final String landlordClabe;

	final int rentDay;

	final List<Recurring> recurring;

	final int feeDay;

	final long feeCents;

	/** Day from which the ledger is replayed: fixed per user, so history never moves. */
	final LocalDate start;

	final long checkingOpeningCents;

	final long savingsOpeningCents;

	final int savingsDay;

	final long savingsTransferCents;

	final String bankCode;

	final String agency;

	final String checkingNumber;

	final String savingsNumber;

	final String checkDigit;

	final String clabe;

	final String cardLast4;

	final String cardNetwork;

	final int cardClosingDay;

	final long cardLimitCents;

	final long loanPrincipalCents;

	final long loanInstallmentCents;

	final int loanInstallments;

	final int loanDay;

	final LocalDate loanStart;

	final String loanContract;

	final LocalDate cdbDate;

	final long cdbCents;

	final int fundDay;

	final long fundCents;

	final List<ForeignExchange> exchanges;

	/** How much more than the typical user this one spends; above 1 drives the account into overdraft. */
	final double spending;

	private Persona(String institution, String userKey) {
		this.institution = institution;
		this.userKey = userKey;
		this.dataset = Dataset.of(userKey);
		this.country = Country.of(institution);
		byte[] digest = sha256(institution + "\n" + userKey);
		long s = 0;
		for (int i = 0; i < 8; i++) {
			s = (s << 8) | (digest[i] & 0xff);
		}
		this.seed = s;
		this.tag = HexFormat.of().formatHex(digest, 8, 12);
		SplittableRandom random = new SplittableRandom(this.seed);
		Country c = this.country;

		this.female = random.nextBoolean();
		this.givenName = pick(random, this.female ? c.femaleNames : c.maleNames);
		this.paternalSurname = pick(random, c.surnames);
		String maternal = pick(random, c.surnames);
		while (maternal.equals(this.paternalSurname)) {
			maternal = pick(random, c.surnames);
		}
		this.maternalSurname = maternal;
		this.motherName = pick(random, c.femaleNames) + " " + this.maternalSurname + " " + pick(random, c.surnames);
		this.birthDate = LocalDate.of(1965, 1, 1).plusDays(random.nextInt(365 * 37));
		this.city = pick(random, c.cities);
		if (c == Country.BR) {
			this.taxId = Documents.cpf(random);
			this.nationalId = String.valueOf(10_000_000 + random.nextInt(89_999_999));
		}
		else {
			this.taxId = Documents.rfcPerson(this.paternalSurname, this.maternalSurname, this.givenName, this.birthDate,
					random);
			this.nationalId = Documents.curp(this.paternalSurname, this.maternalSurname, this.givenName, this.birthDate,
					this.female, this.city.state(), random);
		}
		this.email = (ascii(this.givenName) + "." + ascii(this.paternalSurname) + (random.nextInt(90) + 10)
				+ (c == Country.BR ? "@email.com.br" : "@correo.com.mx")).toLowerCase(Locale.ROOT);
		this.areaCode = c == Country.BR ? switch (this.city.state()) {
			case "SP" -> "11";
			case "RJ" -> "21";
			case "MG" -> "31";
			case "PR" -> "41";
			case "RS" -> "51";
			default -> "81";
		} : switch (this.city.state()) {
			case "DF" -> "55";
			case "JC" -> "33";
			case "NL" -> "81";
			case "PL" -> "22";
			default -> "44";
		};
		this.phone = (c == Country.BR ? "9" + (10_000_000 + random.nextInt(89_999_999))
				: String.valueOf(10_000_000 + random.nextInt(89_999_999)));
		this.street = pick(random, c.streets);
		this.streetNumber = 10 + random.nextInt(1990);
		this.postcode = c == Country.BR ? this.city.postcode() + "%03d".formatted(random.nextInt(1000))
				: this.city.postcode();

		int employerIndex = random.nextInt(c.employers.size());
		this.employer = c.employers.get(employerIndex);
		// employers' documents are seeded by the employer alone: every employee sees the same payer
		SplittableRandom employerRandom = new SplittableRandom(this.employer.hashCode() * 31L + c.ordinal());
		this.employerTaxId = c == Country.BR ? Documents.cnpj(employerRandom)
				: Documents.rfcCompany(this.employer, LocalDate.of(1990, 1, 1).plusDays(employerRandom.nextInt(9000)),
						employerRandom);
		this.salaryCents = roundTo(c.medianSalaryCents * (0.6 + random.nextDouble() * 1.8), 100_00 / 2);
		this.salaryDay = pick(random, List.of(1, 5, 7, 10, 15, 20, 25, 28));
		String landlordGiven = pick(random, random.nextBoolean() ? c.femaleNames : c.maleNames);
		this.landlord = landlordGiven + " " + pick(random, c.surnames) + " " + pick(random, c.surnames);
		this.landlordTaxId = c == Country.BR ? Documents.cpf(random) : null;
		this.rentCents = roundTo(this.salaryCents * (0.22 + random.nextDouble() * 0.1), 50_00);
		this.rentDay = 1 + random.nextInt(10);
		this.landlordClabe = Documents.clabe("012", "180", random);
		this.feeDay = 3 + random.nextInt(5);
		this.feeCents = c == Country.BR ? 29_90 + random.nextInt(3) * 10_00L : 149_00 + random.nextInt(3) * 50_00L;
		this.spending = this.dataset == Dataset.NEGATIVE ? 1.2 : 1.0;

		List<Recurring> monthly = new ArrayList<>();
		boolean br = c == Country.BR;
		monthly.add(new Recurring(this.city.electricity(), fraction(random, 0.025, 0.04), 8 + random.nextInt(12),
				AccountKind.CHECKING, "Bills & Utilities", "Electricity & Energy",
				(br ? "DEB AUT " : "DOMICILIACION ") + upper(this.city.electricity()), br ? "CONVENIO_ARRECADACAO" : "DOMICILIACION",
				4900, true));
		monthly.add(new Recurring(this.city.water(), fraction(random, 0.01, 0.015), 8 + random.nextInt(12),
				AccountKind.CHECKING, "Bills & Utilities", "Water", (br ? "DEB AUT " : "PAGO ") + upper(this.city.water()),
				br ? "CONVENIO_ARRECADACAO" : "DOMICILIACION", 4900, true));
		String internet = pick(random, c.internetProviders);
		monthly.add(new Recurring(internet, br ? 99_90 + random.nextInt(4) * 20_00L : 389_00 + random.nextInt(4) * 100_00L,
				5 + random.nextInt(20), AccountKind.CHECKING, "Bills & Utilities", "Telecommunications",
				(br ? "DEB AUT " : "DOMICILIACION ") + upper(internet), br ? "CONVENIO_ARRECADACAO" : "DOMICILIACION", 4814,
				false));
		String carrier = pick(random, c.phoneCarriers);
		monthly.add(new Recurring(carrier, br ? 49_99 + random.nextInt(4) * 10_00L : 299_00 + random.nextInt(4) * 100_00L,
				5 + random.nextInt(20), AccountKind.CHECKING, "Bills & Utilities", "Telecommunications",
				(br ? "DEB AUT " : "DOMICILIACION ") + upper(carrier), br ? "CONVENIO_ARRECADACAO" : "DOMICILIACION", 4814,
				false));
		List<String> services = new ArrayList<>(c.streaming);
		for (int i = 0; i < 2; i++) {
			String service = services.remove(random.nextInt(services.size()));
			long price = switch (service) {
				case "Spotify" -> br ? 21_90 : 129_00;
				case "Netflix" -> br ? 44_90 : 249_00;
				case "Globoplay" -> 24_90;
				case "Disney+" -> br ? 43_90 : 219_00;
				case "Max" -> 149_00;
				default -> br ? 19_90 : 99_00;
			};
			monthly.add(new Recurring(service, price, 1 + random.nextInt(28), AccountKind.CARD,
					"Online Platforms & Leisure", "Movie & Audio", upper(service), "CARTAO", 4899,
					false));
		}
		String gym = pick(random, c.gyms);
		monthly.add(new Recurring(gym, br ? 119_90 + random.nextInt(3) * 30_00L : 599_00 + random.nextInt(3) * 200_00L,
				1 + random.nextInt(28), AccountKind.CARD, "Home & Life", "Gyms & Fitness", upper(gym),
				"CARTAO", 7997, false));
		if (this.dataset == Dataset.NEGATIVE) {
			// a car bought beyond the user's means is what keeps the account overdrawn
			monthly.add(new Recurring(br ? "Financiamento de veículo" : "Crédito automotriz",
					roundTo(this.salaryCents * 0.35, 1_00), 15, AccountKind.CHECKING, "Credits & Loans", "Auto",
					br ? "FINANCIAMENTO VEICULO" : "CREDITO AUTOMOTRIZ", "OPERACAO_CREDITO", null, false));
		}
		this.recurring = List.copyOf(monthly);

		this.start = LocalDate.of(2024, 7, 1).minusDays(random.nextInt(120));
		this.checkingOpeningCents = this.dataset == Dataset.NEGATIVE ? -roundTo(this.salaryCents * 2.5, 1_00)
				: roundTo(this.salaryCents * (0.6 + random.nextDouble()), 1_00);
		this.savingsOpeningCents = roundTo(this.salaryCents * (1 + random.nextDouble() * 3), 1_00);
		this.savingsDay = Math.min(28, this.salaryDay + 1);
		this.savingsTransferCents = this.dataset == Dataset.NEGATIVE ? 0 : roundTo(this.salaryCents * 0.05, 10_00);

		this.bankCode = br ? pick(random, List.of("001", "033", "104", "237", "341", "260", "077"))
				: pick(random, List.of("002", "012", "014", "021", "072", "127", "137"));
		this.agency = "%04d".formatted(1 + random.nextInt(4000));
		this.checkingNumber = digits(random, 8);
		this.savingsNumber = digits(random, 8);
		this.checkDigit = String.valueOf(random.nextInt(10));
		this.clabe = Documents.clabe(this.bankCode, "%03d".formatted(random.nextInt(1000)), random);
		this.cardLast4 = digits(random, 4);
		this.cardNetwork = br ? pick(random, List.of("MASTERCARD", "VISA", "ELO")) : pick(random, List.of("VISA", "MASTERCARD", "AMERICAN_EXPRESS"));
		this.cardClosingDay = 3 + random.nextInt(20);
		this.cardLimitCents = roundTo(this.salaryCents * (1.5 + random.nextDouble() * 2), 500_00);

		this.loanPrincipalCents = roundTo(this.salaryCents * (1 + random.nextDouble() * 2), 1000_00);
		this.loanInstallments = pick(random, List.of(48, 60));
		double monthlyRate = 0.019;
		this.loanInstallmentCents = Math.round(this.loanPrincipalCents * monthlyRate
				/ (1 - Math.pow(1 + monthlyRate, -this.loanInstallments)));
		this.loanDay = 10 + random.nextInt(15);
		this.loanStart = this.start.minusMonths(2 + random.nextInt(6)).withDayOfMonth(this.loanDay);
		this.loanContract = digits(random, 10);

		this.cdbDate = this.start.plusDays(200 + random.nextInt(100));
		this.cdbCents = roundTo(this.salaryCents * (0.5 + random.nextDouble() * 0.5), 1000_00);
		this.fundDay = Math.min(28, this.salaryDay + 2);
		this.fundCents = roundTo(this.salaryCents * 0.04, 50_00);
		List<ForeignExchange> trips = new ArrayList<>();
		LocalDate trip = this.start.plusDays(60 + random.nextInt(60));
		for (int i = 0; i < 3; i++) {
			boolean dollars = random.nextInt(3) > 0;
			long rate = dollars ? 4_950_000 + random.nextInt(900_000) : 5_500_000 + random.nextInt(900_000);
			long foreign = roundTo(this.salaryCents * 0.25 * 1_000_000 / rate, 100_00);
			trips.add(new ForeignExchange(trip, dollars ? "USD" : "EUR", Math.max(100_00, foreign), rate));
			trip = trip.plusDays(120 + random.nextInt(120));
		}
		this.exchanges = List.copyOf(trips);
	}

	static Persona of(String institution, String userKey) {
		return new Persona(institution, userKey);
	}

	/** The Belvo user key: usernames are matched case-insensitively, surrounding blanks ignored. */
	static String userKey(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

	boolean hasInvestments() {
		return this.country == Country.BR && (this.dataset == Dataset.FULL || this.dataset == Dataset.NEGATIVE);
	}

	String fullName() {
		return this.givenName + " " + this.paternalSurname + " " + this.maternalSurname;
	}

	String accountId(AccountKind kind) {
		return this.tag + "-" + kind.suffix;
	}

	private long fraction(SplittableRandom random, double low, double high) {
		return roundTo(this.salaryCents * (low + random.nextDouble() * (high - low)), 1);
	}

	static long roundTo(double cents, long unit) {
		return Math.round(cents / unit) * unit;
	}

	private static String digits(SplittableRandom random, int count) {
		StringBuilder text = new StringBuilder();
		text.append(1 + random.nextInt(9));
		while (text.length() < count) {
			text.append(random.nextInt(10));
		}
		return text.toString();
	}

	static <T> T pick(SplittableRandom random, List<T> options) {
		return options.get(random.nextInt(options.size()));
	}

	private static String upper(String text) {
		return Documents.plain(text).replace('Ñ', 'N');
	}

	private static String ascii(String name) {
		return Documents.plain(name).replace('Ñ', 'N').replaceAll("[^A-Z]", "");
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
