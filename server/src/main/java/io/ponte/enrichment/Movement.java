package io.ponte.enrichment;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One stored transaction as the detectors read it: what a real bank returns (account, day, amount, direction,
 * description) plus the categorizer's category, which is itself computed from bank data only. Amounts are whole
 * cents, so equal amounts compare equal and sums do not drift.
 *
 * @param cents the absolute amount in cents; {@link #inflow()} gives the direction
 * @param key the description reduced to its stable words, so charges of one payer or merchant group together
 * although statements add card masks, store numbers, document numbers and references
 */
public record Movement(String id, String account, String accountCategory, LocalDate date, long cents,
		boolean inflow, String description, String key, String currency, String category, String subcategory) {

	/** The amount in currency units, for averages and rendering. */
	public double amount() {
		return this.cents / 100.0;
	}

	/** Inflows positive, outflows negative. */
	public long signedCents() {
		return this.inflow ? this.cents : -this.cents;
	}

	/**
	 * Upper-case ASCII words without the ones that change from one statement line to the next: tokens of four or
	 * more characters holding a digit (document numbers, store numbers, references) and card masks.
	 */
	public static String key(String description) {
		String plain = Normalizer.normalize(description, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toUpperCase(Locale.ROOT)
			.replace('*', ' ');
		StringBuilder key = new StringBuilder();
		for (String token : plain.split("\\s+")) {
			if (token.isEmpty() || token.length() >= 4 && token.chars().anyMatch(Character::isDigit)
					|| token.contains("XXXX")) {
				continue;
			}
			if (!key.isEmpty()) {
				key.append(' ');
			}
			key.append(token);
		}
		return key.toString();
	}

	/** The longest word of the description that identifies a company (a CNPJ, an RFC), or null. */
	public String document() {
		String best = null;
		for (String token : this.description.split("\\s+")) {
			if (token.length() >= 10 && token.chars().anyMatch(Character::isDigit)
					&& token.chars().anyMatch(c -> Character.isDigit(c) || Character.isUpperCase(c))
					&& (best == null || token.length() > best.length())) {
				best = token;
			}
		}
		return best;
	}

}
