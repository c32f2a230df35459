package io.ponte.enrichment.categorization;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Statement text as rules and the merchant dictionary compare it: upper case without accents, digits written
 * {@code #} (store numbers, dates and card masks vary, the words do not), punctuation read as a space (banks print
 * {@code DEB.AUTOR.} and {@code DEB AUT}, {@code TRANSF. A} and {@code TRANSF A}), the star of an acquirer's prefix
 * without spaces around it ({@code UBER *TRIP}, {@code UBER* TRIP} and {@code UBER*TRIP} are one descriptor), leading
 * dates dropped, spaces collapsed. Banks print the same merchant after different channel words ({@code COMPRA CARTAO
 * DEB MC}, {@code COMPRA NACIONAL}, {@code PAC}, {@code DOMICILIACION}); the merchant part is what follows them.
 */
final class BankText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	/** Characters read as a space. */
	private static final String PUNCTUATION = ".,;:_\"'()[]!?|\\-";

	/** A single star between words (not a card mask's run of stars), with the spaces around it. */
	private static final Pattern STAR = Pattern.compile("(?<=[A-Z#]) ?(?<!\\*)\\*(?!\\*) ?(?=[A-Z#])");

	/** Words of the channel a bank prints before the merchant: card, network, purchase, direct debit, bill payment. */
	private static final Set<String> CHANNEL = Set.of("COMPRA", "COMPRAS", "CARTAO", "CARD", "DEB", "DEBITO",
			"CREDITO", "TDD", "TDC", "MC", "ELO", "VISA", "ELECTRON", "MAESTRO", "MASTER", "MASTERCARD", "HIPERCARD",
			"AMEX", "NACIONAL", "INTERNACIONAL", "NAC", "INTERNAC", "REDCOMPRA", "POS", "PAC", "PAT", "AUT",
			"AUTOMATICO", "AUTOMATICA", "AUTOR", "CARGO", "DOMICILIACION", "DOMICILIADO", "RECURRENTE", "PAGTO",
			"PAGO", "PAGAMENTO", "CONTA", "WEB", "ONLINE", "ELETRON", "COBRANCA", "SERVICIO", "SERVICIOS");

	/** Words that join channel words ({@code COMPRA EN}, {@code PAGO DE SERVICIOS}): skipped only after one. */
	private static final Set<String> JOINERS = Set.of("DE", "EN", "EM", "A", "DA", "DO", "BRASIL");

	/** A card acquirer's or payment facilitator's prefix: {@code PAG*}, {@code MERCADOPAGO*}, {@code CLIP MX*}. */
	private static final Pattern ACQUIRER = Pattern.compile("^(CLIP MX|[A-Z#]{1,12})\\*(?=[A-Z#])");

	/** Words that are not the merchant: store numbers, card masks ({@code ****1234}, {@code XXXX1234}), dates. */
	private static final Pattern NOT_A_NAME = Pattern.compile("^([#*X]*#+[#/*-]*|\\*+|[#*]+/[#*]+)$");

	private BankText() {
	}

	/**
	 * A readable merchant name from a normalized description the dictionary does not know: without channel and
	 * acquirer prefixes, store numbers, card masks and dates, in title case; null when nothing is left.
	 */
	static String merchantName(String normalized) {
		String part = withoutAcquirer(merchantPart(normalized));
		StringBuilder name = new StringBuilder();
		for (String word : part.split(" ")) {
			if (word.isEmpty() || NOT_A_NAME.matcher(word).matches()) {
				continue;
			}
			if (!name.isEmpty()) {
				name.append(' ');
			}
			name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
		}
		return name.isEmpty() ? null : name.toString();
	}

	/** The normalized form of a statement description; empty for none. One pass: it runs for every transaction. */
	static String normalized(String description) {
		if (description == null) {
			return "";
		}
		String plain = ascii(description) ? description
				: MARKS.matcher(Normalizer.normalize(description, Normalizer.Form.NFD)).replaceAll("");
		StringBuilder out = new StringBuilder(plain.length());
		boolean space = false;
		for (int i = 0; i < plain.length(); i++) {
			char c = plain.charAt(i);
			if (Character.isWhitespace(c) || PUNCTUATION.indexOf(c) >= 0) {
				space = true;
				continue;
			}
			if (space && !out.isEmpty()) {
				out.append(' ');
			}
			space = false;
			out.append(c >= '0' && c <= '9' ? '#' : Character.toUpperCase(c));
		}
		String text = out.indexOf("*") < 0 ? out.toString() : STAR.matcher(out).replaceAll("*");
		int start = 0;
		while (true) {
			int end = text.indexOf(' ', start);
			if (end < 0 || !dateOrNumber(text, start, end)) {
				break;
			}
			start = end + 1;
		}
		return text.substring(start);
	}

	private static boolean ascii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) > 127) {
				return false;
			}
		}
		return true;
	}

	/** Whether the word between {@code start} and {@code end} is only {@code #} and {@code /}: a date, a number. */
	private static boolean dateOrNumber(String text, int start, int end) {
		for (int i = start; i < end; i++) {
			if (text.charAt(i) != '#' && text.charAt(i) != '/') {
				return false;
			}
		}
		return end > start;
	}

	/** The part of a normalized description that names the merchant: without the channel words before it. */
	static String merchantPart(String normalized) {
		int at = 0;
		boolean channel = false;
		while (at < normalized.length()) {
			int end = normalized.indexOf(' ', at);
			if (end < 0) {
				break;
			}
			String word = normalized.substring(at, end);
			boolean skip = CHANNEL.contains(word) || (channel && (JOINERS.contains(word) || isNumber(word)));
			if (!skip) {
				break;
			}
			channel = true;
			at = end + 1;
		}
		return normalized.substring(at);
	}

	/** A merchant part without the acquirer's prefix. */
	static String withoutAcquirer(String merchantPart) {
		return ACQUIRER.matcher(merchantPart).replaceFirst("");
	}

	private static boolean isNumber(String word) {
		return NOT_A_NAME.matcher(word).matches();
	}

}
