package io.ponte.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.testing.ApiClient;
import io.ponte.testing.Json;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import io.ponte.testing.WebhookReceiver;
import io.ponte.testing.WebhookReceiver.Delivery;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;

/**
 * Webhook endpoints (a Ponte extension: Belvo keeps them in its dashboard) and the events they receive, through
 * HTTP, with a receiver that verifies every signature with the Standard Webhooks library.
 */
class WebhookApiTests {

	private static final Duration WAIT = Duration.ofSeconds(20);

	static JsonNode register(ApiClient client, String url, Object... more) {
		Object[] fields = new Object[more.length + 2];
		fields[0] = "url";
		fields[1] = url;
		System.arraycopy(more, 0, fields, 2, more.length);
		return client.unchecked().post("/api/webhooks/", Json.object(fields)).assertStatus(201).json();
	}

	static String link(ApiClient client, String username) {
		return client.post("/api/links/",
				Json.object("institution", "erebor_br_retail", "username", username, "password", "secret"))
			.assertStatus(201)
			.json()
			.get("id")
			.asString();
	}

	private static Map<String, Long> listCounts(ApiClient client, String link) {
		Map<String, Long> counts = new HashMap<>();
		counts.put("ACCOUNTS", client.get("/api/accounts/?link=" + link).json().get("count").asLong());
		counts.put("TRANSACTIONS", client.get("/api/transactions/?link=" + link).json().get("count").asLong());
		counts.put("OWNERS", client.get("/api/owners/?link=" + link).json().get("count").asLong());
		return counts;
	}

	@OnEachDatabase
	void anEndpointIsRegisteredWithItsSecretShownOnceThenListedChangedAndDeleted(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		ApiClient stranger = server.newSandboxClient();
		JsonNode created = register(client, "https://hooks.example.com/belvo", "description", "ops",
				"authorization", "Bearer abc", "webhook_types", List.of("TRANSACTIONS", "LINK"));
		String id = created.get("id").asString();
		assertThat(created.get("secret").asString()).startsWith("whsec_").hasSizeGreaterThan(30);
		assertThat(created.get("authorization_set").asBoolean()).isTrue();
		assertThat(created.has("authorization")).isFalse();
		assertThat(created.get("webhook_types")).hasSize(2);

		JsonNode detail = client.unchecked().get("/api/webhooks/" + id + "/").assertStatus(200).json();
		assertThat(detail.has("secret")).isFalse();
		assertThat(detail.get("url").asString()).isEqualTo("https://hooks.example.com/belvo");
		assertThat(client.unchecked().get("/api/webhooks/").assertStatus(200).json().get("count").asInt()).isEqualTo(1);
		stranger.unchecked().get("/api/webhooks/" + id + "/").assertError(404, "not_found", null);
		assertThat(stranger.unchecked().get("/api/webhooks/").json().get("count").asInt()).isZero();

		JsonNode changed = client.unchecked()
			.send("PATCH", "/api/webhooks/" + id + "/", Json.object("enabled", false, "webhook_types", null,
					"authorization", null), Map.of())
			.assertStatus(200)
			.json();
		assertThat(changed.get("enabled").asBoolean()).isFalse();
		assertThat(changed.get("webhook_types").isNull()).isTrue();
		assertThat(changed.get("authorization_set").asBoolean()).isFalse();
		assertThat(changed.get("description").asString()).isEqualTo("ops");

		String rotated = client.unchecked().post("/api/webhooks/" + id + "/rotate-secret/", "{}")
			.assertStatus(200)
			.json()
			.get("secret")
			.asString();
		assertThat(rotated).startsWith("whsec_").isNotEqualTo(created.get("secret").asString());

		stranger.unchecked().send("DELETE", "/api/webhooks/" + id + "/", null, Map.of()).assertError(404, "not_found",
				null);
		client.unchecked().send("DELETE", "/api/webhooks/" + id + "/", null, Map.of()).assertStatus(204);
		client.unchecked().get("/api/webhooks/" + id + "/").assertError(404, "not_found", null);
	}

	@OnEachDatabase
	void badUrlsAndValuesAreRefusedNamingTheField(PonteServer server) {
		ApiClient sandbox = server.newSandboxClient().unchecked();
		ApiClient production = server.newProductionClient().unchecked();
		sandbox.post("/api/webhooks/", Json.object("description", "no url")).assertError(400, "required", "url");
		sandbox.post("/api/webhooks/", Json.object("url", "ftp://example.com/x")).assertError(400, "invalid", "url");
		sandbox.post("/api/webhooks/", Json.object("url", "not a url")).assertError(400, "invalid", "url");
		sandbox.post("/api/webhooks/", Json.object("url", "https://user:pw@example.com/"))
			.assertError(400, "invalid", "url");
		sandbox.post("/api/webhooks/", Json.object("url", "https://example.com/" + "a".repeat(2100)))
			.assertError(400, "max_length", "url");
		sandbox.post("/api/webhooks/", Json.object("url", "https://example.com/", "webhook_types", List.of("NOPE")))
			.assertError(400, "invalid_choice", "webhook_types");
		sandbox.post("/api/webhooks/", Json.object("url", "https://example.com/", "authorization", "Bearer a\r\nX: y"))
			.assertError(400, "invalid", "authorization");
		// a developer receives sandbox events on their own machine; production keys may not target it
		sandbox.post("/api/webhooks/", Json.object("url", "http://localhost:9/hooks")).assertStatus(201);
		for (String internal : List.of("http://127.0.0.1/h", "http://localhost/h", "http://10.1.2.3/h",
				"http://192.168.0.10/h", "http://169.254.169.254/latest", "http://[::1]/h")) {
			production.post("/api/webhooks/", Json.object("url", internal)).assertError(400, "invalid", "url");
		}
		sandbox.get("/api/webhook-events/?status=lost").assertError(400, "invalid_choice", "status");
		String id = sandbox.post("/api/webhooks/", Json.object("url", "https://example.com/h")).json().get("id")
			.asString();
		sandbox.send("PATCH", "/api/webhooks/" + id + "/", Json.object("enabled", "maybe"), Map.of())
			.assertError(400, "invalid", "enabled");
		sandbox.send("PATCH", "/api/webhooks/" + id + "/", Json.object("webhook_types", 7), Map.of()).assertStatus(400);
		sandbox.send("PATCH", "/api/webhooks/" + id + "/", "[]", Map.of()).assertStatus(400);
		sandbox.send("PATCH", "/api/webhooks/nope/", "{}", Map.of()).assertError(404, "not_found", null);
		sandbox.post("/api/webhook-events/nope/redeliver/", "{}").assertError(404, "not_found", null);
		sandbox.post("/api/webhook-events/" + java.util.UUID.randomUUID() + "/redeliver/", "{}")
			.assertError(404, "not_found", null);
		sandbox.post("/api/webhooks/" + java.util.UUID.randomUUID() + "/redeliver/", "{}")
			.assertError(404, "not_found", null);
		sandbox.post("/api/sandbox/clock/", "[]").assertStatus(400);
	}

	@OnEachDatabase
	void aNewLinksHistoryIsAnnouncedPerResourceWithTheCountsItsListsReturnSignedAsStandardWebhooks(
			PonteServer server) {
		try (WebhookReceiver receiver = WebhookReceiver.start()) {
			ApiClient client = server.newSandboxClient();
			String secret = register(client, receiver.url(), "authorization", "Bearer token-1").get("secret")
				.asString();
			String link = link(client, "webhook_user");
			Instant answered = Instant.now();

			// registration answered before the history loaded: one event per resource follows, as each is stored
			server.awaitHistory(link);
			int written = client.unchecked().get("/api/webhook-events/?link=" + link).json().get("count").asInt();
			assertThat(written).isGreaterThanOrEqualTo(3);
			List<Delivery> updates = receiver.await(written, d -> d.json().get("webhook_code").asString()
				.equals("historical_update"), WAIT);
			assertThat(updates).hasSize(written);
			assertThat(updates).allSatisfy(d -> assertThat(d.at()).isAfter(answered));
			Map<String, Long> counts = listCounts(client, link);
			Map<String, Delivery> byType = new HashMap<>();
			updates.forEach(d -> byType.put(d.json().get("webhook_type").asString(), d));
			assertThat(byType).containsKeys("ACCOUNTS", "TRANSACTIONS", "OWNERS");
			for (Delivery delivery : updates) {
				assertThat(delivery.verifiedWith(secret)).as("signature of %s", delivery.body()).isTrue();
				assertThat(delivery.header("authorization")).isEqualTo("Bearer token-1");
				JsonNode body = delivery.json();
				assertThat(body.get("webhook_id").asString())
					.isEqualTo(delivery.header("webhook-id").replace("-", ""));
				assertThat(body.get("link_id").asString()).isEqualTo(link);
				assertThat(body.get("process_type").asString()).isEqualTo("historical_update");
				assertThat(body.has("request_id")).isTrue();
				assertThat(body.has("external_id")).isTrue();
			}
			assertThat(byType.get("ACCOUNTS").json().get("data").get("total_accounts").asLong())
				.isEqualTo(counts.get("ACCOUNTS"));
			assertThat(byType.get("OWNERS").json().get("data").get("total_owners").asLong())
				.isEqualTo(counts.get("OWNERS"));
			JsonNode transactions = byType.get("TRANSACTIONS").json().get("data");
			assertThat(transactions.get("total_transactions").asLong()).isEqualTo(counts.get("TRANSACTIONS"));
			long inflows = client.get("/api/transactions/?link=" + link + "&type=INFLOW").json().get("count").asLong();
			assertThat(transactions.get("total_inflow_transactions").asLong()).isEqualTo(inflows);
			assertThat(transactions.get("total_outflow_transactions").asLong())
				.isEqualTo(counts.get("TRANSACTIONS") - inflows);
			assertThat(transactions.get("first_transaction_date").asString())
				.isLessThan(transactions.get("last_transaction_date").asString());

			// the outbox shows each event delivered at the first attempt
			JsonNode events = awaitCount(client, "?link=" + link + "&webhook_code=historical_update&status=delivered",
					updates.size());
			assertThat(events.get("count").asInt()).isEqualTo(updates.size());
			events.get("results").forEach(e -> {
				assertThat(e.get("status").asString()).isEqualTo("delivered");
				assertThat(e.get("attempts")).hasSize(1);
				assertThat(e.get("attempts").get(0).get("status_code").asInt()).isEqualTo(200);
			});
		}
	}

	@OnEachDatabase
	void anEndpointReceivesOnlyTheTypesItChoseAndAnAsyncDeletionIsAnnouncedWithItsRequestId(PonteServer server) {
		try (WebhookReceiver receiver = WebhookReceiver.start()) {
			ApiClient client = server.newSandboxClient();
			String secret = register(client, receiver.url(), "webhook_types", List.of("LINK")).get("secret")
				.asString();
			String link = link(client, "deleted_user");
			String requestId = client.send("DELETE", "/api/links/" + link + "/", null,
					Map.of("X-Belvo-Request-Mode", "async"))
				.assertStatus(202)
				.json()
				.get("request_id")
				.asString();
			List<Delivery> deleted = receiver.await(1, d -> true, WAIT);
			assertThat(deleted).hasSize(1);
			JsonNode body = deleted.getFirst().json();
			assertThat(body.get("webhook_type").asString()).isEqualTo("LINK");
			assertThat(body.get("webhook_code").asString()).isEqualTo("link_deleted");
			assertThat(body.get("request_id").asString()).isEqualTo(requestId);
			assertThat(body.get("link_id").asString()).isEqualTo(link);
			assertThat(deleted.getFirst().verifiedWith(secret)).isTrue();
			assertThat(receiver.deliveries()).as("no historical updates for an endpoint of LINK only").hasSize(1);
		}
	}

	@OnEachDatabase
	void anAsyncRetrievalAnswers202AndItsWebhookCarriesTheRequestIdAndTheCounts(PonteServer server) {
		try (WebhookReceiver receiver = WebhookReceiver.start()) {
			ApiClient client = server.newSandboxClient();
			String link = link(client, "async_user");
			server.awaitHistory(link);
			String secret = register(client, receiver.url(), "webhook_types", List.of("TRANSACTIONS")).get("secret")
				.asString();
			String window = Json.object("link", link, "date_from", java.time.LocalDate.now().minusMonths(3).toString(),
					"date_to", java.time.LocalDate.now().toString());
			client.unchecked()
				.send("POST", "/api/transactions/", window, Map.of("X-Belvo-Request-Mode", "sync"))
				.assertError(400, "invalid", "X-Belvo-Request-Mode");
			client.unchecked()
				.send("POST", "/api/transactions/", Json.object("link", link), Map.of("X-Belvo-Request-Mode", "async"))
				.assertError(400, "required", "date_from");
			assertThat(receiver.deliveries()).isEmpty();

			String requestId = client.send("POST", "/api/transactions/", window, Map.of("X-Belvo-Request-Mode", "async"))
				.assertStatus(202)
				.json()
				.get("request_id")
				.asString();
			Delivery delivery = receiver.await(1, d -> true, WAIT).getFirst();
			assertThat(delivery.verifiedWith(secret)).isTrue();
			JsonNode body = delivery.json();
			assertThat(body.get("request_id").asString()).isEqualTo(requestId);
			assertThat(body.get("webhook_type").asString()).isEqualTo("TRANSACTIONS");
			assertThat(body.get("webhook_code").asString()).isEqualTo("historical_update");
			assertThat(body.get("data").get("total_transactions").asLong())
				.isEqualTo(client.get("/api/transactions/?link=" + link).json().get("count").asLong());
		}
	}

	@OnEachDatabase
	void aFailingReceiverSeesRetriesWithGrowingWaitsThenTheEventIsDeadLetteredAndRedeliverySucceeds(
			PonteServer server) {
		try (WebhookReceiver receiver = WebhookReceiver.start()) {
			ApiClient client = server.newSandboxClient();
			String endpoint = register(client, receiver.url(), "webhook_types", List.of("LINK")).get("id").asString();
			// the first attempt and five retries all fail, each differently
			receiver.answer(500, 503, 404, 302, 429, 500);
			String link = link(client, "failing_user");
			client.send("DELETE", "/api/links/" + link + "/", null, Map.of("X-Belvo-Request-Mode", "async"))
				.assertStatus(202);
			List<Delivery> attempts = receiver.await(6, d -> true, WAIT);
			assertThat(attempts).hasSize(6);
			assertThat(attempts).extracting(d -> d.header("webhook-id")).containsOnly(attempts.getFirst()
				.header("webhook-id"));
			// back-off: 100 ms, then doubling (scheduling adds up to a polling interval to each)
			for (int i = 1; i < attempts.size(); i++) {
				long waited = Duration.between(attempts.get(i - 1).at(), attempts.get(i).at()).toMillis();
				assertThat(waited).as("wait before retry %d", i).isGreaterThanOrEqualTo(100L << (i - 1));
			}
			String id = attempts.getFirst().header("webhook-id");
			JsonNode dead = awaitStatus(client, id, "dead");
			assertThat(dead.get("attempts")).hasSize(6);
			assertThat(dead.get("attempts").get(3).get("status_code").asInt()).isEqualTo(302);
			assertThat(dead.get("attempts").get(0).get("error").asString()).contains("500");
			assertThat(client.unchecked().get("/api/webhook-events/?status=dead").json().get("count").asInt())
				.isEqualTo(1);

			client.unchecked().post("/api/webhook-events/" + id + "/redeliver/", "{}").assertStatus(202);
			assertThat(receiver.await(7, d -> true, WAIT)).hasSize(7);
			JsonNode delivered = awaitStatus(client, id, "delivered");
			assertThat(delivered.get("attempts")).hasSize(7);
			assertThat(receiver.deliveries().get(6).header("webhook-id")).isEqualTo(id);

			// nothing dead is left for the endpoint's bulk redelivery
			assertThat(client.unchecked()
				.post("/api/webhooks/" + endpoint + "/redeliver/", Json.object("from", Instant.now().minusSeconds(3600)
					.toString()))
				.assertStatus(202)
				.json()
				.get("redelivered")
				.asInt()).isZero();
		}
	}

	@OnEachDatabase
	void anEndpointsDeadEventsAreRedeliveredTogether(PonteServer server) {
		try (WebhookReceiver receiver = WebhookReceiver.start()) {
			ApiClient client = server.newSandboxClient();
			String endpoint = register(client, receiver.url(), "webhook_types", List.of("LINK")).get("id").asString();
			receiver.answer(500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500);
			for (String user : List.of("bulk_one", "bulk_two")) {
				client.send("DELETE", "/api/links/" + link(client, user) + "/", null,
						Map.of("X-Belvo-Request-Mode", "async")).assertStatus(202);
			}
			assertThat(receiver.await(12, d -> true, WAIT)).hasSize(12);
			awaitCount(client, "?status=dead", 2);
			client.unchecked()
				.post("/api/webhooks/" + endpoint + "/redeliver/", "not json")
				.assertError(400, "parse_error", null);
			client.unchecked()
				.post("/api/webhooks/" + endpoint + "/redeliver/", Json.object("from", "yesterday"))
				.assertError(400, "invalid", "from");
			assertThat(client.unchecked().post("/api/webhooks/" + endpoint + "/redeliver/", "{}")
				.assertStatus(202)
				.json()
				.get("redelivered")
				.asInt()).isEqualTo(2);
			assertThat(receiver.await(14, d -> true, WAIT)).hasSize(14);
			awaitCount(client, "?status=delivered", 2);
		}
	}

	@OnEachDatabase
	void duringARotationEachEventIsSignedWithTheOldAndTheNewSecret(PonteServer server) {
		try (WebhookReceiver receiver = WebhookReceiver.start()) {
			ApiClient client = server.newSandboxClient();
			JsonNode endpoint = register(client, receiver.url(), "webhook_types", List.of("LINK"));
			String old = endpoint.get("secret").asString();
			String fresh = client.unchecked()
				.post("/api/webhooks/" + endpoint.get("id").asString() + "/rotate-secret/", "{}")
				.json()
				.get("secret")
				.asString();
			client.send("DELETE", "/api/links/" + link(client, "rotating_user") + "/", null,
					Map.of("X-Belvo-Request-Mode", "async")).assertStatus(202);
			Delivery delivery = receiver.await(1, d -> true, WAIT).getFirst();
			assertThat(delivery.header("webhook-signature").split(" ")).hasSize(2);
			assertThat(delivery.verifiedWith(old)).isTrue();
			assertThat(delivery.verifiedWith(fresh)).isTrue();
			assertThat(delivery.verifiedWith("whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[24])))
				.isFalse();
		}
	}

	private static JsonNode awaitStatus(ApiClient client, String id, String status) {
		return Awaitility.await("event " + id + " " + status).atMost(WAIT).pollInterval(Duration.ofMillis(50))
			.until(() -> client.unchecked().get("/api/webhook-events/" + id + "/").assertStatus(200).json(),
					event -> event.get("status").asString().equals(status));
	}

	private static JsonNode awaitCount(ApiClient client, String query, int count) {
		return Awaitility.await("events " + query).atMost(WAIT).pollInterval(Duration.ofMillis(50))
			.until(() -> client.unchecked().get("/api/webhook-events/" + query).json(),
					page -> page.get("count").asInt() == count);
	}

}
