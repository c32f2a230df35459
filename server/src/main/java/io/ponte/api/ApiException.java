package io.ponte.api;

import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A failure the client should see, with the Belvo error code and message. Thrown anywhere in request
 * handling; {@link ApiExceptionHandler} turns it into the error array.
 */
public class ApiException extends RuntimeException {

	private final HttpStatus status;

	private final String code;

	private final String field;

	private final Map<String, Object> extra;

	public ApiException(HttpStatus status, String code, String message, String field, Map<String, Object> extra) {
		super(message, null, false, false);
		this.status = status;
		this.code = code;
		this.field = field;
		this.extra = extra == null ? Map.of() : extra;
	}

	public ApiException(HttpStatus status, String code, String message) {
		this(status, code, message, null, null);
	}

	public static ApiException notFound() {
		return new ApiException(HttpStatus.NOT_FOUND, "not_found", "Not found");
	}

	/** A 400 naming the request field (body key or query parameter) that is wrong. */
	public static ApiException invalid(String field, String code, String message) {
		return new ApiException(HttpStatus.BAD_REQUEST, code, message, field, null);
	}

	public HttpStatus status() {
		return this.status;
	}

	public String code() {
		return this.code;
	}

	public String field() {
		return this.field;
	}

	public Map<String, Object> extra() {
		return this.extra;
	}

	ApiError toError(String requestId) {
		return new ApiError(requestId, getMessage(), this.code, this.field, this.extra);
	}

}
