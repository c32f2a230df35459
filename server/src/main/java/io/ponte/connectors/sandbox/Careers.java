package io.ponte.connectors.sandbox;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * An employee's working life as a sequence of jobs ({@link Spell}s), drawn once per person: employers, start and end
 * months, dismissals and the gaps after them, job changes with new salaries, yearly raises, pay schedules. Salaries
 * follow each country's official, skewed distribution of formal employees' gross pay, floored at the minimum
 * wage, so that income models and the population report are exercised on realistic pay, not a uniform range.
 * Job events happen at a constant monthly hazard, hence spread over all dates alike.
 */
final class Careers {

	/** The percentiles of {@link #officialGrossPercentiles}. */
	static final int[] PERCENTILE_RANKS = { 10, 25, 50, 75, 90 };

	/**
	 * Brazil, IBGE PNAD Contínua 2024: habitual monthly gross income from the main job of formal private-sector
	 * employees, P10..P90 (BRL cents; P10 is the minimum wage). Approximate.
	 */
	private static final long[] BR_OFFICIAL_2024 = { 1_412_00, 1_650_00, 2_300_00, 3_800_00, 7_000_00 };

	/**
	 * Mexico, INEGI ENOE 2024 and IMSS registered wages: monthly gross income of formal employees, P10..P90 (MXN
	 * cents). Approximate.
	 */
	private static final long[] MX_OFFICIAL_2024 = { 8_400_00, 10_000_00, 13_500_00, 21_000_00, 35_000_00 };

	/** Standard-normal quantiles of the percentile ranks. */
	private static final double[] Z = { -1.2815516, -0.6744898, 0, 0.6744898, 1.2815516 };

	/** The month the official tables describe (mid-2024), as a month index. */
	private static final int TABLE_MONTH = 2024 * 12 + 6;

	/** Monthly hazards: dismissal (about 15% of employees within any two years) and leaving for another job. */
	private static final double DISMISSAL = 0.0068;

	private static final double RESIGNATION = 0.009;

	static final int OPEN = Integer.MAX_VALUE;

	/** How a job pays: Brazil monthly (nth business day of the next month, or a fixed day); Mexico mostly quincena. */
	enum Schedule {

		NTH_BUSINESS_DAY("MONTHLY"), FIXED_DAY("MONTHLY"), FORTNIGHTLY("FORTNIGHTLY"), WEEKLY("WEEKLY");

		final String frequency;

		Schedule(String frequency) {
			this.frequency = frequency;
		}

	}

	/**
	 * One job. Months are indices ({@code year * 12 + month - 1}); {@code end} is the last month worked
	 * ({@link #OPEN} while it lasts) and {@code endDay} the contract's last day in it; {@code nextStart} is when the
	 * next job of the line begins. {@code grossSteps[k]} is the gross after k raises, each in {@code raiseMonth}
	 * (1-12). {@code advanceDay} is 0 without a salary advance; {@code vacationMonth} (1-12) is Brazil's yearly
	 * vacation; {@code bonusDays} is Mexico's aguinaldo; {@code variable} the spread of overtime and commissions.
	 */
	record Spell(int number, Employers.Employer employer, int start, int end, int endDay, boolean dismissed,
			int nextStart, boolean partTime, Schedule schedule, int payDay, int advanceDay, int raiseMonth,
			int vacationMonth, boolean soldVacationDays, int bonusDays, int thirteenthDay, int secondThirteenthDay,
			boolean withdrawsFgts, double variable, long seed, long[] grossSteps) {

		boolean active(int month) {
			return month >= this.start && month <= this.end;
		}

		/** The gross monthly salary in a month: the raised salary, never below the (part-time) minimum wage. */
		long grossCents(Country country, int month) {
			int firstRaise = this.start + Math.floorMod(this.raiseMonth - 1 - this.start % 12, 12);
			if (firstRaise == this.start) {
				firstRaise += 12;
			}
			int raises = month < firstRaise ? 0 : (month - firstRaise) / 12 + 1;
			long gross = this.grossSteps[Math.min(raises, this.grossSteps.length - 1)];
			long floor = Payroll.minimumWageCents(country, month / 12);
			return Math.max(gross, this.partTime ? floor / 2 : floor);
		}

		/** Whether the month is a Brazilian vacation month (after a year in the job, not the last month). */
		boolean vacation(int month) {
			return this.vacationMonth > 0 && month % 12 + 1 == this.vacationMonth && month >= this.start + 12
					&& month < this.end;
		}

		int tenureMonths() {
			return this.end - this.start + 1;
		}

		/**
		 * What its salary stream stands for as of {@code until}: a second job; a job begun or ended in the year
		 * before (its stream covers part of the year only); else its schedule.
		 */
		PlantedKind kind(LocalDate until) {
			int now = Incomes.index(until);
			if (this.partTime) {
				return PlantedKind.SECOND_JOB;
			}
			if (this.start > now - 12 || this.end != OPEN && this.end > now - 12 && this.end <= now) {
				return PlantedKind.JOB_CHANGE;
			}
			return switch (this.schedule) {
				case WEEKLY -> PlantedKind.SALARY_WEEKLY;
				case FORTNIGHTLY -> PlantedKind.SALARY_BIWEEKLY;
				default -> this.advanceDay > 0 ? PlantedKind.SALARY_MONTHLY_WITH_ADVANCE : PlantedKind.SALARY_MONTHLY;
			};
		}

	}

	private Careers() {
	}

	static long[] officialGrossPercentiles(Country country) {
		return (country == Country.BR ? BR_OFFICIAL_2024 : MX_OFFICIAL_2024).clone();
	}

	/**
	 * The gross monthly salary at standard-normal rank {@code z}, in mid-2024 money: log-linear between the official
	 * percentiles (a log-normal whose spread differs by segment), extended beyond P10 and P90 with the edge slopes.
	 */
	static double quantileCents(Country country, double z) {
		long[] table = country == Country.BR ? BR_OFFICIAL_2024 : MX_OFFICIAL_2024;
		int segment = z < Z[1] ? 0 : z < Z[2] ? 1 : z < Z[3] ? 2 : 3;
		double low = Math.log(table[segment]);
		double slope = (Math.log(table[segment + 1]) - low) / (Z[segment + 1] - Z[segment]);
		return Math.exp(low + slope * (z - Z[segment]));
	}

	/** Nominal wage growth that carries the 2024 table to other months (Mexico's wages grow faster). */
	static double wageIndex(Country country, int month) {
		return Math.pow(country == Country.BR ? 1.055 : 1.07, (month - TABLE_MONTH) / 12.0);
	}

	/**
	 * The main line of jobs from before {@code timelineStart} to past {@code horizon}: the first job began some
	 * years earlier (never before 18), each later one follows a job change or a gap after a dismissal.
	 */
	static List<Spell> career(Country country, long seed, int adultMonth, int timelineStart, int horizon) {
		SplittableRandom random = Draws.stream(seed, "career");
		List<Spell> spells = new ArrayList<>();
		double rank = Draws.gaussian(random);
		int tenure = (int) (-Math.log(1 - random.nextDouble()) * 48);
		int start = Math.max(adultMonth, timelineStart - tenure);
		int from = Math.max(start, timelineStart);
		Employers.Employer previous = null;
		while (start <= horizon) {
			int end = Math.max(start, from + geometric(random, DISMISSAL + RESIGNATION) - 1);
			boolean dismissed = random.nextDouble() < DISMISSAL / (DISMISSAL + RESIGNATION);
			double u = random.nextDouble();
			int gap = dismissed ? 1 + (int) (9 * u * u) : u < 0.15 ? 1 + random.nextInt(2) : 0;
			boolean last = end >= horizon;
			Spell spell = spell(country, Draws.mix(seed, "spell", spells.size()), spells.size() + 1, rank, start,
					last ? OPEN : end, dismissed && !last, last ? OPEN : end + 1 + gap, false, previous);
			spells.add(spell);
			previous = spell.employer();
			start = end + 1 + gap;
			from = start;
			rank = 0.8 * rank + 0.6 * Draws.gaussian(random);
		}
		return spells;
	}

	/**
	 * Part-time second jobs, on and off over the years (spells of about three years, gaps of about two), for the
	 * employees who take them: about 5% in Brazil and 11% in Mexico, so that about 3% and 6.5% hold one at any
	 * time, near the shares with a secondary job in IBGE's PNAD and INEGI's ENOE. Numbered 99, 98... apart from
	 * the main line.
	 */
	static List<Spell> partTimeJobs(Country country, long seed, int adultMonth, int timelineStart, int horizon,
			Employers.Employer main) {
		SplittableRandom random = Draws.stream(seed, "second job");
		List<Spell> spells = new ArrayList<>();
		int start = Math.max(adultMonth, timelineStart + 12 + random.nextInt(72));
		for (int number = 99; start < horizon && number > 90; number--) {
			int end = start + 6 + geometric(random, 1 / 30.0);
			boolean open = end >= horizon;
			spells.add(spell(country, Draws.mix(seed, "spell", number), number, Draws.gaussian(random) - 0.3, start,
					open ? OPEN : end, false, open ? OPEN : end + 1, true, main));
			start = end + 1 + geometric(random, 1 / 24.0);
		}
		return spells;
	}

	private static Spell spell(Country country, long seed, int number, double rank, int start, int end,
			boolean dismissed, int nextStart, boolean partTime, Employers.Employer previous) {
		SplittableRandom random = new SplittableRandom(seed);
		Employers.Employer employer = Employers.pick(country, random, previous);
		boolean br = country == Country.BR;
		Schedule schedule;
		int payDay;
		int advanceDay = 0;
		if (br) {
			if (random.nextDouble() < 0.72) {
				schedule = Schedule.NTH_BUSINESS_DAY;
				payDay = random.nextDouble() < 0.6 ? 5 : 1 + random.nextInt(4);
			}
			else {
				schedule = Schedule.FIXED_DAY;
				payDay = Draws.pick(random, List.of(25, 28, 30, 30));
			}
			if (random.nextDouble() < 0.4) {
				advanceDay = schedule == Schedule.FIXED_DAY ? 10 + random.nextInt(6) : 15 + random.nextInt(6);
			}
		}
		else {
			// weekly pay is blue-collar: far more common in the lower ranks
			double weekly = rank < -0.3 ? 0.3 : 0.03;
			double u = random.nextDouble();
			schedule = u < weekly ? Schedule.WEEKLY : u < weekly + 0.1 ? Schedule.FIXED_DAY : Schedule.FORTNIGHTLY;
			payDay = 30;
		}
		double offer = quantileCents(country, rank) * wageIndex(country, start) * (partTime ? 0.5 : 1);
		long unit = br ? 10_00 : 100_00;
		long gross = Math.max(unit, Math.round(offer / unit) * unit);
		int raiseMonth = br ? employer.dataBaseMonth() : 1;
		int horizonSteps = Math.max(1, (Math.min(end, start + 12 * 30) - start) / 12 + 2);
		long[] steps = new long[Math.min(horizonSteps, 40)];
		steps[0] = gross;
		int firstRaiseYear = start / 12 + (start % 12 + 1 >= raiseMonth ? 1 : 0);
		for (int k = 1; k < steps.length; k++) {
			double raise = employer.inflationRaise(firstRaiseYear + k - 1);
			if (random.nextDouble() < 0.2) {
				raise += 0.02 + random.nextDouble() * 0.08;
			}
			steps[k] = Math.round(steps[k - 1] * (1 + raise));
		}
		int vacationMonth = br ? Draws.pick(random, List.of(1, 1, 1, 7, 7, 12, 12, 2, 3, 4, 5, 6, 8, 9, 10, 11)) : 0;
		int bonusDays = br ? 0 : Draws.pick(random, List.of(15, 15, 15, 15, 15, 15, 20, 30, 30, 40));
		double variable = random.nextDouble() < 0.3 ? 0.03 + random.nextDouble() * 0.12 : 0;
		int endDay = 1 + random.nextInt(28);
		return new Spell(number, employer, start, end, endDay, dismissed, nextStart, partTime, schedule, payDay,
				advanceDay, raiseMonth, vacationMonth, random.nextDouble() < 0.6, bonusDays, 20 + random.nextInt(11),
				15 + random.nextInt(6), random.nextDouble() < 0.8, variable, seed, steps);
	}

	/** A geometric number of months (at least 1) with the given monthly hazard. */
	private static int geometric(SplittableRandom random, double hazard) {
		double months = 1 + Math.floor(Math.log(1 - random.nextDouble()) / Math.log(1 - hazard));
		return (int) Math.min(months, 12 * 60);
	}

}
