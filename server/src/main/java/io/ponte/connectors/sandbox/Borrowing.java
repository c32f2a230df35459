package io.ponte.connectors.sandbox;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * A person's relationship with credit: card limit and cycle, how they pay the bill, the arranged overdraft and
 * their personal loan. Most pay the card in full; some revolve, pay the minimum or pay late, and some fall
 * behind on the loan.
 */
final class Borrowing {

	/** How the person settles a card bill. */
	enum Payer {

		IN_FULL, PARTIAL, MINIMUM, LATE

	}

	final long cardLimitCents;

	final int closingDay;

	/** Days from closing to the due date. */
	final int dueAfterDays;

	final Payer payer;

	/** The arranged overdraft (cheque especial); Mexican accounts rarely have one. */
	final long overdraftCents;

	/**
	 * How far into the overdraft the person lets everyday spending go: most keep out of it and only their bills
	 * push them in; a stretched few treat the limit as their own money.
	 */
	final long overdraftAppetiteCents;

	/** Monthly interest on revolved card balances and on overdrafts. */
	final double cardMonthlyRate;

	final double overdraftMonthlyRate;

	/** Chance that a loan instalment is missed in a month when money is short. */
	final double missesWhenShort;

	final Loan loan;

	private Borrowing(long cardLimitCents, int closingDay, int dueAfterDays, Payer payer, long overdraftCents,
			long overdraftAppetiteCents, double cardMonthlyRate, double overdraftMonthlyRate, double missesWhenShort,
			Loan loan) {
		this.cardLimitCents = cardLimitCents;
		this.closingDay = closingDay;
		this.dueAfterDays = dueAfterDays;
		this.payer = payer;
		this.overdraftCents = overdraftCents;
		this.overdraftAppetiteCents = overdraftAppetiteCents;
		this.cardMonthlyRate = cardMonthlyRate;
		this.overdraftMonthlyRate = overdraftMonthlyRate;
		this.missesWhenShort = missesWhenShort;
		this.loan = loan;
	}

	static Borrowing of(Persona p) {
		SplittableRandom random = Draws.stream(p.seed, "credit");
		boolean br = p.country == Country.BR;
		long income = Math.max(p.incomes.regularMonthlyCents(p.since), p.country.medianSalaryCents / 4);
		long limit = Persona.roundTo(income * Draws.logNormal(random, 1.6, 0.45), br ? 100_00 : 500_00);
		Payer payer = p.dataset == Persona.Dataset.NEGATIVE ? Payer.MINIMUM
				: Draws.weighted(random, java.util.List.of(Payer.values()), kind -> switch (kind) {
					case IN_FULL -> 66;
					case PARTIAL -> 16;
					case MINIMUM -> 9;
					case LATE -> 9;
				});
		long overdraft = br || p.dataset == Persona.Dataset.NEGATIVE
				? Persona.roundTo(income * (0.2 + random.nextDouble() * 0.8), 100_00) : 0;
		if (p.dataset == Persona.Dataset.NEGATIVE) {
			overdraft = Persona.roundTo(income * 3, 100_00);
		}
		// its own stream, so that drawing it changes no other draw of existing people
		SplittableRandom appetite = Draws.stream(p.seed, "overdraft-appetite");
		long appetiteCents = p.dataset == Persona.Dataset.NEGATIVE || Draws.chance(appetite, 0.1) ? overdraft
				: 0;
		Loan loan = null;
		if (p.holds(Persona.AccountKind.LOAN)) {
			long principal = Persona.roundTo(income * Draws.logNormal(random, 3, 0.5), 500_00);
			int term = Draws.pick(random, java.util.List.of(12, 18, 24, 36, 48, 60));
			// a rate with four decimals, as contracts state it
			double rate = Math.round((br ? 0.025 + random.nextDouble() * 0.03 : 0.02 + random.nextDouble() * 0.025) * 1e4) / 1e4;
			// taken some time before the statements start, or later; the FULL user is mid-way through
			LocalDate start = p.since.plusMonths(Draws.between(random, -term / 2, 10))
				.withDayOfMonth(1 + random.nextInt(28));
			if (p.dataset == Persona.Dataset.FULL || p.dataset == Persona.Dataset.NEGATIVE) {
				term = 60;
				start = p.since.minusMonths(4).withDayOfMonth(15);
				principal = Persona.roundTo(income * 2, 500_00);
			}
			loan = new Loan(Draws.digits(random, 10), principal, rate, term, start);
		}
		return new Borrowing(limit, 3 + random.nextInt(22), 7 + random.nextInt(4), payer, overdraft, appetiteCents,
				br ? 0.12 + random.nextDouble() * 0.04 : 0.05 + random.nextDouble() * 0.03,
				br ? 0.07 + random.nextDouble() * 0.01 : 0.04, payer == Payer.LATE || payer == Payer.MINIMUM ? 0.5 : 0.1,
				loan);
	}

}
