package io.ponte.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log scan can fail: each kind of leak planted in a log is found, and ordinary lines are not flagged. */
class LogScannerTests {

	static final String ORDINARY = """
			2026-12-03T14:00:00.000Z  INFO 4242 --- [ponte] [main] [] o.s.b.w.e.tomcat.TomcatWebServer : Tomcat started on port 8080 (http) with context path '/'
			2026-12-03T14:00:01.000Z  WARN 4242 --- [ponte] [virtual-42] [0123456789abcdef0123456789abcdef] i.p.links.HistoricalLoads : Historical load of link 3f0c2b4e-4c1e-4a57-9d55-1b7c5e0a9f11 failed; it will be tried again
			2026-12-03T14:00:02.000Z  INFO 4242 --- [ponte] [main] [] i.p.organizations.KeyBootstrap : API key child-1 (from PONTE_SECRET_ID) is ready: curl -u "$PONTE_SECRET_ID:$PONTE_SECRET_PASSWORD" http://localhost:8080/api/institutions/
			""";

	@TempDir
	Path dir;

	@Test
	void ordinaryLinesAreClean() throws IOException {
		LogScanner scanner = new LogScanner(List.of("pw-" + UUID.randomUUID(), "full", "secret"));

		assertThat(scanner.scan(log(ORDINARY))).isEmpty();
		assertThat(scanner.searched()).as("words too short to search for are left out").isEqualTo(1);
	}

	@Test
	void aSecretTheTestsSentIsFoundWhereverItIsInALine() throws IOException {
		List<String> secrets = new ArrayList<>();
		for (int i = 0; i < 2_000; i++) {
			secrets.add("pw-" + UUID.randomUUID().toString().substring(0, 5 + i % 30));
		}
		String planted = secrets.get(1_234);
		LogScanner scanner = new LogScanner(secrets);

		assertThat(scanner.scan(log(ORDINARY + planted + "\n"))).singleElement().satisfies(finding -> {
			assertThat(finding.line()).isEqualTo(4);
			assertThat(finding.what()).isEqualTo("a secret the tests sent or received");
			assertThat(finding.redactedLine()).doesNotContain(planted);
		});
		assertThat(scanner.scan(log("login of ana with " + planted + " failed\n"))).hasSize(1);
		assertThat(scanner.scan(log("x" + planted))).hasSize(1);
	}

	@Test
	void credentialsNobodyRecordedAreFoundByTheirShape() throws IOException {
		LogScanner scanner = new LogScanner(List.of());

		List<String> leaks = List.of("request headers: {authorization=Basic aWQ6cGFzc3dvcmQtb2YtdGhlLWtleQ==}",
				"calling https://hooks.example.com with Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.x",
				"signing with whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
				"body: {\"institution\": \"erebor_br_retail\", \"username\": \"ana\"}",
				"[{\"code\": \"token_required\", \"session\": \"2a1f\"}]",
				"jdbc connection with user=ponte password=hunter2");

		for (String leak : leaks) {
			assertThat(scanner.scan(log(ORDINARY + leak + "\n"))).as(leak).hasSize(1);
		}
	}

	private Path log(String text) throws IOException {
		return Files.writeString(this.dir.resolve(UUID.randomUUID() + ".log"), text);
	}

}
