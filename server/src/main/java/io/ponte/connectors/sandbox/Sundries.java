package io.ponte.connectors.sandbox;

import io.ponte.connectors.sandbox.Persona.AccountKind;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Movements that fit no habit: cash paid in at the bank (people paid in cash deposit their takings) and the odd
 * entry whose statement text says nothing a categorizer could use, whose true category is {@code Unknown}. Each
 * draws from its own streams, so adding them changed no other draw.
 */
final class Sundries {

	private final Persona persona;

	private final Ledger ledger;

	private final boolean br;

	private final double depositsPerMonth;

	private final double unexplainedPerYear;

	Sundries(Persona persona, Ledger ledger) {
		this.persona = persona;
		this.ledger = ledger;
		this.br = persona.country == Country.BR;
		SplittableRandom random = Draws.stream(persona.seed, "sundries");
		IncomeKind kind = persona.incomes.kind();
		boolean paidInCash = kind == IncomeKind.SELF_EMPLOYED || kind == IncomeKind.NONE;
		this.depositsPerMonth = Draws.chance(random, paidInCash ? 0.45 : 0.08) ? Draws.logNormal(random, 1.2, 0.5)
				: 0;
		this.unexplainedPerYear = Draws.chance(random, 0.3) ? Draws.logNormal(random, 2, 0.5) : 0;
	}

	void day(LocalDate d) {
		if (this.depositsPerMonth == 0 && this.unexplainedPerYear == 0) {
			return;
		}
		SplittableRandom random = Draws.stream(this.persona.seed, "sundries", d);
		if (Draws.chance(random, this.depositsPerMonth / 30)) {
			long typical = Math.max(this.persona.incomes.regularMonthlyCents(d) / 8,
					this.persona.country.medianSalaryCents / 20);
			long cents = Math.max(20_00, Persona.roundTo(Draws.logNormal(random, typical, 0.6), 10_00));
			this.ledger.plan(9.5 + random.nextDouble() * 7, AccountKind.CHECKING, cents, true, Booking.of(
					this.br ? "DEPOSITO EM DINHEIRO" : "DEPOSITO EN EFECTIVO", "Deposits", null, "DEPOSITO"), null);
		}
		if (Draws.chance(random, this.unexplainedPerYear / 365)) {
			long cents = Persona.roundTo(Draws.logNormal(random, this.br ? 35_00 : 180_00, 0.8), 1);
			boolean inflow = random.nextDouble() < 0.3;
			String code = Draws.digits(random, 7);
			String text = this.br ? (inflow ? "CRED DIVERSOS " : "DEB DIVERSOS ") + code
					: (inflow ? "ABONO VARIOS " : "CARGO VARIOS ") + code;
			if (inflow || this.ledger.available() >= cents) {
				this.ledger.plan(random.nextDouble() * 23, AccountKind.CHECKING, cents, inflow,
						Booking.of(text, "Unknown", null, this.br ? "OUTROS" : "OTROS"), null);
			}
		}
	}

}
