package io.ponte.payments;

import java.util.Optional;

/**
 * Brazilian tax identifiers: the CPF of a person (11 digits) and the CNPJ of a company (14 digits), each ending
 * in two check digits (modulo 11). Written bare ({@code 52998224725}) or with their usual punctuation
 * ({@code 529.982.247-25}, {@code 11.222.333/0001-81}); kept as digits only. A number of one repeated digit
 * ({@code 111.111.111-11}) passes the arithmetic but is no one's, and is refused, as the Receita Federal does.
 *
 * <p>The spec's own examples are not all valid: {@code 10187609363} (CreateCustomerOfpi) and {@code 12345678901122}
 * (CreateCustomerV2) fail their check digits and are refused here; {@code 00000000000191} is a valid CNPJ.
 *
 * <p>The alphanumeric CNPJ the Receita Federal issues from July 2026 is not read yet: the spec's
 * {@code identifier} is digits only ({@code ^(?:[0-9]{11}|[0-9]{14})$}).
 */
final class TaxIds {

	enum Kind {

		/** A person: customer type {@code INDIVIDUAL}. */
		CPF("INDIVIDUAL", 11),

		/** A company: customer type {@code BUSINESS}. */
		CNPJ("BUSINESS", 14);

		private final String customerType;

		private final int length;

		Kind(String customerType, int length) {
			this.customerType = customerType;
			this.length = length;
		}

		String customerType() {
			return this.customerType;
		}

		int length() {
			return this.length;
		}

	}

	/** A valid identifier: its digits and what it identifies. */
	record TaxId(String digits, Kind kind) {
	}

	private static final int[] CPF_FIRST = { 10, 9, 8, 7, 6, 5, 4, 3, 2 };

	private static final int[] CPF_SECOND = { 11, 10, 9, 8, 7, 6, 5, 4, 3, 2 };

	private static final int[] CNPJ_FIRST = { 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2 };

	private static final int[] CNPJ_SECOND = { 6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2 };

	private TaxIds() {
	}

	/**
	 * The identifier {@code raw} writes, when it is a valid CPF or CNPJ: digits, optionally separated by the
	 * punctuation they are printed with (dots, a hyphen, a slash, spaces), of the right length and with matching
	 * check digits. Empty for anything else.
	 */
	static Optional<TaxId> parse(String raw) {
		if (raw == null || raw.length() > 32) {
			return Optional.empty();
		}
		StringBuilder digits = new StringBuilder(14);
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c >= '0' && c <= '9') {
				digits.append(c);
			}
			else if (c != '.' && c != '-' && c != '/' && c != ' ') {
				return Optional.empty();
			}
		}
		String bare = digits.toString();
		Kind kind = bare.length() == 11 ? Kind.CPF : bare.length() == 14 ? Kind.CNPJ : null;
		if (kind == null || oneRepeatedDigit(bare) || !checkDigitsMatch(bare, kind)) {
			return Optional.empty();
		}
		return Optional.of(new TaxId(bare, kind));
	}

	/** Whether {@code raw} is a valid identifier of this kind. */
	static boolean isValid(String raw, Kind kind) {
		return parse(raw).map(id -> id.kind() == kind).orElse(false);
	}

	/** Digits as they are printed: 529.982.247-25 for a CPF, 11.222.333/0001-81 for a CNPJ. */
	static String formatted(String digits) {
		if (digits.length() == 11) {
			return digits.substring(0, 3) + "." + digits.substring(3, 6) + "." + digits.substring(6, 9) + "-"
					+ digits.substring(9);
		}
		if (digits.length() == 14) {
			return digits.substring(0, 2) + "." + digits.substring(2, 5) + "." + digits.substring(5, 8) + "/"
					+ digits.substring(8, 12) + "-" + digits.substring(12);
		}
		return digits;
	}

	private static boolean checkDigitsMatch(String digits, Kind kind) {
		int[] first = kind == Kind.CPF ? CPF_FIRST : CNPJ_FIRST;
		int[] second = kind == Kind.CPF ? CPF_SECOND : CNPJ_SECOND;
		return checkDigit(digits, first) == digits.charAt(first.length) - '0'
				&& checkDigit(digits, second) == digits.charAt(second.length) - '0';
	}

	/** Modulo 11 over the leading digits, weighted: a remainder below 2 gives 0, any other r gives 11 - r. */
	private static int checkDigit(String digits, int[] weights) {
		int sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += (digits.charAt(i) - '0') * weights[i];
		}
		int remainder = sum % 11;
		return remainder < 2 ? 0 : 11 - remainder;
	}

	private static boolean oneRepeatedDigit(String digits) {
		return digits.chars().allMatch(c -> c == digits.charAt(0));
	}

}
