package io.ponte.api;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * One item of a Belvo error body. {@code field} appears only on validation errors; {@code extra} carries
 * the additional keys some errors have at the same level (the MFA session of a 428, for example).
 */
@JsonPropertyOrder({ "request_id", "message", "code", "field" })
public record ApiError(String requestId, String message, String code,
		@JsonInclude(JsonInclude.Include.NON_NULL) String field, Map<String, Object> extra) {

	public ApiError {
		extra = extra == null ? Map.of() : Map.copyOf(extra);
	}

	@JsonAnyGetter
	@Override
	public Map<String, Object> extra() {
		return this.extra;
	}

}
