package io.ponte.enrichment.categorization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What one transfer cannot say but a person's history of transfers can: a person who pays the user in at least
 * three different months and whom the user never pays is a client (freelance income), and a person the user pays
 * about the same amount once a month for at least three months, and who never pays back, is a landlord (rent).
 * Works on the transfers of one fetch, keyed by the name the bank prints after the transfer words.
 */
final class RegularCounterparties {

	static final int MONTHS = 3;

	/** Rent varies little month to month: the largest payment is within this factor of the smallest. */
	static final double RENT_SPREAD = 1.15;

	/** What the fetch shows of one person: months paid in and out, and the amounts paid out. */
	private static final class Person {

		final Set<String> inMonths = new HashSet<>();

		final Set<String> outMonths = new HashSet<>();

		final List<Double> outAmounts = new ArrayList<>();

		int outflows;

		int inflows;

	}

	private RegularCounterparties() {
	}

	/** Re-reads the transfers among {@code categorizations} (same order as {@code transactions}) in place. */
	static void refine(List<? extends JsonNode> transactions, Categorization[] categorizations) {
		Map<String, Person> people = new HashMap<>();
		String[] keys = new String[categorizations.length];
		for (int i = 0; i < categorizations.length; i++) {
			JsonNode tx = transactions.get(i);
			if (!"Transfers".equals(categorizations[i].category())
					|| !"INDIVIDUAL".equals(tx.path("counterparty").path("type").asString(null))) {
				continue;
			}
			String key = personOf(BankText.normalized(tx.path("description").asString(null)));
			String month = tx.path("value_date").asString("");
			if (key == null || month.length() < 7) {
				continue;
			}
			keys[i] = key;
			Person person = people.computeIfAbsent(key, k -> new Person());
			if ("INFLOW".equals(tx.path("type").asString(null))) {
				person.inflows++;
				person.inMonths.add(month.substring(0, 7));
			}
			else {
				person.outflows++;
				person.outMonths.add(month.substring(0, 7));
				person.outAmounts.add(Math.abs(tx.path("amount").asDouble(0)));
			}
		}
		for (int i = 0; i < categorizations.length; i++) {
			Person person = keys[i] == null ? null : people.get(keys[i]);
			if (person == null) {
				continue;
			}
			boolean inflow = "INFLOW".equals(transactions.get(i).path("type").asString(null));
			if (inflow && person.inMonths.size() >= MONTHS && person.outflows == 0) {
				categorizations[i] = Categorization.of("Income & Payments", "Freelance",
						"a person who paid in " + person.inMonths.size() + " months and was never paid");
			}
			else if (!inflow && person.inflows == 0 && looksLikeRent(person)) {
				categorizations[i] = Categorization.of("Bills & Utilities", "Rent",
						"the same person paid about the same amount once a month for " + person.outMonths.size()
								+ " months");
			}
		}
	}

	private static boolean looksLikeRent(Person person) {
		if (person.outMonths.size() < MONTHS || person.outflows != person.outMonths.size()) {
			return false;
		}
		double min = person.outAmounts.stream().mapToDouble(Double::doubleValue).min().orElse(0);
		double max = person.outAmounts.stream().mapToDouble(Double::doubleValue).max().orElse(0);
		return min > 0 && max <= min * RENT_SPREAD;
	}

	/** The name after the transfer words ({@code PIX RECEBIDO}, {@code SPEI ENVIADO}...), or null. */
	private static String personOf(String text) {
		String[] words = text.split(" ", 3);
		return words.length < 3 ? null : words[2];
	}

}
