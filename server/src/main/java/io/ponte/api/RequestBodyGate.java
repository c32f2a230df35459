package io.ponte.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What a request body may be, checked before anything reads it. Its declared type must be a concrete media type
 * (a wildcard or unparseable {@code Content-Type} is refused as a media type here, not deep in the framework). A
 * body declared larger than the maximum is refused with 413 before a byte of it is read; one that turns out larger
 * while streaming (chunked) stops being read at the maximum and ends in the same 413. At most a fixed number of
 * requests read bodies at once (a request holds its place until its body is read to the end, not while it is then
 * served); others wait briefly, then get a 503, so a flood of large bodies cannot take the heap.
 */
final class RequestBodyGate extends OncePerRequestFilter {

	private static final long PERMIT_WAIT_MILLIS = 5_000;

	private final long maxBytes;

	private final Semaphore readers;

	private final ErrorResponses errors;

	RequestBodyGate(DataSize maxBody, int concurrentBodies, ErrorResponses errors) {
		this.maxBytes = maxBody.toBytes();
		this.readers = new Semaphore(concurrentBodies);
		this.errors = errors;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!concreteType(request.getContentType())) {
			refuse(request, response, ApiException.unsupportedMediaType());
			return;
		}
		long declared = request.getContentLengthLong();
		boolean chunked = declared < 0 && request.getHeader("Transfer-Encoding") != null;
		if (declared <= 0 && !chunked) {
			chain.doFilter(request, response);
			return;
		}
		if (declared > this.maxBytes) {
			refuse(request, response, ApiException.bodyTooLarge(this.maxBytes));
			return;
		}
		boolean permitted;
		try {
			permitted = this.readers.tryAcquire(PERMIT_WAIT_MILLIS, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			permitted = false;
		}
		if (!permitted) {
			response.setHeader("Retry-After", "1");
			refuse(request, response, ApiException.tooManyBodies());
			return;
		}
		Permit permit = new Permit(this.readers);
		try {
			chain.doFilter(new Bounded(request, this.maxBytes, permit), response);
		}
		finally {
			permit.release();
		}
	}

	/** No type (the JSON endpoints then say what they need), or one that parses and names no wildcard. */
	private static boolean concreteType(String contentType) {
		if (contentType == null) {
			return true;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return !type.isWildcardType() && !type.isWildcardSubtype();
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	/** Refuses without reading the body, and closes the connection rather than drain a body it will not read. */
	private void refuse(HttpServletRequest request, HttpServletResponse response, ApiException error)
			throws IOException {
		response.setHeader("Connection", "close");
		this.errors.write(request, response, error);
	}

	/** Thrown by a bounded body read past the maximum; the error mapping answers it with 413. */
	static final class BodyTooLargeException extends IOException {

		private final long maxBytes;

		BodyTooLargeException(long maxBytes) {
			super("request body over " + maxBytes + " bytes");
			this.maxBytes = maxBytes;
		}

		ApiException toApiException() {
			return ApiException.bodyTooLarge(this.maxBytes);
		}

	}

	/** A place among the body readers, given back once: at the body's end, or when the request ends. */
	private static final class Permit {

		private final Semaphore readers;

		private final AtomicBoolean held = new AtomicBoolean(true);

		Permit(Semaphore readers) {
			this.readers = readers;
		}

		void release() {
			if (this.held.compareAndSet(true, false)) {
				this.readers.release();
			}
		}

	}

	/** The request with its body readable up to the maximum. */
	private static final class Bounded extends HttpServletRequestWrapper {

		private final long maxBytes;

		private ServletInputStream stream;

		private final Permit permit;

		Bounded(HttpServletRequest request, long maxBytes, Permit permit) {
			super(request);
			this.maxBytes = maxBytes;
			this.permit = permit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new Counted(super.getInputStream(), this.maxBytes, getContentLengthLong(), this.permit);
			}
			return this.stream;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			return new BufferedReader(new InputStreamReader(getInputStream(), charset(getCharacterEncoding())));
		}

		private static Charset charset(String encoding) {
			try {
				return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
			}
			catch (IllegalArgumentException ex) {
				return StandardCharsets.UTF_8; // an unknown charset name: JSON is UTF-8 anyway
			}
		}

	}

	private static final class Counted extends ServletInputStream {

		private final ServletInputStream in;

		private final long maxBytes;

		private long read;

		private final Permit permit;

		private final long declared;

		Counted(ServletInputStream in, long maxBytes, long declared, Permit permit) {
			this.in = in;
			this.declared = declared;
			this.maxBytes = maxBytes;
			this.permit = permit;
		}

		@Override
		public int read() throws IOException {
			int b = this.in.read();
			if (b >= 0) {
				count(1);
			}
			else {
				this.permit.release();
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = this.in.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			else if (n < 0) {
				this.permit.release();
			}
			return n;
		}

		private void count(int n) throws BodyTooLargeException {
			this.read += n;
			if (this.read > this.maxBytes) {
				throw new BodyTooLargeException(this.maxBytes);
			}
			if (this.declared >= 0 && this.read >= this.declared) {
				this.permit.release(); // all of a declared body is in: a parser need not read on to the end
			}
		}

		@Override
		public boolean isFinished() {
			return this.in.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.in.setReadListener(listener);
		}

	}

}
