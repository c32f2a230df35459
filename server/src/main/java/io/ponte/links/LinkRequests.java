package io.ponte.links;

import io.ponte.api.ApiException;
import io.ponte.api.JsonBody;
import io.ponte.institutions.InstitutionEntry;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tools.jackson.databind.JsonNode;

/**
 * Validation of link settings shared by registration and modification: the enums and patterns of the spec,
 * and the institution's own login form (its fields' regular expressions).
 */
final class LinkRequests {

	private LinkRequests() {
	}

	/** {@code access_mode}, or {@code absent} when the body has none. */
	static AccessMode accessMode(JsonBody body, AccessMode absent) {
		String value = body.optionalChoice("access_mode", AccessMode.choices());
		return value == null ? absent : AccessMode.of(value);
	}

	/** {@code store}, {@code nostore} or a retention of 1 to 365 days such as {@code 30d}. */
	static Retention credentialsStorage(JsonBody body) {
		String value = body.optionalString("credentials_storage");
		if (value == null) {
			return Retention.STORE;
		}
		return Retention.parseStorage(value)
			.orElseThrow(() -> ApiException.invalid("credentials_storage", "invalid",
					"Use store, nostore or a number of days from 1d to 365d."));
	}

	static Retention staleIn(JsonBody body, Retention absent) {
		String value = body.optionalString("stale_in");
		if (value == null) {
			return absent;
		}
		return Retention.parseDays(value)
			.orElseThrow(() -> ApiException.invalid("stale_in", "invalid",
					"Use a number of days from 1d to 365d, such as 365d."));
	}

	/** The resources to load; each must be one the institution supports. */
	static List<String> fetchResources(JsonBody body, InstitutionEntry institution, List<String> absent) {
		List<String> requested = body.optionalStringList("fetch_resources");
		if (requested == null) {
			return absent;
		}
		List<String> unsupported = requested.stream().filter(r -> !institution.supports(r)).toList();
		if (!unsupported.isEmpty()) {
			throw ApiException.invalid("fetch_resources", "invalid",
					"The institution only supports the following resources: "
							+ String.join(", ", institution.resources()));
		}
		return List.copyOf(new java.util.LinkedHashSet<>(requested));
	}

	static void checkStorageFitsMode(AccessMode accessMode, Retention storage, List<String> fetchResources) {
		if (accessMode == AccessMode.RECURRENT && storage.keepsNothing()) {
			throw ApiException.recurrentLinkNeedsCredentials();
		}
		if (accessMode == AccessMode.SINGLE && storage.keepsNothing() && fetchResources.isEmpty()) {
			throw ApiException.singleLinkMustFetch();
		}
	}

	static String externalId(JsonBody body) {
		String value = body.optionalString("external_id");
		if (value == null) {
			return null;
		}
		if (value.length() < 3 || value.length() > 256) {
			throw ApiException.invalid("external_id", "invalid",
					"Ensure this field has between 3 and 256 characters.");
		}
		return ExternalIds.looksPersonal(value) ? null : value;
	}

	/**
	 * A credential field of the institution's login form: required unless its pattern accepts an empty value,
	 * and matching the pattern when given. Fields the form does not have are passed through untouched.
	 */
	static String credential(JsonBody body, InstitutionEntry institution, String field) {
		String value = body.optionalString(field);
		JsonNode form = institution.formField(field).orElse(null);
		if (form == null) {
			return value;
		}
		Pattern pattern = pattern(form);
		if (value == null) {
			if (pattern != null && !pattern.matcher("").matches()) {
				throw body.has(field) ? ApiException.invalid(field, "null", "This field may not be null.")
						: ApiException.required(field);
			}
			return null;
		}
		if (pattern != null && !pattern.matcher(value).matches()) {
			throw ApiException.invalid(field, "invalid", form.path("validation_message").asString("Invalid value."));
		}
		return value;
	}

	private static Pattern pattern(JsonNode form) {
		String regex = form.path("validation").asString(null);
		try {
			return regex == null ? null : Pattern.compile(regex);
		}
		catch (PatternSyntaxException ex) {
			return null;
		}
	}

}
