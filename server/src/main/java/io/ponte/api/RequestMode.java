package io.ponte.api;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Belvo's {@code X-Belvo-Request-Mode} header: absent for a synchronous answer, {@code async} for a 202 with a
 * {@code request_id} and the outcome in a webhook. Any other value is a 400 naming the header.
 */
public final class RequestMode {

	public static final String HEADER = "X-Belvo-Request-Mode";

	private RequestMode() {
	}

	public static boolean async(HttpServletRequest request) {
		String mode = request.getHeader(HEADER);
		if (mode == null) {
			return false;
		}
		if (!mode.equals("async")) {
			throw ApiException.invalid(HEADER, "invalid", "\"" + mode + "\" is not a valid request mode: use async, "
					+ "or leave the header out.");
		}
		return true;
	}

}
