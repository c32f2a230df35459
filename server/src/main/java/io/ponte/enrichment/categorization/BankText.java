package io.ponte.enrichment.categorization;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Statement text as rules and the merchant dictionary compare it: upper case without accents, digits written
 * {@code #} (store numbers, dates and card masks vary, the words do not), spaces collapsed. Banks print the same
 * merchant with different channel prefixes ({@code COMPRA DEB}, {@code DEB AUT}, {@code DOMICILIACION}); the
 * merchant part is what follows them.
 */
final class BankText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern DIGITS = Pattern.compile("[0-9]");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	/** Channel words a bank puts before the merchant: card purchase, direct debit, bill payment. */
	private static final Pattern CHANNEL = Pattern.compile(
			"^(COMPRA (DEB|TDD|TDC|CARTAO|CREDITO|DEBITO)|COMPRA|DEB AUT|DEB AUTOMATICO|PAGTO CONTA|PAGO|DOMICILIACION"
					+ "|CARGO DOMICILIADO) ");

	/** Card acquirers and payment facilitators that prefix a small merchant's name: PagSeguro, Mercado Pago... */
	private static final Pattern ACQUIRER = Pattern.compile("^(PAG|MP|EC|PG|SUMUP|IZ|CLIP|STRIPE|PAYPAL|GETNET) ?\\*");

	/** Words that are not the merchant: store numbers, card masks ({@code ****1234}, {@code XXXX1234}), dates. */
	private static final Pattern NOT_A_NAME = Pattern.compile("^([#*X]*#+[#/*-]*|\\*+|[#*]+/[#*]+)$");

	private BankText() {
	}

	/**
	 * A readable merchant name from a normalized description the dictionary does not know: without channel and
	 * acquirer prefixes, store numbers, card masks and dates, in title case; null when nothing is left.
	 */
	static String merchantName(String normalized) {
		String part = ACQUIRER.matcher(merchantPart(normalized)).replaceFirst("").trim();
		StringBuilder name = new StringBuilder();
		for (String word : part.split(" ")) {
			if (word.isEmpty() || NOT_A_NAME.matcher(word).matches()) {
				continue;
			}
			if (!name.isEmpty()) {
				name.append(' ');
			}
			name.append(word.charAt(0)).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
		}
		return name.isEmpty() ? null : name.toString();
	}

	/** The normalized form of a statement description; empty for none. */
	static String normalized(String description) {
		if (description == null) {
			return "";
		}
		String plain = MARKS.matcher(Normalizer.normalize(description, Normalizer.Form.NFD)).replaceAll("");
		return SPACES.matcher(DIGITS.matcher(plain.toUpperCase(java.util.Locale.ROOT)).replaceAll("#"))
			.replaceAll(" ")
			.trim();
	}

	/** The part of a normalized description that names the merchant: without the channel prefix. */
	static String merchantPart(String normalized) {
		return CHANNEL.matcher(normalized).replaceFirst("");
	}

}
