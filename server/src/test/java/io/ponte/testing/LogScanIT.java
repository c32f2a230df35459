package io.ponte.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs after the whole test suite ({@code mvn verify}, Failsafe): every server the suite started logged into the
 * test run's folder, and the test kit recorded every secret it sent or received; no log line may hold one of
 * them, or anything shaped like a credential. A scan of nothing proves nothing, so an empty log or an empty record
 * of secrets fails too, unless the suite was narrowed with {@code -Dtest=...}, which may run no server at all.
 */
class LogScanIT {

	@Test
	void noServerLogOfTheSuiteHoldsASecret() throws IOException {
		Path run = TestRun.dir();
		Path serversLog = run.resolve("servers.log");
		Path secretsFile = run.resolve(TestRun.SECRETS_FILE);
		if (narrowed() && !(Files.isRegularFile(serversLog) && Files.isRegularFile(secretsFile))) {
			Assumptions.abort("the suite was narrowed to " + System.getProperty("ponte.test.filter")
					+ " and started no server: nothing to scan");
		}
		assertThat(serversLog).as("the servers' log of this run").isRegularFile();
		assertThat(Files.readString(serversLog, StandardCharsets.UTF_8).contains("Tomcat started on port"))
			.as("%s holds the log of at least one server", serversLog)
			.isTrue();
		assertThat(secretsFile).as("the record of secrets the tests sent").isRegularFile();
		LogScanner scanner = new LogScanner(Files.readAllLines(secretsFile, StandardCharsets.UTF_8));
		assertThat(scanner.searched()).as("secrets long enough to search for").isPositive();

		List<LogScanner.Finding> findings = new ArrayList<>();
		List<Path> logs;
		try (Stream<Path> files = Files.list(run)) {
			logs = files.filter(file -> file.getFileName().toString().endsWith(".log")).sorted().toList();
		}
		for (Path file : logs) {
			findings.addAll(scanner.scan(file));
		}

		System.out.printf("log scan: %d secrets searched for in %d log files under %s%n", scanner.searched(),
				logs.size(), run);
		assertThat(findings).as("credentials in the logs of %s", run).isEmpty();
	}

	private static boolean narrowed() {
		String filter = System.getProperty("ponte.test.filter", "");
		return !filter.isBlank() && !filter.startsWith("${");
	}

}
