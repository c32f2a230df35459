package io.ponte.connectors.sandbox;

import io.ponte.connectors.sandbox.Booking.Counterparty;
import io.ponte.connectors.sandbox.Habits.Contact;
import io.ponte.connectors.sandbox.Habits.Routine;
import io.ponte.connectors.sandbox.Household.Obligation;
import io.ponte.connectors.sandbox.Merchants.Habit;
import io.ponte.connectors.sandbox.Merchants.Merchant;
import io.ponte.connectors.sandbox.Persona.AccountKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.SplittableRandom;

/**
 * What a person does with their money on one day: receives income, pays what falls due (or cannot, and
 * bounces or falls behind), shops by habit within a budget, sends money to people, saves and invests. It plans
 * events on the {@link Ledger}, which books them in time order.
 */
final class Spending {

	private final Persona persona;

	private final Ledger ledger;

	private final boolean br;

	private final String cityText;

	private final long feeCents;

	private final int feeDay;

	private final int savingsDay;

	private final int topUpDay;

	private final Investing investing;

	final Repayments repayments;

	private final Sundries sundries;

	private final Lookalikes lookalikes;

	/** The share of a month's income kept back for bills; everyday spending stops above it. */
	private final double reserveShare;

	private long reserveCents;

	private YearMonth month;

	/** What the month's bills, loan instalment and planned cost, known on its first day. */
	private long fixedCents;

	/** Everyday spending so far this month (shopping, cash, money sent to people). */
	private long spent;

	Spending(Persona persona, Ledger ledger) {
		this.persona = persona;
		this.ledger = ledger;
		this.br = persona.country == Country.BR;
		this.cityText = Documents.plain(persona.city.name()).replace('Ñ', 'N');
		SplittableRandom fees = Draws.stream(persona.seed, "fees");
		this.feeCents = this.br ? (Draws.chance(fees, 0.6) ? 19_90 + fees.nextInt(4) * 10_00L : 0)
				: (Draws.chance(fees, 0.35) ? 99_00 + fees.nextInt(3) * 50_00L : 0);
		this.feeDay = 1 + fees.nextInt(10);
		this.savingsDay = 6 + fees.nextInt(8);
		this.topUpDay = 1 + fees.nextInt(28);
		this.investing = new Investing(persona, ledger);
		this.repayments = new Repayments(persona, ledger);
		this.sundries = new Sundries(persona, ledger);
		this.lookalikes = new Lookalikes(persona, ledger);
		this.reserveShare = persona.borrowing.overdraftAppetiteCents > 0 ? 0
				: 0.1 + Draws.stream(persona.seed, "reserve").nextDouble() * 0.4;
	}

	void income(Credit credit) {
		Payer payer = credit.payer();
		Counterparty party = payer == null ? null : new Counterparty(payer.company(), payer.name(), payer.document(),
				payer.bankCode(), null, null, null);
		boolean transfer = credit.subcategory() == null;
		String text = credit.description();
		if (payer != null && payer.company() && payer.document() != null && !text.contains(payer.document())) {
			text = text + " " + payer.document();
		}
		Booking booking = Booking.of(text, transfer ? "Transfers" : "Income & Payments",
				credit.subcategory(), credit.operationType()).with(party).stream(credit.stream());
		double hour = credit.localTime().toSecondOfDay() / 3600.0;
		this.ledger.plan(hour, AccountKind.CHECKING, credit.cents(), true, booking, null);
	}

	void obligation(Obligation o, LocalDate d, SplittableRandom random) {
		obligation(o, d, 0, random);
	}

	/** {@code due} prices the occurrence; {@code attempt} counts the days it was put off for want of money. */
	private void obligation(Obligation o, LocalDate due, int attempt, SplittableRandom random) {
		long cents = o.priceOn(this.persona.seed, due);
		if (cents <= 0) {
			return;
		}
		Booking booking = o.booking().stream(o.id());
		if (o.account() == AccountKind.CARD && this.persona.holds(AccountKind.CARD)) {
			if (this.ledger.cardHeadroom() >= cents) {
				this.ledger.plan(random.nextDouble() * 8, AccountKind.CARD, cents, false, booking, null);
			}
			return;
		}
		if (o.account() == AccountKind.CARD) {
			// no credit card: the merchant charges the debit card, which reads as any debit-card purchase
			if (this.ledger.available() >= cents) {
				this.ledger.plan(random.nextDouble() * 8, AccountKind.CHECKING, cents, false, booking.describedAs(
						(this.br ? "COMPRA CARTAO " : "COMPRA TDD ") + booking.description()), null);
			}
			return;
		}
		boolean debit = o.movesToBusinessDay() && !o.type().equals("RENT");
		if (this.ledger.available() < cents) {
			if (debit && !this.br) {
				this.ledger.plan(6.5, AccountKind.CHECKING, Math.min(150_00, Math.max(0, this.ledger.available())),
						false, Booking.of("COMISION DOMICILIACION RECHAZADA " + Documents.plain(o.name()),
								"Fees & Charges", "Bank Fees", "COMISION"), null);
			}
			// a debit bounces; what the person pays by hand (rent) waits for the next money in
			if (!debit && attempt < 3) {
				LocalDate later = this.ledger.day().plusDays(3);
				LocalDate retry = o.movesToBusinessDay() ? this.ledger.calendar().onOrAfter(later) : later;
				this.ledger.decideOn(retry, () -> obligation(o, due, attempt + 1,
						Draws.stream(this.persona.seed, o.id() + "-retry", retry)));
			}
			return;
		}
		this.ledger.plan(debit ? 1 + random.nextDouble() * 5 : 8 + random.nextDouble() * 4, AccountKind.CHECKING,
				cents, false, booking, null);
	}

	void day(LocalDate d, SplittableRandom random) {
		Persona p = this.persona;
		int dom = d.getDayOfMonth();
		long checking = this.ledger.balances.getOrDefault(AccountKind.CHECKING, 0L);
		if (dom == 1 && checking < 0) {
			long interest = Math.round(-checking * p.borrowing.overdraftMonthlyRate);
			this.ledger.plan(0.5, AccountKind.CHECKING, interest, false, Booking.of(
					this.br ? "JUROS CHEQUE ESPECIAL" : "INTERESES POR SOBREGIRO", "Credits & Loans",
					"Interest & Charges", this.br ? "ENCARGOS_JUROS_CHEQUE_ESPECIAL" : "INTERESES").stream("overdraft"),
					null);
			if (this.br) {
				this.ledger.plan(0.6, AccountKind.CHECKING, Math.max(1, Math.round(-checking * 0.0038)), false,
						Booking.of("IOF CHEQUE ESPECIAL", "Taxes", "Government Fees", "OUTROS"), null);
			}
		}
		long savings = this.ledger.balances.getOrDefault(AccountKind.SAVINGS, 0L);
		if (dom == 1 && savings > 0) {
			this.ledger.plan(0.4, AccountKind.SAVINGS, Math.round(savings * (this.br ? 0.0055 : 0.0025)), true,
					Booking.of(this.br ? "RENDIMENTO POUPANCA" : "INTERESES GANADOS", "Investments & Savings",
							"Interest", this.br ? "RENDIMENTO_APLIC_FINANCEIRA" : "INTERESES"), null);
		}
		if (dom == this.feeDay && this.feeCents > 0) {
			this.ledger.plan(2, AccountKind.CHECKING, Math.min(this.feeCents, Math.max(0, this.ledger.available())),
					false, Booking.of(
					this.br ? "TARIFA PACOTE DE SERVICOS" : "COMISION MANEJO DE CUENTA", "Fees & Charges", "Bank Fees",
					this.br ? "PACOTE_TARIFA_SERVICOS" : "COMISION").stream("fee"), null);
		}
		this.reserveCents = Math.round(p.incomes.regularMonthlyCents(d) * this.reserveShare);
		if (!YearMonth.from(d).equals(this.month)) {
			this.month = YearMonth.from(d);
			this.fixedCents = fixedCosts(this.month);
			this.spent = 0;
		}
		this.repayments.loan(d, random);
		this.repayments.cardBill(d, random);
		this.sundries.day(d);
		this.lookalikes.day(d);
		saveOrRescue(d, random);
		this.investing.day(d, random);
		shop(d, random);
		people(d, random);
		boolean prepaid = p.household.obligations.stream().noneMatch(o -> o.type().equals("MOBILE"));
		if (dom == this.topUpDay && prepaid && everyday() >= 20_00) {
			long topUp = this.br ? 20_00 + random.nextInt(3) * 10_00L : 100_00 + random.nextInt(3) * 50_00L;
			String carrier = Draws.pick(Draws.stream(p.seed, "carrier"), Merchants.subscriptions(p.country, "MOBILE"))
				.name();
			this.ledger.plan(9 + random.nextDouble() * 12, AccountKind.CHECKING, topUp, false, Booking.of(
					(this.br ? "RECARGA CELULAR " : "RECARGA TIEMPO AIRE ") + Documents.plain(carrier),
					"Bills & Utilities", "Telecommunications", this.br ? "PIX" : "PAGO_SERVICIO"), null);
		}
	}

	/** The month's bills at the prices they will be charged, and the loan instalment. */
	private long fixedCosts(YearMonth month) {
		long total = 0;
		for (Obligation o : this.persona.household.obligations) {
			if (o.dueIn(month)) {
				LocalDate due = this.ledger.due(o, month);
				total += o.priceOn(this.persona.seed, due);
			}
		}
		Loan loan = this.persona.borrowing.loan;
		return loan == null ? total : total + loan.instalmentCents();
	}

	/** What everyday spending may still use today: what the person allows themselves, less the bills reserve. */
	private long everyday() {
		return this.ledger.spendable() - this.reserveCents;
	}

	private void saveOrRescue(LocalDate d, SplittableRandom random) {
		if (!this.persona.holds(AccountKind.SAVINGS)) {
			return;
		}
		long income = this.persona.incomes.regularMonthlyCents(d);
		long savings = this.ledger.balances.get(AccountKind.SAVINGS);
		long projected = this.ledger.available() - this.persona.borrowing.overdraftCents;
		Booking out;
		Booking in;
		long cents;
		if (projected < 0 && savings > 0) {
			cents = Math.min(savings, -projected + Persona.roundTo(income * 0.1, 100_00));
			out = Booking.of(this.br ? "RESGATE POUPANCA" : "TRASPASO DE AHORRO", "Investments & Savings", "Savings",
					this.br ? "TRANSFERENCIA_MESMA_INSTITUICAO" : "TRASPASO").internalTransfer();
			// moved first thing in the morning, before the day's debits reach the account
			this.ledger.plan(0.2, AccountKind.SAVINGS, cents, false, out, null);
			this.ledger.plan(0.21, AccountKind.CHECKING, cents, true, out, null);
			return;
		}
		if (d.getDayOfMonth() != this.savingsDay || income == 0 || projected < income * 1.2) {
			return;
		}
		cents = Persona.roundTo((projected - income * 1.2) * (0.2 + random.nextDouble() * 0.4), 10_00);
		out = Booking.of(this.br ? "TRANSF PARA POUPANCA" : "TRASPASO A AHORRO", "Investments & Savings", "Savings",
				this.br ? "TRANSFERENCIA_MESMA_INSTITUICAO" : "TRASPASO").internalTransfer();
		in = out.describedAs(this.br ? "TRANSF DA CONTA CORRENTE" : "TRASPASO DE CUENTA DE CHEQUES");
		this.ledger.plan(10, AccountKind.CHECKING, cents, false, out, null);
		this.ledger.plan(10.01, AccountKind.SAVINGS, cents, true, in, null);
	}

	private void shop(LocalDate d, SplittableRandom random) {
		Persona p = this.persona;
		// the month's everyday budget is what the person means to spend, less the bills already known
		long income = Math.max(p.incomes.regularMonthlyCents(d), Math.round(p.country.medianSalaryCents * 0.15));
		long budget = Math.max(Math.round(income * p.habits.propensity) - this.fixedCents,
				Math.round(p.country.medianSalaryCents * 0.05));
		double elapsed = d.getDayOfMonth() / (double) d.lengthOfMonth();
		double essentials = this.spent > budget ? 0.35 : this.spent > budget * elapsed * 1.1 ? 0.8 : 1;
		double treats = this.spent > budget ? 0.03 : this.spent > budget * elapsed * 1.1 ? 0.35 : 1;
		for (Routine routine : p.habits.routines.values()) {
			Habit habit = routine.habit();
			double chance = routine.perWeek() / 7 * Habits.weekday(habit, d.getDayOfWeek())
					* Habits.season(habit, d, p.country);
			chance *= habit == Habit.GROCERY || habit == Habit.PHARMACY || habit == Habit.TRANSIT ? essentials : treats;
			if (!Draws.chance(random, Math.min(0.9, chance))) {
				continue;
			}
			int index = routine.stores().size() == 1 || random.nextDouble() < 0.6 ? 0
					: 1 + random.nextInt(routine.stores().size() - 1);
			Merchant store = routine.stores().get(index);
			long cents = Habits.ticket(store, random, d);
			buy(store, routine.storeNumbers()[index], cents, Habits.hour(habit, random), random);
		}
		if (p.habits.withdrawalsPerMonth > 0 && Draws.chance(random, p.habits.withdrawalsPerMonth / 30 * treats)) {
			// notes in round amounts, sized to the person's month
			long note = this.br ? 50_00 : 200_00;
			long cents = Math.clamp(Persona.roundTo(income * (0.03 + random.nextDouble() * 0.09), note), note,
					note * 10);
			if (everyday() >= cents) {
				this.ledger.plan(9 + random.nextDouble() * 12, AccountKind.CHECKING, cents, false, Booking.of(
						this.br ? "SAQUE 24H BANCO24HORAS " + this.cityText : "RETIRO CAJERO AUTOMATICO " + this.cityText,
						"Withdrawal & ATM", null, this.br ? "SAQUE" : "RETIRO_CAJERO"), null);
				this.spent += cents;
			}
		}
	}

	private void buy(Merchant store, int number, long cents, double hour, SplittableRandom random) {
		Persona p = this.persona;
		String descriptor = store.descriptor().replace("{store}", String.valueOf(number)).replace("{city}",
				this.cityText);
		// who pays the card in full only charges what they can pay; revolvers only mind the limit
		boolean credit = p.holds(AccountKind.CARD) && random.nextDouble() < p.habits.creditShare
				&& this.ledger.cardHeadroom() >= cents && (p.borrowing.payer != Borrowing.Payer.IN_FULL
						|| everyday() - this.ledger.balances.get(AccountKind.CARD) >= cents);
		if (!credit && everyday() < cents) {
			return;
		}
		this.spent += cents;
		if (!credit) {
			Booking booking = Booking.purchase((this.br ? "COMPRA CARTAO " : "COMPRA TDD ") + descriptor, store,
					this.br ? "CARTAO" : "TARJETA");
			this.ledger.plan(hour, AccountKind.CHECKING, cents, false, booking, null);
			return;
		}
		boolean split = this.br && cents >= 300_00 && random.nextDouble() < p.habits.instalmentShare
				&& switch (store.habit()) {
					case CLOTHING, ELECTRONICS, DEPARTMENT_STORE, HOME, TRAVEL_FLIGHT, TRAVEL_HOTEL, ECOMMERCE -> true;
					default -> false;
				};
		if (!split) {
			this.ledger.plan(hour, AccountKind.CARD, cents, false, Booking.purchase(descriptor, store,
					this.br ? "CARTAO" : "TARJETA")
				.instalment(1, 1), null);
			return;
		}
		int parts = (int) Math.min(10, Math.max(2, cents / 100_00));
		long part = cents / parts;
		LocalDate d = this.ledger.day();
		for (int k = 1; k <= parts; k++) {
			long amount = k == parts ? cents - part * (parts - 1) : part;
			Booking booking = Booking.purchase(descriptor + " " + (k < 10 ? "0" : "") + k + "/" + (parts < 10 ? "0" : "")
					+ parts, store, "CARTAO").instalment(k, parts);
			if (k == 1) {
				this.ledger.plan(hour, AccountKind.CARD, amount, false, booking, null);
			}
			else {
				this.ledger.planOn(d.plusMonths(k - 1), hour, AccountKind.CARD, amount, false, booking, null);
			}
		}
	}

	private void people(LocalDate d, SplittableRandom random) {
		for (Contact contact : this.persona.habits.contacts) {
			if (!Draws.chance(random, contact.perMonth() / 30)) {
				continue;
			}
			long cents = Math.max(5_00, Math.round(Draws.logNormal(random, contact.typicalCents(), 0.5)) / 100 * 100);
			boolean receive = random.nextDouble() < (contact.family() ? 0.35 : 0.3);
			if (!receive && everyday() < cents) {
				continue;
			}
			if (!receive) {
				this.spent += cents;
			}
			String name = Documents.plain(contact.party().name());
			String text = this.br ? (receive ? "PIX RECEBIDO " : "PIX ENVIADO ") + name
					: (receive ? "SPEI RECIBIDO " : "SPEI ENVIADO ") + name;
			this.ledger.plan(8 + random.nextDouble() * 14, AccountKind.CHECKING, cents, receive,
					Booking.of(text, "Transfers", null, this.br ? "PIX" : "SPEI").with(contact.party()), null);
		}
	}

}
