package io.ponte.testing;

import com.zaxxer.hikari.HikariDataSource;
import io.ponte.PonteApplication;
import io.ponte.api.Environment;
import io.ponte.organizations.ApiKeys;
import io.ponte.organizations.NewKey;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.springframework.jdbc.core.simple.JdbcClient;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real server, started in this JVM on a random port against a real PostgreSQL. Tests talk to it over
 * HTTP only, through {@link ApiClient}; beans are reached only to set up tenants and keys.
 */
public final class PonteServer implements AutoCloseable {

	private final Database database;

	private final ConfigurableApplicationContext context;

	private final int port;

	private PonteServer(Database database, ConfigurableApplicationContext context) {
		this.database = database;
		this.context = context;
		this.port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
	}

	/** Starts a server on {@code database} with extra properties and extra configuration classes. */
	public static PonteServer start(Database database, Map<String, Object> properties, Class<?>... extraSources) {
		Map<String, Object> all = new HashMap<>(database.properties());
		all.put("server.port", "0");
		all.put("spring.main.banner-mode", "off");
		all.put("logging.level.io.ponte.access", "WARN");
		all.putAll(properties);
		Class<?>[] sources = new Class<?>[extraSources.length + 1];
		sources[0] = PonteApplication.class;
		System.arraycopy(extraSources, 0, sources, 1, extraSources.length);
		SpringApplication app = new SpringApplication(sources);
		String[] args = all.entrySet()
			.stream()
			.map(e -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		return new PonteServer(database, app.run(args));
	}

	public Database database() {
		return this.database;
	}

	/**
	 * This server's PostgreSQL by URL, for a second instance sharing it (the embedded one's process belongs to
	 * this server, so another instance connects rather than starting its own), with the same data folder for the
	 * encryption key: instances of one deployment decrypt each other's jobs.
	 */
	public Database sameDatabase() {
		HikariDataSource pool = bean(HikariDataSource.class);
		return new Database(this.database.name() + " (shared)", Map.of("ponte.db.url", pool.getJdbcUrl(),
				"ponte.db.user", pool.getUsername(), "ponte.db.password",
				pool.getPassword() == null ? "" : pool.getPassword(), "ponte.data-dir",
				this.context.getEnvironment().getProperty("ponte.data-dir", "./data")));
	}

	public String baseUrl() {
		return "http://localhost:" + this.port;
	}

	public int port() {
		return this.port;
	}

	public <T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	/** A bean by name, where several share a type (the MVC handler mappings, for one). */
	public <T> T bean(String name, Class<T> type) {
		return this.context.getBean(name, type);
	}

	/**
	 * Waits until the link's background historical loads have run: registration, MFA completion and refresh
	 * answer before the history is stored (a client learns of it by webhook).
	 */
	public void awaitHistory(String link) {
		JdbcClient jdbc = bean(JdbcClient.class);
		Awaitility.await("the historical load of link " + link)
			.atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(25))
			.until(() -> jdbc.sql("select count(*) from scheduled_tasks where task_name = 'historical-load' "
					+ "and task_instance like :prefix").param("prefix", link + "/%").query(Long.class).single() == 0);
	}

	/** A client for a brand-new organization with one sandbox key, so tests never see each other's data. */
	public ApiClient newSandboxClient() {
		return clientFor(newKey(Environment.SANDBOX));
	}

	public ApiClient newProductionClient() {
		return clientFor(newKey(Environment.PRODUCTION));
	}

	public NewKey newKey(Environment environment) {
		NewKey key = bean(ApiKeys.class).createOrganization("test-" + UUID.randomUUID(), environment);
		TestRun.secret(key.secretPassword());
		return key;
	}

	public ApiClient clientFor(NewKey key) {
		return new ApiClient(baseUrl(), key.secretId(), key.secretPassword());
	}

	/** A client that sends no Authorization header at all. */
	public ApiClient anonymousClient() {
		return new ApiClient(baseUrl(), null, null);
	}

	@Override
	public void close() {
		this.context.close();
	}

	@Override
	public String toString() {
		return "PonteServer on " + this.database + " at " + baseUrl();
	}

}
