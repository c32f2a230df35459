package io.ponte.connectors.sandbox;

import io.ponte.connectors.sandbox.Persona.AccountKind;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Paying back what was borrowed: loan instalments (missed when money is short, caught up with a surcharge), the
 * card bill as the person's {@link Borrowing.Payer payer} habit has it, and the card's cycle closing with interest
 * on what was left unpaid and a late fee.
 */
final class Repayments {

	private final Persona persona;

	private final Ledger ledger;

	private final boolean br;

	Repayments(Persona persona, Ledger ledger) {
		this.persona = persona;
		this.ledger = ledger;
		this.br = persona.country == Country.BR;
	}

	void loan(LocalDate d, SplittableRandom random) {
		Loan loan = this.persona.borrowing.loan;
		if (loan == null || this.ledger.loanDue >= loan.instalments()
				|| !this.ledger.calendar().onOrAfter(loan.due(this.ledger.loanDue + 1)).equals(d)) {
			return;
		}
		this.ledger.loanDue++;
		long instalment = loan.instalmentCents();
		int arrears = this.ledger.loanDue - this.ledger.loanPaid;
		if (this.ledger.available() < instalment * arrears) {
			arrears = (int) Math.max(0, this.ledger.available() / Math.round(instalment * 1.03));
		}
		boolean shortOfMoney = this.ledger.spendable() < instalment;
		if (arrears == 0 || shortOfMoney && Draws.chance(random, this.persona.borrowing.missesWhenShort)) {
			return;
		}
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

	void cardBill(LocalDate d, SplittableRandom random) {
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
		// paid from the balance; the overdraft is touched only to reach the minimum and avoid the late fee
		long affordable = Math.max(0, Math.max(this.ledger.spendable(),
				Math.min(bill.minimumCents(), this.ledger.available())));
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

}
