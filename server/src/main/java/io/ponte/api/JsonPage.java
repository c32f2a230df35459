package io.ponte.api;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * Belvo's list envelope around results the database already rendered: each object's UTF-8 bytes go from the
 * database to the socket without being decoded into strings, parsed or serialised again (the hot path of every
 * stored resource's list).
 *
 * @param results each result's JSON object, as UTF-8
 */
public record JsonPage(int count, String next, String previous, List<byte[]> results) {

	private static final byte[] RESULTS = "\"results\":[".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] END = "]}".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] COMMA = { ',' };

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
		StringBuilder array = new StringBuilder("[");
		for (byte[] result : this.results) {
			array.append(array.length() > 1 ? "," : "").append(new String(result, StandardCharsets.UTF_8));
		}
		return array.append(']').toString();
	}

	/** Writes the whole page; returns the bytes written. */
	public long writeTo(OutputStream out) throws IOException {
		byte[] head = head();
		out.write(head);
		for (int i = 0; i < this.results.size(); i++) {
			if (i > 0) {
				out.write(COMMA);
			}
			out.write(this.results.get(i));
		}
		out.write(END);
		return length(head);
	}

	/** The length {@link #writeTo} writes, so the response carries a Content-Length instead of chunks. */
	public long length() {
		return length(head());
	}

	private long length(byte[] head) {
		long length = head.length + END.length + Math.max(0, this.results.size() - 1);
		for (byte[] result : this.results) {
			length += result.length;
		}
		return length;
	}

}
