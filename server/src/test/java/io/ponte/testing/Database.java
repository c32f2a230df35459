package io.ponte.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;

/**
 * A PostgreSQL the tests run against: the embedded one (always, in a fresh folder) and, when
 * {@code PONTE_TEST_DB_URL} is set (as {@code .ci/run} does), an external server as well.
 */
public record Database(String name, Map<String, Object> properties) {

	public static final String EXTERNAL_URL = "PONTE_TEST_DB_URL";

	public static Database embedded() {
		try {
			String dir = Files.createTempDirectory("ponte-test-data").toString();
			return new Database("embedded", Map.of("ponte.data-dir", dir));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static Optional<Database> external() {
		String url = System.getenv(EXTERNAL_URL);
		if (url == null || url.isBlank()) {
			return Optional.empty();
		}
		TestRun.secret(System.getenv("PONTE_TEST_DB_PASSWORD"));
		return Optional.of(new Database("external", Map.of("ponte.db.url", url, "ponte.db.user",
				System.getenv().getOrDefault("PONTE_TEST_DB_USER", ""), "ponte.db.password",
				System.getenv().getOrDefault("PONTE_TEST_DB_PASSWORD", ""))));
	}

	@Override
	public String toString() {
		return this.name;
	}

}
