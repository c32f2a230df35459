package io.ponte.connectors.sandbox;

import java.time.ZoneOffset;

/**
 * The countries the sandbox generates people for. The catalogues ({@link Places}, {@link Names},
 * {@link Merchants}, {@link Companies}) hold their local colour; this holds what the generator computes with.
 */
enum Country {

	BR("BRL", "BRA", "55", 3_200_00, ZoneOffset.ofHours(-3)),

	MX("MXN", "MEX", "52", 14_000_00, ZoneOffset.ofHours(-6));

	final String currency;

	final String iso3;

	final String phonePrefix;

	/** A typical monthly net income of a bank customer, the scale for budgets and limits. */
	final long medianSalaryCents;

	/**
	 * Local time of most customers: Brasília time and central Mexico, neither with daylight saving since 2019
	 * and 2022 respectively, so a fixed offset is exact for the generated years.
	 */
	final ZoneOffset offset;

	Country(String currency, String iso3, String phonePrefix, long medianSalaryCents, ZoneOffset offset) {
		this.currency = currency;
		this.iso3 = iso3;
		this.phonePrefix = phonePrefix;
		this.medianSalaryCents = medianSalaryCents;
		this.offset = offset;
	}

	/** The country of an institution's first country code, or null when the sandbox has no people there. */
	static Country of(String countryCode) {
		if (countryCode == null) {
			return null;
		}
		return switch (countryCode) {
			case "BR" -> BR;
			case "MX" -> MX;
			default -> null;
		};
	}

}
