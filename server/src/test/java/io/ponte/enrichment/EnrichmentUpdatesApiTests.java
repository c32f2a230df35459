package io.ponte.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.testing.ApiClient;
import io.ponte.testing.Json;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import io.ponte.testing.SandboxLink;
import io.ponte.testing.WebhookReceiver;
import io.ponte.testing.WebhookReceiver.Delivery;
import java.time.Duration;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A link's enrichment is announced like its data: the historical load computes the incomes, recurring expenses and
 * risk insights its {@code fetch_resources} names and announces each with its total; when a recurrent refresh brings
 * new transactions, they are computed again from them, in place, and announced by webhook.
 */
class EnrichmentUpdatesApiTests {

	private static final Duration WAIT = Duration.ofSeconds(30);

	@OnEachDatabase
	void theHistoricalLoadAnnouncesEachEnrichmentWithItsTotal(PonteServer server) {
		try (WebhookReceiver receiver = WebhookReceiver.start()) {
			ApiClient client = server.newSandboxClient();
			client.unchecked().post("/api/webhooks/", Json.object("url", receiver.url(), "webhook_types",
					List.of("INCOMES", "RECURRING_EXPENSES", "RISK_INSIGHTS"))).assertStatus(201);

			String link = SandboxLink.of("announced_user")
				.fetching("ACCOUNTS", "TRANSACTIONS", "INCOMES", "RECURRING_EXPENSES", "RISK_INSIGHTS")
				.registerLoaded(server, client);

			List<Delivery> loads = receiver.await(3, d -> d.json().get("link_id").asString().equals(link), WAIT);
			assertThat(loads).extracting(d -> d.json().get("webhook_code").asString())
				.containsOnly("historical_update");
			assertThat(loads).extracting(d -> d.json().get("webhook_type").asString())
				.containsExactlyInAnyOrder("INCOMES", "RECURRING_EXPENSES", "RISK_INSIGHTS");
			for (Delivery load : loads) {
				String resource = load.json().get("webhook_type").asString().toLowerCase(java.util.Locale.ROOT);
				String path = "/api/" + resource.replace('_', '-') + "/?link=" + link;
				assertThat(load.json().at("/data/total_" + resource).asLong()).as(resource)
					.isPositive()
					.isEqualTo(client.get(path).json().get("count").asLong());
			}
		}
	}

	@OnEachDatabase
	void aRecurrentRefreshRecomputesTheLinksEnrichmentAndAnnouncesIt(PonteServer server) {
		try (WebhookReceiver receiver = WebhookReceiver.start()) {
			ApiClient client = server.newSandboxClient();
			String link = SandboxLink.of("enriched_user")
				.recurrent()
				.fetching("ACCOUNTS", "TRANSACTIONS", "INCOMES", "RECURRING_EXPENSES", "RISK_INSIGHTS")
				.registerLoaded(server, client);
			JsonNode before = client.get("/api/risk-insights/?link=" + link).json().get("results").get(0);
			String incomes = client.get("/api/incomes/?link=" + link).json().get("results").get(0).get("id").asString();
			client.unchecked().post("/api/webhooks/", Json.object("url", receiver.url(), "webhook_types",
					List.of("TRANSACTIONS", "RISK_INSIGHTS", "INCOMES"))).assertStatus(201);

			client.unchecked().post("/api/sandbox/clock/", Json.object("advance", "30d")).assertStatus(200);

			List<Delivery> updated = receiver.await(1, d -> d.json().get("link_id").asString().equals(link)
					&& d.json().get("webhook_code").asString().equals("risk_insights_updated"), WAIT);
			assertThat(updated).hasSize(1);
			JsonNode body = updated.getFirst().json();
			assertThat(body.get("webhook_type").asString()).isEqualTo("RISK_INSIGHTS");
			assertThat(body.get("process_type").asString()).isEqualTo("recurrent_update");
			assertThat(body.at("/data/risk_insights/0").asString()).as("the same item, replaced in place")
				.isEqualTo(before.get("id").asString());
			JsonNode after = client.get("/api/risk-insights/?link=" + link).json();
			assertThat(after.get("count").asInt()).isEqualTo(1);
			assertThat(after.at("/results/0/transactions_metrics/days_history").asInt())
				.as("computed as of the moved clock, over the refreshed history")
				.isGreaterThanOrEqualTo(before.at("/transactions_metrics/days_history").asInt() + 29);
			assertThat(receiver.deliveries()).as("the new transactions came first")
				.anyMatch(d -> d.json().get("webhook_code").asString().equals("new_transactions_available"));
			assertThat(client.get("/api/incomes/?link=" + link).json().at("/results/0/id").asString())
				.as("incomes recomputed in place").isEqualTo(incomes);
		}
	}

}
