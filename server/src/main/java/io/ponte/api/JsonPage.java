package io.ponte.api;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * Belvo's list envelope around results the database already rendered and joined: the page's bytes go from the
 * database to the socket without being decoded into strings, parsed or serialised again (the hot path of every
 * stored resource's list).
 *
 * @param results the results' JSON objects joined by commas, as UTF-8 (empty for an empty page)
 */
public record JsonPage(int count, String next, String previous, byte[] results) {

	private static final byte[] RESULTS = "\"results\":[".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] END = "]}".getBytes(StandardCharsets.US_ASCII);

	/** The envelope up to the results' opening bracket. */
	private byte[] head() {
		StringBuilder head = new StringBuilder(64).append("{\"count\":").append(this.count).append(",\"next\":");
		link(head, this.next).append(",\"previous\":");
		link(head, this.previous).append(',');
		byte[] text = head.toString().getBytes(StandardCharsets.UTF_8);
		byte[] all = new byte[text.length + RESULTS.length];
		System.arraycopy(text, 0, all, 0, text.length);
		System.arraycopy(RESULTS, 0, all, text.length, RESULTS.length);
		return all;
	}

	private static StringBuilder link(StringBuilder out, String url) {
		if (url == null) {
			return out.append("null");
		}
		out.append('"');
		JsonStringEncoder.getInstance().quoteAsString(url, out);
		return out.append('"');
	}

	/** The results as a JSON array, for the rare request that rewrites them ({@code fields=}, {@code omit=}). */
	public String resultsArray() {
		return "[" + new String(this.results, StandardCharsets.UTF_8) + "]";
	}

	/** Writes the whole page; returns the bytes written. */
	public long writeTo(OutputStream out) throws IOException {
		byte[] head = head();
		out.write(head);
		out.write(this.results);
		out.write(END);
		return (long) head.length + this.results.length + END.length;
	}

	/** The length {@link #writeTo} writes, so the response carries a Content-Length instead of chunks. */
	public long length() {
		return (long) head().length + this.results.length + END.length;
	}

}
