package io.ponte.connectors.sandbox;

import static io.ponte.connectors.sandbox.Population.TABLE_DATE;
import static io.ponte.connectors.sandbox.Population.BUSINESS_DAY_ONLY;
import static io.ponte.connectors.sandbox.Population.BUSINESS_DAY_INCOME;

import io.ponte.connectors.sandbox.Borrowing.Payer;
import io.ponte.connectors.sandbox.Household.Obligation;
import io.ponte.connectors.sandbox.Ledger.Entry;
import io.ponte.connectors.sandbox.Persona.AccountKind;
import io.ponte.connectors.sandbox.Population.DayCounts;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one generated user contributes to a {@link Population}: scalars and small maps measured over "the year"
 * (the 365 whole local days before the instant's day), never the user's transactions.
 */
record UserFigures(IncomeKind kind, long grossAtTable, long grossNowDeflated, boolean partTimeFloor,
		long netRegular, int ongoingStreams, boolean employeeDismissed, String accountSet, boolean overdrawn,
		boolean card, Payer payer, boolean revolving, boolean paidMinimum, boolean lateOrMissed, boolean loan,
		boolean loanArrears, boolean loanBehind, int rejectedDebits, int missedDebits, int transactions,
		int merchants, long[] weekdaySpend, long[] monthSpend, Map<String, DayCounts> operations,
		Map<String, DayCounts> incomes, List<String> offBusinessDay, Map<String, Integer> offBusinessDayKinds,
		Map<String, Integer> categories,
		long incomeCents, long spendCents, int supermarkets, double favouriteShare) {

	/** The figures of one user. */
	static UserFigures measure(Statement statement) {
		Persona p = statement.persona;
		Ledger ledger = statement.ledger;
		Country country = p.country;
		BusinessCalendar calendar = BusinessCalendar.of(country);
		LocalDate today = statement.today;
		LocalDate to = today.minusDays(1);
		LocalDate from = to.minusDays(364);

		// incomes
		IncomeKind kind = p.incomes.kind();
		long grossAtTable = kind == IncomeKind.EMPLOYEE ? p.incomes.grossMonthlyCents(TABLE_DATE) : 0;
		long grossNow = kind == IncomeKind.EMPLOYEE ? p.incomes.grossMonthlyCents(today) : 0;
		long grossNowDeflated = Math.round(grossNow / Careers.wageIndex(country, Incomes.index(today)));
		boolean partTimeFloor = grossAtTable > 0
				&& grossAtTable < Payroll.minimumWageCents(country, TABLE_DATE.getYear());
		int ongoing = 0;
		for (IncomeStream stream : p.incomes.streams(today)) {
			if (stream.endDate() == null && !stream.type().equals("BONUS") && !stream.type().equals("SEVERANCE")) {
				ongoing++;
			}
		}
		boolean dismissed = kind == IncomeKind.EMPLOYEE && dismissedWithin(p, today, 24);

		// credit
		boolean card = p.holds(AccountKind.CARD);
		boolean revolving = false;
		boolean paidMinimum = false;
		boolean lateOrMissed = false;
		for (CardAccount.Bill bill : ledger.card.bills) {
			LocalDate due = bill.cycle().due();
			// a late payer may still pay a bill due in the last two weeks
			if (due.isBefore(from) || due.isAfter(to.minusDays(14)) || bill.totalCents() <= 0) {
				continue;
			}
			long paid = bill.paidCents();
			revolving |= paid < bill.totalCents();
			paidMinimum |= paid > 0 && paid <= bill.minimumCents() && bill.minimumCents() < bill.totalCents();
			lateOrMissed |= paid < bill.minimumCents()
					|| bill.payments().stream().anyMatch(payment -> payment.date().isAfter(due));
		}
		boolean loan = p.borrowing.loan != null;

		long checkingBefore = p.holds(AccountKind.CHECKING) ? ledger.openingBalance(AccountKind.CHECKING) : 0;
		boolean overdrawn = false;
		boolean loanBehind = ledger.loanDue > ledger.loanPaid;
		int rejected = 0;
		int transactions = 0;
		Set<String> merchants = new HashSet<>();
		long[] weekdaySpend = new long[7];
		long[] monthSpend = new long[12];
		Map<String, DayCounts> operations = new HashMap<>();
		Map<String, DayCounts> incomes = new HashMap<>();
		List<String> offBusinessDay = new java.util.ArrayList<>(0);
		Map<String, Integer> offBusinessDayKinds = new HashMap<>();
		Map<String, Integer> categories = new HashMap<>();
		long incomeCents = 0;
		long spendCents = 0;
		Map<String, Integer> groceries = new HashMap<>();
		LocalDate loanDay = null;
		int loanPaymentsThatDay = 0;
		for (Entry e : ledger.entries) {
			LocalDate d = e.date();
			Booking b = e.booking();
			if (d.isBefore(from)) {
				if (e.account() == AccountKind.CHECKING) {
					checkingBefore = e.balanceAfter();
				}
				continue;
			}
			if (d.isAfter(to)) {
				break;
			}
			transactions++;
			if (e.account() == AccountKind.CHECKING && e.balanceAfter() < 0) {
				overdrawn = true;
			}
			if (b.merchant() != null) {
				merchants.add(b.merchant());
			}
			if (b.description().contains("RECHAZADA")) {
				rejected++;
			}
			if (e.account() == AccountKind.CHECKING && "loan".equals(b.stream()) && !e.inflow()) {
				loanPaymentsThatDay = d.equals(loanDay) ? loanPaymentsThatDay + 1 : 1;
				loanDay = d;
				loanBehind |= loanPaymentsThatDay >= 2;
			}
			boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
			boolean holiday = !weekend && calendar.isHoliday(d);
			String operation = String.valueOf(b.operationType());
			count(operations, operation, weekend, holiday);
			if (b.category() != null) {
				categories.merge(b.category(), 1, Integer::sum);
			}
			boolean income = e.inflow() && "Income & Payments".equals(b.category());
			if (income) {
				incomeCents += e.cents();
				count(incomes, String.valueOf(b.subcategory()), weekend, holiday);
			}
			if ((weekend || holiday) && (BUSINESS_DAY_ONLY.contains(operation) || directDebitText(e)
					|| income && BUSINESS_DAY_INCOME.contains(b.subcategory()))) {
				String what = operation + (directDebitText(e) ? ", described as a direct debit" : "")
						+ (income ? ", " + b.subcategory() + " credit" : "");
				if (offBusinessDayKinds.merge(what, 1, Integer::sum) == 1 && offBusinessDay.size() < 3) {
					offBusinessDay.add(p.userKey + " " + d + " " + d.getDayOfWeek().toString().substring(0, 3)
							+ (holiday ? " holiday" : "") + " " + operation + " " + b.description());
				}
			}
			if (!e.inflow() && !b.internal() && e.account() != AccountKind.SAVINGS && e.account() != AccountKind.LOAN
					&& !"Transfers".equals(b.category()) && !"Investments & Savings".equals(b.category())) {
				spendCents += e.cents();
			}
			if (purchase(e)) {
				long value = b.installments() > 1 ? e.cents() * b.installments() : e.cents();
				weekdaySpend[d.getDayOfWeek().getValue() - 1] += value;
				monthSpend[d.getMonthValue() - 1] += value;
				if ("Groceries".equals(b.subcategory())) {
					groceries.merge(b.merchant(), 1, Integer::sum);
				}
			}
		}
		if (checkingBefore < 0) {
			overdrawn = true;
		}
		int missed = missedDebits(statement, from, to);
		int visits = groceries.values().stream().mapToInt(Integer::intValue).sum();
		double favourite = visits == 0 ? 0
				: groceries.values().stream().mapToInt(Integer::intValue).max().orElse(0) / (double) visits;
		return new UserFigures(kind, grossAtTable, grossNowDeflated, partTimeFloor, p.incomes.regularMonthlyCents(today),
				ongoing, dismissed, accountSet(p), overdrawn, card, card ? p.borrowing.payer : null, revolving, paidMinimum, lateOrMissed, loan,
				ledger.loanDue > ledger.loanPaid, loanBehind, rejected, missed, transactions, merchants.size(),
				weekdaySpend, monthSpend, operations, incomes, offBusinessDay, offBusinessDayKinds, categories, incomeCents, spendCents,
				groceries.size(), favourite);
	}

	/**
	 * A purchase: a merchant's charge that is not a recurring bill, counted once at its full value (a
	 * parcelado purchase by its first instalment).
	 */
	private static boolean purchase(Entry e) {
		Booking b = e.booking();
		return b.merchant() != null && b.stream() == null && !e.inflow() && b.installment() <= 1;
	}

	/** A debit a statement shows as a direct debit ("DEB AUT", "DOMICILIACION"), whatever its operation type. */
	static boolean directDebitText(Entry e) {
		String text = e.booking().description();
		return !e.inflow() && (text.startsWith("DEB AUT ") || text.startsWith("DOMICILIACION "));
	}

	private static void count(Map<String, DayCounts> counts, String key, boolean weekend, boolean holiday) {
		DayCounts c = counts.computeIfAbsent(key, k -> new DayCounts());
		c.total++;
		if (weekend) {
			c.weekend++;
		}
		if (holiday) {
			c.holiday++;
		}
	}

	private static String accountSet(Persona p) {
		return p.accounts.isEmpty() ? "none"
				: p.accounts.stream().map(Enum::name).map(String::toLowerCase).collect(Collectors.joining(" + "));
	}

	/**
	 * Whether the person was dismissed from a job ending in the last {@code months} months: their career is
	 * redrawn exactly as {@link Incomes#of} draws it (same seed and bounds).
	 */
	private static boolean dismissedWithin(Persona p, LocalDate today, int months) {
		long seed = Draws.mix(p.seed, "income");
		int timelineStart = Incomes.index(p.since) - 12 * Incomes.YEARS_BEFORE;
		int horizon = Incomes.index(p.since) + 12 * 15;
		int adult = Incomes.index(p.birthDate.plusYears(18));
		int now = Incomes.index(today);
		for (Careers.Spell spell : Careers.career(p.country, seed, adult, timelineStart, horizon)) {
			if (spell.dismissed() && spell.end() <= now && spell.end() > now - months) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Direct debits (obligations debited on a business day, rent excepted) that fell due in the year with an
	 * amount but were never charged: the ledger bounced them for lack of funds. Brazil books nothing for a
	 * bounced debit, so it can only be seen this way; Mexico also books a RECHAZADA fee.
	 */
	private static int missedDebits(Statement statement, LocalDate from, LocalDate to) {
		Persona p = statement.persona;
		Ledger ledger = statement.ledger;
		Set<String> charged = new HashSet<>();
		for (Entry e : ledger.entries) {
			if (e.account() == AccountKind.CHECKING && e.booking().stream() != null && !e.date().isBefore(from)
					&& !e.date().isAfter(to)) {
				charged.add(e.booking().stream() + "@" + e.date());
			}
		}
		int missed = 0;
		for (Obligation o : p.household.obligations) {
			if (!o.movesToBusinessDay() || o.type().equals("RENT") || o.account() != AccountKind.CHECKING) {
				continue;
			}
			for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
				if (!o.dueIn(month)) {
					continue;
				}
				LocalDate due = ledger.due(o, month);
				if (due.isBefore(from) || due.isAfter(to) || due.isBefore(ledger.start)
						|| o.priceOn(p.seed, due) <= 0) {
					continue;
				}
				if (!charged.contains(o.id() + "@" + due)) {
					missed++;
				}
			}
		}
		return missed;
	}

}
