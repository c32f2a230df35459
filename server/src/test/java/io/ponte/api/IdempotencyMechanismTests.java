package io.ponte.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.testing.ApiClient;
import io.ponte.testing.ApiResponse;
import io.ponte.testing.Database;
import io.ponte.testing.Json;
import io.ponte.testing.PonteServer;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The idempotency mechanism on a route that counts its runs ({@link IdempotencyProbe}): what runs again and what
 * does not.
 */
class IdempotencyMechanismTests {

	private static final String KEY = "Belvo-Idempotency-Key";

	private static PonteServer server;

	private static IdempotencyProbe probe;

	@BeforeAll
	static void start() {
		server = PonteServer.start(Database.embedded(), Map.of(IdempotencyProbe.ENABLED, "true"),
				IdempotencyProbe.class);
		probe = server.bean(IdempotencyProbe.class);
	}

	@AfterAll
	static void stop() {
		if (server != null) {
			server.close();
		}
	}

	@BeforeEach
	void reset() {
		probe.runs.set(0);
		probe.failures.set(0);
		probe.gate = new CountDownLatch(0);
	}

	private static ApiResponse send(ApiClient client, String body, String key) {
		return client.send("POST", IdempotencyProbe.PATH, body, Map.of(KEY, key));
	}

	@Test
	void theHandlerReadsTheBodyThatWasHashed() {
		ApiClient client = server.newSandboxClient().unchecked();
		String body = Json.object("name", "ana", "note", "é \"quoted\" \\ ".repeat(1000));

		JsonNode answer = send(client, body, UUID.randomUUID().toString()).assertStatus(201).json();

		assertThat(answer.get("received")).isEqualTo(JsonMapper.builder().build().readTree(body));
	}

	@Test
	void aRepeatWhileTheFirstRunsIsAConflictThenAReplay() throws Exception {
		ApiClient client = server.newSandboxClient().unchecked();
		String key = UUID.randomUUID().toString();
		probe.gate = new CountDownLatch(1);
		CompletableFuture<ApiResponse> first = CompletableFuture.supplyAsync(() -> send(client, "{}", key));
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> probe.runs.get() == 1);

		ApiResponse conflict = send(client, "{}", key).assertError(409, "idempotency_key_conflict", null);
		assertThat(conflict.header("Belvo-Idempotency-Status")).isEqualTo("PROCESSING");
		send(client, "{\"other\": 1}", key).assertError(422, "idempotency_payload_mismatch", null);
		probe.gate.countDown();

		assertThat(first.get().assertStatus(201).json().get("run").asInt()).isEqualTo(1);
		ApiResponse replay = send(client, "{}", key).assertStatus(201);
		assertThat(replay.body()).isEqualTo(first.get().body());
		assertThat(probe.runs.get()).isEqualTo(1);
	}

	@Test
	void aServerFailureKeepsNothingSoTheRetryRuns() {
		ApiClient client = server.newSandboxClient().unchecked();
		String key = UUID.randomUUID().toString();
		probe.failures.set(1);

		send(client, "{}", key).assertError(500, "unexpected_error", null);
		ApiResponse retry = send(client, "{}", key).assertStatus(201);

		assertThat(retry.json().get("run").asInt()).isEqualTo(2);
		assertThat(retry.header("Belvo-Idempotency-Status")).isEqualTo("AVAILABLE");
		assertThat(send(client, "{}", key).json().get("run").asInt()).isEqualTo(2);
	}

	@Test
	void aStreamedBodyOverTheMaximumIsRefusedWhileHashing() throws Exception {
		ApiClient client = server.newSandboxClient();
		byte[] json = ("{\"name\": \"" + "x".repeat(1_500_000) + "\"}").getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + IdempotencyProbe.PATH))
				.header("Authorization", client.authorization())
				.header("Content-Type", "application/json")
				.header(KEY, UUID.randomUUID().toString())
				.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json)))
				.build(), HttpResponse.BodyHandlers.ofString());

		new ApiResponse(response.statusCode(), response.headers(), response.body())
			.assertError(413, "request_too_large", null);
		assertThat(probe.runs.get()).isZero();
	}

	@Test
	void onlyPostsAreIdempotent() {
		ApiClient client = server.newSandboxClient().unchecked();
		// a GET with a key is a GET: answered as ever, no key kept
		ApiResponse list = client.send("GET", "/api/links/", null, Map.of(KEY, "not a valid key"));
		list.assertStatus(200);
		assertThat(list.header(KEY)).isNull();
	}

}
