package io.ponte;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.testing.ApiClient;
import io.ponte.testing.ChildServer;
import io.ponte.testing.Database;
import io.ponte.testing.LoopbackPorts;
import io.ponte.testing.Podman;
import io.ponte.testing.SandboxLink;
import io.ponte.testing.TestRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Ponte's container image as an operator runs it: built by Jib in this very build (profile container-image, on the
 * base {@code container/build-base} made from Debian's packages and a jlinked JDK), run by podman. It runs in CI
 * ({@code .ci/run}), where PONTE_IMAGE_BASE and the external PostgreSQL (PONTE_TEST_DB_URL) are set.
 */
class ContainerImageIT {

	private static final String IMAGE = "localhost/ponte:latest";

	private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	private static final SecureRandom RANDOM = new SecureRandom();

	@BeforeAll
	static void loadTheImageThisBuildMade() {
		Podman.run("load", "-q", "-i", System.getProperty("ponte.image.tar"));
	}

	@Test
	void servesTheApiOnAnExternalPostgresqlAsAnUnprivilegedUserWithSecretsFromFiles() throws IOException {
		Database external = Database.external()
			.orElseThrow(() -> new IllegalStateException("the container test runs against the PostgreSQL of "
					+ Database.EXTERNAL_URL + " (with PONTE_TEST_DB_USER and _PASSWORD), as .ci/run sets"));
		String name = "ponte-it-" + hex(6);
		String secretId = "container-" + hex(4);
		String secretPassword = hex(16);
		String encryptionKey = Base64.getEncoder().encodeToString(bytes(32));
		int port = LoopbackPorts.free();
		List<String> secrets = new ArrayList<>();
		try (ChildServer.Home home = ChildServer.Home.like(external)) {
			Map<String, String> database = home.databaseProperties();
			TestRun.secret(secretPassword, encryptionKey, database.get("ponte.db.password"));
			// podman's secrets are mounted as files of /run/secrets/, where Ponte reads each as the setting it names
			secrets.add(podmanSecret(name, "ponte.db.password", database.get("ponte.db.password")));
			secrets.add(podmanSecret(name, "ponte.encryption-key", encryptionKey));
			secrets.add(podmanSecret(name, "ponte.secret-password", secretPassword));
			List<String> run = new ArrayList<>(List.of("run", "-d", "--name", name,
					// the CI PostgreSQL listens on the host's loopback only
					"--network", "host", "-e", "SERVER_PORT=" + port, "-e", "PONTE_DB_URL=" + database.get("ponte.db.url"),
					"-e", "PONTE_DB_USER=" + database.get("ponte.db.user"), "-e", "PONTE_SECRET_ID=" + secretId));
			for (String secret : secrets) {
				run.addAll(List.of("--secret", secret + ",target=" + secret.substring(name.length() + 1)
						+ ",uid=10001,mode=0400"));
			}
			run.add(IMAGE);
			Podman.run(run.toArray(String[]::new));
			try {
				awaitHealthy(name);
				ApiClient client = ApiClient.anonymous("http://127.0.0.1:" + port)
					.withAuthorization(ApiClient.basic(secretId, secretPassword));

				assertThat(client.get("/api/institutions/?page_size=100").assertStatus(200).results())
					.extracting(institution -> institution.get("name").asString())
					.contains("erebor_br_retail", "gringotts_mx_retail");
				String link = SandboxLink.of("container_ana").fetching("ACCOUNTS", "TRANSACTIONS").registerWith(client);
				Awaitility.await("the link's transactions, loaded in the container's background")
					.atMost(Duration.ofMinutes(1))
					.until(() -> client.get("/api/transactions/?link=" + link + "&page_size=5").assertStatus(200)
						.json().get("count").asInt() > 0);

				assertThat(Podman.run("exec", name, "id", "-u")).as("the server's user").isEqualTo("10001");
				assertThat(Podman.attempt("exec", name, "test", "-e", "/var/lib/ponte/encryption.key").exitCode())
					.as("no encryption key generated: it came from /run/secrets/ponte.encryption-key")
					.isNotZero();
				Podman.run("stop", "-t", "30", name);
				assertThat(Podman.run("inspect", "--format", "{{.State.ExitCode}}", name))
					.as("exit status after SIGTERM: a graceful stop, not a kill after the 30 s grace")
					.isIn("0", "143");
			}
			finally {
				keepLog(name);
				Podman.attempt("rm", "-f", "-v", name);
				secrets.forEach(secret -> Podman.attempt("secret", "rm", secret));
			}
		}
	}

	@Test
	void theComposeFileStartsPonteWithItsPostgresql() throws IOException {
		String project = "ponteit" + hex(4);
		Path secrets = Files.createTempDirectory("ponte-compose-secrets");
		String secretId = "compose-" + hex(4);
		String secretPassword = hex(16);
		String databasePassword = hex(16);
		String encryptionKey = Base64.getEncoder().encodeToString(bytes(32));
		TestRun.secret(secretPassword, databasePassword, encryptionKey);
		write(secrets, "ponte.db.password", databasePassword);
		write(secrets, "ponte.encryption-key", encryptionKey);
		write(secrets, "ponte.secret-id", secretId);
		write(secrets, "ponte.secret-password", secretPassword);
		int port = LoopbackPorts.free();
		ProcessBuilder compose = new ProcessBuilder().redirectErrorStream(true)
			.redirectOutput(Files.createDirectories(TestRun.dir()).resolve("compose-" + project + ".out").toFile());
		compose.environment().putAll(Map.of("PONTE_SECRETS", secrets.toString(), "PONTE_PORT", Integer.toString(port),
				"PONTE_POSTGRES_IMAGE", standInPostgresImage()));
		Path file = Path.of("..", "deploy", "compose.yaml").toAbsolutePath().normalize();
		try {
			runCompose(compose, "podman-compose", "-p", project, "-f", file.toString(), "up", "-d");
			ApiClient client = ApiClient.anonymous("http://127.0.0.1:" + port)
				.withAuthorization(ApiClient.basic(secretId, secretPassword));
			Awaitility.await("the stack to answer on port " + port)
				.atMost(START_TIMEOUT)
				.pollInterval(Duration.ofSeconds(1))
				.ignoreExceptions()
				.until(() -> client.unchecked().get("/api/institutions/?page_size=1").status() == 200);
			String link = SandboxLink.of("compose_bruno").at("gringotts_mx_retail").registerWith(client);
			Awaitility.await("the link's accounts")
				.atMost(Duration.ofMinutes(1))
				.until(() -> client.get("/api/accounts/?link=" + link).assertStatus(200).json().get("count").asInt() > 0);
			awaitHealthy(project + "_server_1");
		}
		finally {
			keepLog(project + "_server_1");
			List<String> anonymousVolumes = List
				.of(Podman.attempt("inspect", "--format", "{{range .Mounts}}{{.Name}} {{end}}", project + "_server_1")
					.output()
					.trim()
					.split("\\s+"));
			runCompose(compose, "podman-compose", "-p", project, "-f", file.toString(), "down", "-v");
			anonymousVolumes.stream().filter(volume -> !volume.isBlank()).forEach(v -> Podman.attempt("volume", "rm", v));
			Podman.attempt("network", "rm", project + "_default");
			try (var files = Files.list(secrets)) {
				for (Path secret : files.toList()) {
					Files.delete(secret);
				}
			}
			Files.delete(secrets);
		}
	}

	/**
	 * The compose file's database image cannot be pulled here (no registry), so a stand-in honouring the official
	 * image's contract is built from Debian's PostgreSQL on Ponte's own base (src/test/resources/container/postgres).
	 */
	private static String standInPostgresImage() {
		String loaded = Podman.run("load", "-q", "-i", System.getProperty("ponte.image.base"));
		String base = loaded.lines()
			.filter(line -> line.startsWith("Loaded image"))
			.map(line -> line.substring(line.indexOf(':') + 1).trim())
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("podman load named no image: " + loaded));
		String image = "localhost/ponte-test-postgres:15";
		Podman.run("build", "-q", "--build-arg", "BASE=" + base, "-t", image, "src/test/resources/container/postgres");
		return image;
	}

	/** The image's own health check (GET /management/health), run by hand: without systemd podman runs none. */
	private static void awaitHealthy(String container) {
		Awaitility.await(container + " healthy")
			.atMost(START_TIMEOUT)
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> {
				if (Podman.run("inspect", "--format", "{{.State.Running}}", container).equals("false")) {
					throw new IllegalStateException(container + " stopped:\n" + Podman.attempt("logs", container).output());
				}
				return Podman.attempt("healthcheck", "run", container).exitCode() == 0;
			});
	}

	/** The container's log joins the test run's, which LogScanIT (after this class) searches for secrets. */
	private static void keepLog(String container) throws IOException {
		Files.writeString(Files.createDirectories(TestRun.dir()).resolve("container-" + container + ".log"),
				Podman.attempt("logs", container).output());
	}

	private static String podmanSecret(String prefix, String setting, String value) throws IOException {
		Path file = Files.createTempFile("secret", "");
		try {
			Files.writeString(file, value);
			String name = prefix + "-" + setting;
			Podman.run("secret", "create", name, file.toString());
			return name;
		}
		finally {
			Files.delete(file);
		}
	}

	private static void runCompose(ProcessBuilder compose, String... command) {
		try {
			Process process = compose.command(command).start();
			int exit = process.waitFor();
			if (exit != 0) {
				throw new IllegalStateException(String.join(" ", command) + " exited with " + exit + "; see "
						+ TestRun.dir());
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("podman-compose is needed: install Debian's podman-compose, as .ci/run does",
					ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Secrets folder files are readable by the containers' users (the server's 10001, PostgreSQL's root). */
	private static void write(Path folder, String name, String value) throws IOException {
		Path file = folder.resolve(name);
		Files.writeString(file, value + "\n");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
	}

	private static String hex(int bytes) {
		return HexFormat.of().formatHex(bytes(bytes));
	}

	private static byte[] bytes(int count) {
		byte[] bytes = new byte[count];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

}
