package io.ponte.connectors.sandbox;

import io.ponte.connectors.sandbox.Booking.Counterparty;
import io.ponte.connectors.sandbox.Habits.Contact;
import io.ponte.connectors.sandbox.Habits.Routine;
import io.ponte.connectors.sandbox.Household.Obligation;
import io.ponte.connectors.sandbox.Merchants.Habit;
import io.ponte.connectors.sandbox.Merchants.Merchant;
import io.ponte.connectors.sandbox.Persona.AccountKind;
import java.time.LocalDate;
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
				credit.subcategory(), credit.operationType()).with(party).stream(transfer ? null : credit.stream());
		double hour = credit.localTime().toSecondOfDay() / 3600.0;
		this.ledger.plan(hour, AccountKind.CHECKING, credit.cents(), true, booking, null);
	}

	void obligation(Obligation o, LocalDate d, SplittableRandom random) {
		long cents = o.pricing().cents(d, Draws.stream(this.persona.seed, o.id(), d));
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
		boolean debit = o.movesToBusinessDay() && !o.type().equals("RENT");
		if (debit && this.ledger.available() < cents) {
			if (!this.br) {
				this.ledger.plan(6.5, AccountKind.CHECKING, 150_00, false, Booking.of(
						"COMISION DOMICILIACION RECHAZADA " + Documents.plain(o.name()), "Fees & Charges", "Bank Fees",
						"COMISION"), null);
			}
			return;
		}
		this.ledger.plan(debit ? 1 + random.nextDouble() * 5 : 8 + random.nextDouble() * 4, AccountKind.CHECKING,
				cents, false, o.account() == AccountKind.CARD ? booking.describedAs(
						(this.br ? "DEB AUT " : "DOMICILIACION ") + booking.description()) : booking, null);
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
			this.ledger.plan(2, AccountKind.CHECKING, this.feeCents, false, Booking.of(
					this.br ? "TARIFA PACOTE DE SERVICOS" : "COMISION MANEJO DE CUENTA", "Fees & Charges", "Bank Fees",
					this.br ? "PACOTE_TARIFA_SERVICOS" : "COMISION").stream("fee"), null);
		}
		loan(d, random);
		cardBill(d, random);
		saveOrRescue(d, random);
		this.investing.day(d, random);
		shop(d, random);
		people(d, random);
		if (dom == this.topUpDay && p.household.obligations.stream().noneMatch(o -> o.type().equals("MOBILE"))) {
			long topUp = this.br ? 20_00 + random.nextInt(3) * 10_00L : 100_00 + random.nextInt(3) * 50_00L;
			String carrier = Draws.pick(Draws.stream(p.seed, "carrier"), Merchants.subscriptions(p.country, "MOBILE"))
				.name();
			this.ledger.plan(9 + random.nextDouble() * 12, AccountKind.CHECKING, topUp, false, Booking.of(
					(this.br ? "RECARGA CELULAR " : "RECARGA TIEMPO AIRE ") + Documents.plain(carrier),
					"Bills & Utilities", "Telecommunications", this.br ? "PIX" : "PAGO_SERVICIO"), null);
		}
	}

	private void loan(LocalDate d, SplittableRandom random) {
		Loan loan = this.persona.borrowing.loan;
		if (loan == null || this.ledger.loanDue >= loan.instalments()
				|| !this.ledger.calendar().onOrAfter(loan.due(this.ledger.loanDue + 1)).equals(d)) {
			return;
		}
		this.ledger.loanDue++;
		long instalment = loan.instalmentCents();
		boolean shortOfMoney = this.ledger.available() < instalment;
		if (shortOfMoney && Draws.chance(random, this.persona.borrowing.missesWhenShort)) {
			return;
		}
		int arrears = this.ledger.loanDue - this.ledger.loanPaid;
		for (int i = 0; i < arrears; i++) {
			int n = this.ledger.loanPaid + i + 1;
			boolean late = n < this.ledger.loanDue;
			long cents = late ? Math.round(instalment * 1.03) : instalment;
			String text = (this.br ? "PARCELA EMPRESTIMO " : "PAGO CREDITO PERSONAL ") + loan.contract() + " "
					+ n + "/" + loan.instalments();
			this.ledger.plan(3 + i * 0.01, AccountKind.CHECKING, cents, false, Booking.of(text, "Credits & Loans",
					"Personal", this.br ? "OPERACAO_CREDITO" : "CREDITO").stream("loan").internalTransfer(), null);
			long principal = loan.outstandingAfter(n - 1) - loan.outstandingAfter(n);
			this.ledger.plan(3.01 + i * 0.01, AccountKind.LOAN, principal, true, Booking.of(
					(this.br ? "AMORTIZACAO PARCELA " : "AMORTIZACION PAGO ") + n + "/" + loan.instalments(),
					"Credits & Loans", "Personal", this.br ? "OPERACAO_CREDITO" : "CREDITO").internalTransfer(),
					() -> this.ledger.loanPaid++);
		}
	}

	private void cardBill(LocalDate d, SplittableRandom random) {
		if (!this.persona.holds(AccountKind.CARD)) {
			return;
		}
		CardAccount.Bill bill = this.ledger.card.dueOn(d);
		if (bill == null || bill.totalCents() <= 0) {
			return;
		}
		Borrowing b = this.persona.borrowing;
		long owed = bill.totalCents();
		long amount = switch (b.payer) {
			case IN_FULL -> owed;
			case PARTIAL -> Math.max(bill.minimumCents(), Math.round(owed * (0.3 + random.nextDouble() * 0.6)));
			case MINIMUM -> bill.minimumCents();
			case LATE -> owed;
		};
		LocalDate on = d;
		if (b.payer == Borrowing.Payer.LATE && Draws.chance(random, 0.3)) {
			on = this.ledger.calendar().onOrAfter(d.plusDays(3 + random.nextInt(10)));
		}
		long affordable = Math.max(0, this.ledger.available());
		amount = Math.min(amount, on.equals(d) ? affordable : amount);
		if (amount <= 0) {
			return;
		}
		String type = amount >= owed ? "FULL" : "OTHER";
		long paid = amount;
		LocalDate paidOn = on;
		String last4 = this.persona.bank.cardLast4();
		Booking out = Booking.of((this.br ? "PAGAMENTO FATURA CARTAO " : "PAGO TARJETA DE CREDITO ") + last4,
				"Credits & Loans", "Credit Card", this.br ? "OUTROS" : "PAGO_TARJETA").internalTransfer();
		Booking in = Booking.of(this.br ? "PAGAMENTO RECEBIDO" : "PAGO RECIBIDO", "Credits & Loans", "Credit Card",
				this.br ? "PAGAMENTO" : "PAGO_TARJETA").internalTransfer();
		Runnable record = () -> bill.payments().add(new CardAccount.Payment(paidOn, paid, type));
		double hour = 8 + random.nextDouble() * 4;
		if (on.equals(d)) {
			this.ledger.plan(hour, AccountKind.CHECKING, amount, false, out, null);
			this.ledger.plan(hour + 0.01, AccountKind.CARD, amount, true, in, record);
		}
		else {
			this.ledger.planOn(on, hour, AccountKind.CHECKING, amount, false, out, null);
			this.ledger.planOn(on, hour + 0.01, AccountKind.CARD, amount, true, in, record);
		}
	}

	/** Interest on what was left unpaid, a late fee if not even the minimum was paid, then the bill. */
	void closeCycle(LocalDate d) {
		CardAccount.Bill last = this.ledger.card.last();
		long interest = 0;
		if (last != null) {
			long unpaid = last.totalCents() - last.paidCents();
			if (unpaid > 0) {
				interest = Math.round(unpaid * this.persona.borrowing.cardMonthlyRate);
				this.ledger.book(AccountKind.CARD, interest, false, Booking.of(
						this.br ? "JUROS ROTATIVO" : "INTERESES ORDINARIOS", "Credits & Loans", "Interest & Charges",
						this.br ? "ENCARGOS" : "INTERESES"), this.ledger.at(d, 23.9));
			}
			if (last.totalCents() > 0 && last.paidCents() < last.minimumCents()) {
				long fee = this.br ? Math.max(1_00, last.minimumCents() * 2 / 100) : 350_00;
				interest += fee;
				this.ledger.book(AccountKind.CARD, fee, false, Booking.of(
						this.br ? "MULTA POR ATRASO" : "COMISION POR PAGO TARDIO", "Fees & Charges", "Bank Fees",
						this.br ? "ENCARGOS" : "COMISION"), this.ledger.at(d, 23.91));
			}
		}
		this.ledger.card.close(d, this.ledger.balances.get(AccountKind.CARD), interest);
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
			this.ledger.plan(22.5, AccountKind.SAVINGS, cents, false, out, null);
			this.ledger.plan(22.51, AccountKind.CHECKING, cents, true, out, null);
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
		long budget = Math.round(Math.max(p.incomes.regularMonthlyCents(d), p.country.medianSalaryCents * 0.15)
				* p.habits.propensity);
		boolean overBudget = this.ledger.spentThisMonth() > budget;
		for (Routine routine : p.habits.routines.values()) {
			Habit habit = routine.habit();
			double chance = routine.perWeek() / 7 * Habits.weekday(habit, d.getDayOfWeek())
					* Habits.season(habit, d, p.country);
			if (overBudget) {
				chance *= habit == Habit.GROCERY || habit == Habit.PHARMACY || habit == Habit.TRANSIT ? 0.6 : 0.12;
			}
			if (!Draws.chance(random, Math.min(0.9, chance))) {
				continue;
			}
			int index = routine.stores().size() == 1 || random.nextDouble() < 0.6 ? 0
					: 1 + random.nextInt(routine.stores().size() - 1);
			Merchant store = routine.stores().get(index);
			long cents = Habits.ticket(store, random, d);
			buy(store, routine.storeNumbers()[index], cents, Habits.hour(habit, random), random);
		}
		if (p.habits.withdrawalsPerMonth > 0 && Draws.chance(random, p.habits.withdrawalsPerMonth / 30)) {
			long cents = this.br ? (2 + random.nextInt(9)) * 50_00L : (2 + random.nextInt(9)) * 200_00L;
			if (this.ledger.available() >= cents) {
				this.ledger.plan(9 + random.nextDouble() * 12, AccountKind.CHECKING, cents, false, Booking.of(
						this.br ? "SAQUE 24H BANCO24HORAS " + this.cityText : "RETIRO CAJERO AUTOMATICO " + this.cityText,
						"Withdrawal & ATM", null, this.br ? "SAQUE" : "RETIRO_CAJERO"), null);
				this.ledger.spent(cents);
			}
		}
	}

	private void buy(Merchant store, int number, long cents, double hour, SplittableRandom random) {
		Persona p = this.persona;
		String descriptor = store.descriptor().replace("{store}", String.valueOf(number)).replace("{city}",
				this.cityText);
		boolean credit = p.holds(AccountKind.CARD) && random.nextDouble() < p.habits.creditShare
				&& this.ledger.cardHeadroom() >= cents;
		if (!credit && this.ledger.available() < cents) {
			return;
		}
		this.ledger.spent(cents);
		if (!credit) {
			Booking booking = Booking.purchase((this.br ? "COMPRA DEB " : "COMPRA TDD ") + descriptor, store,
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
			this.ledger.plan(hour, AccountKind.CARD, cents, false, Booking.purchase(descriptor, store, "CARTAO")
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
			if (!receive && this.ledger.available() < cents) {
				continue;
			}
			String name = Documents.plain(contact.party().name());
			String text = this.br ? (receive ? "PIX RECEBIDO " : "PIX ENVIADO ") + name
					: (receive ? "SPEI RECIBIDO " : "SPEI ENVIADO ") + name;
			this.ledger.plan(8 + random.nextDouble() * 14, AccountKind.CHECKING, cents, receive,
					Booking.of(text, "Transfers", null, this.br ? "PIX" : "SPEI").with(contact.party()), null);
		}
	}

}
