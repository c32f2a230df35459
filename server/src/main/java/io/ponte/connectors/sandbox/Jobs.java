package io.ponte.connectors.sandbox;

import io.ponte.connectors.sandbox.Careers.Schedule;
import io.ponte.connectors.sandbox.Careers.Spell;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

/**
 * The credits an employee's jobs produce, month by month, as each country's payroll practice and labour law make
 * them: Brazil's monthly salary by the 5th business day (or a fixed day) with the optional advance, the 13th in
 * two instalments, vacation pay, rescission, FGTS withdrawal and unemployment insurance; Mexico's quincenas or
 * weekly pay, aguinaldo, PTU and finiquito. Every amount is computed from the spell and the month alone.
 */
final class Jobs implements Incomes.Source {

	private static final Payer CAIXA = new Payer("CAIXA ECONOMICA FEDERAL", "00360305000104", true, "104");

	private static final String FGTS_TEXT = "TED RECEBIDA CAIXA ECONOMICA FEDERAL FGTS";

	private static final String UNEMPLOYMENT_TEXT = "SEGURO DESEMPREGO CAIXA";

	private static final String[] SUFFIXES = { "-salary", "-13th", "-vacation", "-severance", "-fgts",
			"-unemployment", "-aguinaldo", "-ptu" };

	private static final int SALARY = 0, THIRTEENTH = 1, VACATION = 2, SEVERANCE = 3, FGTS = 4, UNEMPLOYMENT = 5,
			AGUINALDO = 6, PTU = 7;

	/** The kind of each yearly stream, by its index above. */
	private static final PlantedKind[] BONUS_KINDS = { null, PlantedKind.THIRTEENTH, PlantedKind.VACATION_PAY, null,
			null, null, PlantedKind.AGUINALDO, PlantedKind.PTU };

	private final Country country;

	private final BusinessCalendar calendar;

	private final List<Spell> spells;

	/** Stream ids per spell, made once. */
	private final String[][] ids;

	Jobs(Country country, long seed, List<Spell> spells) {
		this.country = country;
		this.calendar = BusinessCalendar.of(country);
		this.spells = List.copyOf(spells);
		this.ids = new String[spells.size()][];
		for (int i = 0; i < spells.size(); i++) {
			this.ids[i] = new String[SUFFIXES.length];
			for (int k = 0; k < SUFFIXES.length; k++) {
				this.ids[i][k] = "job" + spells.get(i).number() + SUFFIXES[k];
			}
		}
	}

	List<Spell> spells() {
		return this.spells;
	}

	@Override
	public void credits(int month, List<Credit> out) {
		for (int i = 0; i < this.spells.size(); i++) {
			Spell spell = this.spells.get(i);
			if (month >= spell.start() - 1 && (spell.end() == Careers.OPEN || month <= spell.end() + 9)) {
				if (this.country == Country.BR) {
					brazil(spell, this.ids[i], month, out);
				}
				else {
					mexico(spell, this.ids[i], month, out);
				}
			}
		}
	}

	private void brazil(Spell s, String[] id, int m, List<Credit> out) {
		Employers.Employer employer = s.employer();
		int worked = s.schedule() == Schedule.NTH_BUSINESS_DAY ? m - 1 : m;
		if (s.active(worked) && worked != s.end()) {
			LocalDate date = s.schedule() == Schedule.NTH_BUSINESS_DAY
					? this.calendar.nthBusinessDay(Incomes.month(m), s.payDay()) : payDay(m, s.payDay());
			long gross = s.grossCents(this.country, worked);
			long pay = s.vacation(worked) ? net(gross / 3, worked)
					: net(withVariable(s, gross, worked, worked), worked) - advance(s, gross, worked);
			out.add(payroll(s, id[SALARY], date, m * 64L, pay, employer.salaryText()));
		}
		if (s.advanceDay() > 0 && s.active(m) && m != s.end() && !s.vacation(m)) {
			LocalDate date = this.calendar.onOrBefore(Incomes.month(m).atDay(s.advanceDay()));
			long advance = advance(s, s.grossCents(this.country, m), m);
			out.add(payroll(s, id[SALARY], date, m * 64L + 1, advance, employer.advanceText()));
		}
		if (s.vacation(m + 1)) {
			// 20 days' pay plus the constitutional third, paid two days ahead; sold days come untaxed on top
			long gross = s.grossCents(this.country, m + 1);
			long taxable = Math.round(gross * 20 / 30.0 * 4 / 3);
			long sold = s.soldVacationDays() ? Math.round(gross * 10 / 30.0 * 4 / 3) : 0;
			LocalDate date = this.calendar.onOrBefore(Incomes.month(m + 1).atDay(1).minusDays(2));
			out.add(payroll(s, id[VACATION], date, m * 64L + 2, Payroll.vacationNetCents(taxable, sold, m / 12),
					employer.vacationText()));
		}
		int monthOfYear = m % 12;
		if ((monthOfYear == 10 || monthOfYear == 11) && s.active(m) && s.end() > m) {
			int year = m / 12;
			long first = firstThirteenth(s, year);
			if (monthOfYear == 10) {
				out.add(payroll(s, id[THIRTEENTH], payDay(m, s.thirteenthDay()), m * 64L + 3, first,
						employer.thirteenthText()));
			}
			else {
				long total = s.grossCents(this.country, m) * monthsInYear(s, year) / 12;
				out.add(payroll(s, id[THIRTEENTH], payDay(m, s.secondThirteenthDay()), m * 64L + 4,
						Payroll.thirteenthSecondCents(total, first, year), employer.thirteenthText()));
			}
		}
		if (s.end() != Careers.OPEN && m >= s.end() && m <= s.end() + 9) {
			brazilianExit(s, id, m, out);
		}
	}

	/** Rescission within days of the contract's end; after a dismissal, FGTS and unemployment insurance. */
	private void brazilianExit(Spell s, String[] id, int m, List<Credit> out) {
		LocalDate end = lastDay(s);
		LocalDate paid = this.calendar.onOrAfter(end.plusDays(1 + Math.floorMod(s.seed(), 7)));
		long gross = s.grossCents(this.country, s.end());
		int year = s.end() / 12;
		if (Incomes.index(paid) == m) {
			long balance = net(gross * end.getDayOfMonth() / 30, s.end());
			int months = s.end() % 12 + 1 - (s.start() > year * 12 ? s.start() % 12 : 0);
			long thirteenth = Math.max(0, Payroll.thirteenthSecondCents(gross * months / 12,
					s.end() % 12 == 11 ? firstThirteenth(s, year) : 0, year));
			long vacation = Math.round(gross * (s.tenureMonths() % 12) / 12.0 * 4 / 3);
			long notice = s.dismissed() ? gross * Math.min(90, 30 + 3 * (s.tenureMonths() / 12)) / 30 : 0;
			out.add(new Credit(id[SEVERANCE], paid, Incomes.officeTime(s.seed() + m), balance + thirteenth + vacation
					+ notice, s.dismissed() ? s.employer().dismissalText() : s.employer().severanceText(),
					s.employer().payer(), "FOLHA_PAGAMENTO", "Salary"));
		}
		if (!s.dismissed()) {
			return;
		}
		if (s.withdrawsFgts()) {
			LocalDate date = this.calendar.onOrAfter(paid.plusDays(5 + Math.floorMod(s.seed() >>> 8, 10)));
			if (Incomes.index(date) == m) {
				double years = s.tenureMonths() / 12.0;
				long fgts = Math.round(gross * 0.08 * s.tenureMonths() * (1 + 0.015 * years) * 1.4);
				out.add(new Credit(id[FGTS], date, Incomes.officeTime(s.seed() ^ m), fgts, FGTS_TEXT, CAIXA, "TED",
						"Salary"));
			}
		}
		if (s.tenureMonths() >= 12 && !s.partTime()) {
			int instalments = s.tenureMonths() >= 24 ? 5 : 4;
			LocalDate request = end.plusDays(7 + Math.floorMod(s.seed() >>> 16, 20));
			LocalDate next = s.nextStart() == Careers.OPEN ? LocalDate.MAX : Incomes.month(s.nextStart()).atDay(1);
			for (int k = 0; k < instalments; k++) {
				LocalDate date = this.calendar.onOrAfter(request.plusDays(30L * (k + 1)));
				if (!date.isBefore(next)) {
					break;
				}
				if (Incomes.index(date) == m) {
					out.add(new Credit(id[UNEMPLOYMENT], date, Incomes.payrollTime(s.seed() + k), unemployment(gross,
							year), UNEMPLOYMENT_TEXT, CAIXA, "OUTROS", "Government"));
				}
			}
		}
	}

	/** Seguro-desemprego: the 2025 table on the last wage, indexed to the minimum wage, never below it. */
	private static long unemployment(long gross, int year) {
		long minimum = Payroll.minimumWageCents(Country.BR, year);
		double scale = minimum / 1_518_00.0;
		double amount = gross <= 2_138_76 * scale ? gross * 0.8
				: gross <= 3_564_96 * scale ? 1_711_01 * scale + 0.5 * (gross - 2_138_76 * scale) : 2_424_11 * scale;
		return Math.max(minimum, Math.round(amount));
	}

	private void mexico(Spell s, String[] id, int m, List<Credit> out) {
		Employers.Employer employer = s.employer();
		YearMonth month = Incomes.month(m);
		if (s.schedule() == Schedule.WEEKLY) {
			LocalDate friday = month.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
			LocalDate stop = month.atEndOfMonth().plusDays(5);
			for (; !friday.isAfter(stop); friday = friday.plusDays(7)) {
				int worked = Incomes.index(friday);
				LocalDate date = this.calendar.onOrBefore(friday);
				if (s.active(worked) && !(worked == s.end() && friday.getDayOfMonth() > s.endDay())
						&& Incomes.index(date) == m) {
					long gross = withVariable(s, s.grossCents(this.country, worked), friday.toEpochDay(), worked);
					long net = net(gross, worked);
					out.add(payroll(s, id[SALARY], date, friday.toEpochDay() * 64L + 10, Math.round(net * 7 / 30.4),
							employer.salaryText()));
				}
			}
		}
		if (s.active(m)) {
			long gross = s.grossCents(this.country, m);
			if (s.schedule() == Schedule.FORTNIGHTLY) {
				for (int half = 0; half < 2; half++) {
					int day = half == 0 ? 15 : month.lengthOfMonth();
					if (m != s.end() || day <= s.endDay()) {
						long net = net(withVariable(s, gross, m * 2L + half, m), m);
						out.add(payroll(s, id[SALARY], payDay(m, day), m * 64L + half, (net + 1) / 2,
								employer.salaryText()));
					}
				}
			}
			else if (s.schedule() == Schedule.FIXED_DAY && m != s.end()) {
				out.add(payroll(s, id[SALARY], payDay(m, 31), m * 64L, net(withVariable(s, gross, m, m), m),
						employer.salaryText()));
			}
			int year = m / 12;
			long dailyUma = Payroll.umaMonthlyCents(year) * 10 / 304;
			if (m % 12 == 11 && s.end() > m) {
				long aguinaldo = gross * s.bonusDays() / 30 * monthsInYear(s, year) / 12;
				out.add(payroll(s, id[AGUINALDO], payDay(m, 10 + Math.floorMod(s.seed(), 11)), m * 64L + 2,
						Payroll.mexicanBonusNetCents(aguinaldo, 30 * dailyUma, gross, year),
						employer.aguinaldoText()));
			}
			if (m % 12 == 4 && !s.partTime() && s.start() <= (year - 1) * 12 + 9 && employer.paysPtu(year)) {
				double share = 0.15 + 0.85 * Incomes.unit(Draws.mix(s.seed(), "ptu", year));
				long ptu = Math.round(gross * share);
				out.add(payroll(s, id[PTU], payDay(m, employer.ptuDay()), m * 64L + 3,
						Payroll.mexicanBonusNetCents(ptu, 15 * dailyUma, gross, year), employer.ptuText()));
			}
		}
		if (s.end() != Careers.OPEN && (m == s.end() || m == s.end() + 1)) {
			LocalDate end = lastDay(s);
			LocalDate paid = this.calendar.onOrAfter(end.plusDays(1 + Math.floorMod(s.seed(), 7)));
			if (Incomes.index(paid) == m) {
				out.add(new Credit(id[SEVERANCE], paid, Incomes.officeTime(s.seed() + m), finiquito(s, end),
						s.dismissed() ? employer.dismissalText() : employer.severanceText(), employer.payer(), "SPEI",
						"Salary"));
			}
		}
	}

	/**
	 * Mexico's finiquito: proportional aguinaldo and vacation with its 25% premium; a dismissal adds three months,
	 * 20 days a year and the seniority premium (indemnities exempt up to 90 UMAs a year, the rest taxed roughly).
	 */
	private long finiquito(Spell s, LocalDate end) {
		int year = s.end() / 12;
		long gross = s.grossCents(this.country, s.end());
		long daily = gross / 30;
		int years = s.tenureMonths() / 12;
		int vacationDays = years < 5 ? 12 + 2 * years : 20 + 2 * ((years - 5) / 5);
		long salaryPart = daily * end.getDayOfMonth() + daily * s.bonusDays() * monthsInYear(s, year) / 12
				+ Math.round(daily * vacationDays * (s.tenureMonths() % 12) / 12.0 * 1.25);
		long dailyUma = Payroll.umaMonthlyCents(year) * 10 / 304;
		long net = Payroll.mexicanBonusNetCents(salaryPart, 30 * dailyUma, gross, year);
		if (s.dismissed()) {
			long minimumDaily = Payroll.minimumWageCents(this.country, year) * 10 / 304;
			long indemnity = daily * (90 + 20L * years) + Math.min(daily, 2 * minimumDaily) * 12 * years;
			long exempt = 90 * dailyUma * Math.max(1, years);
			net += indemnity - Math.round(0.25 * Math.max(0, indemnity - exempt));
		}
		return net;
	}

	@Override
	public void streams(LocalDate until, List<IncomeStream> out) {
		int last = Incomes.index(until) + 13;
		for (int i = 0; i < this.spells.size(); i++) {
			Spell s = this.spells.get(i);
			if (s.start() > last) {
				continue;
			}
			int to = s.end() == Careers.OPEN ? last : Math.min(last, s.end() + 9);
			Jobs one = new Jobs(this.country, 0, List.of(s));
			Map<String, Incomes.Seen> seen = Incomes.scan(one, s.start() - 1, to, until);
			String employer = s.employer().name();
			String[] id = one.ids[0];
			int at = Math.max(s.start(), Math.min(Incomes.index(until), s.end() == Careers.OPEN ? Integer.MAX_VALUE
					: s.end()));
			add(out, id[SALARY], seen, until, "SALARY", s.schedule().frequency, employer, regularPay(s, at),
					s.kind(until));
			for (int k : new int[] { THIRTEENTH, VACATION, AGUINALDO, PTU }) {
				Incomes.Seen bonus = seen.get(id[k]);
				add(out, id[k], seen, until, "BONUS", "YEARLY", employer, bonus == null ? 0 : bonus.lastYearCents,
						BONUS_KINDS[k]);
			}
			for (int k : new int[] { SEVERANCE, FGTS }) {
				Incomes.Seen once = seen.get(id[k]);
				add(out, id[k], seen, until, "SEVERANCE", "ONE_OFF", k == FGTS ? CAIXA.name() : employer,
						once == null ? 0 : once.lastCents, PlantedKind.SEVERANCE);
			}
			Incomes.Seen insurance = seen.get(id[UNEMPLOYMENT]);
			add(out, id[UNEMPLOYMENT], seen, until, "GOVERNMENT", "MONTHLY", CAIXA.name(),
					insurance == null ? 0 : insurance.lastCents, PlantedKind.UNEMPLOYMENT_INSURANCE);
		}
	}

	private static void add(List<IncomeStream> out, String id, Map<String, Incomes.Seen> seen, LocalDate until,
			String type, String frequency, String payer, long amount, PlantedKind kind) {
		IncomeStream stream = Incomes.stream(id, seen.get(id), until, type, frequency, payer, amount, kind);
		if (stream != null) {
			out.add(stream);
		}
	}

	/** The regular pay per period of the schedule (a month's total in Brazil, advance included). */
	private long regularPay(Spell s, int month) {
		long net = net(s.grossCents(this.country, month), month);
		return switch (s.schedule()) {
			case FORTNIGHTLY -> (net + 1) / 2;
			case WEEKLY -> Math.round(net * 7 / 30.4);
			default -> net;
		};
	}

	@Override
	public long regularMonthlyCents(LocalDate date) {
		int month = Incomes.index(date);
		long total = 0;
		for (Spell s : this.spells) {
			if (s.active(month)) {
				total += net(s.grossCents(this.country, month), month);
			}
		}
		return total;
	}

	/** The main (full-time) job's gross salary at that date, 0 between jobs. */
	long grossMonthlyCents(LocalDate date) {
		int month = Incomes.index(date);
		for (Spell s : this.spells) {
			if (!s.partTime() && s.active(month)) {
				return s.grossCents(this.country, month);
			}
		}
		return 0;
	}

	private long net(long gross, int month) {
		return Payroll.netMonthlyCents(this.country, gross, month / 12);
	}

	/**
	 * The period's gross with overtime, commissions or absences for the 30% whose pay varies, never below the
	 * minimum wage.
	 */
	private long withVariable(Spell s, long gross, long period, int month) {
		if (s.variable() == 0) {
			return gross;
		}
		double u = Incomes.unit(Draws.mix(s.seed(), period));
		long floor = Payroll.minimumWageCents(this.country, month / 12);
		return Math.max(s.partTime() ? floor / 2 : floor, Math.round(gross * (1 + s.variable() * (2 * u - 0.5))));
	}

	/** Brazil's salary advance: 40% of gross, none without one or in a vacation month. */
	private static long advance(Spell s, long gross, int month) {
		return s.advanceDay() == 0 || s.vacation(month) ? 0 : Math.round(gross * 0.4);
	}

	private long firstThirteenth(Spell s, int year) {
		int november = year * 12 + 10;
		if (!s.active(november) || s.end() <= november) {
			return 0;
		}
		return s.grossCents(this.country, november) * monthsInYear(s, year) / 24;
	}

	/** Months of the year worked by December (a 13th or aguinaldo is proportional to them). */
	private static int monthsInYear(Spell s, int year) {
		return s.start() > year * 12 ? 12 - s.start() % 12 : 12;
	}

	private LocalDate lastDay(Spell s) {
		YearMonth month = Incomes.month(s.end());
		return month.atDay(Math.min(s.endDay(), month.lengthOfMonth()));
	}

	/** A day of the month (clamped to its end) moved back to a business day, as salaries move. */
	private LocalDate payDay(int month, int day) {
		YearMonth ym = Incomes.month(month);
		return this.calendar.onOrBefore(ym.atDay(Math.min(day, ym.lengthOfMonth())));
	}

	private Credit payroll(Spell s, String id, LocalDate date, long slot, long cents, String text) {
		return new Credit(id, date, Incomes.payrollTime(Draws.mix(s.seed(), slot)), cents, text,
				s.employer().payer(), this.country == Country.BR ? "FOLHA_PAGAMENTO" : "NOMINA", "Salary");
	}

}
