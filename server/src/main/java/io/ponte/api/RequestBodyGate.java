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
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What a request body may be, checked before anything reads it. Its declared type must be a concrete media type
 * (a wildcard or unparseable {@code Content-Type} is refused as a media type here, not deep in the framework). A
 * body declared larger than the maximum is refused with 413 before a byte of it is read; one that turns out larger
 * while streaming (chunked) stops being read at the maximum and ends in the same 413. At most a fixed number of
 * requests read bodies at once; others wait briefly, then get a 503, so a flood of large bodies cannot take the
 * heap.
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
		try {
			chain.doFilter(new Bounded(request, this.maxBytes), response);
		}
		finally {
			this.readers.release();
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

	/** The request with its body readable up to the maximum. */
	private static final class Bounded extends HttpServletRequestWrapper {

		private final long maxBytes;

		private ServletInputStream stream;

		Bounded(HttpServletRequest request, long maxBytes) {
			super(request);
			this.maxBytes = maxBytes;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new Counted(super.getInputStream(), this.maxBytes);
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

		Counted(ServletInputStream in, long maxBytes) {
			this.in = in;
			this.maxBytes = maxBytes;
		}

		@Override
		public int read() throws IOException {
			int b = this.in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = this.in.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws BodyTooLargeException {
			this.read += n;
			if (this.read > this.maxBytes) {
				throw new BodyTooLargeException(this.maxBytes);
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
