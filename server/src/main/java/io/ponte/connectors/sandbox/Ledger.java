package io.ponte.connectors.sandbox;

import io.ponte.connectors.sandbox.Persona.AccountKind;
import io.ponte.connectors.sandbox.Persona.Dataset;
import io.ponte.connectors.sandbox.Persona.Recurring;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * One user's statements, replayed day by day from the persona's fixed start date. Each day draws from an RNG
 * seeded by (user, date) alone, so a day's transactions, their ids and amounts never depend on the window asked
 * for; running balances carry over from the start, so every transaction's balance is the account balance.
 */
final class Ledger {

	/** Who is on the other side of a transfer. Company documents are not carried (the spec wants CPFs only). */
	record Counterparty(boolean company, String name, String document, String bankCode, String agency,
			String number, String checkDigit) {
	}

	/** A credit-card billing cycle, closing on {@code closing} and due ten days later. */
	record Cycle(String id, LocalDate closing, LocalDate due) {
	}

	/** A booked transaction; {@code cents} is positive, {@code inflow} says which way it went. */
	record Entry(String id, AccountKind account, LocalDate date, LocalTime time, long cents, boolean inflow,
			long balanceAfter, String description, String merchant, String category, String subcategory,
			String operationType, Integer mcc, Counterparty counterparty, Cycle cycle, boolean purchase) {
	}

	/** Money moved into one of the user's investments (paid from the checking account). */
	record Application(String id, String investment, LocalDate date, long cents) {
	}

	/** A billing cycle's card purchases and, once due, its payment. */
	record Bill(Cycle cycle, long totalCents, LocalDate paidOn) {
	}

	static final String CDB = "cdb";

	static final String FUND = "fund";

	private static final int DUE_AFTER_DAYS = 10;

	private static final double OVERDRAFT_MONTHLY_RATE = 0.02;

	final Persona persona;

	/** The last day replayed. */
	final LocalDate end;

	final List<Entry> entries = new ArrayList<>();

	final Map<AccountKind, Long> balances = new EnumMap<>(AccountKind.class);

	final List<Application> applications = new ArrayList<>();

	final List<Persona.ForeignExchange> exchanges = new ArrayList<>();

	private final TreeMap<LocalDate, long[]> cycleTotals = new TreeMap<>();

	private final Map<LocalDate, LocalDate> cyclePayments = new TreeMap<>();

	private LocalDate day;

	private int sequence;

	private SplittableRandom random;

	private Ledger(Persona persona, LocalDate end) {
		this.persona = persona;
		this.end = end;
	}

	/** Replays the persona's history up to {@code end}; {@code today} anchors the LOW dataset's single month. */
	static Ledger replay(Persona persona, LocalDate end, LocalDate today) {
		Ledger ledger = new Ledger(persona, end);
		switch (persona.dataset) {
			case NO_DATA -> {
			}
			case LOW -> ledger.replayLow(today.withDayOfMonth(1).minusMonths(1));
			default -> ledger.replayFull();
		}
		return ledger;
	}

	/** The first day with data. */
	LocalDate start(LocalDate today) {
		return this.persona.dataset == Dataset.LOW ? today.withDayOfMonth(1).minusMonths(1) : this.persona.start;
	}

	long openingBalance(AccountKind account) {
		return switch (account) {
			case CHECKING -> this.persona.dataset == Dataset.LOW ? this.persona.salaryCents / 4
					: this.persona.checkingOpeningCents;
			case SAVINGS -> this.persona.savingsOpeningCents;
			case CARD, LOAN -> 0;
		};
	}

	List<AccountKind> accounts() {
		return switch (this.persona.dataset) {
			case NO_DATA -> List.of();
			case LOW -> List.of(AccountKind.CHECKING);
			default -> List.of(AccountKind.CHECKING, AccountKind.SAVINGS, AccountKind.CARD, AccountKind.LOAN);
		};
	}

	/** Closed billing cycles (closing on or before the last replayed day) with their totals. */
	List<Bill> bills() {
		List<Bill> bills = new ArrayList<>();
		this.cycleTotals.forEach((closing, total) -> {
			if (!closing.isAfter(this.end)) {
				bills.add(new Bill(cycle(closing), total[0], this.cyclePayments.get(closing)));
			}
		});
		return bills;
	}

	/** Installments of the personal loan paid by {@code date}. */
	int loanInstallmentsPaid(LocalDate date) {
		long months = ChronoUnit.MONTHS.between(this.persona.loanStart, date);
		return (int) Math.max(0, Math.min(this.persona.loanInstallments, months));
	}

	private void replayLow(LocalDate month) {
		Persona p = this.persona;
		this.balances.put(AccountKind.CHECKING, openingBalance(AccountKind.CHECKING));
		boolean br = p.country == Country.BR;
		for (LocalDate d = month; d.isBefore(month.plusMonths(1)) && !d.isAfter(this.end); d = d.plusDays(1)) {
			beginDay(d);
			int dom = d.getDayOfMonth();
			if (dom == dayOf(p.salaryDay, d)) {
				salary();
			}
			if (dom == p.rentDay) {
				rent();
			}
			for (Recurring r : p.recurring) {
				if (r.account() == AccountKind.CHECKING && dom == r.day() && !r.merchant().equals(p.city.water())) {
					book(AccountKind.CHECKING, r.cents(), false, r.description(), r.merchant(), r.category(),
							r.subcategory(), r.operationType(), r.mcc(), company(r.merchant()), null, false);
				}
			}
			if (dom == 3 || dom == 12 || dom == 24) {
				String shop = Persona.pick(this.random, p.country.groceries);
				book(AccountKind.CHECKING, share(0.01, 0.025), false, (br ? "COMPRA CARTAO DEB " : "COMPRA ")
						+ upper(shop), shop, "Food & Groceries", "Groceries", "CARTAO", 5411, company(shop), null, false);
			}
			if (dom == 17) {
				String place = Persona.pick(this.random, p.country.restaurants);
				book(AccountKind.CHECKING, share(0.004, 0.01), false, (br ? "COMPRA CARTAO DEB " : "COMPRA ")
						+ upper(place), place, "Food & Groceries", "Restaurants", "CARTAO", 5812, company(place), null,
						false);
			}
		}
	}

	private void replayFull() {
		Persona p = this.persona;
		for (AccountKind account : accounts()) {
			this.balances.put(account, openingBalance(account));
		}
		for (LocalDate d = p.start; !d.isAfter(this.end); d = d.plusDays(1)) {
			beginDay(d);
			replayDay(d);
		}
	}

	private void beginDay(LocalDate d) {
		this.day = d;
		this.sequence = 0;
		this.random = new SplittableRandom(this.persona.seed ^ (d.toEpochDay() * 0x9E3779B97F4A7C15L));
	}

	private void replayDay(LocalDate d) {
		Persona p = this.persona;
		boolean br = p.country == Country.BR;
		int dom = d.getDayOfMonth();
		long checking = this.balances.get(AccountKind.CHECKING);
		if (dom == 1 && checking < 0) {
			long interest = Math.round(-checking * OVERDRAFT_MONTHLY_RATE);
			book(AccountKind.CHECKING, interest, false, br ? "JUROS CHEQUE ESPECIAL" : "INTERESES POR SOBREGIRO", null,
					"Credits & Loans", "Interest & Charges", "ENCARGOS_JUROS_CHEQUE_ESPECIAL", null, null, null, false);
		}
		if (dom == 1) {
			long interest = Math.round(this.balances.get(AccountKind.SAVINGS) * 0.005);
			book(AccountKind.SAVINGS, interest, true, br ? "RENDIMENTO POUPANCA" : "INTERESES GANADOS", null,
					"Investments & Savings", "Interest", "RENDIMENTO_APLIC_FINANCEIRA", null, null, null, false);
		}
		if (dom == dayOf(p.salaryDay, d)) {
			salary();
		}
		if (dom == p.rentDay) {
			rent();
		}
		for (Recurring r : p.recurring) {
			if (dom == dayOf(r.day(), d)) {
				long cents = r.variable() ? Math.round(r.cents() * (0.8 + this.random.nextDouble() * 0.4)) : r.cents();
				book(r.account(), cents, false, r.description(), r.merchant(), r.category(), r.subcategory(),
						r.operationType(), r.mcc(), company(r.merchant()), null, r.account() == AccountKind.CARD);
			}
		}
		if (dom == p.feeDay) {
			book(AccountKind.CHECKING, p.feeCents, false, br ? "TARIFA PACOTE DE SERVICOS" : "COMISION MANEJO DE CUENTA",
					null, "Fees & Charges", "Bank Fees", br ? "PACOTE_TARIFA_SERVICOS" : "COMISION", null, null, null,
					false);
		}
		if (dom == p.loanDay) {
			long installment = ChronoUnit.MONTHS.between(p.loanStart, d);
			if (installment >= 1 && installment <= p.loanInstallments) {
				book(AccountKind.CHECKING, p.loanInstallmentCents, false,
						(br ? "PARCELA EMPRESTIMO " : "PAGO CREDITO PERSONAL ") + p.loanContract + " " + installment + "/"
								+ p.loanInstallments,
						null, "Credits & Loans", "Instalment", "OPERACAO_CREDITO", null, null, null, false);
			}
		}
		if (dom == p.savingsDay && p.savingsTransferCents > 0) {
			book(AccountKind.CHECKING, p.savingsTransferCents, false, br ? "TRANSF PARA POUPANCA" : "TRASPASO A AHORRO",
					null, "Investments & Savings", "Savings", "TRANSFERENCIA_MESMA_INSTITUICAO", null, null, null, false);
			book(AccountKind.SAVINGS, p.savingsTransferCents, true,
					br ? "TRANSF DA CONTA CORRENTE" : "TRASPASO DE CUENTA DE CHEQUES", null, "Investments & Savings",
					"Savings", "TRANSFERENCIA_MESMA_INSTITUICAO", null, null, null, false);
		}
		if (p.hasInvestments()) {
			if (d.equals(p.cdbDate)) {
				Entry paid = book(AccountKind.CHECKING, p.cdbCents, false, "APLICACAO CDB", null,
						"Investments & Savings", "Fixed income", "OUTROS", null, null, null, false);
				this.applications.add(new Application(paid.id(), CDB, d, p.cdbCents));
			}
			if (dom == p.fundDay && d.isAfter(p.cdbDate)) {
				Entry paid = book(AccountKind.CHECKING, p.fundCents, false, "APLICACAO FUNDO " + fundName(), null,
						"Investments & Savings", "Investment Funds", "OUTROS", null, null, null, false);
				this.applications.add(new Application(paid.id(), FUND, d, p.fundCents));
			}
			for (Persona.ForeignExchange fx : p.exchanges) {
				if (d.equals(fx.date())) {
					long cents = fx.foreignCents() * fx.rateMicros() / 1_000_000;
					book(AccountKind.CHECKING, cents, false, "COMPRA DE CAMBIO " + fx.currency(), null,
							"Transport & Travel", "Other", "OUTROS", null, null, null, false);
					this.exchanges.add(fx);
				}
			}
		}
		LocalDate closing = d.minusDays(DUE_AFTER_DAYS);
		if (closing.getDayOfMonth() == p.cardClosingDay && this.cycleTotals.containsKey(closing)) {
			long total = this.cycleTotals.get(closing)[0];
			Cycle cycle = cycle(closing);
			book(AccountKind.CHECKING, total, false, br ? "PAGAMENTO FATURA CARTAO " + p.cardLast4
					: "PAGO TARJETA DE CREDITO " + p.cardLast4, null, "Credits & Loans", "Credit Card", "OUTROS", null,
					null, null, false);
			book(AccountKind.CARD, total, true, br ? "PAGAMENTO RECEBIDO" : "PAGO RECIBIDO", null, "Credits & Loans",
					"Credit Card", "PAGAMENTO", null, null, cycle, false);
			this.cyclePayments.put(closing, d);
		}
		randomSpending();
	}

	private void randomSpending() {
		Persona p = this.persona;
		Country c = p.country;
		boolean br = c == Country.BR;
		if (this.random.nextDouble() < 0.3) {
			String shop = Persona.pick(this.random, c.groceries);
			purchase(shop, share(0.008, 0.028), "Food & Groceries", "Groceries", 5411, 0.6);
		}
		if (this.random.nextDouble() < 0.25) {
			String place = Persona.pick(this.random, c.restaurants);
			boolean delivery = place.equals("iFood") || place.equals("Rappi");
			purchase(place, share(0.003, 0.011), "Food & Groceries", delivery ? "Delivery" : "Restaurants",
					delivery ? 5814 : 5812, 0.7);
		}
		if (this.random.nextDouble() < 0.15) {
			String ride = Persona.pick(this.random, c.transport);
			boolean fuel = ride.startsWith("Posto") || ride.equals("Pemex") || ride.equals("Shell");
			purchase(ride, fuel ? share(0.005, 0.012) : share(0.001, 0.004), "Transport & Travel",
					fuel ? "Gas" : "Taxis & Rideshares", fuel ? 5541 : 4121, 0.8);
		}
		if (this.random.nextDouble() < 0.06) {
			String pharmacy = Persona.pick(this.random, c.pharmacies);
			purchase(pharmacy, share(0.002, 0.008), "Home & Life", "Pharmacies", 5912, 0.5);
		}
		if (this.random.nextDouble() < 0.05) {
			Counterparty friend = person();
			book(AccountKind.CHECKING, share(0.005, 0.03), false, (br ? "PIX ENVIADO " : "SPEI ENVIADO ")
					+ upper(friend.name()), null, "Transfers", null, br ? "PIX" : "SPEI", null, friend, null, false);
		}
		if (this.random.nextDouble() < 0.035) {
			Counterparty friend = person();
			book(AccountKind.CHECKING, share(0.005, 0.02), true,
					(br ? "PIX RECEBIDO " : "SPEI RECIBIDO ") + upper(friend.name()), null, "Transfers", null,
					br ? "PIX" : "SPEI", null, friend, null, false);
		}
	}

	/** A purchase paid by credit card with probability {@code cardShare}, otherwise by debit card. */
	private void purchase(String merchant, long cents, String category, String subcategory, int mcc,
			double cardShare) {
		boolean card = this.random.nextDouble() < cardShare;
		String description = (card ? "" : this.persona.country == Country.BR ? "COMPRA CARTAO DEB " : "COMPRA ")
				+ upper(merchant);
		book(card ? AccountKind.CARD : AccountKind.CHECKING, cents, false, description, merchant, category,
				subcategory, "CARTAO", mcc, company(merchant), null, card);
	}

	private void salary() {
		Persona p = this.persona;
		boolean br = p.country == Country.BR;
		book(AccountKind.CHECKING, p.salaryCents, true,
				(br ? "CRED SALARIO " : "DEPOSITO DE NOMINA ") + upper(p.employer), null, "Income & Payments",
				"Salary", br ? "FOLHA_PAGAMENTO" : "SPEI", null,
				new Counterparty(true, p.employer, null, null, null, null, null), null, false);
	}

	private void rent() {
		Persona p = this.persona;
		boolean br = p.country == Country.BR;
		Counterparty landlord = new Counterparty(false, p.landlord, p.landlordTaxId, br ? "341" : "012",
				br ? "0452" : null, br ? "08745213" : p.landlordClabe, br ? "3" : null);
		book(AccountKind.CHECKING, p.rentCents, false, (br ? "PIX ENVIADO ALUGUEL " : "SPEI ENVIADO RENTA ")
				+ upper(p.landlord), null, "Bills & Utilities", "Rent", br ? "PIX" : "SPEI", null, landlord, null,
				false);
	}

	private Entry book(AccountKind account, long cents, boolean inflow, String description, String merchant,
			String category, String subcategory, String operationType, Integer mcc, Counterparty counterparty,
			Cycle cycle, boolean purchase) {
		// a liability's balance is what is owed: purchases raise it, payments lower it
		boolean liability = account == AccountKind.CARD || account == AccountKind.LOAN;
		long balance = this.balances.get(account) + (inflow != liability ? cents : -cents);
		this.balances.put(account, balance);
		Cycle billed = cycle;
		if (purchase) {
			billed = cycle(closingFor(this.day));
			this.cycleTotals.computeIfAbsent(billed.closing(), k -> new long[1])[0] += cents;
		}
		int seconds = 6 * 3600 + this.random.nextInt(16 * 3600);
		Entry entry = new Entry("%s-%s-%02d".formatted(this.persona.tag, this.day.toString().replace("-", ""),
				this.sequence++), account, this.day, LocalTime.ofSecondOfDay(seconds), cents, inflow, balance,
				description, merchant, category, subcategory, operationType, mcc, counterparty, billed, purchase);
		this.entries.add(entry);
		return entry;
	}

	private LocalDate closingFor(LocalDate date) {
		int closingDay = this.persona.cardClosingDay;
		return date.getDayOfMonth() <= closingDay ? date.withDayOfMonth(closingDay)
				: date.plusMonths(1).withDayOfMonth(closingDay);
	}

	private Cycle cycle(LocalDate closing) {
		return new Cycle(this.persona.tag + "-bill-" + closing.toString().substring(0, 7).replace("-", ""), closing,
				closing.plusDays(DUE_AFTER_DAYS));
	}

	/** An amount between the two shares of the salary, scaled by the persona's spending habit. */
	private long share(double low, double high) {
		double cents = this.persona.salaryCents * (low + this.random.nextDouble() * (high - low))
				* this.persona.spending;
		return Math.max(100, Math.round(cents));
	}

	private Counterparty person() {
		Country c = this.persona.country;
		String given = Persona.pick(this.random, this.random.nextBoolean() ? c.femaleNames : c.maleNames);
		String name = given + " " + Persona.pick(this.random, c.surnames);
		if (c == Country.BR) {
			return new Counterparty(false, name, Documents.cpf(this.random), "260", "0001",
					String.valueOf(10_000_000 + this.random.nextInt(89_999_999)), String.valueOf(this.random.nextInt(10)));
		}
		return new Counterparty(false, name, null, "012", null, Documents.clabe("012", "180", this.random), null);
	}

	private static Counterparty company(String name) {
		return name == null ? null : new Counterparty(true, name, null, null, null, null, null);
	}

	String fundName() {
		return "SERRA AZUL RENDA FIXA DI FIC FI";
	}

	/** A day of the month that every month has: the 29th-31st fall back to the month's last day. */
	static int dayOf(int day, LocalDate date) {
		return Math.min(day, date.lengthOfMonth());
	}

	private static String upper(String text) {
		return Documents.plain(text).replace('Ñ', 'N');
	}

	List<Entry> entries(AccountKind account) {
		return this.entries.stream().filter(e -> e.account() == account).toList();
	}

}
