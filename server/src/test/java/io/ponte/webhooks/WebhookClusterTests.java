package io.ponte.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.api.Environment;
import io.ponte.organizations.NewKey;
import io.ponte.testing.ApiClient;
import io.ponte.testing.Json;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import io.ponte.testing.SandboxLink;
import io.ponte.testing.WebhookReceiver;
import io.ponte.testing.WebhookReceiver.Delivery;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;

/**
 * Several server instances on one PostgreSQL share one outbox: any of them may deliver an event, and none
 * delivers an event another already claimed.
 */
class WebhookClusterTests {

	private static final int EVENTS = 1000;

	@OnEachDatabase
	void twoInstancesOnOneDatabaseDeliverEachOfAThousandEventsExactlyOnce(PonteServer server) throws Exception {
		try (WebhookReceiver receiver = WebhookReceiver.start();
				PonteServer second = PonteServer.start(server.sameDatabase(),
						Map.of("db-scheduler.scheduler-name", "second-instance", "db-scheduler.polling-interval",
								"200ms", "logging.level.io.ponte.access", "WARN"))) {
			NewKey key = server.newKey(Environment.SANDBOX);
			List<ApiClient> instances = List.of(server.clientFor(key).unchecked(), second.clientFor(key).unchecked());
			String link = SandboxLink.of("cluster_user").registerLoaded(server, instances.getFirst());
			instances.getFirst().post("/api/webhooks/", Json.object("url", receiver.url())).assertStatus(201);

			// the events are written through both instances, four requests at a time
			String fire = "/api/sandbox/links/" + link + "/fire-webhook/";
			String body = Json.object("webhook_type", "TRANSACTIONS", "webhook_code", "new_transactions_available");
			try (ExecutorService senders = Executors.newFixedThreadPool(4)) {
				List<Future<?>> sent = new ArrayList<>();
				for (int i = 0; i < EVENTS; i++) {
					ApiClient via = instances.get(i % 2);
					sent.add(senders.submit(() -> via.post(fire, body).assertStatus(202)));
				}
				for (Future<?> request : sent) {
					request.get();
				}
			}

			List<Delivery> received = receiver.await(EVENTS, d -> true, Duration.ofSeconds(90));
			Set<String> ids = received.stream().map(d -> d.header("webhook-id")).collect(Collectors.toSet());
			assertThat(ids).hasSize(EVENTS);
			// a delivery is recorded once its answer is read, a moment after the receiver saw it
			ApiClient api = instances.getFirst();
			Awaitility.await("every attempt recorded")
				.atMost(Duration.ofSeconds(30))
				.pollInterval(Duration.ofMillis(100))
				.until(() -> api.get("/api/webhook-events/?status=pending").assertStatus(200).json().get("count").asInt(),
						pending -> pending == 0);
			JsonNode events = api.get("/api/webhook-events/?page_size=1000").assertStatus(200).json();
			assertThat(events.get("count").asInt()).isEqualTo(EVENTS);
			Set<String> deliverers = new HashSet<>();
			for (JsonNode event : events.get("results")) {
				assertThat(event.get("status").asString()).isEqualTo("delivered");
				assertThat(event.get("attempts")).as("attempts of %s", event.get("id")).hasSize(1);
				deliverers.add(event.get("attempts").get(0).get("instance").asString());
			}
			assertThat(deliverers).as("the instances that delivered").hasSize(2).contains("second-instance");
			// nothing was sent twice: every event was claimed by one instance, which recorded its one attempt
			assertThat(receiver.deliveries()).hasSize(EVENTS);
		}
	}

}
