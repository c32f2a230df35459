package io.ponte.api;

import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;

/**
 * A failure the client should see, with the Belvo error code and message. Thrown anywhere in request
 * handling; {@link ApiExceptionHandler} turns it into the error array.
 *
 * <p>This class is also the error catalogue: every error the API answers is built by one of the factory methods
 * below, so a code keeps one status and one wording wherever it is raised.
 */
public class ApiException extends RuntimeException {

	static final String TIMEOUT_MESSAGE = "The request timed out, you can retry asking for less data by changing your query parameters";

	/** Institution refusals that say "not now" rather than "no": see {@link #institutionRefused}. */
	private static final Set<String> TRANSIENT_INSTITUTION_CODES = Set.of("institution_down",
			"institution_unavailable", "too_many_sessions");

	static final String UNEXPECTED_MESSAGE = "Ponte is unable to process the request due to an internal system issue or to an unsupported response from an institution";

	private final HttpStatus status;

	private final String code;

	private final String field;

	private final Map<String, Object> extra;

	private final boolean outcome;

	private ApiException(HttpStatus status, String code, String message, String field, Map<String, Object> extra,
			boolean outcome) {
		super(message, null, false, false);
		this.status = status;
		this.code = code;
		this.field = field;
		this.extra = extra == null ? Map.of() : extra;
		this.outcome = outcome;
	}

	/** An error that leaves the request unsettled: see {@link #isOutcome()}. */
	private static ApiException of(HttpStatus status, String code, String message) {
		return new ApiException(status, code, message, null, null, false);
	}

	/** An error that is the outcome of the work the request asked for: see {@link #isOutcome()}. */
	private static ApiException outcome(HttpStatus status, String code, String message) {
		return new ApiException(status, code, message, null, null, true);
	}

	// Protocol: authentication, routing, request shape, server failures.

	public static ApiException authenticationFailed() {
		return of(HttpStatus.UNAUTHORIZED, "authentication_failed", "Invalid Secret Keys");
	}

	public static ApiException notFound() {
		return of(HttpStatus.NOT_FOUND, "not_found", "Not found");
	}

	/** A page past the last one, as Django REST framework answers it. */
	public static ApiException invalidPage() {
		return of(HttpStatus.NOT_FOUND, "not_found", "Invalid page.");
	}

	/** {@code method} may be null when the container refused the request before knowing why. */
	public static ApiException methodNotAllowed(String method) {
		return of(HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed",
				method == null ? "Method not allowed." : "Method \"" + method + "\" not allowed.");
	}

	public static ApiException unsupportedMediaType() {
		return of(HttpStatus.BAD_REQUEST, "unsupported_media_type",
				"Unsupported media type, send the request body as application/json");
	}

	/** A body over the configured maximum, refused before it is read into memory. */
	public static ApiException bodyTooLarge(long maxBytes) {
		return of(HttpStatus.CONTENT_TOO_LARGE, "request_too_large",
				"The request body is larger than the maximum of " + maxBytes + " bytes.");
	}

	/**
	 * A widget request whose access token opens nothing: {@code code} says why ({@code widget_token_unknown},
	 * {@code widget_token_expired}, {@code widget_token_used}).
	 */
	public static ApiException widgetTokenRefused(String code, String message) {
		return of(HttpStatus.UNAUTHORIZED, code, message);
	}

	/** A widget token whose scopes do not allow what the widget asked. */
	public static ApiException widgetScopeMissing(String scope) {
		return of(HttpStatus.FORBIDDEN, "access_denied", "This widget token lacks the " + scope + " scope.");
	}

	/** Every request that carries a body is being served: a moment later there will be room. */
	public static ApiException tooManyBodies() {
		return of(HttpStatus.SERVICE_UNAVAILABLE, "service_unavailable",
				"Ponte is receiving too many request bodies at once; try again in a moment.");
	}

	/** A key's or its organization's rate limit is spent until the window resets (Retry-After says when). */
	public static ApiException tooManyRequests() {
		return of(HttpStatus.TOO_MANY_REQUESTS, "too_many_requests",
				"Ponte's rate limit for this API key or its organization is exceeded; retry after the number of seconds in the Retry-After header.");
	}

	/** The client's address has failed authentication too often: no credentials from it are checked for now. */
	public static ApiException tooManyFailedAuthentications() {
		return of(HttpStatus.TOO_MANY_REQUESTS, "too_many_requests",
				"Ponte received too many requests with invalid credentials from this address; retry after the number of seconds in the Retry-After header.");
	}

	/** Responses are JSON only. */
	public static ApiException notAcceptable() {
		return of(HttpStatus.NOT_ACCEPTABLE, "not_acceptable",
				"Ponte answers in application/json only; accept it (or send no Accept header).");
	}

	/** A body that is not JSON, or not the JSON object the endpoint expects. */
	public static ApiException parseError(String message) {
		return of(HttpStatus.BAD_REQUEST, "parse_error", message);
	}

	/** A 400 naming the request field (body key or query parameter) that is wrong. */
	public static ApiException invalid(String field, String code, String message) {
		return new ApiException(HttpStatus.BAD_REQUEST, code, message, field, null, false);
	}

	/**
	 * A change the current state of a resource does not allow (confirming a payment that already succeeded): a
	 * 400 naming that state.
	 */
	public static ApiException invalidState(String resource, String state, String refused) {
		return new ApiException(HttpStatus.BAD_REQUEST, "invalid_status",
				"The " + resource + " is " + state + ": " + refused, null, null, false);
	}

	public static ApiException required(String field) {
		return invalid(field, "required", "This field is required.");
	}

	/** A reference in the request body to an object the caller does not have, by its {@code key}. */
	public static ApiException doesNotExist(String field, String key, Object value) {
		return invalid(field, "does_not_exist", "Object with " + key + "=" + value + " does not exist.");
	}

	public static ApiException malformedQueryString() {
		return of(HttpStatus.BAD_REQUEST, "invalid", "The query string is malformed (invalid percent-encoding).");
	}

	/** A status the servlet container chose for a request it could not parse. */
	public static ApiException badRequest(HttpStatus status) {
		return of(status, "bad_request", "The request could not be understood.");
	}

	public static ApiException requestTimeout() {
		return of(HttpStatus.REQUEST_TIMEOUT, "request_timeout", TIMEOUT_MESSAGE);
	}

	public static ApiException unexpected(HttpStatus status) {
		return of(status, "unexpected_error", UNEXPECTED_MESSAGE);
	}

	/**
	 * The error for a status the servlet container chose itself (a forwarded {@code sendError}, a request Tomcat
	 * refused before any servlet ran); anything unknown is the server's failure.
	 */
	public static ApiException forStatus(int status) {
		HttpStatus resolved = HttpStatus.resolve(status);
		if (resolved == null || !resolved.isError()) {
			return unexpected(HttpStatus.INTERNAL_SERVER_ERROR);
		}
		return switch (resolved) {
			case UNAUTHORIZED -> authenticationFailed();
			case NOT_FOUND -> notFound();
			case METHOD_NOT_ALLOWED -> methodNotAllowed(null);
			case REQUEST_TIMEOUT -> requestTimeout();
			default -> resolved.is5xxServerError() ? unexpected(resolved) : badRequest(resolved);
		};
	}

	// Idempotency keys.

	/** A {@code Belvo-Idempotency-Key} that is empty, too long, sent twice or not printable ASCII. */
	public static ApiException idempotencyKeyInvalid(String header) {
		return invalid(header, "idempotency_key_invalid",
				"The provided idempotency key is invalid: send 1 to 255 printable ASCII characters, such as a UUID.");
	}

	/** The key was first used with another request (method, path, query or body). */
	public static ApiException idempotencyPayloadMismatch() {
		return of(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency_payload_mismatch",
				"A different request with the same idempotency key already exists.");
	}

	/** The first request with this key is still running. */
	public static ApiException idempotencyKeyConflict() {
		return of(HttpStatus.CONFLICT, "idempotency_key_conflict",
				"A request with this idempotency key is already being processed.");
	}

	// Links and institutions.

	/**
	 * The institution refused the login (its code, such as {@code login_error} or {@code too_many_sessions}). A
	 * refusal that says the institution could not serve now is no outcome: the same request may work later.
	 */
	public static ApiException institutionRefused(String code, String message) {
		return TRANSIENT_INSTITUTION_CODES.contains(code) ? of(HttpStatus.BAD_REQUEST, code, message)
				: outcome(HttpStatus.BAD_REQUEST, code, message);
	}

	public static ApiException institutionDown() {
		return of(HttpStatus.BAD_REQUEST, "institution_down", "The financial institution is down, try again later");
	}

	public static ApiException recurrentLinkNeedsCredentials() {
		return of(HttpStatus.BAD_REQUEST, "login_error", "Recurrent links must store the credentials");
	}

	public static ApiException singleLinkMustFetch() {
		return of(HttpStatus.BAD_REQUEST, "invalid_fetch_resources",
				"Single links without stored credentials must fetch resources");
	}

	public static ApiException linkInvalidated() {
		return of(HttpStatus.BAD_REQUEST, "invalid_link",
				"The link has been invalidated. You may need to update link credentials");
	}

	public static ApiException credentialsNoLongerStored() {
		return of(HttpStatus.BAD_REQUEST, "invalid_link",
				"The link's credentials are no longer stored (credentials_storage). Update them to access the institution again");
	}

	public static ApiException linkUnconfirmed() {
		return of(HttpStatus.BAD_REQUEST, "unconfirmed_link", "The link creation has not been completed yet");
	}

	public static ApiException linkRefreshed() {
		return of(HttpStatus.CONFLICT, "link_refreshed",
				"The link has already been refreshed. Please wait 7 minutes before trying again.");
	}

	public static ApiException sessionExpired() {
		return outcome(HttpStatus.BAD_REQUEST, "session_expired",
				"The session you are trying to resume has expired, please start again from register/retrieve endpoint");
	}

	/** The 428 of an MFA challenge; {@code session} carries the session, link and token generation data. */
	public static ApiException tokenRequired(Map<String, Object> session) {
		return new ApiException(HttpStatus.PRECONDITION_REQUIRED, "token_required",
				"A MFA token is required by the institution to login", null, session, true);
	}

	public static ApiException unsupportedOperation() {
		return outcome(HttpStatus.BAD_REQUEST, "unsupported_operation",
				"The resource you are trying to access is not supported by this institution");
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

	/**
	 * Whether this error is the outcome of the work the request asked for (the institution refused the login,
	 * asked for a token, does not offer the resource), rather than a request turned away before it ran (a
	 * malformed body, a missing field, an unknown route or object) or one that failed for a passing reason (a
	 * timeout, a busy server, an institution down, a link refreshed too recently). An idempotency key keeps the
	 * answer of a request only when it is a success or an outcome; otherwise the client may correct the request,
	 * or wait, and send it again under the same key.
	 */
	public boolean isOutcome() {
		return this.outcome;
	}

	ApiError toError(String requestId) {
		return new ApiError(requestId, getMessage(), this.code, this.field, this.extra);
	}

}
