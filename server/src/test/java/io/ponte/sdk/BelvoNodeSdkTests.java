package io.ponte.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.api.Environment;
import io.ponte.organizations.NewKey;
import io.ponte.testing.Database;
import io.ponte.testing.PonteServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Belvo's own Node SDK, unchanged, works against Ponte by changing only the base URL: the package is installed
 * from npm into the build folder and {@code belvo-js/compat.js} drives connect, institutions, link registration
 * (plain, MFA with resume, bad password), accounts, owners, transactions and link deletion through it.
 */
class BelvoNodeSdkTests {

	static final String SDK = "belvo@0.28.0";

	static final Path WORK = Path.of("target", "belvo-js").toAbsolutePath();

	static PonteServer server;

	@BeforeAll
	static void start() {
		server = PonteServer.start(Database.embedded(), Map.of());
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	@Test
	void theOfficialNodeSdkRunsItsFlowsUnchanged() throws Exception {
		installSdk();
		try (InputStream script = BelvoNodeSdkTests.class.getResourceAsStream("/belvo-js/compat.js")) {
			Files.copy(script, WORK.resolve("compat.js"), StandardCopyOption.REPLACE_EXISTING);
		}
		NewKey key = server.newKey(Environment.SANDBOX);
		ProcessBuilder node = new ProcessBuilder("node", "compat.js").directory(WORK.toFile()).redirectErrorStream(true);
		node.environment().put("PONTE_URL", server.baseUrl());
		node.environment().put("PONTE_SECRET_ID", key.secretId());
		node.environment().put("PONTE_SECRET_PASSWORD", key.secretPassword());

		Result result = run(node, 180);

		assertThat(result.output()).as(result.output()).contains("all checks passed");
		assertThat(result.exitCode()).as(result.output()).isZero();
	}

	private static void installSdk() throws IOException, InterruptedException {
		if (Files.isRegularFile(WORK.resolve("node_modules/belvo/package.json"))) {
			return;
		}
		Files.createDirectories(WORK);
		Result install = run(new ProcessBuilder("npm", "install", "--no-audit", "--no-fund", "--prefix", WORK.toString(),
				SDK).redirectErrorStream(true), 300);
		assertThat(install.exitCode()).as("npm install %s: %s", SDK, install.output()).isZero();
	}

	private record Result(int exitCode, String output) {
	}

	private static Result run(ProcessBuilder builder, int timeoutSeconds) throws IOException, InterruptedException {
		Path log = Files.createTempFile("belvo-js", ".log");
		Process process = builder.redirectOutput(log.toFile()).start();
		boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
		if (!finished) {
			process.destroyForcibly();
		}
		String output = Files.readString(log, StandardCharsets.UTF_8);
		Files.deleteIfExists(log);
		if (!finished) {
			throw new IllegalStateException("timed out: " + builder.command() + "\n" + output);
		}
		return new Result(process.exitValue(), output);
	}

}
