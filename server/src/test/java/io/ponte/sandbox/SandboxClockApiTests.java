package io.ponte.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.testing.ApiClient;
import io.ponte.testing.Json;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import io.ponte.testing.SandboxLink;
import io.ponte.testing.WebhookReceiver;
import io.ponte.testing.WebhookReceiver.Delivery;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Sandbox test clocks (after Stripe's): an organization moves its sandbox time forward, and its recurrent links
 * refresh as of the new time with the webhooks a real refresh sends. Not in the Belvo contract: unchecked.
 */
class SandboxClockApiTests {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static String link(PonteServer server, ApiClient client, String username, String accessMode) {
		SandboxLink link = SandboxLink.of(username).fetching("ACCOUNTS", "TRANSACTIONS");
		return (accessMode.equals("recurrent") ? link.recurrent() : link.single()).registerLoaded(server, client);
	}

	private static long transactions(ApiClient client, String link) {
		return client.get("/api/transactions/?link=" + link).json().get("count").asLong();
	}

	@OnEachDatabase
	void advancingTheClockThirtyDaysBringsARecurrentLinkItsNewTransactionsAndTheirWebhook(PonteServer server) {
		try (WebhookReceiver receiver = WebhookReceiver.start()) {
			ApiClient client = server.newSandboxClient();
			String recurrent = link(server, client, "clock_user", "recurrent");
			String single = link(server, client, "clock_single", "single");
			// a recurrent link confirmed by MFA refreshes too
			JsonNode challenge = client.unchecked().post("/api/links/", Json.object("institution", "gotham_br_business",
					"username", "mfa_default", "password", "pass_valid", "access_mode", "recurrent", "fetch_resources",
					List.of("ACCOUNTS", "TRANSACTIONS"))).assertStatus(428).json().get(0);
			String confirmed = challenge.get("link").asString();
			client.send("PATCH", "/api/links/", Json.object("session", challenge.get("session").asString(), "link",
					confirmed, "token", "111111"), java.util.Map.of()).assertStatus(200);
			server.awaitHistory(confirmed);
			client.unchecked().post("/api/webhooks/", Json.object("url", receiver.url(), "webhook_types",
					List.of("TRANSACTIONS", "ACCOUNTS", "LINK"))).assertStatus(201);
			long before = transactions(client, recurrent);
			long singleBefore = transactions(client, single);
			LocalDate lastBefore = LocalDate.parse(client.get("/api/transactions/?link=" + recurrent + "&page_size=1")
				.json().get("results").get(0).get("value_date").asString());

			JsonNode clock = client.unchecked().post("/api/sandbox/clock/", Json.object("advance", "30d"))
				.assertStatus(200)
				.json();
			assertThat(clock.get("offset_seconds").asLong()).isEqualTo(Duration.ofDays(30).toSeconds());
			assertThat(Instant.parse(clock.get("now").asString()))
				.isAfter(Instant.now().plus(Duration.ofDays(30)).minusSeconds(60));

			List<Delivery> announced = receiver.await(1,
					d -> d.json().get("webhook_code").asString().equals("new_transactions_available"), WAIT);
			assertThat(announced).hasSize(1);
			JsonNode body = announced.getFirst().json();
			assertThat(body.get("link_id").asString()).isEqualTo(recurrent);
			assertThat(body.get("process_type").asString()).isEqualTo("recurrent_update");
			long after = transactions(client, recurrent);
			assertThat(after).isGreaterThan(before);
			assertThat(body.get("data").get("new_transactions").asLong()).isEqualTo(after - before);
			// the new days of the same history: later than anything seen before, up to the moved clock
			LocalDate newest = LocalDate.parse(client.get("/api/transactions/?link=" + recurrent + "&page_size=1")
				.json().get("results").get(0).get("value_date").asString());
			assertThat(newest).isAfter(lastBefore).isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(20));
			assertThat(receiver.await(1, d -> d.json().get("link_id").asString().equals(confirmed), WAIT))
				.as("the refresh of the link confirmed by MFA is announced").isNotEmpty();
			assertThat(transactions(client, single)).as("a single link never refreshes by itself")
				.isEqualTo(singleBefore);
			assertThat(receiver.deliveries()).noneMatch(d -> d.json().get("link_id").asString().equals(single));
		}
	}

	@OnEachDatabase
	void purchasesPendingBeforeTheClockMovesSettleAndAreAnnouncedAsTransactionsUpdated(PonteServer server) {
		try (WebhookReceiver receiver = WebhookReceiver.start()) {
			ApiClient client = server.newSandboxClient();
			// card purchases of the last two days are pending; find an end user who made some
			String link = null;
			Set<String> pending = Set.of();
			for (int i = 0; i < 20 && pending.isEmpty(); i++) {
				link = link(server, client, "settling_user_" + i, "recurrent");
				pending = ids(client.get("/api/transactions/?link=" + link + "&status=PENDING&page_size=1000").json());
			}
			assertThat(pending).as("pending purchases of some sandbox user").isNotEmpty();
			client.unchecked().post("/api/webhooks/", Json.object("url", receiver.url(), "webhook_types",
					List.of("TRANSACTIONS"))).assertStatus(201);

			client.unchecked().post("/api/sandbox/clock/", Json.object("advance", "30d")).assertStatus(200);

			String refreshed = link;
			List<Delivery> updated = receiver.await(1, d -> d.json().get("link_id").asString().equals(refreshed)
					&& d.json().get("webhook_code").asString().equals("transactions_updated"), WAIT);
			assertThat(updated).hasSize(1);
			Set<String> announced = new HashSet<>();
			updated.getFirst().json().get("data").get("transactions").forEach(id -> announced.add(id.asString()));
			// exactly the purchases that settled: everything else the refresh saw again is unchanged
			assertThat(announced).isEqualTo(pending);
			for (String id : pending) {
				assertThat(client.get("/api/transactions/" + id + "/").assertStatus(200).json().get("status").asString())
					.isEqualTo("PROCESSED");
			}
			// written in the same transaction as the update's event: none now means none from this refresh
			assertThat(client.unchecked().get("/api/webhook-events/?webhook_code=transactions_deleted").json()
				.get("count").asInt()).as("the sandbox bank reverses nothing").isZero();
		}
	}

	private static Set<String> ids(JsonNode page) {
		Set<String> ids = new HashSet<>();
		page.get("results").forEach(item -> ids.add(item.get("id").asString()));
		return ids;
	}

	@OnEachDatabase
	void theClockOnlyMovesForwardAndOnlyForSandboxKeys(PonteServer server) {
		ApiClient client = server.newSandboxClient().unchecked();
		JsonNode start = client.get("/api/sandbox/clock/").assertStatus(200).json();
		assertThat(start.get("offset_seconds").asLong()).isZero();
		client.post("/api/sandbox/clock/", Json.object("advance", "2h")).assertStatus(200);
		client.post("/api/sandbox/clock/", Json.object("to", Instant.now().toString())).assertError(400, "invalid",
				"to");
		client.post("/api/sandbox/clock/", Json.object("advance", "-3d")).assertError(400, "invalid", "advance");
		client.post("/api/sandbox/clock/", Json.object("advance", "soon")).assertError(400, "invalid", "advance");
		client.post("/api/sandbox/clock/", Json.object("advance", "99999d")).assertError(400, "invalid", "advance");
		client.post("/api/sandbox/clock/", Json.object("advance", "P99999999999999999D"))
			.assertError(400, "invalid", "advance");
		client.post("/api/sandbox/clock/", Json.object("to", "+1000000000-01-01T00:00:00Z"))
			.assertError(400, "invalid", "to");
		client.post("/api/sandbox/clock/", Json.object("to", "tomorrow")).assertError(400, "invalid", "to");
		client.post("/api/sandbox/clock/", Json.object("advance", "1d", "to", "2030-01-01T00:00:00Z"))
			.assertError(400, "invalid", "to");
		client.post("/api/sandbox/clock/", Json.object("to", Instant.now().plus(Duration.ofDays(3)).toString()))
			.assertStatus(200);
		assertThat(client.get("/api/sandbox/clock/").json().get("offset_seconds").asLong())
			.isBetween(Duration.ofDays(3).toSeconds() - 60, Duration.ofDays(3).toSeconds());
		assertThat(server.newSandboxClient().unchecked().get("/api/sandbox/clock/").json().get("offset_seconds")
			.asLong()).as("another organization's clock").isZero();
		server.newProductionClient().unchecked().get("/api/sandbox/clock/").assertError(404, "not_found", null);
		server.newProductionClient().unchecked().post("/api/sandbox/clock/", Json.object("advance", "1d"))
			.assertError(404, "not_found", null);
	}

}
