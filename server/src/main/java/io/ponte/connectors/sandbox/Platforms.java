package io.ponte.connectors.sandbox;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Ride-hailing and delivery work paid by the platform once a week: the week's earnings less the platform's fee, on
 * the platform's payout weekday, an amount that moves with the hours driven, and no payout in a week off. Many
 * drivers work two apps at once, so a person may have two weekly streams. This is how Brazil's and Mexico's app
 * workers are paid (in Brazil, the commonest weekly pay there is; salaries are monthly by law), and weekly income
 * from a company whose amount never repeats is what income detection must tell apart from a freelancer's clients.
 * Payout weekdays and legal names are approximate; documents are made up like every other payer's.
 */
final class Platforms implements Incomes.Source {

	/** An app that pays its workers weekly: who, from which bank, on which weekday. */
	record Platform(String name, String bankCode, String bankName, DayOfWeek payday) {
	}

	private static final List<Platform> BR = List.of(
			new Platform("UBER DO BRASIL TECNOLOGIA LTDA", "341", "ITAU UNIBANCO", DayOfWeek.MONDAY),
			new Platform("99 TECNOLOGIA LTDA", "237", "BRADESCO", DayOfWeek.TUESDAY),
			new Platform("IFOOD.COM AGENCIA DE RESTAURANTES ONLINE S.A.", "341", "ITAU UNIBANCO", DayOfWeek.WEDNESDAY));

	private static final List<Platform> MX = List.of(
			new Platform("UBER MEXICO TECHNOLOGY & SOFTWARE SA DE CV", "646", "STP", DayOfWeek.TUESDAY),
			new Platform("DIDI MOBILITY MEXICO SA DE CV", "646", "STP", DayOfWeek.MONDAY),
			new Platform("RAPPI SA DE CV", "012", "BBVA MEXICO", DayOfWeek.WEDNESDAY));

	/** A week with no payout: days off, the car in the shop, a sick week. */
	private static final double WEEK_OFF = 0.08;

	private final Country country;

	private final long seed;

	private final int start;

	/** The last month worked, or {@link Careers#OPEN}. */
	private final int end;

	/** A typical month of net earnings in mid-2024 money, over all apps. */
	private final double monthlyCents;

	private final Payer[] payers;

	private final String[] texts;

	private final DayOfWeek[] paydays;

	/** The share of earnings each app pays. */
	private final double[] shares;

	private Platforms(Country country, long seed, int start, int end, double monthlyCents, List<Platform> apps,
			double[] shares) {
		this.country = country;
		this.seed = seed;
		this.start = start;
		this.end = end;
		this.monthlyCents = monthlyCents;
		this.shares = shares;
		this.payers = new Payer[apps.size()];
		this.texts = new String[apps.size()];
		this.paydays = new DayOfWeek[apps.size()];
		for (int i = 0; i < apps.size(); i++) {
			Platform app = apps.get(i);
			String document = country == Country.BR ? Documents.cnpj(new SplittableRandom(app.name().hashCode()))
					: Documents.rfcCompany(app.name(), LocalDate.of(2012, 6, 1), new SplittableRandom(app.name()
						.hashCode()));
			this.payers[i] = new Payer(app.name(), document, true, app.bankCode());
			this.texts[i] = country == Country.BR ? Incomes.text("PIX RECEBIDO ", app.name())
					: Incomes.text("SPEI RECIBIDO " + app.bankName() + " ", app.name());
			this.paydays[i] = app.payday();
		}
	}

	/**
	 * A self-employed app driver or courier, working since before the statements. Net earnings: a median of about
	 * R$ 2,600 or MX$ 11,000 a month in mid-2024, spread like freelance income; three in ten work two apps.
	 */
	static Platforms driver(Country country, long seed, int timelineStart) {
		SplittableRandom random = Draws.stream(seed, "platform");
		double median = country == Country.BR ? 2_600_00 : 11_000_00;
		return of(country, seed, random, timelineStart - random.nextInt(24), Careers.OPEN,
				Draws.logNormal(random, median, 0.45));
	}

	/** An employee driving in the evenings and at weekends for a spell of months: about a third of a full week. */
	static Platforms sideDriver(Country country, long seed, int timelineStart) {
		SplittableRandom random = Draws.stream(seed, "platform");
		double median = country == Country.BR ? 900_00 : 3_800_00;
		int start = timelineStart + random.nextInt(84);
		return of(country, seed, random, start, start + 5 + (int) (-Math.log(1 - random.nextDouble()) * 18),
				Draws.logNormal(random, median, 0.45));
	}

	private static Platforms of(Country country, long seed, SplittableRandom random, int start, int end,
			double monthly) {
		List<Platform> all = country == Country.BR ? BR : MX;
		int first = random.nextInt(all.size());
		if (random.nextDouble() >= 0.3) {
			return new Platforms(country, seed, start, end, monthly, List.of(all.get(first)), new double[] { 1 });
		}
		Platform second = all.get((first + 1 + random.nextInt(all.size() - 1)) % all.size());
		return new Platforms(country, seed, start, end, monthly, List.of(all.get(first), second),
				new double[] { 0.7, 0.3 });
	}

	static String id(int app) {
		return "platform-" + app;
	}

	@Override
	public void credits(int month, List<Credit> out) {
		if (month < this.start || month > this.end) {
			return;
		}
		YearMonth ym = Incomes.month(month);
		for (int app = 0; app < this.payers.length; app++) {
			LocalDate day = ym.atDay(1).with(TemporalAdjusters.nextOrSame(this.paydays[app]));
			for (; !day.isAfter(ym.atEndOfMonth()); day = day.plusDays(7)) {
				SplittableRandom random = Draws.stream(this.seed, id(app), day);
				if (random.nextDouble() < WEEK_OFF) {
					continue;
				}
				long cents = Math.round(weeklyCents(month, app) * Math.exp(0.3 * Draws.gaussian(random) - 0.045));
				out.add(new Credit(id(app), day, Incomes.payrollTime(random.nextLong()), Math.max(1_00, cents),
						this.texts[app], this.payers[app], this.country == Country.BR ? "PIX" : "SPEI", "Freelance"));
			}
		}
	}

	/** A typical week's payout from one app in that month (earnings grow with wages). */
	private double weeklyCents(int month, int app) {
		return this.monthlyCents * Careers.wageIndex(this.country, month) * this.shares[app] * 12 / 52;
	}

	@Override
	public void streams(LocalDate until, List<IncomeStream> out) {
		Map<String, Incomes.Seen> seen = Incomes.scan(this, this.start, Incomes.index(until) + 3, until);
		int month = Math.min(Incomes.index(until), this.end);
		for (int app = 0; app < this.payers.length; app++) {
			IncomeStream stream = Incomes.stream(id(app), seen.get(id(app)), until, "FREELANCE", "WEEKLY",
					this.payers[app].name(), Math.round(weeklyCents(month, app)), PlantedKind.PLATFORM_WEEKLY);
			if (stream != null) {
				out.add(stream);
			}
		}
	}

	/** The expected month, weeks off included. */
	@Override
	public long regularMonthlyCents(LocalDate date) {
		int month = Incomes.index(date);
		if (month < this.start || month > this.end) {
			return 0;
		}
		return Math.round(this.monthlyCents * Careers.wageIndex(this.country, month) * (1 - WEEK_OFF));
	}

}
