package io.ponte.links;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Belvo refuses to keep personal data in {@code external_id}: a value that looks like an e-mail address, a
 * phone number or a Brazilian or Mexican document (CPF, CNPJ, RFC, CURP) is stored as null instead.
 */
final class ExternalIds {

	private static final List<Pattern> PERSONAL_DATA = List.of(
			Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"),
			// CPF, CNPJ and phone numbers: 10 to 14 digits, optionally punctuated
			Pattern.compile("(?<![0-9])\\+?[0-9](?:[ .()/-]?[0-9]){9,13}(?![0-9])"),
			Pattern.compile("(?i)(?<![A-Z0-9])[A-ZÑ&]{3,4}[0-9]{6}[A-Z0-9]{3}(?![A-Z0-9])"),
			Pattern.compile("(?i)(?<![A-Z0-9])[A-Z]{4}[0-9]{6}[HMX][A-Z]{5}[A-Z0-9][0-9](?![A-Z0-9])"));

	private ExternalIds() {
	}

	/** UUIDs are the most common external ids; their digit runs must not pass for phone numbers. */
	private static final Pattern UUID_LIKE = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	static boolean looksPersonal(String value) {
		String withoutUuids = UUID_LIKE.matcher(value).replaceAll(" ");
		return PERSONAL_DATA.stream().anyMatch(p -> p.matcher(withoutUuids).find());
	}

}
