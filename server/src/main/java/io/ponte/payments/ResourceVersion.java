package io.ponte.payments;

import io.ponte.api.ApiException;
import io.ponte.api.Caller;
import io.ponte.api.Condition;

/**
 * The {@code X-Belvo-API-Resource-Version} request header of the Brazil payments customers and bank accounts:
 * absent for the default (V1, "OFPI") request and response formats, {@code Payments-BR.V2} for the V2 ones (the
 * spec's {@code header_version} parameter, enum of that one value).
 *
 * <p>The two versions describe different objects, not two views of one: a V2 bank account requires
 * {@code external_id}, {@code metadata}, {@code active} and {@code details.institution} and forbids the
 * {@code SALARY} account type; a V1 one requires {@code created_by}, {@code customer} and, for a person, a first
 * and a last name. Neither can be rendered faithfully from the other's data. So Ponte keeps each resource in the
 * version it was created with (as Belvo keeps V2 resources apart: only they emit "schema version 2" webhooks): a
 * list shows the resources of the requested version, and a detail of a resource created in the other version is
 * a 404.
 */
enum ResourceVersion {

	V1, V2;

	static final String HEADER = "X-Belvo-API-Resource-Version";

	static final String V2_VALUE = "Payments-BR.V2";

	/** The version a request asks for; an unknown value is a 400 naming the header. */
	static ResourceVersion of(String header) {
		if (header == null || header.isBlank()) {
			return V1;
		}
		if (header.strip().equals(V2_VALUE)) {
			return V2;
		}
		throw ApiException.invalid(HEADER, "invalid_choice", "\"" + abbreviated(header)
				+ "\" is not a resource version Ponte knows: send " + V2_VALUE
				+ ", or no header for the default (V1) format.");
	}

	/** The rows of this version the caller may see. */
	Condition scope(Caller caller) {
		return caller.scope().and(Condition.eq("resource_version", name()));
	}

	private static String abbreviated(String value) {
		String printable = value.replaceAll("[^\\x20-\\x7e]", "?");
		return printable.length() > 40 ? printable.substring(0, 40) + "..." : printable;
	}

}
