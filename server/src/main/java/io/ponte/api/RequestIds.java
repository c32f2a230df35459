package io.ponte.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.regex.Pattern;

/** The 32-hex request id every response carries, in the {@code X-Request-Id} header and in error bodies. */
public final class RequestIds {

	public static final String HEADER = "X-Request-Id";

	static final String ATTRIBUTE = RequestIds.class.getName();

	private static final Pattern FORMAT = Pattern.compile("[a-f0-9]{32}");

	private RequestIds() {
	}

	/** Reuses a well-formed id from a proxy in front of us, so one id traces the request end to end. */
	static String assign(HttpServletRequest request) {
		String incoming = request.getHeader(HEADER);
		String id = incoming != null && FORMAT.matcher(incoming).matches() ? incoming
				: UUID.randomUUID().toString().replace("-", "");
		request.setAttribute(ATTRIBUTE, id);
		return id;
	}

	/** The id of this request; a fresh one for requests that never passed the filter (container errors). */
	public static String of(HttpServletRequest request) {
		Object id = request.getAttribute(ATTRIBUTE);
		return id != null ? (String) id : assign(request);
	}


	/** The 32 hex digits of a request id in the 8-4-4-4-12 form, as the spec declares 202 bodies' ids. */
	public static String dashed(String requestId) {
		return new UUID(Long.parseUnsignedLong(requestId.substring(0, 16), 16),
				Long.parseUnsignedLong(requestId.substring(16), 16)).toString();
	}

}
