package io.ponte.fuzz;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Values a careless or hostile client sends: wrong types, numbers and dates beyond every range, offsets no
 * database reads, overlong text, NUL and invalid UTF-8, ids that are not ids, injection-shaped text. Each value
 * is also sometimes a plausible one, so requests get past the first check and reach deeper code.
 */
final class HostileValues {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	/** Edge texts, each a known way to break a parser, a cast or a query. */
	private static final List<String> EDGES = List.of("", " ", "null", "true", "false", "0", "-1", "1.5", "1e309",
			"-1e309", "NaN", "Infinity", "9223372036854775808", "-9223372036854775809", "99999999999999999999999999999999",
			"0x1F", "1,2,3", ",", ",,", "a,b", "2024-01-01", "2024-13-45", "2024-02-30", "0000-00-00", "0000-12-31",
			"-999999999-01-01", "+999999999-12-31", "+10000-01-01", "2024-01-01T00:00:00Z", "2024-01-01T00:00:00+16:00",
			"2024-01-01T00:00:00-18:00", "2024-01-01T00:00:00+18:00", "2024-01-01T25:61:00Z", "2024-01-01T00:00:00",
			"2024-01-01,2024-12-31", "2024-12-31,2024-01-01", "00000000-0000-0000-0000-000000000000",
			"not-a-uuid", "{}", "[]", "'; drop table links; --", "%", "_", "\\", "%_\\", "../../etc/passwd",
			"\u0000", "a\u0000b", "\u0001", "\uD800", "\uFFFF", "\u202E", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "ä", "😀", "<script>",
			"ACCOUNTS", "TRANSACTIONS", "recurrent", "single", "async", "sync", "MX", "BR", "CL", "INFLOW", "PENDING",
			"erebor_br_retail", "30d", "-3d", "P1D", "whsec_", "http://127.0.0.1:1/x", "ftp://x", "http://",
			"https://example.com/" + "a".repeat(3000));

	private HostileValues() {
	}

	/** Text, from the edges, any Unicode, or very long. */
	static Arbitrary<String> text() {
		return Arbitraries.<String>frequencyOf(weighted(6, Arbitraries.of(EDGES)),
				weighted(2, Arbitraries.strings().all().ofMaxLength(40)),
				weighted(1, Arbitraries.integers().between(1, 5).map(n -> "x".repeat(n * 20_000))),
				weighted(1, Arbitraries.longs().map(String::valueOf)),
				weighted(1, Arbitraries.bigDecimals().ofScale(3).map(BigDecimal::toPlainString)));
	}

	/** A text value as it goes in a query string: encoded, or raw bytes that are not UTF-8. */
	static Arbitrary<String> queryValue(List<String> knownIds) {
		Arbitrary<String> encoded = Arbitraries.oneOf(text(), Arbitraries.of(knownIds)).map(HostileValues::encode);
		Arbitrary<String> broken = Arbitraries.of("%00", "%C3%28", "%FF%FE", "%ED%A0%80", "%F4%90%80%80", "a%00b",
				"%E2%82");
		return Arbitraries.<String>frequencyOf(weighted(8, encoded), weighted(1, broken));
	}

	/** A path segment: a known id (to reach deep code), a random UUID, or anything else, encoded. */
	static Arbitrary<String> pathValue(List<String> knownIds) {
		return Arbitraries.<String>frequencyOf(weighted(4, Arbitraries.of(knownIds)),
				weighted(2, Arbitraries.create(java.util.UUID::randomUUID).map(Object::toString)),
				weighted(3, text().filter(s -> !s.isEmpty() && s.length() < 5000).map(HostileValues::encode)),
				weighted(1, Arbitraries.of("%00", "%C3%28", "..", "%2F", "%2e%2e")));
	}

	/** Any JSON value, with hostile texts, extreme numbers and small nestings. */
	static Arbitrary<JsonNode> json(List<String> knownIds) {
		Arbitrary<JsonNode> scalars = Arbitraries.<JsonNode>oneOf(
				Arbitraries.just(JSON.nullNode()),
				Arbitraries.of(true, false).map(JSON::booleanNode),
				Arbitraries.oneOf(text(), Arbitraries.of(knownIds)).map(JSON::stringNode),
				Arbitraries.longs().map(JSON::numberNode),
				Arbitraries.of(new BigDecimal("1e400"), new BigDecimal("-1e-400"), new BigDecimal("0.000"),
						new BigDecimal("12345678901234567890.123456789"), new BigDecimal("-0")).map(JSON::numberNode),
				Arbitraries.doubles().map(JSON::numberNode));
		return Arbitraries.<JsonNode>frequencyOf(weighted(8, scalars),
				weighted(1, scalars.list().ofMaxSize(4).map(HostileValues::array)),
				weighted(1, Arbitraries.strings().alpha().ofMaxLength(8).list().ofMaxSize(3)
					.map(keys -> {
						ObjectNode object = JSON.objectNode();
						keys.forEach(key -> object.put(key, "x"));
						return (JsonNode) object;
					})));
	}

	private static JsonNode array(List<JsonNode> items) {
		ArrayNode array = JSON.arrayNode();
		items.forEach(array::add);
		return array;
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static <T> Tuple2<Integer, Arbitrary<? extends T>> weighted(int weight, Arbitrary<? extends T> value) {
		return Tuple.of(weight, value);
	}

}
