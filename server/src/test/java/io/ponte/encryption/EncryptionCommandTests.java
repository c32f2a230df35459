package io.ponte.encryption;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.PonteApplication;
import io.ponte.links.CredentialCipher;
import io.ponte.links.EncryptionKeys;
import io.ponte.testing.Database;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import io.ponte.testing.SandboxLink;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

class EncryptionCommandTests {

	@TempDir
	Path dir;

	@OnEachDatabase
	void statusCountsStoredSecretsPerKeyAndColumn(PonteServer server) {
		SandboxLink.of("status_user").fetching().registerWith(server.newSandboxClient());
		CredentialCipher cipher = server.bean(CredentialCipher.class);

		Result result = run(out -> EncryptionCommand.execute(server.bean(Reencryption.class), cipher, "status", out));

		assertThat(result.exit()).isZero();
		assertThat(result.out()).contains("keys: [" + cipher.currentKeyId() + "]");
		String key = cipher.currentKeyId();
		assertThat(result.out()).containsPattern("links\\.credentials\\s+" + key + "\\s+current\\s+\\d+")
			.containsPattern("server_secrets\\.value\\s+" + key + "\\s+current\\s+1\\b");
	}

	@OnEachDatabase
	void reencryptReportsEachColumnAndSucceedsWhenEveryRowOpens(PonteServer server) {
		Result result = run(out -> EncryptionCommand.execute(server.bean(Reencryption.class),
				server.bean(CredentialCipher.class), "reencrypt", out));

		assertThat(result.exit()).isZero();
		assertThat(result.out()).containsPattern("links\\.credentials\\s+re-encrypted \\d+, unreadable 0")
			.containsPattern("webhook_endpoints\\.authorization_value\\s+re-encrypted \\d+, unreadable 0")
			.containsPattern("mfa_sessions\\.credentials\\s+re-encrypted \\d+, unreadable 0");
	}

	@Test
	void theCommandRunsInItsOwnApplicationWithoutAWebServer() {
		String dataDir = (String) Database.embedded().properties().get("ponte.data-dir");

		int exit = EncryptionCommand.run(PonteApplication.commandLine(),
				new String[] { "encryption", "reencrypt", "--ponte.data-dir=" + dataDir });

		assertThat(exit).isZero();
		assertThat(Path.of(dataDir, "encryption.key")).exists();
		assertThat(EncryptionCommand.run(PonteApplication.commandLine(), new String[] { "encryption", "rotate" }))
			.isEqualTo(2);
	}

	@Test
	void newKeyPutsAKeyFirstInTheDataFoldersFileAndKeepsTheOthers() throws Exception {
		MockEnvironment environment = new MockEnvironment().withProperty("ponte.data-dir", this.dir.toString());
		Path file = this.dir.resolve("encryption.key");
		Files.writeString(file, EncryptionKeys.encode(EncryptionKeys.generate()) + "\n");
		List<String> before = Files.readAllLines(file);

		Result result = run(out -> EncryptionCommand.newKey(environment, out));

		List<String> after = Files.readAllLines(file);
		assertThat(result.exit()).isZero();
		assertThat(after).hasSize(2).endsWith(before.getFirst());
		String id = CredentialCipher.idOf(Base64.getDecoder().decode(after.getFirst()));
		assertThat(result.out()).contains("new key " + id + " is now first").doesNotContain(after.getFirst());
	}

	@Test
	void newKeyWithKeysFromTheEnvironmentPrintsOneToAddAndWritesNothing() {
		MockEnvironment environment = new MockEnvironment().withProperty("ponte.data-dir", this.dir.toString())
			.withProperty("ponte.encryption-key", EncryptionKeys.encode(EncryptionKeys.generate()));

		Result result = run(out -> EncryptionCommand.newKey(environment, out));

		assertThat(result.exit()).isZero();
		assertThat(result.out()).containsPattern("new key [0-9a-f]{8}: [A-Za-z0-9+/]{43}=")
			.contains("PONTE_ENCRYPTION_KEYS");
		assertThat(this.dir.resolve("encryption.key")).doesNotExist();
	}

	private static Result run(ToIntFunction<PrintStream> command) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int exit;
		try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
			exit = command.applyAsInt(out);
		}
		return new Result(exit, bytes.toString(StandardCharsets.UTF_8));
	}

	private record Result(int exit, String out) {
	}

}
