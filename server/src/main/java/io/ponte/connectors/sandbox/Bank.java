package io.ponte.connectors.sandbox;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A person's accounts at one institution: numbers, agency and card, drawn from (institution, username), so the
 * same person has different account numbers at different banks.
 *
 * @param code the institution's clearing code (COMPE in Brazil, the CLABE bank prefix in Mexico): fictitious,
 * the same for every customer of the institution
 */
record Bank(String code, String agency, String checkingNumber, String savingsNumber, String checkDigit,
		String clabe, String cardLast4, String cardNetwork) {

	static Bank of(Persona p) {
		boolean br = p.country == Country.BR;
		SplittableRandom institution = new SplittableRandom(Draws.seed(p.institution));
		String code = String.valueOf(br ? 600 + institution.nextInt(99) : 600 + institution.nextInt(30));
		SplittableRandom random = new SplittableRandom(Draws.seed(p.institution + "\n" + p.userKey));
		String agency = "%04d".formatted(1 + random.nextInt(3500));
		String checking = Draws.digits(random, 8);
		String savings = Draws.digits(random, 8);
		String digit = String.valueOf(random.nextInt(10));
		String clabe = Documents.clabe(code, "%03d".formatted(10 + random.nextInt(900)), random);
		String last4 = "%04d".formatted(random.nextInt(10_000));
		String network = Draws.pick(random,
				br ? List.of("MASTERCARD", "VISA", "MASTERCARD", "ELO", "VISA") : List.of("VISA", "MASTERCARD", "VISA",
						"AMERICAN_EXPRESS"));
		return new Bank(code, agency, checking, savings, digit, clabe, last4, network);
	}

}
