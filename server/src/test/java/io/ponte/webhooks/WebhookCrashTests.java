package io.ponte.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.testing.ApiClient;
import io.ponte.testing.ChildServer;
import io.ponte.testing.Json;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import io.ponte.testing.SandboxLink;
import io.ponte.testing.WebhookReceiver;
import io.ponte.testing.WebhookReceiver.Delivery;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;

/**
 * The outbox is durable: an event committed with the change it announces is delivered even when the server
 * that wrote it dies with SIGKILL while delivering it, by whichever server runs next on the same database.
 */
class WebhookCrashTests {

	private static final int FIRED = 20;

	/** Quick failure detection, and deliveries that wait on a held receiver rather than time out. */
	private static final Map<String, String> SETTINGS = Map.of("ponte.webhooks.timeout", "60s",
			"ponte.webhooks.backoff", "100ms", "db-scheduler.polling-interval", "200ms",
			"db-scheduler.heartbeat-interval", "1s", "db-scheduler.missed-heartbeats-limit", "4",
			"logging.level.io.ponte.access", "WARN");

	@OnEachDatabase
	void aServerKilledMidDeliveryHasEveryEventDeliveredAfterRestart(PonteServer server) throws Exception {
		try (WebhookReceiver receiver = WebhookReceiver.start();
				ChildServer.Home home = ChildServer.Home.like(server.database())) {
			receiver.holdAnswers();
			List<Delivery> inFlight;
			try (ChildServer beforeCrash = ChildServer.start(home, "before-crash", SETTINGS)) {
				ApiClient api = beforeCrash.client();
				api.post("/api/webhooks/", Json.object("url", receiver.url())).assertStatus(201);
				String link = SandboxLink.of("crash_user").registerWith(api);
				for (int i = 0; i < FIRED; i++) {
					api.unchecked()
						.post("/api/sandbox/links/" + link + "/fire-webhook/",
								Json.object("webhook_type", "TRANSACTIONS", "webhook_code", "new_transactions_available"))
						.assertStatus(202);
				}
				inFlight = receiver.await(1, d -> true, Duration.ofSeconds(30));
				assertThat(inFlight).as("deliveries in flight when the server dies").isNotEmpty();
				beforeCrash.kill();
			}
			receiver.releaseAnswers();

			try (ChildServer afterRestart = ChildServer.start(home, "after-restart", SETTINGS)) {
				ApiClient api = afterRestart.client().unchecked();
				JsonNode events = Awaitility.await("every event delivered after the restart")
					.atMost(Duration.ofSeconds(90))
					.pollInterval(Duration.ofMillis(200))
					.until(() -> api.get("/api/webhook-events/?page_size=100").assertStatus(200).json(),
							page -> StreamSupport.stream(page.get("results").spliterator(), false)
								.allMatch(event -> event.get("status").asString().equals("delivered")));
				// the 20 fired events and the accounts' historical_update: nothing written before the kill is lost
				assertThat(events.get("count").asInt()).isEqualTo(FIRED + 1);
				Set<String> received = receiver.deliveries()
					.stream()
					.map(d -> d.header("webhook-id"))
					.collect(Collectors.toSet());
				for (JsonNode event : events.get("results")) {
					assertThat(received).contains(event.get("id").asString());
				}
				// the deliveries cut off by the kill were claimed again and completed by the restarted server
				for (Delivery cutOff : inFlight) {
					JsonNode event = api.get("/api/webhook-events/" + cutOff.header("webhook-id") + "/")
						.assertStatus(200)
						.json();
					JsonNode attempts = event.get("attempts");
					assertThat(attempts.get(attempts.size() - 1).get("instance").asString()).isEqualTo("after-restart");
				}
			}
		}
	}

}
