package io.ponte.testing;

import io.ponte.db.EmbeddedDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import java.util.stream.Stream;
import org.awaitility.Awaitility;

/**
 * The server as its own operating-system process, started the way an operator starts it (the main class, a port,
 * an API key from the environment), so a test can kill it with SIGKILL: no shutdown hook, no finally block, no
 * flush. Its output goes to {@code target/child-servers/}, its log also to the test run's folder ({@link TestRun}).
 */
public final class ChildServer implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

	private final Process process;

	private final String name;

	private final Path log;

	private final int port;

	private final Home home;

	private ChildServer(Process process, String name, Path log, int port, Home home) {
		this.process = process;
		this.name = name;
		this.log = log;
		this.port = port;
		this.home = home;
	}

	/**
	 * Starts a server process named {@code name} (its scheduler name too, which webhook attempts record) on
	 * {@code home}, with extra properties, and waits until its API key answers.
	 */
	public static ChildServer start(Home home, String name, Map<String, String> properties) {
		int port = LoopbackPorts.free();
		Map<String, String> all = new LinkedHashMap<>(home.properties());
		all.put("server.port", Integer.toString(port));
		all.put("spring.main.banner-mode", "off");
		all.put("db-scheduler.scheduler-name", name);
		all.putAll(properties);
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
				"-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
				// its log joins the test run's, for the log scan
				"-Dponte.test.run=" + TestRun.dir().toAbsolutePath(), "-Dponte.test.log-name=child-" + name + "-" + port,
				"io.ponte.PonteApplication"));
		all.forEach((key, value) -> command.add("--" + key + "=" + value));
		try {
			Path log = Files.createDirectories(Path.of("target", "child-servers")).resolve(name + "-" + port + ".log");
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile());
			// the key comes from the environment, as in production, never from the command line
			builder.environment().put("PONTE_SECRET_ID", home.secretId);
			builder.environment().put("PONTE_SECRET_PASSWORD", home.secretPassword);
			TestRun.secret(home.secretPassword);
			ChildServer child = new ChildServer(builder.start(), name, log, port, home);
			child.awaitReady();
			return child;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A client holding the home's sandbox key. */
	public ApiClient client() {
		return new ApiClient("http://localhost:" + this.port, this.home.secretId, this.home.secretPassword);
	}

	/** The HTTP port it listens on (loopback). */
	public int port() {
		return this.port;
	}

	/** SIGKILL: the process ends at once, whatever it was doing. */
	public void kill() {
		this.process.destroyForcibly();
		waitForExit();
	}

	@Override
	public void close() {
		if (this.process.isAlive()) {
			this.process.destroy(); // SIGTERM: Spring's graceful shutdown, which stops the embedded PostgreSQL too
			waitForExit();
		}
	}

	private void awaitReady() {
		ApiClient api = client().unchecked();
		try {
			Awaitility.await(this + " to answer")
				.atMost(START_TIMEOUT)
				.pollInterval(Duration.ofMillis(200))
				.ignoreExceptions()
				.until(() -> {
					if (!this.process.isAlive()) {
						throw new IllegalStateException(this + " exited with " + this.process.exitValue());
					}
					return api.get("/api/institutions/?page_size=1").status() == 200;
				});
		}
		catch (RuntimeException ex) {
			this.process.destroyForcibly();
			throw new IllegalStateException(this + " did not start; its log:\n" + tail(), ex);
		}
	}

	private void waitForExit() {
		try {
			this.process.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private String tail() {
		try {
			List<String> lines = Files.readAllLines(this.log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return "(unreadable: " + ex.getMessage() + ")";
		}
	}

	@Override
	public String toString() {
		return "child server " + this.name + " (pid " + this.process.pid() + ", port " + this.port + ")";
	}

	/**
	 * What outlives a server process: its database, its data folder (with the encryption key) and its API key. A
	 * server started again on the same home resumes where the killed one stopped. On the embedded PostgreSQL the
	 * home is a fresh data folder; on an external one, a fresh database, dropped on close.
	 */
	public static final class Home implements AutoCloseable {

		private final Path dataDir;

		private final Map<String, String> properties;

		private final String externalDatabase;

		/** How to reach the PostgreSQL server holding {@link #externalDatabase}, to drop it. */
		private final Map<String, Object> administration;

		private final String secretId = "child-" + UUID.randomUUID();

		private final String secretPassword = HexFormat.of().formatHex(randomBytes());

		private Home(Path dataDir, Map<String, String> properties, String externalDatabase,
				Map<String, Object> administration) {
			this.dataDir = dataDir;
			this.properties = properties;
			this.externalDatabase = externalDatabase;
			this.administration = administration;
		}

		/**
		 * A new home on the same kind of PostgreSQL as {@code database}: a new data folder for an embedded one, a
		 * new database on the same server for an external one.
		 */
		public static Home like(Database database) {
			try {
				Path dataDir = Files.createTempDirectory("ponte-child-data");
				if (!database.name().equals("external")) {
					return new Home(dataDir, Map.of("ponte.data-dir", dataDir.toString()), null, Map.of());
				}
				Map<String, Object> external = database.properties();
				String name = "ponte_child_" + HexFormat.of().formatHex(randomBytes()).substring(0, 12);
				administer(external, "create database " + name);
				String url = withDatabase((String) external.get("ponte.db.url"), name);
				return new Home(dataDir, Map.of("ponte.data-dir", dataDir.toString(), "ponte.db.url", url,
						"ponte.db.user", (String) external.get("ponte.db.user"), "ponte.db.password",
						(String) external.get("ponte.db.password")), name, external);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		Map<String, String> properties() {
			return this.properties;
		}

		/** The home's data folder (the embedded PostgreSQL's, and a generated encryption key's). */
		public Path dataDir() {
			return this.dataDir;
		}

		/** The home's database as the servers reach it ({@code ponte.db.url}, user, password); external homes only. */
		public Map<String, String> databaseProperties() {
			if (this.externalDatabase == null) {
				throw new IllegalStateException("an embedded home's database belongs to its server process");
			}
			return Map.of("ponte.db.url", this.properties.get("ponte.db.url"), "ponte.db.user",
					this.properties.get("ponte.db.user"), "ponte.db.password", this.properties.get("ponte.db.password"));
		}

		/**
		 * Runs {@code ponte <words>} (the {@code keys} or {@code encryption} command) as its own process against this
		 * home's database, as an operator does while its servers are up; returns what it printed, or fails with it
		 * when it exits with an error. External homes only (an embedded database belongs to one process).
		 */
		public String command(String... words) {
			Map<String, String> database = databaseProperties();
			List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
					"-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
					"-Dponte.test.run=" + TestRun.dir().toAbsolutePath(),
					"-Dponte.test.log-name=command-" + words[0], "io.ponte.PonteApplication"));
			command.addAll(List.of(words));
			try {
				Path output = Files.createDirectories(Path.of("target", "child-servers"))
					.resolve("command-" + UUID.randomUUID() + ".out");
				ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
					.redirectOutput(output.toFile());
				// the database from the environment, as an operator's shell has it
				builder.environment().put("PONTE_DB_URL", database.get("ponte.db.url"));
				builder.environment().put("PONTE_DB_USER", database.get("ponte.db.user"));
				builder.environment().put("PONTE_DB_PASSWORD", database.get("ponte.db.password"));
				builder.environment().put("PONTE_DATA_DIR", this.dataDir.toString());
				builder.environment().put("SPRING_MAIN_BANNER_MODE", "off");
				int exit = builder.start().waitFor();
				String printed = Files.readString(output);
				Files.delete(output);
				if (exit != 0) {
					throw new IllegalStateException("ponte " + String.join(" ", words) + " exited with " + exit
							+ ":\n" + printed);
				}
				return printed;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		/** Stops what a killed server left running, drops the database, deletes the folder. */
		@Override
		public void close() throws IOException {
			Path postgres = this.dataDir.resolve("postgres");
			if (Files.isDirectory(postgres)) {
				EmbeddedDatabase.stopOrphanedPostmaster(postgres.toAbsolutePath().normalize());
			}
			if (this.externalDatabase != null) {
				administer(this.administration, "drop database if exists " + this.externalDatabase + " with (force)");
			}
			try (Stream<Path> files = Files.walk(this.dataDir)) {
				for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(file);
				}
			}
		}

		/**
		 * A new home on the PostgreSQL server a running test server uses, whichever kind it is, so that several
		 * child servers share one database on it (an embedded PostgreSQL belongs to one process otherwise).
		 */
		public static Home on(PonteServer host) {
			com.zaxxer.hikari.HikariDataSource source = host.bean(com.zaxxer.hikari.HikariDataSource.class);
			Map<String, Object> server = new java.util.HashMap<>();
			server.put("ponte.db.url", source.getJdbcUrl());
			server.put("ponte.db.user", source.getUsername());
			server.put("ponte.db.password", source.getPassword() == null ? "" : source.getPassword());
			return like(new Database("external", server));
		}

		private static void administer(Map<String, Object> external, String statement) {
			try (Connection connection = DriverManager.getConnection((String) external.get("ponte.db.url"),
					(String) external.get("ponte.db.user"), (String) external.get("ponte.db.password"));
					Statement sql = connection.createStatement()) {
				sql.execute(statement);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not run '" + statement + "' on the external PostgreSQL "
						+ "(the test role needs CREATEDB, as .ci/run grants)", ex);
			}
		}

		/** The JDBC URL with its database name replaced, query parameters kept. */
		static String withDatabase(String url, String database) {
			int query = url.indexOf('?');
			String base = query < 0 ? url : url.substring(0, query);
			return base.substring(0, base.lastIndexOf('/') + 1) + database + (query < 0 ? "" : url.substring(query));
		}

		private static byte[] randomBytes() {
			byte[] bytes = new byte[20];
			new SecureRandom().nextBytes(bytes);
			return bytes;
		}

	}

}
