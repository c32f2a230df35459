package io.ponte.connectors.sandbox;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Everything a sandbox person earns over time: salaries (with Brazil's advance, 13th and vacation pay, Mexico's
 * quincenas, aguinaldo and PTU), job changes and losses, second jobs, freelance income, app work paid weekly,
 * pensions, government transfers, or only family help. What a person is ({@link IncomeKind}) and their career are drawn once from the seed; each month's
 * credits are then a pure function of (seed, month), so statements never depend on the window asked for, and each
 * concern draws from its own stream ({@link Draws}) so adding a draw never shifts the others.
 */
final class Incomes {

	/** Something that pays the person: a career, a pension, a programme, irregular work. */
	interface Source {

		/** Adds the credits dated in month {@code month} (a month index). */
		void credits(int month, List<Credit> out);

		/** Adds the income streams that started on or before {@code until}. */
		void streams(LocalDate until, List<IncomeStream> out);

		/** Expected regular net income per month at that date. */
		long regularMonthlyCents(LocalDate date);

	}

	private static final Comparator<Credit> ORDER = Comparator.comparing(Credit::date)
		.thenComparing(Credit::localTime);

	private static final LocalTime[] MINUTES = new LocalTime[24 * 60];

	static {
		for (int i = 0; i < MINUTES.length; i++) {
			MINUTES[i] = LocalTime.of(i / 60, i % 60);
		}
	}

	/** How many years before the statements begin the modelled history starts (people are mid-career). */
	static final int YEARS_BEFORE = 5;

	private final IncomeKind kind;

	private final Jobs jobs;

	private final List<Source> sources;

	private Incomes(IncomeKind kind, Jobs jobs, List<Source> sources) {
		this.kind = kind;
		this.jobs = jobs;
		this.sources = sources;
	}

	static Incomes of(Country country, long seed, LocalDate birthDate, LocalDate since) {
		int age = birthDate.until(since).getYears();
		IncomeKind kind = kind(Draws.stream(seed, "kind"), birthDate, age);
		SplittableRandom extras = Draws.stream(seed, "extras");
		// drawn apart so that the older draws above stay as they were
		SplittableRandom platform = Draws.stream(seed, "moonlighting");
		int timelineStart = index(since) - 12 * YEARS_BEFORE;
		int horizon = index(since) + 12 * 15;
		int adult = index(birthDate.plusYears(18));
		List<Source> sources = new ArrayList<>(3);
		Jobs jobs = null;
		switch (kind) {
			case EMPLOYEE -> {
				List<Careers.Spell> spells = new ArrayList<>(
						Careers.career(country, seed, adult, timelineStart, horizon));
				double second = extras.nextDouble();
				if (second < 0.04 || Draws.chance(platform, country == Country.BR ? 0.011 : 0.075)) {
					spells.addAll(Careers.partTimeJobs(country, seed, adult, timelineStart, horizon,
							spells.getFirst().employer()));
				}
				jobs = new Jobs(country, seed, spells);
				sources.add(jobs);
				if (second >= 0.04 && second < 0.08) {
					sources.add(Gigs.sideGig(country, seed, timelineStart));
				}
				else if (Draws.chance(platform, 0.025)) {
					sources.add(Platforms.sideDriver(country, seed, timelineStart));
				}
			}
			case SELF_EMPLOYED -> sources.add(Draws.chance(platform, country == Country.BR ? 0.15 : 0.12)
					? Platforms.driver(country, seed, timelineStart) : Gigs.freelance(country, seed, timelineStart));
			case RETIRED -> sources.add(Benefits.pension(country, seed, birthDate, since));
			case BENEFICIARY -> {
				sources.add(Benefits.programme(country, seed, birthDate, since));
				if (extras.nextDouble() < 0.45) {
					sources.add(Gigs.informal(country, seed, timelineStart));
				}
			}
			case NONE -> sources.add(Gigs.family(country, seed, timelineStart));
		}
		if (country == Country.MX && kind != IncomeKind.NONE && kind != IncomeKind.BENEFICIARY
				&& Draws.chance(Draws.stream(seed, "bienestar"), 0.85)) {
			// the Pensión para el Bienestar is universal from 65; beneficiaries already draw it as their programme
			sources.add(Benefits.elderlyBienestar(seed, birthDate));
		}
		return new Incomes(kind, jobs, List.copyOf(sources));
	}

	/**
	 * Shares: employees 60%, self-employed 17%, retired 10%, beneficiaries 7%, none 6%. Retirement depends on age
	 * (about 10% overall for an adult population): most people born before 1962, few young ones (disability).
	 */
	private static IncomeKind kind(SplittableRandom random, LocalDate birthDate, int age) {
		double retired = birthDate.getYear() < 1962 || age >= 62 ? 0.7 : age >= 55 ? 0.35 : age >= 40 ? 0.1
				: age >= 20 ? 0.025 : 0;
		double u = random.nextDouble();
		if (u < retired) {
			return IncomeKind.RETIRED;
		}
		double rest = (u - retired) / (1 - retired) * 90;
		return rest < 60 ? IncomeKind.EMPLOYEE : rest < 77 ? IncomeKind.SELF_EMPLOYED
				: rest < 84 ? IncomeKind.BENEFICIARY : IncomeKind.NONE;
	}

	IncomeKind kind() {
		return this.kind;
	}

	/** All credits dated in that month, sorted by date then time. */
	List<Credit> credits(YearMonth month) {
		List<Credit> credits = new ArrayList<>(8);
		int index = index(month);
		for (Source source : this.sources) {
			source.credits(index, credits);
		}
		credits.sort(ORDER);
		return credits;
	}

	/**
	 * The streams that started on or before {@code until}; those that end after it show no end date. Family
	 * transfers are not income and have no stream.
	 */
	List<IncomeStream> streams(LocalDate until) {
		List<IncomeStream> streams = new ArrayList<>();
		for (Source source : this.sources) {
			source.streams(until, streams);
		}
		return streams;
	}

	/** Expected regular net income per month at that date (0 when jobless), for the spender's budget. */
	long regularMonthlyCents(LocalDate date) {
		long total = 0;
		for (Source source : this.sources) {
			total += source.regularMonthlyCents(date);
		}
		return total;
	}

	/** The employee's jobs, null for other kinds. */
	Jobs jobs() {
		return this.jobs;
	}

	/** The main job's gross monthly salary at that date, 0 without one (for the population report). */
	long grossMonthlyCents(LocalDate date) {
		return this.jobs == null ? 0 : this.jobs.grossMonthlyCents(date);
	}

	/** Official gross monthly income of formal employees, percentiles {@link Careers#PERCENTILE_RANKS}, cents. */
	static long[] officialGrossPercentiles(Country country) {
		return Careers.officialGrossPercentiles(country);
	}

	// shared helpers of the income model

	static int index(YearMonth month) {
		return month.getYear() * 12 + month.getMonthValue() - 1;
	}

	static int index(LocalDate date) {
		return date.getYear() * 12 + date.getMonthValue() - 1;
	}

	static YearMonth month(int index) {
		return YearMonth.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
	}

	/** A uniform double in [0, 1) from a hash. */
	static double unit(long hash) {
		return (hash >>> 11) * 0x1.0p-53;
	}

	/** A payroll or benefit time: early morning, 00:30 to 07:00. */
	static LocalTime payrollTime(long hash) {
		return MINUTES[30 + (int) Math.floorMod(hash, 390L)];
	}

	/** A transfer time during the day, 08:00 to 21:59. */
	static LocalTime dayTime(long hash) {
		return MINUTES[8 * 60 + (int) Math.floorMod(hash, 14 * 60L)];
	}

	/** Business hours, 09:00 to 16:59 (TED and company transfers). */
	static LocalTime officeTime(long hash) {
		return MINUTES[9 * 60 + (int) Math.floorMod(hash, 8 * 60L)];
	}

	/** Upper-case ASCII as statements print names. */
	static String ascii(String text) {
		return Documents.plain(text).replace('Ñ', 'N');
	}

	/** A statement text, cut to 60 characters. */
	static String text(String prefix, String name) {
		String text = prefix + name;
		return text.length() <= 60 ? text : text.substring(0, 60).stripTrailing();
	}

	/**
	 * First and last credit of a stream over a range of months, for {@link Source#streams}; amounts only count
	 * credits up to the date the streams are asked for.
	 */
	static final class Seen {

		LocalDate first;

		LocalDate last;

		long lastCents;

		/** The total of the credits of the last year with any (yearly bonuses come in instalments). */
		int lastYear;

		long lastYearCents;

	}

	/** Credits of months {@code from..to} of a source, by stream id in order of first appearance. */
	static Map<String, Seen> scan(Source source, int from, int to, LocalDate until) {
		Map<String, Seen> seen = new LinkedHashMap<>();
		List<Credit> credits = new ArrayList<>();
		for (int month = from; month <= to; month++) {
			credits.clear();
			source.credits(month, credits);
			credits.sort(ORDER);
			for (Credit credit : credits) {
				Seen s = seen.computeIfAbsent(credit.stream(), k -> new Seen());
				if (s.first == null) {
					s.first = credit.date();
				}
				s.last = credit.date();
				if (credit.date().isAfter(until)) {
					continue;
				}
				s.lastCents = credit.cents();
				if (credit.date().getYear() != s.lastYear) {
					s.lastYear = credit.date().getYear();
					s.lastYearCents = 0;
				}
				s.lastYearCents += credit.cents();
			}
		}
		return seen;
	}

	/**
	 * A stream as of {@code until}, or null when it starts later. Scans must reach past {@code until} so that an
	 * ongoing stream's later credit hides its end date.
	 */
	static IncomeStream stream(String id, Seen seen, LocalDate until, String type, String frequency, String payer,
			long amountCents, PlantedKind kind) {
		if (seen == null || seen.first.isAfter(until)) {
			return null;
		}
		return new IncomeStream(id, type, frequency, payer, amountCents, seen.first,
				seen.last.isAfter(until) ? null : seen.last, kind);
	}

}
