package io.ponte.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.organizations.ApiKeys;
import io.ponte.organizations.NewKey;
import io.ponte.testing.ApiClient;
import io.ponte.testing.ApiResponse;
import io.ponte.testing.Database;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rate limits per API key and per organization, spent from one budget by every instance on a database and
 * announced on every authenticated response; failed authentication limited per client address. Tight limits run on
 * servers of their own (two instances per database), never on the shared one.
 */
class RateLimitApiTests {

	private static final String INSTITUTIONS = "/api/institutions/?page_size=1";

	/** Small budgets over a long window: what is spent stays spent for the whole test. */
	private static final Map<String, Object> BUDGETS = Map.of("ponte.rate-limits.key", "4",
			"ponte.rate-limits.organization", "6", "ponte.rate-limits.window", "60s");

	/** A short window, to see budgets come back. */
	private static final Map<String, Object> SHORT_WINDOW = Map.of("ponte.rate-limits.key", "2",
			"ponte.rate-limits.organization", "1000", "ponte.rate-limits.failed-authentication", "3",
			"ponte.rate-limits.window", "5s");

	/**
	 * A budget large enough that each instance may spend 1 % of it before settling with the database (the
	 * delaying optimization, RateLimits): 2 requests per instance here.
	 */
	private static final Map<String, Object> LARGE_BUDGET = Map.of("ponte.rate-limits.key", "200",
			"ponte.rate-limits.organization", "100000", "ponte.rate-limits.window", "60s",
			// six servers share a database here: small pools keep them within its 100 connections
			"ponte.db.pool-size", "4");

	private static final List<PonteServer> started = new ArrayList<>();

	private static final List<Cluster> largeBudgets = new ArrayList<>();

	private static final List<Cluster> budgets = new ArrayList<>();

	private static final List<Cluster> shortWindows = new ArrayList<>();

	/** Two instances on one database. */
	record Cluster(String database, PonteServer first, PonteServer second) {

		@Override
		public String toString() {
			return this.database;
		}

	}

	@BeforeAll
	static void start() {
		List<Database> databases = new ArrayList<>(List.of(Database.embedded()));
		Database.external().ifPresent(databases::add);
		for (Database database : databases) {
			PonteServer first = start(database, BUDGETS);
			budgets.add(new Cluster(database.name(), first, start(first.sameDatabase(), BUDGETS)));
			shortWindows.add(new Cluster(database.name(), start(first.sameDatabase(), SHORT_WINDOW),
					start(first.sameDatabase(), SHORT_WINDOW)));
			largeBudgets.add(new Cluster(database.name(), start(first.sameDatabase(), LARGE_BUDGET),
					start(first.sameDatabase(), LARGE_BUDGET)));
		}
	}

	private static PonteServer start(Database database, Map<String, Object> properties) {
		PonteServer server = PonteServer.start(database, properties);
		started.add(server);
		return server;
	}

	@AfterAll
	static void stop() {
		// the first server of a database holds the embedded PostgreSQL: it stops last
		started.reversed().forEach(PonteServer::close);
	}

	static Stream<Cluster> budgets() {
		return budgets.stream();
	}

	static Stream<Cluster> shortWindows() {
		return shortWindows.stream();
	}

	static Stream<Cluster> largeBudgets() {
		return largeBudgets.stream();
	}

	@OnEachDatabase
	void everyAuthenticatedResponseAnnouncesTheDefaultLimitsAndWhatIsLeft(PonteServer server) {
		ApiClient client = server.newSandboxClient().unchecked();

		ApiResponse first = client.get(INSTITUTIONS).assertStatus(200);
		ApiResponse second = client.get(INSTITUTIONS).assertStatus(200);
		ApiResponse notFound = client.get("/api/institutions/999999/").assertError(404, "not_found", null);

		assertThat(first.header("RateLimit-Policy")).isEqualTo("\"key\";q=3000;w=60, \"organization\";q=6000;w=60");
		assertThat(remaining(first, "key")).isEqualTo(2999);
		assertThat(remaining(first, "organization")).isEqualTo(5999);
		assertThat(remaining(second, "key")).isEqualTo(2998);
		assertThat(remaining(notFound, "key")).as("errors count and are announced too").isEqualTo(2997);
		assertThat(resetSeconds(first, "key")).isBetween(1L, 60L);
		assertThat(first.header("Retry-After")).isNull();
	}

	@OnEachDatabase
	void managementIsNotLimited(PonteServer server) {
		ApiResponse health = server.anonymousClient().unchecked().get("/management/health").assertStatus(200);

		assertThat(health.header("RateLimit-Policy")).isNull();
		assertThat(health.header("RateLimit")).isNull();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("budgets")
	void aKeysRequestsThroughEitherInstanceSpendOneBudget(Cluster cluster) {
		NewKey key = cluster.first().newKey(Environment.SANDBOX);
		List<ApiClient> instances = List.of(cluster.first().clientFor(key).unchecked(),
				cluster.second().clientFor(key).unchecked());

		List<Long> left = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			left.add(remaining(instances.get(i % 2).get(INSTITUTIONS).assertStatus(200), "key"));
		}
		ApiResponse refused = instances.get(0).get(INSTITUTIONS).assertError(429, "too_many_requests", null);

		assertThat(left).containsExactly(3L, 2L, 1L, 0L);
		assertThat(refused.header("RateLimit-Policy")).isEqualTo("\"key\";q=4;w=60, \"organization\";q=6;w=60");
		assertThat(refused.header("RateLimit")).startsWith("\"key\";r=0;t=");
		assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L)
			.isGreaterThanOrEqualTo(resetSeconds(refused, "key"));
		assertThat(refused.json().get(0).get("message").asString()).contains("Ponte").doesNotContain("Belvo");
		assertThat(instances.get(1).get(INSTITUTIONS).status()).as("the other instance refuses too").isEqualTo(429);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("budgets")
	void theKeysOfAnOrganizationShareItsBudgetAcrossInstances(Cluster cluster) {
		NewKey one = cluster.first().newKey(Environment.SANDBOX);
		NewKey other = cluster.first().bean(ApiKeys.class).create(one.organizationId(), Environment.SANDBOX, "other");
		ApiClient oneOnFirst = cluster.first().clientFor(one).unchecked();
		ApiClient otherOnSecond = cluster.second().clientFor(other).unchecked();

		List<Long> left = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			left.add(remaining(oneOnFirst.get(INSTITUTIONS).assertStatus(200), "organization"));
			left.add(remaining(otherOnSecond.get(INSTITUTIONS).assertStatus(200), "organization"));
		}
		ApiResponse refused = otherOnSecond.get(INSTITUTIONS).assertError(429, "too_many_requests", null);

		assertThat(left).containsExactly(5L, 4L, 3L, 2L, 1L, 0L);
		assertThat(remaining(refused, "organization")).isZero();
		assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("budgets")
	void concurrentRequestsThroughBothInstancesNeverSpendMoreThanTheBudget(Cluster cluster) throws Exception {
		NewKey key = cluster.first().newKey(Environment.SANDBOX);
		List<ApiClient> instances = List.of(cluster.first().clientFor(key).unchecked(),
				cluster.second().clientFor(key).unchecked());

		List<Integer> statuses = new ArrayList<>();
		try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<Integer>> sent = new ArrayList<>();
			for (int i = 0; i < 24; i++) {
				ApiClient via = instances.get(i % 2);
				sent.add(senders.submit(() -> via.get(INSTITUTIONS).status()));
			}
			for (Future<Integer> status : sent) {
				statuses.add(status.get());
			}
		}

		assertThat(statuses).filteredOn(status -> status == 200).hasSize(4);
		assertThat(statuses).filteredOn(status -> status == 429).hasSize(20);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("largeBudgets")
	void aLargeBudgetSettledLazilyIsOverspentByAtMostOnePercentPerInstance(Cluster cluster) throws Exception {
		NewKey key = cluster.first().newKey(Environment.SANDBOX);
		List<ApiClient> instances = List.of(cluster.first().clientFor(key).unchecked(),
				cluster.second().clientFor(key).unchecked());

		List<Integer> statuses = new ArrayList<>();
		try (ExecutorService senders = Executors.newFixedThreadPool(8)) {
			List<Future<Integer>> sent = new ArrayList<>();
			for (int i = 0; i < 300; i++) {
				ApiClient via = instances.get(i % 2);
				sent.add(senders.submit(() -> via.get(INSTITUTIONS).status()));
			}
			for (Future<Integer> status : sent) {
				statuses.add(status.get());
			}
		}

		assertThat(statuses).containsOnly(200, 429);
		assertThat(statuses).filteredOn(status -> status == 200).hasSizeBetween(200, 204);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("shortWindows")
	void aSpentKeyHasItsBudgetBackWhenTheWindowResets(Cluster cluster) {
		ApiClient client = cluster.first().clientFor(cluster.first().newKey(Environment.SANDBOX)).unchecked();
		client.get(INSTITUTIONS).assertStatus(200);
		client.get(INSTITUTIONS).assertStatus(200);
		ApiResponse refused = client.get(INSTITUTIONS).assertError(429, "too_many_requests", null);
		assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 5L);

		ApiResponse again = Awaitility.await("the key's next window")
			.atMost(Duration.ofSeconds(15))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> client.get(INSTITUTIONS), response -> response.status() == 200);

		assertThat(remaining(again, "key")).isEqualTo(1);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("shortWindows")
	void anAddressThatFailedAuthenticationTooOftenHasNoKeyCheckedUntilItsWindowResets(Cluster cluster) {
		// an address of this test's own, so no other test's failures count
		String address = "127.0.0.2";
		NewKey known = cluster.first().newKey(Environment.SANDBOX);
		ApiClient knownOnFirst = cluster.first().clientFor(known).from(address).unchecked();
		knownOnFirst.get(INSTITUTIONS).assertStatus(200);
		List<ApiClient> guesses = List.of(guess(cluster.first(), address), guess(cluster.second(), address));

		// three wrong pairs, through either instance, spend the address's budget
		List<Long> left = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			ApiResponse failed = guesses.get(i % 2).get(INSTITUTIONS).assertError(401, "authentication_failed", null);
			left.add(remaining(failed, "failed-authentication"));
		}
		assertThat(left).containsExactly(2L, 1L, 0L);

		// then no pair from the address is checked: a wrong one and a right one get the same 429
		ApiResponse refused = guesses.get(1).get(INSTITUTIONS).assertError(429, "too_many_requests", null);
		assertThat(refused.header("RateLimit-Policy")).isEqualTo("\"failed-authentication\";q=3;w=5");
		assertThat(remaining(refused, "failed-authentication")).isZero();
		assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 5L);
		assertThat(refused.json().get(0).get("message").asString()).contains("Ponte").doesNotContain("Belvo");
		NewKey fresh = cluster.first().newKey(Environment.SANDBOX);
		ApiClient freshOnSecond = cluster.second().clientFor(fresh).from(address).unchecked();
		freshOnSecond.get(INSTITUTIONS).assertError(429, "too_many_requests", null);
		// a pair this instance accepted a moment ago is no guess; another address has its own budget
		knownOnFirst.get(INSTITUTIONS).assertStatus(200);
		cluster.first().clientFor(fresh).from("127.0.0.3").unchecked().get(INSTITUTIONS).assertStatus(200);

		Awaitility.await("the address's next window")
			.atMost(Duration.ofSeconds(15))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> freshOnSecond.get(INSTITUTIONS).status() == 200);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("shortWindows")
	void aBucketFullForAWholeWindowIsPurged(Cluster cluster) {
		NewKey key = cluster.first().newKey(Environment.SANDBOX);
		cluster.first().clientFor(key).unchecked().get(INSTITUTIONS).assertStatus(200);
		JdbcClient jdbc = cluster.first().bean(JdbcClient.class);
		String bucket = "organization:1000:5:" + key.organizationId();
		RateLimits limits = cluster.first().bean(RateLimits.class);

		assertThat(buckets(jdbc, bucket)).isOne();
		Awaitility.await("the purge of " + bucket)
			.atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> limits.purgeExpired() >= 0 && buckets(jdbc, bucket) == 0);
	}

	private static long buckets(JdbcClient jdbc, String id) {
		return jdbc.sql("select count(*) from rate_limit_buckets where id = ?").param(id).query(Long.class).single();
	}

	@OnEachDatabase
	void anAbsentOrMalformedAuthorizationIsNotCountedAsAFailedAttempt(PonteServer server) {
		ApiResponse anonymous = server.anonymousClient().unchecked().get(INSTITUTIONS)
			.assertError(401, "authentication_failed", null);

		assertThat(anonymous.header("RateLimit")).isNull();
	}

	private static ApiClient guess(PonteServer server, String address) {
		return server.anonymousClient().withAuthorization(ApiClient.basic("no-such-key", "guess")).from(address)
			.unchecked();
	}

	/** The {@code r} of a policy in the RateLimit field. */
	private static long remaining(ApiResponse response, String policy) {
		return Long.parseLong(item(response, policy).group(1));
	}

	/** The {@code t} of a policy in the RateLimit field. */
	private static long resetSeconds(ApiResponse response, String policy) {
		return Long.parseLong(item(response, policy).group(2));
	}

	private static Matcher item(ApiResponse response, String policy) {
		String field = response.header("RateLimit");
		assertThat(field).as("RateLimit field").isNotNull();
		Matcher item = Pattern.compile("\"" + Pattern.quote(policy) + "\";r=(\\d+);t=(\\d+)").matcher(field);
		assertThat(item.find()).as("policy %s in %s", policy, field).isTrue();
		return item;
	}

}
