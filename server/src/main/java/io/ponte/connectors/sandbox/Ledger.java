package io.ponte.connectors.sandbox;

import io.ponte.connectors.sandbox.Household.Obligation;
import io.ponte.connectors.sandbox.Persona.AccountKind;
import io.ponte.connectors.sandbox.Persona.Dataset;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * A person's statements replayed day by day from the first day of their history up to one instant. Each day's
 * events come from the person's models (income, household, habits, credit) and that day's own random stream,
 * and are booked in time order with running balances; nothing after the instant is booked. Because every draw
 * depends only on the person and the day, a later instant continues the same history.
 */
final class Ledger {

	/** A booked transaction; {@code cents} is positive, {@code inflow} says which way it went. */
	record Entry(String id, AccountKind account, LocalDate date, Instant at, long cents, boolean inflow,
			long balanceAfter, Booking booking, CardAccount.Cycle cycle) {
	}

	/** Money put into an investment: {@code investment} is the investment's own suffix. */
	record Application(String id, String investment, LocalDate date, long cents) {
	}

	/** A foreign-exchange purchase for a trip. */
	record ForeignExchange(LocalDate date, String currency, long foreignCents, long rateMicros) {
	}

	/** Something planned for a day, booked once the day's events are put in time order. */
	private record Planned(double hour, AccountKind account, long cents, boolean inflow, Booking booking,
			Runnable after) {
	}

	final Persona persona;

	final Instant asOf;

	/** The last local day replayed (the instant's day). */
	final LocalDate end;

	final LocalDate start;

	final List<Entry> entries = new ArrayList<>();

	final Map<AccountKind, Long> balances = new EnumMap<>(AccountKind.class);

	final List<Application> applications = new ArrayList<>();

	final List<ForeignExchange> exchanges = new ArrayList<>();

	final CardAccount card;

	/** Loan instalments paid, and how many fell due. */
	int loanPaid;

	int loanDue;

	private final BusinessCalendar calendar;

	private final Spending spending;

	private final TreeMap<LocalDate, List<Planned>> later = new TreeMap<>();

	/** Decisions put off to a later day (a bill the person could not pay yet), taken before that day's own. */
	private final TreeMap<LocalDate, List<Runnable>> decisions = new TreeMap<>();

	private final List<Planned> today = new ArrayList<>();

	private LocalDate day;

	private YearMonth month;

	private List<Credit> monthCredits = List.of();

	private int sequence;

	private long projected;


	private Ledger(Persona persona, Instant asOf) {
		this.persona = persona;
		this.asOf = asOf;
		this.end = asOf.atOffset(persona.country.offset).toLocalDate();
		this.start = persona.dataset == Dataset.LOW ? this.end.withDayOfMonth(1).minusMonths(1) : persona.since;
		this.card = new CardAccount(persona);
		this.calendar = BusinessCalendar.of(persona.country);
		this.spending = new Spending(persona, this);
	}

	/** Replays the person's history up to {@code asOf}. */
	static Ledger replay(Persona persona, Instant asOf) {
		Ledger ledger = new Ledger(persona, asOf);
		if (persona.dataset != Dataset.NO_DATA) {
			ledger.run();
		}
		return ledger;
	}

	List<AccountKind> accounts() {
		return List.copyOf(this.persona.accounts);
	}

	long openingBalance(AccountKind account) {
		Persona p = this.persona;
		long income = Math.max(p.incomes.regularMonthlyCents(this.start), p.country.medianSalaryCents / 5);
		SplittableRandom random = Draws.stream(p.seed, "opening");
		return switch (account) {
			case CHECKING -> p.dataset == Dataset.NEGATIVE ? -Persona.roundTo(income * 1.5, 1)
					: Math.round(income * Draws.logNormal(random, 0.5, 0.6));
			case SAVINGS -> Math.round(income * Draws.logNormal(random, 1.2, 0.9));
			case CARD -> 0;
			case LOAN -> p.borrowing.loan == null ? 0 : p.borrowing.loan.outstandingAfter(paidBy(p.borrowing.loan, this.start));
		};
	}

	private static int paidBy(Loan loan, LocalDate date) {
		int paid = 0;
		while (paid < loan.instalments() && loan.due(paid + 1).isBefore(date)) {
			paid++;
		}
		return paid;
	}

	private void run() {
		for (AccountKind account : this.persona.accounts) {
			this.balances.put(account, openingBalance(account));
		}
		Loan loan = this.persona.borrowing.loan;
		if (loan != null) {
			this.loanPaid = paidBy(loan, this.start);
			this.loanDue = this.loanPaid;
		}
		for (LocalDate d = this.start; !d.isAfter(this.end); d = d.plusDays(1)) {
			this.day = d;
			this.sequence = 0;
			this.projected = this.balances.getOrDefault(AccountKind.CHECKING, 0L);
			plan(d);
			this.today.sort(Comparator.comparingDouble(Planned::hour));
			for (Planned planned : this.today) {
				Instant at = at(d, planned.hour());
				if (at.isAfter(this.asOf)) {
					return;
				}
				book(planned.account(), planned.cents(), planned.inflow(), planned.booking(), at);
				if (planned.after() != null) {
					planned.after().run();
				}
			}
			this.today.clear();
			if (this.persona.holds(AccountKind.CARD) && this.card.closesOn(d)) {
				if (at(d, 23.95).isAfter(this.asOf)) {
					return;
				}
				this.spending.repayments.closeCycle(d);
			}
		}
	}

	private void plan(LocalDate d) {
		List<Planned> queued = this.later.remove(d);
		if (queued != null) {
			queued.forEach(q -> plan(q.hour(), q.account(), q.cents(), q.inflow(), q.booking(), q.after()));
		}
		YearMonth month = YearMonth.from(d);
		if (this.persona.dataset != Dataset.LOW || !d.isBefore(this.start)) {
			if (!month.equals(this.month)) {
				this.month = month;
				this.monthCredits = this.persona.incomes.credits(month);
			}
			for (Credit credit : this.monthCredits) {
				if (credit.date().equals(d)) {
					this.spending.income(credit);
				}
			}
		}
		List<Runnable> putOff = this.decisions.remove(d);
		if (putOff != null) {
			putOff.forEach(Runnable::run);
		}
		SplittableRandom random = Draws.stream(this.persona.seed, "day", d);
		for (Obligation obligation : this.persona.household.obligations) {
			if (obligation.dueIn(month) && due(obligation, month).equals(d)) {
				this.spending.obligation(obligation, d, random);
			}
		}
		this.spending.day(d, random);
	}

	/** The day an obligation is charged in a month: card charges on their day, debits on a business day. */
	LocalDate due(Obligation obligation, YearMonth month) {
		LocalDate date = month.atDay(Math.min(obligation.day(), month.lengthOfMonth()));
		return obligation.movesToBusinessDay() ? this.calendar.onOrAfter(date) : date;
	}

	void plan(double hour, AccountKind account, long cents, boolean inflow, Booking booking, Runnable after) {
		if (cents <= 0 || !this.persona.holds(account)) {
			return;
		}
		if (account == AccountKind.CHECKING) {
			this.projected += inflow ? cents : -cents;
		}
		this.today.add(new Planned(Math.min(23.9, hour), account, cents, inflow, booking, after));
	}

	/** Takes a decision on a later day, with that day's balances. */
	void decideOn(LocalDate date, Runnable decision) {
		this.decisions.computeIfAbsent(date, k -> new ArrayList<>()).add(decision);
	}

	/** Books something on a later day (instalments of a parcelado purchase, a late payment). */
	void planOn(LocalDate date, double hour, AccountKind account, long cents, boolean inflow, Booking booking,
			Runnable after) {
		this.later.computeIfAbsent(date, k -> new ArrayList<>())
			.add(new Planned(hour, account, cents, inflow, booking, after));
	}

	/** Checking money available today after what is already planned, overdraft included. */
	long available() {
		return this.projected + this.persona.borrowing.overdraftCents;
	}

	/** What everyday spending may still use today: the balance, plus as much overdraft as the person allows. */
	long spendable() {
		return this.projected + this.persona.borrowing.overdraftAppetiteCents;
	}

	long cardHeadroom() {
		return this.persona.borrowing.cardLimitCents - this.balances.getOrDefault(AccountKind.CARD, 0L);
	}

	BusinessCalendar calendar() {
		return this.calendar;
	}

	Entry book(AccountKind account, long cents, boolean inflow, Booking booking, Instant at) {
		// a liability's balance is what is owed: charges raise it, payments lower it
		boolean liability = account == AccountKind.CARD || account == AccountKind.LOAN;
		long balance = this.balances.get(account) + (inflow != liability ? cents : -cents);
		this.balances.put(account, balance);
		CardAccount.Cycle cycle = account == AccountKind.CARD ? this.card.cycleOf(this.day) : null;
		String id = this.persona.tag + "-" + (this.day.getYear() * 10000 + this.day.getMonthValue() * 100
				+ this.day.getDayOfMonth()) + "-" + (this.sequence < 10 ? "0" : "") + this.sequence++;
		Entry entry = new Entry(id, account, this.day, at, cents, inflow, balance, booking, cycle);
		this.entries.add(entry);
		return entry;
	}

	Instant at(LocalDate date, double hour) {
		long seconds = (long) (hour * 3600);
		return date.atStartOfDay().plusSeconds(seconds).toInstant(this.persona.country.offset);
	}

	LocalDate day() {
		return this.day;
	}

	List<Entry> entries(AccountKind account) {
		return this.entries.stream().filter(e -> e.account() == account).toList();
	}

}
