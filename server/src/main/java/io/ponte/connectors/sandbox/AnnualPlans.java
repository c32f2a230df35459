package io.ponte.connectors.sandbox;

import io.ponte.connectors.sandbox.Household.Obligation;
import io.ponte.connectors.sandbox.Merchants.Price;
import io.ponte.connectors.sandbox.Merchants.Subscription;
import io.ponte.connectors.sandbox.Persona.AccountKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plans paid once a year on the card: Amazon Prime, Microsoft 365, Duolingo, Canva, an antivirus, a warehouse
 * club's membership. They are recurring expenses a monthly detector must not report (one charge a year, often at
 * the descriptor of a monthly plan or of the club's own store), and a budget that a yearly charge dents. Prices
 * are the yearly list prices, approximate to the month and to a few percent.
 */
final class AnnualPlans {

	static final String MEMBERSHIP = "MEMBERSHIP";

	static final List<Subscription> BR = List.of(
			plan("Amazon Prime", Merchants.STREAMING, 5968, "https://www.amazon.com.br/prime", "AMAZON PRIME BR",
					p(2022, 1, 89_00), p(2023, 3, 119_00)),
			plan("Microsoft 365", Merchants.APPS, 5734, "https://www.microsoft.com/microsoft-365",
					"MICROSOFT*365 PERSONAL", p(2022, 1, 359_00), p(2023, 4, 449_00), p(2025, 1, 599_00)),
			plan("Duolingo", Merchants.APPS, 5818, "https://www.duolingo.com", "DUOLINGO", p(2022, 1, 179_90),
					p(2024, 3, 239_90)),
			plan("Canva Pro", Merchants.APPS, 5734, "https://www.canva.com", "CANVA", p(2022, 1, 289_90),
					p(2024, 9, 349_90)),
			plan("Kaspersky", Merchants.APPS, 5734, "https://www.kaspersky.com.br", "KASPERSKY LAB", p(2022, 1, 149_90),
					p(2024, 1, 169_90)),
			plan("Sam's Club", MEMBERSHIP, 5300, "https://www.samsclub.com.br", "SAMS CLUB ANUIDADE", p(2022, 1, 75_00),
					p(2024, 1, 85_00)));

	static final List<Subscription> MX = List.of(
			plan("Amazon Prime", Merchants.STREAMING, 5968, "https://www.amazon.com.mx/prime", "AMAZON PRIME MX",
					p(2022, 1, 899_00)),
			plan("Microsoft 365", Merchants.APPS, 5734, "https://www.microsoft.com/microsoft-365",
					"MICROSOFT*365 PERSONAL", p(2022, 1, 1_299_00), p(2025, 1, 1_699_00)),
			plan("Duolingo", Merchants.APPS, 5818, "https://www.duolingo.com", "DUOLINGO", p(2022, 1, 1_199_00),
					p(2024, 3, 1_399_00)),
			plan("Canva Pro", Merchants.APPS, 5734, "https://www.canva.com", "CANVA", p(2022, 1, 1_299_00),
					p(2024, 9, 1_599_00)),
			plan("Costco", MEMBERSHIP, 5300, "https://www.costco.com.mx", "COSTCO MEMBRESIA", p(2022, 1, 600_00),
					p(2024, 10, 650_00)),
			plan("Sam's Club", MEMBERSHIP, 5300, "https://www.sams.com.mx", "SAMS CLUB MEMBRESIA", p(2022, 1, 500_00),
					p(2024, 2, 600_00)));

	private AnnualPlans() {
	}

	static List<Subscription> of(Country country) {
		return country == Country.BR ? BR : MX;
	}

	/**
	 * Adds the person's annual plans, from their own draws: digital plans for about 15% of people at the median
	 * income (more for the better off), a warehouse club for 4% in Brazil and 10% in Mexico; never a plan whose
	 * descriptor a monthly plan of theirs already shows. Renewed on the month first bought, dropped now and then.
	 */
	static void draw(List<Obligation> list, Persona p, double wealth) {
		SplittableRandom random = Draws.stream(p.seed, "annual plans");
		boolean digital = Draws.chance(random, Math.min(0.35, 0.08 + 0.07 * wealth));
		boolean club = Draws.chance(random, p.country == Country.BR ? 0.04 : 0.1);
		List<Subscription> options = new ArrayList<>();
		for (Subscription s : of(p.country)) {
			boolean held = list.stream().anyMatch(o -> o.booking().description().endsWith(s.descriptor()));
			if (!held && (s.kind().equals(MEMBERSHIP) ? club : digital)) {
				options.add(s);
			}
		}
		int digitalPlans = random.nextDouble() < 0.25 ? 2 : 1;
		for (int i = 0; !options.isEmpty(); i++) {
			Subscription s = options.remove(random.nextInt(options.size()));
			if (!s.kind().equals(MEMBERSHIP) && digitalPlans-- <= 0) {
				continue;
			}
			String operation = p.country == Country.BR ? "CARTAO" : "TARJETA";
			list.add(new Obligation("annual-" + i, s.name(), s.kind(), 12, random.nextInt(12), 1 + random.nextInt(28),
					AccountKind.CARD, false, Household.churn(random, 13, 72, 3, 24), (date, r) -> s.priceOn(date),
					Booking.of(s.descriptor(), s.category(), s.subcategory(), operation).merchant(s.name(), s.website(),
							s.mcc())));
		}
	}

	private static Subscription plan(String name, String kind, int mcc, String website, String descriptor,
			Price... prices) {
		boolean club = kind.equals(MEMBERSHIP);
		return new Subscription(name, kind, club ? "Food & Groceries" : "Online Platforms & Leisure",
				club ? "Groceries" : kind.equals(Merchants.STREAMING) ? "Movie & Audio"
						: "Apps, Software and Cloud Services", mcc, website, descriptor, List.of(prices));
	}

	private static Price p(int year, int month, long cents) {
		return new Price(LocalDate.of(year, month, 1), cents);
	}

}
