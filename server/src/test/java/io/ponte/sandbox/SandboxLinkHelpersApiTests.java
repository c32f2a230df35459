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
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Sandbox helpers on a link (after Plaid's reset_login and fire_webhook), to test update flows and webhook
 * handlers without waiting for their real causes. Not in the Belvo contract: unchecked.
 */
class SandboxLinkHelpersApiTests {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private static String link(PonteServer server, ApiClient client, String username) {
		return SandboxLink.of(username).fetching("ACCOUNTS", "OWNERS").registerLoaded(server, client);
	}

	@OnEachDatabase
	void resetLoginMakesALinkNeedNewCredentialsWithTheWebhookAFailedRefreshSends(PonteServer server) {
		try (WebhookReceiver receiver = WebhookReceiver.start()) {
			ApiClient client = server.newSandboxClient();
			String link = link(server, client, "reset_user");
			client.unchecked().post("/api/webhooks/", Json.object("url", receiver.url(), "webhook_types",
					List.of("LINK"))).assertStatus(201);

			JsonNode reset = client.unchecked()
				.post("/api/sandbox/links/" + link + "/reset-login/", Json.object("status", "invalid"))
				.assertStatus(200)
				.json();
			assertThat(reset.get("status").asString()).isEqualTo("invalid");
			Delivery delivery = receiver.await(1, d -> true, WAIT).getFirst();
			assertThat(delivery.json().get("webhook_code").asString()).isEqualTo("invalid_credentials");
			assertThat(delivery.json().get("data").get("error_code").asString()).isEqualTo("login_error");
			client.post("/api/owners/", Json.object("link", link)).assertError(400, "invalid_link", null);

			// the update flow: new credentials make it valid again
			client.send("PUT", "/api/links/" + link + "/", Json.object("password", "secret"), Map.of())
				.assertStatus(200);
			assertThat(client.get("/api/links/" + link + "/").json().get("status").asString()).isEqualTo("valid");

			client.unchecked().post("/api/sandbox/links/" + link + "/reset-login/", Json.object("status", "token_required"))
				.assertStatus(200);
			assertThat(receiver.await(2, d -> true, WAIT).get(1).json().get("webhook_code").asString())
				.isEqualTo("token_required");
			client.unchecked().post("/api/sandbox/links/" + link + "/reset-login/", Json.object("status", "valid"))
				.assertError(400, "invalid_choice", "status");
			client.unchecked().post("/api/sandbox/links/" + link + "/reset-login/", "{}")
				.assertError(400, "required", "status");
			server.newSandboxClient().unchecked()
				.post("/api/sandbox/links/" + link + "/reset-login/", Json.object("status", "invalid"))
				.assertError(404, "not_found", null);
			server.newProductionClient().unchecked()
				.post("/api/sandbox/links/" + link + "/reset-login/", Json.object("status", "invalid"))
				.assertError(404, "not_found", null);
		}
	}

	@OnEachDatabase
	void fireWebhookSendsTheEventNowWithTheLinksCountsOrTheGivenData(PonteServer server) {
		try (WebhookReceiver receiver = WebhookReceiver.start()) {
			ApiClient client = server.newSandboxClient();
			String link = link(server, client, "fire_user");
			String secret = client.unchecked().post("/api/webhooks/", Json.object("url", receiver.url()))
				.assertStatus(201)
				.json()
				.get("secret")
				.asString();

			client.unchecked().post("/api/sandbox/links/" + link + "/fire-webhook/",
					Json.object("webhook_type", "ACCOUNTS", "webhook_code", "historical_update")).assertStatus(202);
			client.unchecked().post("/api/sandbox/links/" + link + "/fire-webhook/",
					Json.object("webhook_type", "TRANSACTIONS", "webhook_code", "new_transactions_available", "data",
							Map.of("new_transactions", 5))).assertStatus(202);
			List<Delivery> fired = receiver.await(2, d -> true, WAIT);
			assertThat(fired).hasSize(2).allSatisfy(d -> assertThat(d.verifiedWith(secret)).isTrue());
			JsonNode accounts = fired.stream().map(Delivery::json)
				.filter(b -> b.get("webhook_type").asString().equals("ACCOUNTS")).findFirst().orElseThrow();
			assertThat(accounts.get("data").get("total_accounts").asLong())
				.isEqualTo(client.get("/api/accounts/?link=" + link).json().get("count").asLong());
			JsonNode transactions = fired.stream().map(Delivery::json)
				.filter(b -> b.get("webhook_type").asString().equals("TRANSACTIONS")).findFirst().orElseThrow();
			assertThat(transactions.get("data").get("new_transactions").asInt()).isEqualTo(5);
			assertThat(transactions.get("process_type").asString()).isEqualTo("recurrent_update");

			client.unchecked().post("/api/sandbox/links/" + link + "/fire-webhook/",
					Json.object("webhook_type", "ACCOUNTS", "webhook_code", "new_bills_available"))
				.assertError(400, "invalid_choice", "webhook_code");
			client.unchecked().post("/api/sandbox/links/" + link + "/fire-webhook/",
					Json.object("webhook_type", "NOPE", "webhook_code", "historical_update"))
				.assertError(400, "invalid_choice", "webhook_type");
			client.unchecked().post("/api/sandbox/links/" + link + "/fire-webhook/", Json.object("webhook_type", "LINK"))
				.assertError(400, "required", "webhook_code");
		}
	}

}
