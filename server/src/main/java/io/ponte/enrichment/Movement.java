package io.ponte.enrichment;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One stored transaction as the detectors read it: only what a real bank returns (account, dates, amount,
 * direction, description), never a category or merchant, so detection works on any connector's data and on
 * transactions the categorizer has not seen yet.
 *
 * @param key the description reduced to its stable words, so charges of one payer or merchant group together
 * although statements add card masks, store numbers, document numbers and references
 */
public record Movement(String id, String account, String accountCategory, LocalDate date, double amount,
		boolean inflow, String description, String key, String currency) {

	/**
	 * The link's transactions of accounts in {@code categories}, dated in {@code (to - days, to]}, sorted by date;
	 * transactions of accounts the link no longer stores are left out.
	 */
	public static List<Movement> of(List<ObjectNode> transactions, List<ObjectNode> accounts, List<String> categories,
			LocalDate from, LocalDate to) {
		Map<String, String> categoryOf = new HashMap<>();
		for (ObjectNode account : accounts) {
			categoryOf.put(text(account, "internal_identification"), text(account, "category"));
		}
		List<Movement> movements = new ArrayList<>();
		for (ObjectNode tx : transactions) {
			String account = text(tx, "account");
			String category = categoryOf.get(account);
			String day = text(tx, "value_date");
			if (day == null) {
				day = text(tx, "accounting_date");
			}
			if (category == null || !categories.contains(category) || day == null || "CANCELLED".equals(text(tx, "status"))) {
				continue;
			}
			LocalDate date = LocalDate.parse(day.substring(0, 10));
			if (date.isBefore(from) || date.isAfter(to)) {
				continue;
			}
			String description = text(tx, "description");
			description = description == null ? "" : description;
			movements.add(new Movement(text(tx, "internal_identification"), account, category, date,
					Math.abs(tx.path("amount").asDouble()), "INFLOW".equals(text(tx, "type")), description,
					key(description), text(tx, "currency")));
		}
		movements.sort(Comparator.comparing(Movement::date).thenComparing(Movement::id));
		return movements;
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

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asString();
	}

}
