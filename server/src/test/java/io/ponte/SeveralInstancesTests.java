package io.ponte;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.testing.ApiClient;
import io.ponte.testing.ApiResponse;
import io.ponte.testing.ChildServer;
import io.ponte.testing.Json;
import io.ponte.testing.Nginx;
import io.ponte.testing.OnOneDatabase;
import io.ponte.testing.PonteServer;
import io.ponte.testing.SandboxLink;
import io.ponte.testing.TestRun;
import io.ponte.testing.WebhookReceiver;
import io.ponte.testing.WebhookReceiver.Delivery;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import tools.jackson.databind.JsonNode;

/**
 * Three server instances on one PostgreSQL behind nginx (Debian's, round-robin, no sticky sessions), as
 * docs/production.md's "Several instances" describes a deployment: any request may land on any instance, MFA
 * sessions live in the database, each background job runs once whichever instance's scheduler picks it, and a
 * revoked key stops working everywhere within the while an instance remembers an accepted key.
 */
class SeveralInstancesTests {

	/** Short enough for the test to wait it out; production's default is a minute. */
	private static final Duration REMEMBER_FOR = Duration.ofSeconds(3);

	/**
	 * The remembered while, webhooks retried quickly, jobs picked within a fifth of a second; every request reaches
	 * the instances from nginx's address, so the failed-authentication limit per address is lifted for the revoked
	 * key's refusals.
	 */
	private static final Map<String, String> SETTINGS = Map.of("ponte.api-keys.remember-for",
			REMEMBER_FOR.toSeconds() + "s", "ponte.webhooks.backoff", "100ms", "db-scheduler.polling-interval",
			"200ms", "ponte.rate-limits.failed-authentication", "100000", "logging.level.io.ponte.access", "WARN");

	private static final List<String> NAMES = List.of("instance-a", "instance-b", "instance-c");

	private static final int LINKS = 6;

	private static final Duration WAIT = Duration.ofSeconds(45);

	/** Started by the first test and shared by all of them: three JVMs take a while to start. */
	private static Deployment deployment;

	@AfterAll
	static void stop() throws Exception {
		if (deployment != null) {
			deployment.close();
			deployment = null;
		}
	}

	@OnOneDatabase
	void nginxSpreadsRequestsOverTheThreeInstancesInTurn(PonteServer server) {
		Deployment ponte = deployment(server);
		ApiClient api = ponte.throughNginx();
		List<String> answeredBy = new ArrayList<>();
		for (int i = 0; i < 9; i++) {
			answeredBy.add(api.get("/api/institutions/?page_size=1").assertStatus(200).header(Nginx.UPSTREAM));
		}
		assertThat(answeredBy).containsOnly(ponte.upstreams().toArray(String[]::new));
		assertThat(answeredBy.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting())))
			.as("requests per instance").hasSize(3).allSatisfy((instance, count) -> assertThat(count).isEqualTo(3));
		assertThat(ponte.nginx().requestsPerInstance()).as("nginx's access log").containsKeys(
				ponte.upstreams().toArray(String[]::new));
	}

	@OnOneDatabase
	void anMfaSessionStartedOnOneInstanceResumesOnAnother(PonteServer server) {
		Deployment ponte = deployment(server);
		ApiClient api = ponte.throughNginx();
		ApiResponse challenge = api.post("/api/links/", """
				{"institution": "heimdall_mx_retail", "username": "mfa_default", "password": "pass_valid"}""");
		challenge.assertError(428, "token_required", null);
		String link = challenge.json().get(0).get("link").asString();

		// a wrong code, answered by the next instance: another challenge, in a new session
		ApiResponse again = api.send("PATCH", "/api/links/", Json.object("session",
				challenge.json().get(0).get("session").asString(), "link", link, "token", "999999"), Map.of());
		again.assertError(428, "token_required", null);
		// the right code, answered by the third
		ApiResponse resumed = api.send("PATCH", "/api/links/",
				Json.object("session", again.json().get(0).get("session").asString(), "link", link, "token", "111111"),
				Map.of());
		resumed.assertStatus(200);

		assertThat(resumed.json().get("status").asString()).isEqualTo("valid");
		assertThat(resumed.json().get("id").asString()).isEqualTo(link);
		assertThat(List.of(challenge.header(Nginx.UPSTREAM), again.header(Nginx.UPSTREAM),
				resumed.header(Nginx.UPSTREAM)))
			.as("the instances that answered each step")
			.doesNotHaveDuplicates();
	}

	@OnOneDatabase
	void eachBackgroundJobRunsOnceWhicheverInstancePicksIt(PonteServer server) throws Exception {
		Deployment ponte = deployment(server);
		ApiClient api = ponte.throughNginx().unchecked();
		try (WebhookReceiver receiver = WebhookReceiver.start()) {
			api.post("/api/webhooks/", Json.object("url", receiver.url())).assertStatus(201);
			List<String> links = new ArrayList<>();
			for (int i = 0; i < LINKS; i++) {
				links.add(SandboxLink.of("instances_" + i).recurrent().fetching("ACCOUNTS", "TRANSACTIONS")
					.registerWith(api));
			}
			// historical loads: one ACCOUNTS and one TRANSACTIONS historical_update per link
			receiver.await(2 * LINKS, of(links).and(hasCode("historical_update")), WAIT);
			// refreshes: a month later every recurrent link refreshes as of the moved clock
			api.post("/api/sandbox/clock/", Json.object("advance", "30d")).assertStatus(200);
			Awaitility.await("every link refreshed")
				.atMost(WAIT)
				.pollInterval(Duration.ofMillis(100))
				.until(() -> refreshedAMonthAhead(ponte, links) == LINKS);
			Awaitility.await("every link's refresh announced")
				.atMost(WAIT)
				.until(() -> links.stream()
					.allMatch(link -> receiver.deliveries().stream().anyMatch(of(List.of(link)).and(refresh()))));
			// a second run of any job would announce again: nothing more arrives while three schedulers poll
			int announced = receiver.deliveries().size();
			Awaitility.await("no second announcement of anything")
				.during(Duration.ofSeconds(3))
				.atMost(Duration.ofSeconds(5))
				.until(() -> receiver.deliveries().size() == announced);

			Map<String, Long> perLinkAndCode = receiver.deliveries()
				.stream()
				.filter(of(links))
				.map(Delivery::json)
				.collect(Collectors.groupingBy(body -> body.get("link_id").asString() + " "
						+ body.get("webhook_type").asString() + " " + body.get("webhook_code").asString(),
						Collectors.counting()));
			Map<String, Long> expected = new LinkedHashMap<>();
			for (String link : links) {
				expected.put(link + " ACCOUNTS historical_update", 1L);
				expected.put(link + " TRANSACTIONS historical_update", 1L);
			}
			assertThat(perLinkAndCode).as("webhooks received per link, type and code").containsAllEntriesOf(expected);
			assertThat(perLinkAndCode.values()).as("no event announced twice").containsOnly(1L);
			assertThat(receiver.deliveries().stream().map(d -> d.header("webhook-id")))
				.as("no event delivered twice").doesNotHaveDuplicates();

			try (Connection db = ponte.database()) {
				// each delivery was one attempt, by one of the three
				Map<String, Long> attemptsPerInstance = counts(db,
						"select instance, count(*) from webhook_attempts group by instance");
				assertThat(attemptsPerInstance.keySet()).isSubsetOf(NAMES);
				assertThat(attemptsPerInstance.values().stream().mapToLong(Long::longValue).sum())
					.as("delivery attempts").isEqualTo(receiver.deliveries().size());
				// the recurring jobs (retention, refresh sweeps, purges) are scheduled once, not once per instance
				Map<String, Long> recurring = counts(db, """
						select task_name, count(*) from scheduled_tasks
						where task_name in ('secret-retention', 'stale-data-purge', 'recurrent-refresh-sweep',
						    'consent-sweep', 'idempotency-key-expiry', 'rate-limit-purge', 'widget-token-purge',
						    'payment-sweep')
						group by task_name""");
				assertThat(recurring).hasSize(8).allSatisfy((task, rows) -> assertThat(rows).as(task).isOne());
			}
		}
	}

	@OnOneDatabase
	void aKeyRevokedOutsideTheInstancesIsRefusedByEveryOneWithinTheWhileTheyRememberIt(PonteServer server)
			throws Exception {
		Deployment ponte = deployment(server);
		Matcher created = Pattern.compile("secret id:\\s+(\\S+)\\s+secret password:\\s+(\\S+)")
			.matcher(ponte.home().command("keys", "create", "--new-organization", "revoked-soon"));
		assertThat(created.find()).isTrue();
		String secretId = created.group(1);
		TestRun.secret(created.group(2));
		ApiClient key = ponte.throughNginx().withAuthorization(ApiClient.basic(secretId, created.group(2)));
		Map<String, ApiClient> everyWay = new LinkedHashMap<>();
		everyWay.put("nginx", key);
		for (ChildServer instance : ponte.instances()) {
			everyWay.put(instance.toString(), key.at("http://localhost:" + instance.port()));
		}
		everyWay.values().forEach(way -> way.get("/api/links/").assertStatus(200));

		// used on every instance until the revocation, so each one remembers the pair when it is revoked
		AtomicBoolean revoking = new AtomicBoolean(true);
		CompletableFuture<Void> inUse = CompletableFuture.runAsync(() -> {
			while (revoking.get()) {
				everyWay.values().forEach(way -> way.unchecked().get("/api/links/"));
				sleep(Duration.ofMillis(200));
			}
		});
		String revoked = ponte.home().command("keys", "revoke", secretId);
		revoking.set(false);
		inUse.join();
		assertThat(revoked).contains("revoked " + secretId);
		Instant revokedAt = ponte.revokedAt(secretId);

		// refused through nginx and by each instance within the remembered while (and a second for the polling)
		Instant deadline = revokedAt.plus(REMEMBER_FOR).plusSeconds(1);
		everyWay.forEach((name, way) -> Awaitility.await("the revoked key refused by " + name)
			// the first look at once; at the deadline, the last (a later instance may find it already passed)
			.pollDelay(Duration.ZERO)
			.atMost(later(Duration.between(Instant.now(), deadline), Duration.ofMillis(100)))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> way.unchecked().get("/api/links/").status() == 401));
		everyWay.values().forEach(way -> way.get("/api/links/").assertStatus(401));
	}

	/** How many of the links last refreshed as of a month from now: after the clock's advance. */
	private static long refreshedAMonthAhead(Deployment ponte, List<String> links) throws SQLException {
		try (Connection db = ponte.database()) {
			return counts(db, "select 'refreshed', count(*) from links where last_refresh_as_of > now() "
					+ "+ interval '29 days' and id in ('" + String.join("', '", links) + "')").get("refreshed");
		}
	}

	private static Duration later(Duration one, Duration other) {
		return one.compareTo(other) > 0 ? one : other;
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static Predicate<Delivery> hasCode(String code) {
		return delivery -> delivery.json().get("webhook_code").asString().equals(code);
	}

	private static Predicate<Delivery> of(List<String> links) {
		return delivery -> {
			JsonNode link = delivery.json().get("link_id");
			return link != null && links.contains(link.asString());
		};
	}

	/** A refresh's announcement: new or updated transactions, as of the moved clock. */
	private static Predicate<Delivery> refresh() {
		return delivery -> delivery.json().get("process_type").asString().equals("recurrent_update")
				&& delivery.json().get("webhook_type").asString().equals("TRANSACTIONS");
	}

	private static Map<String, Long> counts(Connection db, String query) throws SQLException {
		Map<String, Long> counts = new LinkedHashMap<>();
		try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(query)) {
			while (rows.next()) {
				counts.put(rows.getString(1), rows.getLong(2));
			}
		}
		return counts;
	}

	private static synchronized Deployment deployment(PonteServer server) {
		if (deployment == null) {
			deployment = Deployment.start(server);
		}
		return deployment;
	}

	/** The three instances on one new database of the test server's PostgreSQL, and nginx in front of them. */
	private record Deployment(ChildServer.Home home, List<ChildServer> instances, Nginx nginx) implements AutoCloseable {

		static Deployment start(PonteServer server) {
			Nginx.assertInstalled();
			ChildServer.Home home = ChildServer.Home.on(server);
			List<ChildServer> instances = new ArrayList<>();
			try {
				// the first migrates the database; the others start beside each other
				instances.add(ChildServer.start(home, NAMES.get(0), SETTINGS));
				List<CompletableFuture<ChildServer>> others = NAMES.subList(1, NAMES.size())
					.stream()
					.map(name -> CompletableFuture.supplyAsync(() -> ChildServer.start(home, name, SETTINGS)))
					.toList();
				RuntimeException failure = null;
				for (CompletableFuture<ChildServer> other : others) {
					try {
						instances.add(other.join());
					}
					catch (RuntimeException ex) {
						// the others are still joined, so that none is left running
						failure = failure == null ? ex : failure;
					}
				}
				if (failure != null) {
					throw failure;
				}
				return new Deployment(home, instances,
						Nginx.inFrontOf(instances.stream().map(ChildServer::port).toList()));
			}
			catch (RuntimeException | AssertionError ex) {
				instances.forEach(ChildServer::close);
				try {
					home.close();
				}
				catch (java.io.IOException closing) {
					ex.addSuppressed(closing);
				}
				throw ex;
			}
		}

		ApiClient throughNginx() {
			return this.instances.getFirst().client().at(this.nginx.baseUrl());
		}

		List<String> upstreams() {
			return this.instances.stream().map(instance -> "127.0.0.1:" + instance.port()).toList();
		}

		/** When the key's revocation was written (the database's clock, the same machine's as the test's). */
		Instant revokedAt(String secretId) throws SQLException {
			try (Connection db = database();
					PreparedStatement query = db.prepareStatement("select revoked_at from api_keys where secret_id = ?")) {
				query.setString(1, secretId);
				try (ResultSet row = query.executeQuery()) {
					assertThat(row.next()).as("key " + secretId).isTrue();
					return row.getObject(1, OffsetDateTime.class).toInstant();
				}
			}
		}

		Connection database() throws SQLException {
			Map<String, String> db = this.home.databaseProperties();
			return DriverManager.getConnection(db.get("ponte.db.url"), db.get("ponte.db.user"),
					db.get("ponte.db.password"));
		}

		@Override
		public void close() throws Exception {
			this.nginx.close();
			this.instances.forEach(ChildServer::close);
			this.home.close();
		}

	}

}
