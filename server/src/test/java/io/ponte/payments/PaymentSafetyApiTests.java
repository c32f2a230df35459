package io.ponte.payments;

import static io.ponte.payments.Payments.INTENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ponte.testing.ApiClient;
import io.ponte.testing.ApiResponse;
import io.ponte.testing.Json;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import io.ponte.testing.WebhookReceiver;
import io.ponte.testing.WebhookReceiver.Delivery;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * What makes payments safe to retry and to audit: idempotency keys, the append-only history of every intent, and
 * signed webhooks for each status an intent and its charge take.
 */
class PaymentSafetyApiTests {

	private static final String KEY = "Belvo-Idempotency-Key";

	@OnEachDatabase
	void fiftyConcurrentIdenticalRequestsWithOneIdempotencyKeyCreateOneIntent(PonteServer server) throws Exception {
		ApiClient client = server.newSandboxClient();
		String body = Json.of(Payments.intent(Payments.payer(client), Payments.merchantAccount(client), "77.00", true));
		String key = UUID.randomUUID().toString();

		List<ApiResponse> answers = new ArrayList<>();
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<ApiResponse>> sent = new ArrayList<>();
			for (int i = 0; i < 50; i++) {
				sent.add(threads.submit(() -> client.send("POST", INTENTS, body, Map.of(KEY, key))));
			}
			for (Future<ApiResponse> answer : sent) {
				answers.add(answer.get());
			}
		}

		List<String> created = new ArrayList<>();
		for (ApiResponse answer : answers) {
			if (answer.status() == 409) {
				answer.assertError(409, "idempotency_key_conflict", null);
				continue;
			}
			assertThat(answer.status()).isEqualTo(201);
			created.add(answer.json().get("id").asString());
		}
		assertThat(created).isNotEmpty().allMatch(id -> id.equals(created.getFirst()));
		JsonNode intents = client.get(INTENTS).json();
		assertThat(intents.get("count").asInt()).isOne();
		assertThat(intents.get("results").get(0).get("charges")).hasSize(1);
		assertThat(client.get("/payments/br/charges/").json().get("count").asInt()).isOne();

		// after the first answer, the same key and body replay it; another body is refused
		ApiResponse replay = client.send("POST", INTENTS, body, Map.of(KEY, key)).assertStatus(201);
		assertThat(replay.header("Belvo-Idempotency-Status")).isEqualTo("REPLAYED");
		assertThat(replay.json().get("id").asString()).isEqualTo(created.getFirst());
		client.send("POST", INTENTS, body.replace("77.00", "78.00"), Map.of(KEY, key))
			.assertError(422, "idempotency_payload_mismatch", null);
		assertThat(client.get(INTENTS).json().get("count").asInt()).isOne();
	}

	@OnEachDatabase
	void everyStatusOfAnIntentIsKeptInAnAppendOnlyHistory(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		JsonNode confirmed = Payments.create(client,
				Payments.intent(Payments.payer(client), Payments.merchantAccount(client), "18.00", true));
		String id = confirmed.get("id").asString();
		Payments.answer(Payments.redirectUrl(confirmed), "approve");
		Payments.awaitStatus(client, id, "SUCCEEDED");

		JsonNode history = client.get(INTENTS + id + "/history/").assertStatus(200).json();

		assertThat(history.get("count").asInt()).isEqualTo(3);
		List<String> steps = new ArrayList<>();
		history.get("results").forEach(step -> steps.add(step.get("from_status").asString(null) + " -> "
				+ step.get("to_status").asString() + " (" + step.get("reason").asString() + ")"));
		assertThat(steps).containsExactly("null -> REQUIRES_ACTION (created)", "REQUIRES_ACTION -> PROCESSING "
				+ "(payer_approved)", "PROCESSING -> SUCCEEDED (settled)");
		JdbcClient database = server.bean(JdbcClient.class);
		assertThatThrownBy(() -> database.sql("update payment_intent_history set to_status = 'FAILED' "
				+ "where payment_intent_id = :id").param("id", UUID.fromString(id)).update())
			.hasMessageContaining("append-only");
		server.newSandboxClient().get(INTENTS + id + "/history/").assertStatus(404);
	}

	@OnEachDatabase
	void eachStatusOfTheIntentAndItsChargeAndTheMoneyThatMovedIsAnnouncedBySignedWebhooks(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		try (WebhookReceiver receiver = WebhookReceiver.start()) {
			String secret = client.post("/api/webhooks/", Json.object("url", receiver.url())).assertStatus(201).json()
				.get("secret").asString();
			String externalId = UUID.randomUUID().toString();
			Map<String, Object> body = Payments.intent(Payments.payer(client), Payments.merchantAccount(client),
					"250.00", true);
			body.put("external_id", externalId);
			JsonNode confirmed = Payments.create(client, body);
			String id = confirmed.get("id").asString();
			Payments.answer(Payments.redirectUrl(confirmed), "approve");
			JsonNode succeeded = Payments.awaitStatus(client, id, "SUCCEEDED");
			String charge = succeeded.get("charges").get(0).get("id").asString();
			String transaction = succeeded.get("charges").get(0).get("transactions").get(0).get("id").asString();

			List<Delivery> deliveries = receiver.await(6, d -> true, Duration.ofSeconds(30));

			assertThat(deliveries).hasSize(6).allSatisfy(d -> assertThat(d.verifiedWith(secret)).isTrue());
			List<String> events = deliveries.stream()
				.map(Delivery::json)
				.map(event -> event.get("webhook_type").asString() + " " + event.get("webhook_code").asString() + " "
						+ event.get("object_id").asString() + " " + event.get("data").path("status").asString(""))
				.toList();
			assertThat(events).containsExactlyInAnyOrder("PAYMENT_INTENTS STATUS_UPDATE " + id + " REQUIRES_ACTION",
					"CHARGES STATUS_UPDATE " + charge + " PENDING", "PAYMENT_INTENTS STATUS_UPDATE " + id + " PROCESSING",
					"CHARGES STATUS_UPDATE " + charge + " SUCCEEDED", "TRANSACTIONS OBJECT_CREATED " + transaction + " ",
					"PAYMENT_INTENTS STATUS_UPDATE " + id + " SUCCEEDED");
			JsonNode last = deliveries.stream()
				.map(Delivery::json)
				.filter(event -> event.get("data").path("status").asString("").equals("SUCCEEDED")
						&& event.get("webhook_type").asString().equals("PAYMENT_INTENTS"))
				.findFirst()
				.orElseThrow();
			assertThat(last.get("external_id").asString()).isEqualTo(externalId);
			assertThat(last.get("data").get("end_to_end_id").asString()).hasSize(32);
			assertThat(last.get("data").get("metadata").get("internal_reference_id").asString()).isEqualTo("GGq73487w2");
			assertThat(last.has("link_id")).isFalse();
		}
	}

}
