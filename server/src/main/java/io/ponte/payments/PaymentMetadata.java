package io.ponte.payments;

import io.ponte.api.ApiException;
import io.ponte.api.JsonBody;
import java.util.Map;

/** The {@code metadata} of payments resources: flat string pairs within the spec's limits. */
final class PaymentMetadata {

	private static final int MAX_KEYS = 50;

	private PaymentMetadata() {
	}

	/** The spec's limits: at most 50 keys of at most 50 characters, values of at most 500 ASCII characters. */
	static Map<String, String> of(JsonBody body) {
		Map<String, String> metadata = body.optionalStringMap("metadata");
		if (metadata == null) {
			return Map.of();
		}
		String field = body.path("metadata");
		if (metadata.size() > MAX_KEYS) {
			throw ApiException.invalid(field, "invalid", "Enter at most " + MAX_KEYS + " keys.");
		}
		for (Map.Entry<String, String> entry : metadata.entrySet()) {
			if (entry.getKey().isEmpty() || entry.getKey().length() > 50) {
				throw ApiException.invalid(field, "invalid", "Keys have 1 to 50 characters.");
			}
			if (entry.getValue().length() > 500 || !entry.getValue().chars().allMatch(c -> c < 0x80 && c != 0)) {
				throw ApiException.invalid(field, "invalid", "Values are at most 500 ASCII characters.");
			}
			if (entry.getKey().indexOf('\0') >= 0) {
				throw ApiException.invalid(field, "invalid", "Null characters are not allowed.");
			}
		}
		return metadata;
	}

}
