package io.ponte.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * This test run's folder ({@code ponte.test.run}, one per Maven build, else {@code target/test-run}): the servers'
 * log files ({@code logback-test.xml}) and {@code secrets-sent.txt}, every secret the test kit created, sent or
 * received. {@link LogScanIT} then searches the logs for each of them.
 */
public final class TestRun {

	static final String SECRETS_FILE = "secrets-sent.txt";

	/** JSON members whose values are credentials: an end user's login, an MFA exchange, a webhook secret. */
	static final Pattern SECRET_MEMBER = Pattern
		.compile("username\\d?|password\\d?|token|session|secret|secret_password|authorization|certificate|private_key");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Set<String> RECORDED = ConcurrentHashMap.newKeySet();

	private TestRun() {
	}

	public static Path dir() {
		return Path.of(System.getProperty("ponte.test.run", "target/test-run"));
	}

	/** Remembers secrets for the log scan: each line of each value (a PEM certificate is several). */
	public static void secret(String... values) {
		StringBuilder lines = new StringBuilder();
		for (String value : values) {
			if (value == null) {
				continue;
			}
			for (String line : value.split("\\R")) {
				if (!line.isBlank() && RECORDED.add(line)) {
					lines.append(line).append('\n');
				}
			}
		}
		if (lines.isEmpty()) {
			return;
		}
		synchronized (TestRun.class) {
			try {
				Files.createDirectories(dir());
				Files.writeString(dir().resolve(SECRETS_FILE), lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
						StandardOpenOption.APPEND);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	/** An Authorization header: the value itself, and for Basic the password inside it. */
	static void authorization(String header) {
		if (header == null) {
			return;
		}
		secret(header);
		if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
			try {
				String pair = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
				int colon = pair.indexOf(':');
				secret(header.substring(6).trim(), colon < 0 ? pair : pair.substring(colon + 1));
			}
			catch (IllegalArgumentException ex) {
				// not Base64: the header value itself is recorded
			}
		}
	}

	/** The credential members of a JSON body, at any depth; anything else (or no JSON) records nothing. */
	static void secretsIn(String body) {
		if (body == null || body.isBlank()) {
			return;
		}
		JsonNode tree;
		try {
			tree = JSON.readTree(body);
		}
		catch (RuntimeException ex) {
			return;
		}
		collect(tree);
	}

	private static void collect(JsonNode node) {
		if (node.isObject()) {
			for (Map.Entry<String, JsonNode> member : node.properties()) {
				if (SECRET_MEMBER.matcher(member.getKey()).matches() && member.getValue().isString()) {
					secret(member.getValue().asString());
				}
				collect(member.getValue());
			}
		}
		else if (node.isArray()) {
			for (Iterator<JsonNode> items = node.iterator(); items.hasNext();) {
				collect(items.next());
			}
		}
	}

}
