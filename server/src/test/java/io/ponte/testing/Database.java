package io.ponte.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A PostgreSQL the tests run against: the embedded one (always, in a fresh folder) and, when
 * {@code PONTE_TEST_DB_URL} is set (as {@code .ci/run} does), an external server as well.
 */
public record Database(String name, Map<String, Object> properties) {

	public static final String EXTERNAL_URL = "PONTE_TEST_DB_URL";

	/**
	 * The embedded databases' folders, removed when the test JVM exits: a test may restart a server on the same
	 * folder, so none can go sooner, and a run leaves about 60 MB per folder behind otherwise.
	 */
	private static final Set<Path> FOLDERS = ConcurrentHashMap.newKeySet();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> FOLDERS.forEach(Database::delete), "test-data-cleanup"));
	}

	public static Database embedded() {
		try {
			Path dir = Files.createTempDirectory("ponte-test-data");
			FOLDERS.add(dir);
			return new Database("embedded", Map.of("ponte.data-dir", dir.toString()));
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

	/** Best effort: a server still stopping may hold files, and its folder is temporary anyway. */
	private static void delete(Path folder) {
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException | UncheckedIOException ex) {
			// left for the operating system's temporary-file cleanup
		}
	}

	@Override
	public String toString() {
		return this.name;
	}

}
