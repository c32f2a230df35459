package io.ponte.enrichment.recurring;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Readable names, the spec's categories and payment types for recurring charges, from the words of their
 * statements: the prefixes banks add (direct debit, card purchase) are dropped from the name, and a word list per
 * category maps Brazilian and Mexican billers. A charge none of them names is a regular bill.
 */
final class ExpenseNames {

	private static final List<String> PREFIXES = List.of("DEB AUT ", "DOMICILIACION ", "COMPRA DEB ", "COMPRA TDD ",
			"COMPRA CARTAO ", "PAGTO ", "PAGO ", "BOLETO ", "CARGO ", "DEBITO AUTOMATICO ", "SPEI ENVIADO ");

	private static final Map<String, List<String>> CATEGORIES = Map.of("Credits & Loans",
			List.of("EMPRESTIMO", "PRESTAMO", "CREDITO", "FINANCIAMENTO", "PARCELA", "CONSIGNADO", "ABONO"),
			"Insurance", List.of("SEGURO", "SAUDE", "SEGUROS", "AMIL", "UNIMED", "SULAMERICA", "GNP", "AXA", "METLIFE"),
			"Taxes", List.of("IPTU", "IPVA", "PREDIAL", "REFRENDO", "TENENCIA", "DARF", "SAT "),
			"Transport & Travel", List.of("SEM PARAR", "CONECTCAR", "PASE", "TAG", "ESTACIONAMENTO", "IAVE"),
			"Online Platforms & Leisure",
			List.of("NETFLIX", "SPOTIFY", "DISNEY", "HBO", "MAX", "YOUTUBE", "GOOGLE", "APPLE", "AMAZON", "PRIME",
					"DEEZER", "GLOBOPLAY", "PARAMOUNT", "VIX", "DUOLINGO", "OPENAI", "CHATGPT", "SMART FIT", "GYM",
					"FITNESS", "SPORTS WORLD", "BLUEFIT", "CRUNCHYROLL", "XBOX", "PLAYSTATION", "STAR"));

	private static final List<String> SUBSCRIPTIONS = List.of("NETFLIX", "SPOTIFY", "DISNEY", "HBO", "YOUTUBE",
			"GOOGLE", "APPLE", "AMAZON", "PRIME", "DEEZER", "GLOBOPLAY", "PARAMOUNT", "VIX", "DUOLINGO", "OPENAI",
			"CHATGPT", "CRUNCHYROLL", "XBOX", "PLAYSTATION", "FIT", "GYM", "SPORTS WORLD");

	private ExpenseNames() {
	}

	static String name(String key) {
		String name = key;
		for (String prefix : PREFIXES) {
			if (name.startsWith(prefix)) {
				name = name.substring(prefix.length());
			}
		}
		StringBuilder title = new StringBuilder();
		for (String word : name.split(" ")) {
			if (!title.isEmpty()) {
				title.append(' ');
			}
			title.append(word.length() <= 3 ? word : word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT));
		}
		return title.toString();
	}

	static String category(String key) {
		for (String category : List.of("Credits & Loans", "Insurance", "Taxes", "Transport & Travel",
				"Online Platforms & Leisure")) {
			if (CATEGORIES.get(category).stream().anyMatch(key::contains)) {
				return category;
			}
		}
		return "Bills & Utilities";
	}

	static String paymentType(String key) {
		return SUBSCRIPTIONS.stream().anyMatch(key::contains) ? "SUBSCRIPTION" : "REGULAR";
	}

}
