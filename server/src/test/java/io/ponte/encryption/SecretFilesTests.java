package io.ponte.encryption;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.testing.ChildServer;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import io.ponte.testing.SandboxLink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * Secrets can come from files, as container platforms mount them: each file of {@code PONTE_SECRETS_DIR}
 * (default {@code /run/secrets/}) is the property its name says.
 */
class SecretFilesTests {

	@OnEachDatabase
	void theEncryptionKeyIsReadFromASecretFileAndNoKeyIsGenerated(PonteServer server) throws Exception {
		Path secrets = Files.createTempDirectory("ponte-secrets");
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		Files.writeString(secrets.resolve("ponte.encryption-key"), Base64.getEncoder().encodeToString(key) + "\n");
		try (ChildServer.Home home = ChildServer.Home.on(server);
				ChildServer child = ChildServer.start(home, "secret-files",
						Map.of("ponte.secrets-dir", secrets.toString() + "/", "logging.level.io.ponte.access", "WARN"))) {

			String link = SandboxLink.of("secret_files").registerWith(child.client());

			assertThat(link).isNotBlank();
			assertThat(home.dataDir().resolve("encryption.key")).as("no key generated: the file's was used")
				.doesNotExist();
		}
		finally {
			Files.deleteIfExists(secrets.resolve("ponte.encryption-key"));
			Files.deleteIfExists(secrets);
		}
	}

}
