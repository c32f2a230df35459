package io.ponte.connectors.sandbox;

import io.ponte.connectors.sandbox.Booking.Counterparty;
import io.ponte.connectors.sandbox.Household.Obligation;
import io.ponte.connectors.sandbox.Household.Period;
import io.ponte.connectors.sandbox.Merchants.Subscription;
import io.ponte.connectors.sandbox.Persona.AccountKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Decoys: what looks like income or a recurring expense and is neither, planted so that a detector's precision is
 * measured against the traps real statements hold. App-store purchases at the descriptor of app-store
 * subscriptions, a subscription cancelled after a charge or two, a gym's sign-up fee beside its monthly plan, and
 * a yearly income-tax refund from the government. Each is tagged with a {@link PlantedKind#decoyId} stream, so
 * the truth lists it apart. Every occurrence is a pure function of (seed, day or month) from its own draws.
 */
final class Lookalikes {

	private static final long[] BR_APP_PRICES = { 4_90, 6_90, 9_90, 9_90, 14_90, 19_90, 27_90, 34_90, 49_90, 89_90 };

	private static final long[] MX_APP_PRICES = { 19_00, 29_00, 29_00, 49_00, 79_00, 99_00, 129_00, 179_00, 249_00,
			449_00 };

	private final Persona persona;

	private final Ledger ledger;

	private final boolean br;

	/** App-store purchases a month, 0 for people who buy none; the store is Apple's or Google's. */
	private final double appPurchasesPerMonth;

	private final String appStore;

	/** A charge to book on a day. */
	private record Charge(LocalDate date, Booking booking, long cents) {
	}

	/** The month whose short-lived subscription charges {@link #trialCharges} holds. */
	private YearMonth trialMonth;

	private final List<Charge> trialCharges = new ArrayList<>();

	Lookalikes(Persona persona, Ledger ledger) {
		this.persona = persona;
		this.ledger = ledger;
		this.br = persona.country == Country.BR;
		SplittableRandom random = Draws.stream(persona.seed, "lookalikes");
		this.appPurchasesPerMonth = Draws.chance(random, this.br ? 0.3 : 0.25) ? Draws.logNormal(random, 0.8, 0.6)
				: 0;
		this.appStore = Draws.chance(random, this.br ? 0.2 : 0.25) ? "APPLE.COM/BILL" : "GOOGLE *GOOGLE PLAY";
	}

	void day(LocalDate d) {
		SplittableRandom random = Draws.stream(this.persona.seed, "lookalikes", d);
		if (this.appPurchasesPerMonth > 0 && Draws.chance(random, this.appPurchasesPerMonth / 30)) {
			long[] prices = this.br ? BR_APP_PRICES : MX_APP_PRICES;
			charge(Booking.of(this.appStore, "Online Platforms & Leisure", "Gaming", this.br ? "CARTAO" : "TARJETA")
				.merchant(this.appStore.startsWith("APPLE") ? "Apple" : "Google Play", null, 5818)
				.stream(PlantedKind.APP_STORE_PURCHASE.decoyId("app-store")), prices[random.nextInt(prices.length)],
					9 + random.nextDouble() * 14);
		}
		shortLivedSubscriptions(d);
		signupFees(d);
		taxRefund(d);
	}

	/**
	 * About one person in seven a year tries a streaming or app service they do not keep: one charge, or two a
	 * month apart, at its list price, then cancels.
	 */
	private void shortLivedSubscriptions(LocalDate d) {
		YearMonth month = YearMonth.from(d);
		if (!month.equals(this.trialMonth)) {
			this.trialMonth = month;
			this.trialCharges.clear();
			for (YearMonth started : List.of(month.minusMonths(1), month)) {
				SplittableRandom random = Draws.stream(this.persona.seed, "short-lived", Incomes.index(started));
				if (!Draws.chance(random, 0.013)) {
					continue;
				}
				List<Subscription> options = new ArrayList<>(Merchants.subscriptions(this.persona.country,
						random.nextBoolean() ? Merchants.STREAMING : Merchants.APPS));
				options.removeIf(s -> this.persona.household.obligations.stream()
					.anyMatch(o -> o.booking().description().endsWith(s.descriptor())));
				int charges = random.nextDouble() < 0.6 ? 1 : 2;
				int day = 1 + random.nextInt(28);
				if (options.isEmpty() || started.isBefore(month) && charges == 1) {
					continue;
				}
				Subscription s = options.get(random.nextInt(options.size()));
				LocalDate date = month.atDay(day);
				this.trialCharges.add(new Charge(date, Booking.of(s.descriptor(), s.category(), s.subcategory(),
						this.br ? "CARTAO" : "TARJETA")
					.merchant(s.name(), s.website(), s.mcc())
					.stream(PlantedKind.SHORT_LIVED_SUBSCRIPTION.decoyId(started.toString())), s.priceOn(date)));
			}
		}
		for (Charge c : this.trialCharges) {
			if (c.date().equals(d)) {
				charge(c.booking(), c.cents(), 2 + d.getDayOfMonth() % 5);
			}
		}
	}

	/** Where a gym charges a sign-up fee, it comes with the first monthly charge of each spell of membership. */
	private void signupFees(LocalDate d) {
		for (Obligation gym : this.persona.household.obligations) {
			if (!gym.type().equals("GYM")) {
				continue;
			}
			for (Period period : gym.periods()) {
				YearMonth first = period.start();
				if (!first.equals(YearMonth.from(d)) || !this.ledger.due(gym, first).equals(d)) {
					continue;
				}
				SplittableRandom random = Draws.stream(this.persona.seed, "sign-up", Incomes.index(first));
				long monthly = gym.priceOn(this.persona.seed, d);
				// a promotion waives it as often as not
				if (Draws.chance(random, 0.55)) {
					long fee = Persona.roundTo(monthly * (0.5 + random.nextDouble()), this.br ? 10_00 : 50_00)
							- (this.br ? 10 : 1_00);
					charge(gym.booking().stream(PlantedKind.GYM_SIGNUP_FEE.decoyId(gym.id() + "-" + first)),
							Math.max(this.br ? 29_90 : 149_00, fee), 1);
				}
			}
		}
	}

	/**
	 * Income-tax refunds: in Brazil, the IRPF refund lots from the end of May to September, for about 40% of
	 * employees earning above twice the minimum wage; in Mexico, the SAT's automatic refund in April to June for
	 * about 20% of employees. Once a year at most, about a third of a month's pay.
	 */
	private void taxRefund(LocalDate d) {
		int m = d.getMonthValue();
		if (this.persona.incomes.kind() != IncomeKind.EMPLOYEE || m < 4 || m > 9) {
			return;
		}
		SplittableRandom random = Draws.stream(this.persona.seed, "tax refund", d.getYear());
		boolean refunded = Draws.chance(random, this.br ? 0.4 : 0.2);
		double lot = random.nextDouble();
		int late = random.nextInt(60);
		double spread = Math.exp(0.7 * Draws.gaussian(random));
		BusinessCalendar calendar = this.ledger.calendar();
		LocalDate date = this.br ? calendar.lastBusinessDay(YearMonth.of(d.getYear(), lot < 0.3 ? 5 : lot < 0.55
				? 6 : lot < 0.75 ? 7 : lot < 0.9 ? 8 : 9)) : calendar.onOrAfter(LocalDate.of(d.getYear(), 4, 15)
					.plusDays(late));
		if (!refunded || !date.equals(d)) {
			return;
		}
		LocalDate yearEnd = LocalDate.of(d.getYear() - 1, 12, 31);
		long gross = this.persona.incomes.grossMonthlyCents(yearEnd);
		long cents = Math.round(this.persona.incomes.regularMonthlyCents(yearEnd) * (this.br ? 0.35 : 0.3) * spread);
		if (cents <= 0 || gross <= (this.br ? 2 * Payroll.minimumWageCents(Country.BR, d.getYear() - 1) : 0)) {
			return;
		}
		String name = this.br ? "RECEITA FEDERAL" : "SERVICIO DE ADMINISTRACION TRIBUTARIA";
		SplittableRandom byName = new SplittableRandom(name.hashCode());
		Counterparty agency = Counterparty.company(name, this.br ? Documents.cnpj(byName)
				: Documents.rfcCompany(name, LocalDate.of(1997, 7, 1), byName));
		String text = this.br ? "CRED RESTITUICAO IRPF " + d.getYear() : "SPEI RECIBIDO BANXICO DEVOLUCION SAT ISR";
		this.ledger.plan(9 + random.nextDouble() * 3, AccountKind.CHECKING, cents, true,
				Booking.of(text, "Taxes", "Tax Return", this.br ? "TED" : "SPEI")
					.with(agency)
					.stream(PlantedKind.TAX_REFUND.decoyId(String.valueOf(d.getYear()))), null);
	}

	/** A card charge, or a debit-card one for people without a credit card, when there is room for it. */
	private void charge(Booking booking, long cents, double hour) {
		if (this.persona.holds(AccountKind.CARD)) {
			if (this.ledger.cardHeadroom() >= cents) {
				this.ledger.plan(hour, AccountKind.CARD, cents, false, booking, null);
			}
		}
		else if (this.ledger.available() >= cents) {
			this.ledger.plan(hour, AccountKind.CHECKING, cents, false,
					booking.describedAs((this.br ? "COMPRA CARTAO " : "COMPRA TDD ") + booking.description()), null);
		}
	}

}
