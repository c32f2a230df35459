package io.ponte.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.organizations.NewKey;
import io.ponte.testing.ApiClient;
import io.ponte.testing.ApiResponse;
import io.ponte.testing.Json;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import io.ponte.testing.SandboxLink;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * {@code Belvo-Idempotency-Key} on the API's creating {@code POST}s: one key, one run, per organization; repeats
 * get the first answer back; a different request under the key is refused.
 */
class IdempotencyApiTests {

	private static final String KEY = "Belvo-Idempotency-Key";

	private static final String LINK = Json.object("institution", "erebor_br_retail", "username", "idem_user",
			"password", "secret", "fetch_resources", List.of());

	private static ApiResponse post(ApiClient client, String path, String body, String key) {
		return client.unchecked().send("POST", path, body, Map.of(KEY, key));
	}

	private static int linkCount(ApiClient client) {
		return client.get("/api/links/").json().get("count").asInt();
	}

	@OnEachDatabase
	void fiftyConcurrentIdenticalRegistrationsMakeOneLink(PonteServer server) throws Exception {
		ApiClient client = server.newSandboxClient();
		String key = UUID.randomUUID().toString();
		CountDownLatch start = new CountDownLatch(1);
		List<Future<ApiResponse>> sent = new ArrayList<>();
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < 50; i++) {
				sent.add(threads.submit(() -> {
					start.await();
					return post(client, "/api/links/", LINK, key);
				}));
			}
			start.countDown();
		}

		List<String> ids = new ArrayList<>();
		for (Future<ApiResponse> response : sent) {
			ApiResponse answer = response.get();
			if (answer.status() == 409) {
				answer.assertError(409, "idempotency_key_conflict", null);
				assertThat(answer.header("Belvo-Idempotency-Status")).isEqualTo("PROCESSING");
			}
			else {
				ids.add(answer.assertStatus(201).json().get("id").asString());
			}
		}
		assertThat(ids).isNotEmpty();
		assertThat(ids).containsOnly(ids.getFirst());
		assertThat(linkCount(client)).isEqualTo(1);
		assertThat(post(client, "/api/links/", LINK, key).assertStatus(201).json().get("id").asString())
			.isEqualTo(ids.getFirst());
		assertThat(linkCount(client)).isEqualTo(1);
	}

	@OnEachDatabase
	void aRepeatReplaysTheFirstAnswerAndDoesNothingNew(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String key = UUID.randomUUID().toString();

		ApiResponse first = post(client, "/api/links/", LINK, key).assertStatus(201);
		ApiResponse repeat = post(client, "/api/links/", LINK, key).assertStatus(201);

		assertThat(repeat.body()).isEqualTo(first.body());
		assertThat(repeat.header("Content-Type")).isEqualTo(first.header("Content-Type"));
		assertThat(repeat.header("X-Request-Id")).as("the answer is the first request's").isEqualTo(first.header("X-Request-Id"));
		assertThat(first.header(KEY)).isEqualTo(key);
		assertThat(repeat.header(KEY)).isEqualTo(key);
		assertThat(first.header("Belvo-Idempotency-Status")).isEqualTo("AVAILABLE");
		assertThat(repeat.header("Belvo-Idempotency-Status")).isEqualTo("REPLAYED");
		assertThat(linkCount(client)).isEqualTo(1);
	}

	@OnEachDatabase
	void requestsWithoutAKeyAreNotDeduplicated(PonteServer server) {
		ApiClient client = server.newSandboxClient();

		client.post("/api/links/", LINK).assertStatus(201);
		client.post("/api/links/", LINK).assertStatus(201);

		assertThat(linkCount(client)).isEqualTo(2);
	}

	@OnEachDatabase
	void theSameKeyOnAnotherRequestIsAPayloadMismatch(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String key = UUID.randomUUID().toString();
		post(client, "/api/links/", LINK, key).assertStatus(201);

		String otherBody = Json.object("institution", "erebor_br_retail", "username", "someone_else", "password",
				"secret", "fetch_resources", List.of());
		ApiResponse mismatch = post(client, "/api/links/", otherBody, key)
			.assertError(422, "idempotency_payload_mismatch", null);
		assertThat(mismatch.header(KEY)).isEqualTo(key);
		// the same body elsewhere, or with another query string, is another request too
		post(client, "/api/links/?fields=id", LINK, key).assertError(422, "idempotency_payload_mismatch", null);
		post(client, "/api/webhooks/", LINK, key).assertError(422, "idempotency_payload_mismatch", null);
		// and the same JSON written differently: requests are compared byte for byte
		post(client, "/api/links/", LINK.replace(",", ", "), key).assertError(422, "idempotency_payload_mismatch", null);

		assertThat(linkCount(client)).isEqualTo(1);
	}

	@OnEachDatabase
	void keysBelongToTheirOrganization(PonteServer server) {
		ApiClient ana = server.newSandboxClient();
		ApiClient bob = server.newSandboxClient();
		String key = UUID.randomUUID().toString();

		String anasLink = post(ana, "/api/links/", LINK, key).assertStatus(201).json().get("id").asString();
		ApiResponse bobs = post(bob, "/api/links/", LINK, key).assertStatus(201);

		assertThat(bobs.header("Belvo-Idempotency-Status")).isEqualTo("AVAILABLE");
		assertThat(bobs.json().get("id").asString()).isNotEqualTo(anasLink);
		assertThat(linkCount(ana)).isEqualTo(1);
		assertThat(linkCount(bob)).isEqualTo(1);
		// another organization's key with another body is no mismatch either
		String otherBody = Json.object("institution", "erebor_br_retail", "username", "bob", "password", "secret");
		post(server.newSandboxClient(), "/api/links/", otherBody, key).assertStatus(201);
	}

	@OnEachDatabase
	void aRetrievalIsReplayedWithoutAskingTheInstitutionAgain(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = SandboxLink.of("idem_retriever").fetching().registerLoaded(server, client);
		String key = UUID.randomUUID().toString();
		String body = Json.object("link", link);

		ApiResponse first = post(client, "/api/accounts/", body, key).assertStatus(201);
		String accessed = lastAccessedAt(client, link);
		ApiResponse repeat = post(client, "/api/accounts/", body, key).assertStatus(201);

		assertThat(repeat.body()).isEqualTo(first.body());
		assertThat(repeat.header("Belvo-Idempotency-Status")).isEqualTo("REPLAYED");
		assertThat(lastAccessedAt(client, link)).as("no new login to the institution").isEqualTo(accessed);
		// whereas the same retrieval without the key logs in again
		client.post("/api/accounts/", body).assertStatus(201);
		assertThat(lastAccessedAt(client, link)).isNotEqualTo(accessed);
	}

	@OnEachDatabase
	void aWebhookRegistrationIsReplayedWithItsSecretKeptEncrypted(PonteServer server) {
		NewKey tenant = server.newKey(Environment.SANDBOX);
		ApiClient client = server.clientFor(tenant);
		String key = UUID.randomUUID().toString();
		String body = Json.object("url", "http://127.0.0.1:9/hooks");

		JsonNode first = post(client, "/api/webhooks/", body, key).assertStatus(201).json();
		JsonNode repeat = post(client, "/api/webhooks/", body, key).assertStatus(201).json();

		assertThat(repeat).isEqualTo(first);
		assertThat(client.get("/api/webhooks/").json().get("count").asInt()).isEqualTo(1);
		String secret = first.get("secret").asString();
		assertThat(secret).isNotBlank();
		byte[] stored = server.bean(JdbcClient.class)
			.sql("select response_body from idempotency_keys where organization_id = ?")
			.param(tenant.organizationId())
			.query(byte[].class)
			.single();
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(secret)
			.doesNotContain(first.get("id").asString());
	}

	private static String lastAccessedAt(ApiClient client, String link) {
		return client.get("/api/links/" + link + "/").json().get("last_accessed_at").asString();
	}

	@OnEachDatabase
	void aRequestRefusedBeforeItRanKeepsNoAnswerSoItCanBeCorrected(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String key = UUID.randomUUID().toString();

		ApiResponse refused = post(client, "/api/links/", Json.object("institution", "erebor_br_retail"), key)
			.assertError(400, "required", "username");
		assertThat(refused.header("Belvo-Idempotency-Status")).isNull();
		post(client, "/api/links/", LINK, key).assertStatus(201);

		assertThat(linkCount(client)).isEqualTo(1);
	}

	@OnEachDatabase
	void anInstitutionsRefusalIsAnOutcomeAndReplayed(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String key = UUID.randomUUID().toString();
		String body = Json.object("institution", "erebor_br_retail", "username", "user_invalid", "password",
				"pass_invalid");

		ApiResponse first = post(client, "/api/links/", body, key).assertError(400, "login_error", null);
		ApiResponse repeat = post(client, "/api/links/", body, key).assertError(400, "login_error", null);

		assertThat(repeat.body()).isEqualTo(first.body());
		assertThat(repeat.header("Belvo-Idempotency-Status")).isEqualTo("REPLAYED");
	}

	@OnEachDatabase
	void anInstitutionThatIsDownKeepsNoAnswer(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String key = UUID.randomUUID().toString();
		String body = Json.object("institution", "erebor_br_retail", "username", "user_down", "password", "pass");

		post(client, "/api/links/", body, key).assertError(400, "institution_down", null);
		ApiResponse again = post(client, "/api/links/", body, key).assertError(400, "institution_down", null);

		assertThat(again.header("Belvo-Idempotency-Status")).as("ran again, not replayed").isNull();
	}

	@OnEachDatabase
	void aMalformedKeyIsRefusedNamingTheHeader(PonteServer server) {
		ApiClient client = server.newSandboxClient();

		post(client, "/api/links/", LINK, "x".repeat(256)).assertError(400, "idempotency_key_invalid", KEY);
		post(client, "/api/links/", LINK, "two words").assertError(400, "idempotency_key_invalid", KEY);
		post(client, "/api/links/", LINK, "").assertError(400, "idempotency_key_invalid", KEY);
		post(client, "/api/links/", LINK, "tab\there").assertError(400, "idempotency_key_invalid", KEY);
		post(client, "/api/links/", LINK, "x".repeat(255)).assertStatus(201);

		assertThat(linkCount(client)).isEqualTo(1);
	}

	@OnEachDatabase
	void anExpiredKeyRunsTheRequestAnewAndIsPurged(PonteServer server) {
		NewKey tenant = server.newKey(Environment.SANDBOX);
		ApiClient client = server.clientFor(tenant);
		String key = UUID.randomUUID().toString();
		post(client, "/api/links/", LINK, key).assertStatus(201);
		JdbcClient jdbc = server.bean(JdbcClient.class);
		OffsetDateTime expires = jdbc.sql("select expires_at from idempotency_keys where organization_id = ?")
			.param(tenant.organizationId())
			.query(OffsetDateTime.class)
			.single();
		assertThat(expires.toInstant()).as("kept at least a day")
			.isAfterOrEqualTo(Instant.now().plus(Duration.ofHours(24)).minusSeconds(60));

		jdbc.sql("update idempotency_keys set expires_at = ? where organization_id = ?")
			.params(OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1), tenant.organizationId())
			.update();
		ApiResponse after = post(client, "/api/links/", LINK, key).assertStatus(201);
		assertThat(after.header("Belvo-Idempotency-Status")).isEqualTo("AVAILABLE");
		assertThat(linkCount(client)).isEqualTo(2);

		jdbc.sql("update idempotency_keys set expires_at = ? where organization_id = ?")
			.params(OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1), tenant.organizationId())
			.update();
		assertThat(server.bean(IdempotencyKeys.class).purge(Instant.now())).isPositive();
		assertThat(jdbc.sql("select count(*) from idempotency_keys where organization_id = ?")
			.param(tenant.organizationId())
			.query(Long.class)
			.single()).isZero();
	}

	@OnEachDatabase
	void aKeyHeldByAnotherInstanceIsAConflictUntilItsProcessingTimeout(PonteServer server) {
		NewKey tenant = server.newKey(Environment.SANDBOX);
		ApiClient client = server.clientFor(tenant);
		String key = UUID.randomUUID().toString();
		byte[] hash = IdempotencyFilter.hash("POST", "/api/links/", null, LINK.getBytes(StandardCharsets.UTF_8));
		JdbcClient jdbc = server.bean(JdbcClient.class);
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		jdbc.sql("""
				insert into idempotency_keys (organization_id, environment, idempotency_key, request_hash, state, owner,
				                              locked_until, created_at, expires_at)
				values (?, 'sandbox', ?, ?, 'processing', ?, ?, ?, ?)""")
			.params(tenant.organizationId(), key, hash, UUID.randomUUID(), now.plusMinutes(5), now, now.plusDays(1))
			.update();

		post(client, "/api/links/", LINK, key).assertError(409, "idempotency_key_conflict", null);
		assertThat(linkCount(client)).isZero();

		// the instance running it died: once its hold lapses, the key is free for the retry
		jdbc.sql("update idempotency_keys set locked_until = ? where organization_id = ?")
			.params(now.minusSeconds(1), tenant.organizationId())
			.update();
		post(client, "/api/links/", LINK, key).assertStatus(201);
		assertThat(linkCount(client)).isEqualTo(1);
	}

}
