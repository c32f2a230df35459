package io.ponte.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds credentials in log files: every known secret (what the tests sent or received, {@link TestRun}) wherever it
 * occurs, and whatever has the shape of one even if no test recorded it (a Basic or Bearer header, a webhook
 * signing secret, a credential member of a JSON body, a {@code password=} pair). Known secrets shorter than
 * {@link #MIN_LENGTH} are not searched: "full" or "secret" are ordinary words, and would flag ordinary lines.
 */
final class LogScanner {

	static final int MIN_LENGTH = 8;

	private static final long BASE = 1_000_003;

	private static final Map<String, Pattern> SHAPES = Map.of(
			"a Basic Authorization value", Pattern.compile("(?i)\\bbasic\\s+[a-z0-9+/]{12,}={0,2}"),
			"a Bearer token", Pattern.compile("(?i)\\bbearer\\s+[a-z0-9._~+/-]{12,}"),
			"a webhook signing secret", Pattern.compile("whsec_[A-Za-z0-9+/=]{8,}"),
			"a credential member of a JSON body",
			Pattern.compile("\"(" + TestRun.SECRET_MEMBER.pattern() + ")\"\\s*:\\s*\"[^\"]+\""),
			"a password assignment", Pattern.compile("(?i)\\b(password|passwd|pwd)\\s*[=:]\\s*[^\\s,;)]+"));

	/** Known secrets by length, then by rolling hash: one pass over a line per distinct length. */
	private final Map<Integer, Map<Long, List<String>>> secrets = new HashMap<>();

	private int searched;

	LogScanner(Collection<String> knownSecrets) {
		for (String secret : knownSecrets) {
			if (secret.length() >= MIN_LENGTH && this.secrets.computeIfAbsent(secret.length(), length -> new HashMap<>())
				.computeIfAbsent(hash(secret, 0, secret.length()), hash -> new ArrayList<>())
				.add(secret)) {
				this.searched++;
			}
		}
	}

	/** How many known secrets are long enough to be searched for. */
	int searched() {
		return this.searched;
	}

	List<Finding> scan(Path file) {
		List<Finding> findings = new ArrayList<>();
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			int number = 0;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				number++;
				scanLine(file, number, line, findings);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return findings;
	}

	private void scanLine(Path file, int number, String line, List<Finding> findings) {
		for (Map.Entry<String, Pattern> shape : SHAPES.entrySet()) {
			Matcher matcher = shape.getValue().matcher(line);
			if (matcher.find()) {
				findings.add(new Finding(file, number, shape.getKey(), redact(line, matcher.group())));
			}
		}
		for (Map.Entry<Integer, Map<Long, List<String>>> byLength : this.secrets.entrySet()) {
			String secret = find(line, byLength.getKey(), byLength.getValue());
			if (secret != null) {
				findings.add(new Finding(file, number, "a secret the tests sent or received", redact(line, secret)));
			}
		}
	}

	/** Rabin-Karp: the first secret of this length occurring in the line, or null. */
	private static String find(String line, int length, Map<Long, List<String>> byHash) {
		if (line.length() < length) {
			return null;
		}
		long power = 1;
		for (int i = 1; i < length; i++) {
			power *= BASE;
		}
		long hash = hash(line, 0, length);
		for (int start = 0;; start++) {
			List<String> candidates = byHash.get(hash);
			if (candidates != null) {
				for (String candidate : candidates) {
					if (line.regionMatches(start, candidate, 0, length)) {
						return candidate;
					}
				}
			}
			if (start + length >= line.length()) {
				return null;
			}
			hash = (hash - line.charAt(start) * power) * BASE + line.charAt(start + length);
		}
	}

	private static long hash(String text, int from, int length) {
		long hash = 0;
		for (int i = from; i < from + length; i++) {
			hash = hash * BASE + text.charAt(i);
		}
		return hash;
	}

	/** The line with the secret masked, so a failing scan does not print it again. */
	private static String redact(String line, String secret) {
		String shown = line.replace(secret, "<" + secret.length() + " characters>");
		return shown.length() > 300 ? shown.substring(0, 300) + "..." : shown;
	}

	record Finding(Path file, int line, String what, String redactedLine) {

		@Override
		public String toString() {
			return this.file + ":" + this.line + ": " + this.what + ": " + this.redactedLine;
		}

	}

}
