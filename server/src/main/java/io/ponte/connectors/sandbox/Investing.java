package io.ponte.connectors.sandbox;

import io.ponte.connectors.sandbox.Persona.AccountKind;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Brazilian investors' applications (a CDB now and then, redeemed at maturity; monthly fund top-ups when money is
 * left) and foreign currency bought before trips. Dates are drawn per year from the person's streams, so they
 * recur through all time instead of sitting in fixed years.
 */
final class Investing {

	static final String FUND = "fund";

	/** Yearly CDI rate the sandbox's investments grow with. */
	static final double CDI = 0.1065;

	/** Every CDB pays 110% of the CDI and matures this many years after it was bought. */
	private static final int CDB_YEARS = 3;

	private final Persona persona;

	private final Ledger ledger;

	private final int fundDay;

	private int year;

	private LocalDate cdbDay;

	private LocalDate tripDay;

	Investing(Persona persona, Ledger ledger) {
		this.persona = persona;
		this.ledger = ledger;
		this.fundDay = 12 + Draws.stream(persona.seed, "fund-day").nextInt(14);
	}

	void day(LocalDate d, SplittableRandom random) {
		if (!this.persona.hasInvestments()) {
			return;
		}
		redeem(d);
		if (d.getYear() != this.year) {
			this.year = d.getYear();
			SplittableRandom yearly = Draws.stream(this.persona.seed, "investing", this.year);
			this.cdbDay = LocalDate.of(this.year, 1, 1).plusDays(yearly.nextInt(365));
			this.tripDay = this.persona.dataset == Persona.Dataset.FULL || Draws.chance(yearly, 0.6)
					? LocalDate.of(this.year, 1, 1).plusDays(yearly.nextInt(365)) : null;
			// the documented FULL user travels twice a year, so exchanges are always in a recent window
			if (this.persona.dataset == Persona.Dataset.FULL && this.tripDay.getMonthValue() > 6) {
				this.tripDay = this.tripDay.minusMonths(6);
			}
		}
		boolean full = this.persona.dataset == Persona.Dataset.FULL;
		long income = Math.max(this.persona.incomes.regularMonthlyCents(d), this.persona.country.medianSalaryCents / 2);
		long free = this.ledger.available() - this.persona.borrowing.overdraftCents;
		if (d.equals(this.cdbDay) || this.persona.dataset == Persona.Dataset.FULL && d.equals(this.cdbDay.plusMonths(6))) {
			long cents = Math.max(1000_00, Persona.roundTo(income * (0.4 + random.nextDouble() * 0.6), 1000_00));
			// a CDB is bought with money to spare; the documented FULL user always has it
			if (full || free - cents >= income / 2) {
				apply("cdb-" + d.getYear() + "%02d".formatted(d.getMonthValue()), "APLICACAO CDB", cents,
						"Fixed income");
			}
		}
		if (d.getDayOfMonth() == this.fundDay && free > income * 1.3) {
			apply(FUND, "APLICACAO FUNDO " + fundName(), Persona.roundTo(income * 0.05, 50_00), "Investment Funds");
		}
		boolean trip = this.tripDay != null
				&& (d.equals(this.tripDay) || this.persona.dataset == Persona.Dataset.FULL && d.equals(this.tripDay.plusMonths(6)));
		if (trip && (full || free >= income)) {
			boolean dollars = random.nextInt(3) > 0;
			long rate = dollars ? 5_050_000 + random.nextInt(900_000) : 5_700_000 + random.nextInt(900_000);
			long foreign = Math.max(300_00, Persona.roundTo(Draws.logNormal(random, income * 0.3, 0.4) * 1_000_000 / rate,
					50_00));
			long cents = foreign * rate / 1_000_000;
			Ledger.ForeignExchange fx = new Ledger.ForeignExchange(d, dollars ? "USD" : "EUR", foreign, rate);
			this.ledger.plan(11 + random.nextDouble() * 5, AccountKind.CHECKING, cents, false,
					Booking.of("COMPRA DE CAMBIO " + fx.currency(), "Transport & Travel", "Other", "OUTROS"),
					() -> this.ledger.exchanges.add(fx));
		}
	}

	/** The day a CDB is redeemed into the checking account (its maturity, or the next business day). */
	static LocalDate maturity(Ledger.Application cdb) {
		return BusinessCalendar.of(Country.BR).onOrAfter(cdb.date().plusYears(CDB_YEARS));
	}

	static boolean redeemedBy(Ledger.Application application, LocalDate day) {
		return !application.investment().equals(FUND) && !maturity(application).isAfter(day);
	}

	static double cdbGrossCents(long cents, long days) {
		return cents * Math.pow(1 + CDI * 1.1, days / 365.0);
	}

	/** Income tax on the gain, by the regressive table (15% after two years). */
	static double cdbWithheldCents(long cents, long days) {
		double rate = days <= 180 ? 0.225 : days <= 360 ? 0.2 : days <= 720 ? 0.175 : 0.15;
		return (cdbGrossCents(cents, days) - cents) * rate;
	}

	private void redeem(LocalDate d) {
		for (Ledger.Application cdb : this.ledger.applications) {
			if (!cdb.investment().equals(FUND) && maturity(cdb).equals(d)) {
				long days = java.time.temporal.ChronoUnit.DAYS.between(cdb.date(), d);
				long net = Math.round(cdbGrossCents(cdb.cents(), days) - cdbWithheldCents(cdb.cents(), days));
				this.ledger.plan(9, AccountKind.CHECKING, net, true, Booking.of("RESGATE CDB VENCIMENTO",
						"Investments & Savings", "Fixed income", "OUTROS").internalTransfer(), null);
			}
		}
	}

	private void apply(String investment, String text, long cents, String subcategory) {
		this.ledger.plan(14 + (investment.equals(FUND) ? 1 : 0), AccountKind.CHECKING, cents, false,
				Booking.of(text, "Investments & Savings", subcategory, "OUTROS").internalTransfer(),
				() -> this.ledger.applications.add(new Ledger.Application(this.ledger.entries.getLast().id(),
						investment, this.ledger.day(), cents)));
	}

	static String fundName() {
		return "SERRA AZUL RENDA FIXA DI FIC FI";
	}

}
