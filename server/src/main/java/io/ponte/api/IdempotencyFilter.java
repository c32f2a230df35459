package io.ponte.api;

import io.ponte.api.IdempotencyKeys.Answer;
import io.ponte.api.IdempotencyKeys.Entry;
import io.ponte.api.IdempotencyKeys.Scope;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Idempotency keys on every {@code POST}: a request sent with {@code Belvo-Idempotency-Key} runs once per
 * organization, environment and key, and its repeats get its answer back instead of running again. A repeat while
 * it runs is a 409; the same key on a different request (method, path, query or body) is a 422. Only settled
 * answers are kept (see {@link ApiException#isOutcome()}): a request refused before it ran, or failed with a 5xx,
 * frees its key so it can be corrected or retried. Runs after authentication, which names the caller.
 */
final class IdempotencyFilter extends OncePerRequestFilter {

	static final String KEY_HEADER = "Belvo-Idempotency-Key";

	/** {@code AVAILABLE} on the answer that settled the key, {@code REPLAYED} on repeats, {@code PROCESSING} on 409s. */
	static final String STATUS_HEADER = "Belvo-Idempotency-Status";

	private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

	private static final int MAX_KEY_LENGTH = 255;

	/** A key released between our failed claim and our look-up is claimed again, a few times at most. */
	private static final int CLAIM_ATTEMPTS = 3;

	private final IdempotencyKeys keys;

	private final ErrorResponses errors;

	IdempotencyFilter(IdempotencyKeys keys, ErrorResponses errors) {
		this.keys = keys;
		this.errors = errors;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || request.getHeader(KEY_HEADER) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!(request.getAttribute(AuthenticationFilter.CALLER_ATTRIBUTE) instanceof Caller caller)) {
			chain.doFilter(request, response); // no tenant to scope the key to: an unauthenticated route
			return;
		}
		List<String> sent = Collections.list(request.getHeaders(KEY_HEADER));
		if (sent.size() != 1 || !wellFormed(sent.getFirst())) {
			this.errors.write(request, response, ApiException.idempotencyKeyInvalid(KEY_HEADER));
			return;
		}
		Scope scope = new Scope(caller, sent.getFirst());
		byte[] body;
		try {
			body = request.getInputStream().readAllBytes();
		}
		catch (RequestBodyGate.BodyTooLargeException ex) {
			response.setHeader("Connection", "close");
			this.errors.write(request, response, ex.toApiException());
			return;
		}
		byte[] hash = hash(request.getMethod(), request.getRequestURI(), request.getQueryString(), body);
		response.setHeader(KEY_HEADER, scope.key());
		for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
			Optional<UUID> owner = this.keys.claim(scope, hash);
			if (owner.isPresent()) {
				run(new ReadableAgain(request, body), response, chain, scope, owner.get());
				return;
			}
			Optional<Entry> held = this.keys.find(scope);
			if (held.isPresent()) {
				answerRepeat(request, response, held.get(), hash);
				return;
			}
		}
		conflict(request, response);
	}

	/** Runs the request as the key's holder, then keeps its answer under the key or frees the key. */
	private void run(HttpServletRequest request, HttpServletResponse response, FilterChain chain, Scope scope,
			UUID owner) throws ServletException, IOException {
		ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, captured);
		}
		catch (IOException | ServletException | RuntimeException | Error ex) {
			try {
				this.keys.release(scope, owner);
			}
			catch (RuntimeException releaseFailure) {
				ex.addSuppressed(releaseFailure); // the key frees itself after the processing timeout
			}
			throw ex;
		}
		try {
			settle(request, captured, scope, owner);
		}
		catch (RuntimeException ex) {
			// the work is done and its answer is the client's; the key frees itself after the processing timeout
			log.error("Could not settle idempotency key after its request ran", ex);
		}
		finally {
			captured.copyBodyToResponse();
		}
	}

	private void settle(HttpServletRequest request, ContentCachingResponseWrapper captured, Scope scope, UUID owner) {
		if (!settles(request, captured.getStatus())) {
			this.keys.release(scope, owner);
			return;
		}
		Answer answer = new Answer(captured.getStatus(), captured.getContentType(), RequestIds.of(request),
				captured.getContentAsByteArray());
		if (this.keys.answer(scope, owner, answer)) {
			captured.setHeader(STATUS_HEADER, "AVAILABLE");
		}
		else {
			log.warn("Idempotency key taken over while its request ran longer than the processing timeout;"
					+ " the other attempt's answer stands");
		}
	}

	/**
	 * Whether the answer settles the request: any success, and the errors that are the outcome of the work asked
	 * for. Refusals before the work ran, timeouts and 5xx leave the key free, so a retry can succeed.
	 */
	private static boolean settles(HttpServletRequest request, int status) {
		if (status >= 200 && status < 300) {
			return true;
		}
		ApiException error = ErrorResponses.answered(request);
		return error != null && error.status().value() == status && error.isOutcome();
	}

	/** Another request holds the key: replay its answer, or refuse this one. */
	private void answerRepeat(HttpServletRequest request, HttpServletResponse response, Entry held, byte[] hash)
			throws IOException {
		if (!MessageDigest.isEqual(held.requestHash(), hash)) {
			response.setHeader(STATUS_HEADER, held.processing() ? "PROCESSING" : "AVAILABLE");
			this.errors.write(request, response, ApiException.idempotencyPayloadMismatch());
			return;
		}
		if (held.processing()) {
			conflict(request, response);
			return;
		}
		Answer answer = held.answer();
		log.info("Replaying the answer of request {} (idempotency key)", answer.requestId());
		response.setStatus(answer.status());
		if (answer.contentType() != null) {
			response.setContentType(answer.contentType());
		}
		// the answer is the first request's, id included: its body's request_id and the header agree
		response.setHeader(RequestIds.HEADER, answer.requestId());
		response.setHeader(STATUS_HEADER, "REPLAYED");
		response.setContentLength(answer.body().length);
		response.getOutputStream().write(answer.body());
	}

	private void conflict(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader(STATUS_HEADER, "PROCESSING");
		this.errors.write(request, response, ApiException.idempotencyKeyConflict());
	}

	/** 1 to 255 printable ASCII characters (a UUID, as the spec suggests, or any other token). */
	static boolean wellFormed(String key) {
		return !key.isEmpty() && key.length() <= MAX_KEY_LENGTH && key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e);
	}

	/** SHA-256 of what makes two requests the same one: method, path, query string and body bytes. */
	static byte[] hash(String method, String path, String query, byte[] body) {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex); // every Java platform has SHA-256
		}
		String line = method + ' ' + path + (query == null ? "" : "?" + query) + '\n';
		digest.update(line.getBytes(StandardCharsets.UTF_8));
		digest.update(body);
		return digest.digest();
	}

	/** The request with its body, already read for the hash, readable again by the handler. */
	private static final class ReadableAgain extends HttpServletRequestWrapper {

		private final byte[] body;

		private ServletInputStream stream;

		ReadableAgain(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			if (this.stream == null) {
				this.stream = new BytesInputStream(this.body);
			}
			return this.stream;
		}

		@Override
		public BufferedReader getReader() {
			return new BufferedReader(new InputStreamReader(getInputStream(), charset(getCharacterEncoding())));
		}

		private static Charset charset(String encoding) {
			try {
				return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
			}
			catch (IllegalArgumentException ex) {
				return StandardCharsets.UTF_8;
			}
		}

	}

	private static final class BytesInputStream extends ServletInputStream {

		private final ByteArrayInputStream in;

		BytesInputStream(byte[] bytes) {
			this.in = new ByteArrayInputStream(bytes);
		}

		@Override
		public int read() {
			return this.in.read();
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			return this.in.read(buffer, offset, length);
		}

		@Override
		public boolean isFinished() {
			return this.in.available() == 0;
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setReadListener(ReadListener listener) {
			throw new UnsupportedOperationException("the body is already in memory; read it synchronously");
		}

	}

}
