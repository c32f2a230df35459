package io.ponte.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One generated request for one operation: its path (variables filled), query string, headers and body bytes.
 * {@link #toString()} is the request as a curl command line would show it, for the failure report.
 */
record HostileRequest(Operation operation, String path, String query, Map<String, String> headers, byte[] body) {

	/** The authentications a request carries: the fixture's key mostly, none, or a malformed one. */
	enum Authentication {
		KEY, NONE, GARBAGE
	}

	private static final List<String> LOOKUPS = List.of("", "__in", "__gt", "__gte", "__lt", "__lte", "__range",
			"__exact", "__icontains", "__bogus");

	private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json",
			"application/json; charset=utf-8", "application/json; charset=latin1", "text/plain", "application/xml",
			"multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "a/b/c", "application/json; x=\"",
			"*/*");

	private static final List<String> ACCEPTS = List.of("*/*", "application/json", "application/xml", "text/html",
			"image/png", "application/json;q=0", "nonsense");

	/** Whether {@code fields=} or {@code omit=} asks for a selection, which leaves out keys the spec requires. */
	boolean selectsFields() {
		return this.query.contains("fields=") || this.query.contains("omit=");
	}

	String pathAndQuery() {
		return this.query.isEmpty() ? this.path : this.path + "?" + this.query;
	}

	/** Every request for {@code operation}: the fixture's ids make some of them reach stored data. */
	static Arbitrary<HostileRequest> forOperation(Operation operation, List<String> knownIds) {
		Arbitrary<String> path = HostileValues.pathValue(knownIds)
			.list()
			.ofSize(operation.pathVariables().size())
			.map(operation::path);
		Arbitrary<String> query = query(operation, knownIds);
		Arbitrary<Map<String, String>> headers = headers(operation);
		Arbitrary<byte[]> body = operation.hasBody() ? body(operation, knownIds)
				: Arbitraries.frequency(Tuple.of(9, new byte[0]),
						Tuple.of(1, "{}".getBytes(StandardCharsets.UTF_8)));
		return Combinators.combine(path, query, headers, body)
			.as((p, q, h, b) -> new HostileRequest(operation, p, q, h, b));
	}

	private static Arbitrary<String> query(Operation operation, List<String> knownIds) {
		List<String> names = new ArrayList<>(operation.queryParameters());
		names.add("link");
		names.add("created_at");
		names.add("x\u0000");
		Arbitrary<String> name = Arbitraries.of(names)
			.flatMap(base -> Arbitraries.of(LOOKUPS).map(lookup -> HostileValues.encode(base + lookup)));
		Arbitrary<String> pair = Combinators.combine(name, HostileValues.queryValue(knownIds))
			.as((n, v) -> n + "=" + v);
		return Arbitraries.<String>frequencyOf(Tuple.of(1, Arbitraries.just("")),
				Tuple.of(3, pair.list().ofMinSize(1).ofMaxSize(4).map(pairs -> String.join("&", pairs))));
	}

	private static Arbitrary<Map<String, String>> headers(Operation operation) {
		Arbitrary<String> accept = Arbitraries.<String>frequencyOf(Tuple.of(6, Arbitraries.just("")),
				Tuple.of(2, Arbitraries.of(ACCEPTS)));
		Arbitrary<String> contentType = Arbitraries.of(CONTENT_TYPES);
		Arbitrary<String> mode = Arbitraries.<String>frequencyOf(Tuple.of(8, Arbitraries.just("")),
				Tuple.of(1, Arbitraries.of("async", "sync", "ASYNC", "later", " ")));
		Arbitrary<Authentication> authentication = Arbitraries.frequency(
				Tuple.of(18, Authentication.KEY), Tuple.of(1, Authentication.NONE),
				Tuple.of(1, Authentication.GARBAGE));
		Arbitrary<String> idempotency = Arbitraries.<String>frequencyOf(Tuple.of(8, Arbitraries.just("")),
				Tuple.of(2, Arbitraries.of(java.util.UUID.randomUUID().toString(), "x", "a".repeat(300), "a b",
						"!@#$%^&*()", "\t")));
		return Combinators.combine(accept, contentType, mode, authentication, idempotency).as((a, c, m, auth, key) -> {
			Map<String, String> headers = new LinkedHashMap<>();
			if (!a.isEmpty()) {
				headers.put("Accept", a);
			}
			if (operation.hasBody()) {
				headers.put("Content-Type", c);
			}
			if (!m.isEmpty()) {
				headers.put("X-Belvo-Request-Mode", m);
			}
			if (!key.isEmpty()) {
				headers.put("Belvo-Idempotency-Key", key);
			}
			headers.put("X-Fuzz-Authentication", auth.name());
			return headers;
		});
	}

	private static Arbitrary<byte[]> body(Operation operation, List<String> knownIds) {
		Set<String> described = operation.bodyFields();
		List<String> names = new ArrayList<>(described);
		names.addAll(List.of("link", "institution", "username", "password", "date_from", "date_to", "token",
				"session", "save_data", "unknown_field"));
		Arbitrary<byte[]> object = Combinators
			.combine(Arbitraries.of(names), HostileValues.json(knownIds))
			.as(Map::entry)
			.list()
			.ofMaxSize(6)
			.map(entries -> {
				ObjectNode body = JsonNodeFactory.instance.objectNode();
				entries.forEach(e -> body.set(e.getKey(), e.getValue()));
				return body.toString().getBytes(StandardCharsets.UTF_8);
			});
		// a valid retrieval of the fixture's link, with a hostile field or two: reaches the success paths
		String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
		String monthAgo = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(30).toString();
		Arbitrary<byte[]> almostValid = Combinators
			.combine(Arbitraries.of(names), HostileValues.json(knownIds))
			.as(Map::entry)
			.list()
			.ofMaxSize(2)
			.map(entries -> {
				ObjectNode body = JsonNodeFactory.instance.objectNode();
				body.put("link", knownIds.getFirst());
				body.put("date_from", monthAgo);
				body.put("date_to", today);
				entries.forEach(e -> body.set(e.getKey(), e.getValue()));
				return body.toString().getBytes(StandardCharsets.UTF_8);
			});
		Arbitrary<byte[]> notAnObject = HostileValues.json(knownIds).map(JsonNode::toString)
			.map(s -> s.getBytes(StandardCharsets.UTF_8));
		Arbitrary<byte[]> malformed = Arbitraries.of("", "{", "{\"a\":}", "[1,", "nul", "{\"a\":1}{", "\u0000",
				"{\"a\":\"\\u0000\"}", "{\"a\":\"\\ud800\"}", "[".repeat(2000), "{\"a\":" + "9".repeat(2000) + "}")
			.map(s -> s.getBytes(StandardCharsets.UTF_8));
		Arbitrary<byte[]> notUtf8 = Arbitraries.just(new byte[] { '{', '"', 'a', '"', ':', '"', (byte) 0xC3,
				(byte) 0x28, '"', '}' });
		return Arbitraries.<byte[]>frequencyOf(Tuple.of(6, almostValid), Tuple.of(8, object), Tuple.of(2, notAnObject),
				Tuple.of(2, malformed), Tuple.of(1, notUtf8));
	}

	@Override
	public String toString() {
		StringBuilder curl = new StringBuilder("curl -X " + this.operation.method());
		this.headers.forEach((name, value) -> curl.append(" -H '").append(name).append(": ").append(value).append("'"));
		if (this.body.length > 0) {
			String text = new String(this.body, StandardCharsets.UTF_8);
			curl.append(" -d '").append(text.length() > 300 ? text.substring(0, 300) + "..." : text).append("'");
		}
		String target = pathAndQuery();
		return curl.append(" '").append(target.length() > 400 ? target.substring(0, 400) + "..." : target)
			.append("'  (operation ").append(this.operation).append(")").toString();
	}

	/** Not part of the request itself: the oracle reads it to know which key the request carries. */
	Authentication authentication() {
		return Authentication.valueOf(this.headers.get("X-Fuzz-Authentication"));
	}

	/** Keeps the record's structural equality meaningful for the byte array (jqwik compares samples). */
	@Override
	public boolean equals(Object other) {
		return other instanceof HostileRequest that && that.toString().equals(toString());
	}

	@Override
	public int hashCode() {
		return toString().hashCode();
	}

}
