package io.ponte.connectors.sandbox;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Irregular money in: freelancers' clients, an employee's side gig, a beneficiary's odd jobs, and the family Pix or
 * SPEI transfers that are all some people receive. A handful of credits a month from a roster of regular clients
 * and occasional people, with seasonal dips and dry months, so that income detection meets income with no schedule
 * and must not mistake family help for it.
 */
final class Gigs implements Incomes.Source {

	/** Someone who pays by transfer, with the statement texts their credits carry. */
	record Contact(Payer payer, String transferText, String wireText) {
	}

	/** January is slow for freelancers; December busy. */
	private static final double[] SEASON = { 0.55, 0.85, 1.0, 1.0, 1.05, 1.0, 0.9, 1.05, 1.05, 1.1, 1.1, 1.2 };

	private final Country country;

	private final String id;

	/** Null for family transfers, which are not income and have no stream. */
	private final String subcategory;

	private final long seed;

	private final int start;

	/** The person's typical month in mid-2024 money (it grows with wages). */
	private final double monthlyCents;

	private final int minCount;

	private final int maxCount;

	private final double dryChance;

	private final boolean seasonal;

	private final List<Contact> regulars;

	private final List<Contact> occasional;

	private Gigs(Country country, String id, String subcategory, long seed, int start, double monthlyCents,
			int minCount, int maxCount, double dryChance, boolean seasonal, List<Contact> regulars,
			List<Contact> occasional) {
		this.country = country;
		this.id = id;
		this.subcategory = subcategory;
		this.seed = seed;
		this.start = start;
		this.monthlyCents = monthlyCents;
		this.minCount = minCount;
		this.maxCount = maxCount;
		this.dryChance = dryChance;
		this.seasonal = seasonal;
		this.regulars = regulars;
		this.occasional = occasional;
	}

	/** A freelancer: 2-10 credits a month, a median below employees' and a wider spread. */
	static Gigs freelance(Country country, long seed, int timelineStart) {
		SplittableRandom random = Draws.stream(seed, "freelance");
		double median = country == Country.BR ? 1_800_00 : 9_500_00;
		List<Contact> clients = new ArrayList<>();
		int companies = 1 + random.nextInt(4);
		for (int i = 0; i < companies; i++) {
			clients.add(company(country, random, Draws.pick(random, Companies.freelanceClients(country))));
		}
		clients.addAll(people(country, random, 1 + random.nextInt(3)));
		return new Gigs(country, "freelance", "Freelance", seed, timelineStart - random.nextInt(60),
				Draws.logNormal(random, median, 0.85), 2, 10, 0.05, true, clients, people(country, random, 6));
	}

	/** An employee's side gig: a few small credits most months. */
	static Gigs sideGig(Country country, long seed, int timelineStart) {
		SplittableRandom random = Draws.stream(seed, "side gig");
		double median = country == Country.BR ? 600_00 : 3_000_00;
		List<Contact> clients = people(country, random, 2);
		if (random.nextBoolean()) {
			clients.add(company(country, random, Draws.pick(random, Companies.freelanceClients(country))));
		}
		return new Gigs(country, "side-gig", "Freelance", seed, timelineStart + random.nextInt(60),
				Draws.logNormal(random, median, 0.6), 1, 4, 0.15, true, clients, people(country, random, 4));
	}

	/** A benefit recipient's informal work (bicos, chambas): small Pix or SPEI credits from people. */
	static Gigs informal(Country country, long seed, int timelineStart) {
		SplittableRandom random = Draws.stream(seed, "informal");
		double median = country == Country.BR ? 350_00 : 2_000_00;
		return new Gigs(country, "informal", "Freelance", seed, timelineStart - random.nextInt(36),
				Draws.logNormal(random, median, 0.5), 1, 5, 0.2, false, people(country, random, 2),
				people(country, random, 5));
	}

	/** Family help: 0-3 small transfers a month from a few relatives; not income. */
	static Gigs family(Country country, long seed, int timelineStart) {
		SplittableRandom random = Draws.stream(seed, "family");
		double median = country == Country.BR ? 300_00 : 1_600_00;
		return new Gigs(country, "family", null, seed, timelineStart, Draws.logNormal(random, median, 0.5), 0, 3, 0,
				false, people(country, random, 1 + random.nextInt(3)), List.of());
	}

	@Override
	public void credits(int month, List<Credit> out) {
		if (month < this.start) {
			return;
		}
		SplittableRandom random = Draws.stream(this.seed, this.id, month);
		if (random.nextDouble() < this.dryChance) {
			return;
		}
		int count = this.minCount + random.nextInt(this.maxCount - this.minCount + 1);
		if (count == 0) {
			return;
		}
		double season = this.seasonal ? SEASON[month % 12] : 1;
		double total = this.monthlyCents * Careers.wageIndex(this.country, month) * season
				* Math.exp(0.35 * Draws.gaussian(random) - 0.06);
		double[] weights = new double[count];
		double sum = 0;
		for (int i = 0; i < count; i++) {
			weights[i] = 0.2 - Math.log(1 - random.nextDouble());
			sum += weights[i];
		}
		YearMonth ym = Incomes.month(month);
		BusinessCalendar calendar = BusinessCalendar.of(this.country);
		boolean br = this.country == Country.BR;
		for (int i = 0; i < count; i++) {
			boolean regular = this.occasional.isEmpty() || random.nextDouble() < 0.7;
			Contact contact = Draws.pick(random, regular ? this.regulars : this.occasional);
			long cents = Math.max(br ? 20_00 : 100_00, Math.round(total * weights[i] / sum));
			if (!contact.payer().company() && random.nextBoolean()) {
				long unit = br ? 10_00 : 50_00;
				cents = Math.max(unit, Math.round(cents / (double) unit) * unit);
			}
			LocalDate date = ym.atDay(1 + random.nextInt(ym.lengthOfMonth()));
			boolean wire = br && contact.payer().company() && random.nextDouble() < 0.4;
			if (contact.payer().company()) {
				LocalDate business = calendar.onOrBefore(date);
				date = business.getMonthValue() == date.getMonthValue() ? business : calendar.onOrAfter(date);
			}
			long hash = random.nextLong();
			out.add(new Credit(this.id, date, wire ? Incomes.officeTime(hash) : Incomes.dayTime(hash), cents,
					wire ? contact.wireText() : contact.transferText(), contact.payer(), br ? wire ? "TED" : "PIX"
							: "SPEI", this.subcategory));
		}
	}

	@Override
	public void streams(LocalDate until, List<IncomeStream> out) {
		if (this.subcategory == null) {
			return;
		}
		Map<String, Incomes.Seen> seen = Incomes.scan(this, this.start, Incomes.index(until) + 3, until);
		IncomeStream stream = Incomes.stream(this.id, seen.get(this.id), until, "FREELANCE", "IRREGULAR",
				this.country == Country.BR ? "DIVERSOS" : "VARIOS", regularMonthlyCents(until), switch (this.id) {
					case "side-gig" -> PlantedKind.SIDE_GIG;
					case "informal" -> PlantedKind.INFORMAL_WORK;
					default -> PlantedKind.FREELANCE;
				});
		if (stream != null) {
			out.add(stream);
		}
	}

	/** The expected month, dry months included; family help is not income. */
	@Override
	public long regularMonthlyCents(LocalDate date) {
		if (this.subcategory == null || Incomes.index(date) < this.start) {
			return 0;
		}
		int month = Incomes.index(date);
		double count = (this.minCount + this.maxCount) / 2.0;
		double floor = this.country == Country.BR ? 20_00 : 100_00;
		return Math.round(Math.max(this.monthlyCents * Careers.wageIndex(this.country, month), count * floor)
				* (1 - this.dryChance));
	}

	private static Contact company(Country country, SplittableRandom random, String raw) {
		String name = Incomes.ascii(raw);
		SplittableRandom byName = new SplittableRandom(raw.hashCode());
		String document = country == Country.BR ? Documents.cnpj(byName)
				: Documents.rfcCompany(raw, LocalDate.of(1985, 1, 1).plusDays(byName.nextInt(12_000)), byName);
		Companies.Bank bank = Draws.weighted(byName, Companies.banks(country), Companies.Bank::weight);
		return contact(country, new Payer(name, document, true, bank.code()), bank);
	}

	/** People with real-looking names, documents and banks. */
	private static List<Contact> people(Country country, SplittableRandom random, int count) {
		List<Contact> people = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			boolean female = random.nextBoolean();
			String given = Draws.headward(random, female ? Names.femaleNames(country) : Names.maleNames(country));
			String first = Draws.headward(random, Names.surnames(country));
			String second = Draws.headward(random, Names.surnames(country));
			String document;
			if (country == Country.BR) {
				document = Documents.cpf(random);
			}
			else {
				LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 50));
				document = Documents.rfcPerson(first, second, given.split(" ")[0], birth, random);
			}
			Companies.Bank bank = Draws.weighted(random, Companies.banks(country), Companies.Bank::weight);
			String name = Incomes.ascii(given + " " + first + " " + second);
			people.add(contact(country, new Payer(name, document, false, bank.code()), bank));
		}
		return people;
	}

	private static Contact contact(Country country, Payer payer, Companies.Bank bank) {
		if (country == Country.BR) {
			return new Contact(payer, Incomes.text("PIX RECEBIDO ", payer.name()),
					Incomes.text("TED RECEBIDA ", payer.name()));
		}
		String text = Incomes.text("SPEI RECIBIDO " + Incomes.ascii(bank.name()) + " ", payer.name());
		return new Contact(payer, text, text);
	}

}
