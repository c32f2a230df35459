package io.ponte.connectors.sandbox;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Brazilian and Mexican identity documents with real check digits, so sandbox data passes the validators that
 * client applications run on CPFs, CNPJs, RFCs, CURPs and CLABEs.
 */
final class Documents {

	private static final String RFC_ALPHABET = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ";

	private static final String CURP_ALPHABET = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";

	private static final String HOMOCLAVE_ALPHABET = "123456789ABCDEFGHIJKLMNPQRSTUVWXYZ";

	private static final String CONSONANTS = "BCDFGHJKLMNPQRSTVWXYZ";

	private Documents() {
	}

	/** A CPF (11 digits, no punctuation) whose first nine digits come from {@code random}. */
	static String cpf(RandomGenerator random) {
		StringBuilder digits = new StringBuilder();
		for (int i = 0; i < 9; i++) {
			digits.append(random.nextInt(10));
		}
		if (digits.chars().distinct().count() == 1) {
			digits.setCharAt(0, digits.charAt(0) == '1' ? '2' : '1');
		}
		digits.append(mod11Digit(digits, 10, null));
		digits.append(mod11Digit(digits, 11, null));
		return digits.toString();
	}

	static boolean isValidCpf(String cpf) {
		if (cpf == null || !cpf.matches("\\d{11}") || cpf.chars().distinct().count() == 1) {
			return false;
		}
		return cpf.charAt(9) - '0' == mod11Digit(cpf.substring(0, 9), 10, null)
				&& cpf.charAt(10) - '0' == mod11Digit(cpf.substring(0, 10), 11, null);
	}

	/** A CNPJ (14 digits) for a company's head office ({@code 0001} branch). */
	static String cnpj(RandomGenerator random) {
		StringBuilder digits = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			digits.append(random.nextInt(10));
		}
		digits.append("0001");
		digits.append(mod11Digit(digits, 0, CNPJ_WEIGHTS_1));
		digits.append(mod11Digit(digits, 0, CNPJ_WEIGHTS_2));
		return digits.toString();
	}

	static boolean isValidCnpj(String cnpj) {
		if (cnpj == null || !cnpj.matches("\\d{14}") || cnpj.chars().distinct().count() == 1) {
			return false;
		}
		return cnpj.charAt(12) - '0' == mod11Digit(cnpj.substring(0, 12), 0, CNPJ_WEIGHTS_1)
				&& cnpj.charAt(13) - '0' == mod11Digit(cnpj.substring(0, 13), 0, CNPJ_WEIGHTS_2);
	}

	private static final int[] CNPJ_WEIGHTS_1 = { 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2 };

	private static final int[] CNPJ_WEIGHTS_2 = { 6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2 };

	/** Mod-11 check digit: with {@code weights}, those; otherwise weights counting down from {@code top}. */
	private static int mod11Digit(CharSequence digits, int top, int[] weights) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			sum += (digits.charAt(i) - '0') * (weights != null ? weights[i] : top - i);
		}
		int remainder = sum % 11;
		return remainder < 2 ? 0 : 11 - remainder;
	}

	/** The RFC of a natural person (13 characters): name letters, birth date, homoclave, check digit. */
	static String rfcPerson(String paternal, String maternal, String given, LocalDate birthDate,
			RandomGenerator random) {
		String base = nameLetters(paternal, maternal, given).replace('Ñ', 'X') + yymmdd(birthDate)
				+ HOMOCLAVE_ALPHABET.charAt(random.nextInt(HOMOCLAVE_ALPHABET.length()))
				+ HOMOCLAVE_ALPHABET.charAt(random.nextInt(HOMOCLAVE_ALPHABET.length()));
		return base + rfcCheckDigit(base);
	}

	/** The RFC of a company (12 characters): three letters of its name, incorporation date, homoclave. */
	static String rfcCompany(String name, LocalDate incorporated, RandomGenerator random) {
		String letters = plain(name).replaceAll("[^A-Z ]", "");
		StringBuilder initials = new StringBuilder();
		for (String word : letters.split(" +")) {
			if (!word.isEmpty() && initials.length() < 3) {
				initials.append(word.charAt(0));
			}
		}
		while (initials.length() < 3) {
			initials.append('X');
		}
		String base = initials + yymmdd(incorporated)
				+ HOMOCLAVE_ALPHABET.charAt(random.nextInt(HOMOCLAVE_ALPHABET.length()))
				+ HOMOCLAVE_ALPHABET.charAt(random.nextInt(HOMOCLAVE_ALPHABET.length()));
		return base + rfcCheckDigit(base);
	}

	static boolean isValidRfc(String rfc) {
		if (rfc == null || !rfc.matches("[A-ZÑ&]{3,4}\\d{6}[A-Z0-9]{3}")) {
			return false;
		}
		return rfc.charAt(rfc.length() - 1) == rfcCheckDigit(rfc.substring(0, rfc.length() - 1));
	}

	/** SAT's check digit; a company's 11-character base is padded with a space to the person's 12. */
	private static char rfcCheckDigit(String base) {
		String padded = base.length() == 11 ? " " + base : base;
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			sum += RFC_ALPHABET.indexOf(padded.charAt(i)) * (13 - i);
		}
		int remainder = sum % 11;
		if (remainder == 0) {
			return '0';
		}
		return 11 - remainder == 10 ? 'A' : (char) ('0' + 11 - remainder);
	}

	/** A CURP: name letters, birth date, sex (H/M), state, inner consonants, differentiator, check digit. */
	static String curp(String paternal, String maternal, String given, LocalDate birthDate, boolean female,
			String stateCode, RandomGenerator random) {
		String base = nameLetters(paternal, maternal, given).replace('Ñ', 'X') + yymmdd(birthDate) + (female ? 'M' : 'H') + stateCode
				+ innerConsonant(paternal) + innerConsonant(maternal) + innerConsonant(given)
				+ (birthDate.getYear() < 2000 ? (char) ('0' + random.nextInt(10)) : (char) ('A' + random.nextInt(26)));
		return base + curpCheckDigit(base);
	}

	static boolean isValidCurp(String curp) {
		if (curp == null || !curp.matches("[A-Z]{4}\\d{6}[HM][A-Z]{5}[0-9A-Z]\\d")) {
			return false;
		}
		return curp.charAt(17) - '0' == curpCheckDigit(curp.substring(0, 17));
	}

	private static int curpCheckDigit(String base) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += CURP_ALPHABET.indexOf(base.charAt(i)) * (18 - i);
		}
		return (10 - sum % 10) % 10;
	}

	/** An 18-digit CLABE: bank code, plaza, account number, weighted mod-10 check digit. */
	static String clabe(String bankCode, String plaza, RandomGenerator random) {
		StringBuilder digits = new StringBuilder(bankCode).append(plaza);
		while (digits.length() < 17) {
			digits.append(random.nextInt(10));
		}
		return digits.append(clabeCheckDigit(digits)).toString();
	}

	static boolean isValidClabe(String clabe) {
		return clabe != null && clabe.matches("\\d{18}") && clabe.charAt(17) - '0' == clabeCheckDigit(clabe);
	}

	private static int clabeCheckDigit(CharSequence digits) {
		int[] weights = { 3, 7, 1 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (digits.charAt(i) - '0') * weights[i % 3] % 10;
		}
		return (10 - sum % 10) % 10;
	}

	/**
	 * An IMSS social security number (NSS, 11 digits): subdelegation, year of affiliation, year of birth, a
	 * sequence and a Luhn check digit.
	 */
	static String nss(int subdelegation, int affiliationYear, int birthYear, RandomGenerator random) {
		String base = "%02d%02d%02d%04d".formatted(subdelegation % 100, affiliationYear % 100, birthYear % 100,
				random.nextInt(10_000));
		return base + luhnDigit(base);
	}

	static boolean isValidNss(String nss) {
		return nss != null && nss.matches("\\d{11}") && nss.charAt(10) - '0' == luhnDigit(nss.substring(0, 10));
	}

	/** Luhn's check digit: every second digit from the left doubled (digits of the product summed). */
	private static int luhnDigit(CharSequence digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int d = (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 2);
			sum += d / 10 + d % 10;
		}
		return (10 - sum % 10) % 10;
	}

	/** Paternal initial and first inner vowel, maternal initial, given-name initial (RFC and CURP share them). */
	private static String nameLetters(String paternal, String maternal, String given) {
		String p = plain(paternal).replaceAll("[^A-ZÑ]", "");
		String m = plain(maternal).replaceAll("[^A-ZÑ]", "");
		String g = plain(given).replaceAll("[^A-ZÑ]", "");
		char vowel = 'X';
		for (int i = 1; i < p.length(); i++) {
			if ("AEIOU".indexOf(p.charAt(i)) >= 0) {
				vowel = p.charAt(i);
				break;
			}
		}
		return "" + p.charAt(0) + vowel + (m.isEmpty() ? 'X' : m.charAt(0)) + g.charAt(0);
	}

	private static char innerConsonant(String name) {
		String n = plain(name).replaceAll("[^A-ZÑ]", "");
		for (int i = 1; i < n.length(); i++) {
			if (CONSONANTS.indexOf(n.charAt(i)) >= 0) {
				return n.charAt(i);
			}
		}
		return 'X';
	}

	/**
	 * A Chilean RUT ({@code 12345678-5}: the number, a hyphen, the check digit) for a number drawn between
	 * {@code low} and {@code high}: natural persons hold numbers up to the mid 20 millions, companies from 76
	 * million on.
	 */
	static String rut(RandomGenerator random, int low, int high) {
		return rut(random.nextInt(low, high));
	}

	/** The RUT of this number, with its check digit. */
	static String rut(int number) {
		return number + "-" + rutCheckDigit(Integer.toString(number));
	}

	/** Whether {@code rut} is a number and the check digit it must have (dots and hyphen optional, k or K). */
	static boolean isValidRut(String rut) {
		return normalizedRut(rut) != null;
	}

	/**
	 * The RUT as the SII prints it in documents ({@code 12345678-K}: no dots, upper-case K), or null when it is
	 * not a RUT with the right check digit.
	 */
	static String normalizedRut(String rut) {
		if (rut == null) {
			return null;
		}
		String compact = rut.strip().replace(".", "").replace("-", "").toUpperCase(Locale.ROOT);
		if (!compact.matches("[1-9][0-9]{0,8}[0-9K]")) {
			return null;
		}
		String number = compact.substring(0, compact.length() - 1);
		char check = compact.charAt(compact.length() - 1);
		return rutCheckDigit(number) == check ? number + "-" + check : null;
	}

	/** Modulo 11 with weights 2 to 7 from the right: 11 is 0, 10 is K. */
	private static char rutCheckDigit(String number) {
		int sum = 0;
		int weight = 2;
		for (int i = number.length() - 1; i >= 0; i--) {
			sum += (number.charAt(i) - '0') * weight;
			weight = weight == 7 ? 2 : weight + 1;
		}
		int digit = 11 - sum % 11;
		return digit == 11 ? '0' : digit == 10 ? 'K' : (char) ('0' + digit);
	}

	private static String yymmdd(LocalDate date) {
		return "%02d%02d%02d".formatted(date.getYear() % 100, date.getMonthValue(), date.getDayOfMonth());
	}

	/** Upper case without accents, keeping Ñ (which both SAT and RENAPO treat as a letter of its own). */
	static String plain(String text) {
		String upper = text.toUpperCase(Locale.ROOT).replace("Ñ", "\u0001");
		return Normalizer.normalize(upper, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace("\u0001", "Ñ");
	}

}
