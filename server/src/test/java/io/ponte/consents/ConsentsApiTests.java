package io.ponte.consents;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.testing.ApiClient;
import io.ponte.testing.ApiResponse;
import io.ponte.testing.Json;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import io.ponte.testing.WebhookReceiver;
import io.ponte.testing.WebhookReceiver.Delivery;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Open Finance Brasil consents: granted when the widget makes a link at an Open Finance institution, listed by
 * the person's CPF, revoked from the consent-management page, announced a week before they expire, and expired.
 */
class ConsentsApiTests {

	private static final String CPF = "76109277673";

	private static final Map<String, Object> CONSENT = Map.of("purpose", "Personalised financial offers",
			"terms_and_conditions_url", "https://shop.example/terms", "permissions", List.of("REGISTER", "ACCOUNTS"),
			"default_consent_duration_days", 92, "identification_info",
			List.of(Map.of("type", "CPF", "number", CPF, "name", "Ralph Bragg")));

	static String access(ApiClient client, String scopes) {
		return client.post("/api/token/", Json.object("scopes", scopes, "widget", Map.of("consent", CONSENT)))
			.assertStatus(200)
			.json()
			.get("access")
			.asString();
	}

	/** A link made through the widget at the Open Finance mock bank; returns its id. */
	static String linkThroughTheWidget(PonteServer server, ApiClient client) {
		return server.anonymousClient()
			.unchecked()
			.send("POST", "/widget/api/links/", Json.object("institution", "ofmockbank_br_retail", "username", CPF),
					Map.of("Authorization", "Bearer " + access(client, "read_institutions,write_links")))
			.assertStatus(201)
			.json()
			.get("link")
			.asString();
	}

	@OnEachDatabase
	void aLinkMadeThroughTheWidgetAtAnOpenFinanceBankRestsOnAConsentListedByTheCpf(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = linkThroughTheWidget(server, client);

		JsonNode page = client.get("/api/consents/?user_document=761.092.776-73").assertStatus(200).json();

		assertThat(page.get("count").asInt()).isOne();
		JsonNode consent = page.get("results").get(0);
		assertThat(consent.get("link_id").asString()).isEqualTo(link);
		assertThat(consent.get("status").asString()).isEqualTo("AUTHORISED");
		assertThat(consent.get("document_number").asString()).isEqualTo(CPF);
		assertThat(consent.get("belvo_institution_name").asString()).isEqualTo("ofmockbank_br_retail");
		assertThat(consent.get("institution_display_name").asString()).isEqualTo("OF Mock Bank by Raidiam");
		assertThat(consent.get("user_name").asString()).isEqualTo("Ralph Bragg");
		assertThat(consent.get("consent_duration").asInt()).isEqualTo(92);
		assertThat(consent.get("undefined_consent_expiration").asBoolean()).isFalse();
		assertThat(consent.get("permissions").properties().stream().map(Map.Entry::getKey).toList())
			.containsExactlyInAnyOrder("REGISTER", "ACCOUNTS", "RESOURCES");
		assertThat(consent.get("permissions").get("ACCOUNTS").toString()).contains("ACCOUNTS_TRANSACTIONS_READ");
		assertThat(client.get("/api/consents/" + consent.get("id").asString() + "/").assertStatus(200).json()
			.get("link_id").asString()).isEqualTo(link);
		assertThat(client.get("/api/consents/?user_document=11144477735").json().get("count").asInt()).isZero();
		assertThat(server.newSandboxClient().get("/api/consents/?user_document=" + CPF).json().get("count").asInt())
			.isZero();
		client.unchecked().get("/api/consents/").assertError(400, "required", "user_document");
		// a link at a bank reached by credentials has no consent
		assertThat(client.get("/api/links/" + link + "/").json().get("status").asString()).isEqualTo("valid");
	}

	@OnEachDatabase
	void thePersonRevokesAConsentFromTheManagementPageAndItsLinkStopsWorking(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = linkThroughTheWidget(server, client);
		String manage = access(client, "read_institutions,write_links,read_consents,write_consents");
		ApiClient browser = server.anonymousClient().unchecked();

		ApiResponse page = browser.send("GET", "/widget/consents/?locale=pt&access_token=" + manage, null, Map.of());
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Seus consentimentos", "OF Mock Bank by Raidiam", "AUTHORISED", "Revogar");
		String consent = client.get("/api/consents/?user_document=" + CPF).json().get("results").get(0).get("id")
			.asString();

		ApiResponse revoked = browser.send("POST", "/widget/consents/" + consent + "/revoke/",
				null, Map.of("Content-Type", "application/x-www-form-urlencoded"));
		assertThat(revoked.status()).isEqualTo(401);
		ApiResponse done = browser.send("POST", "/widget/consents/" + consent + "/revoke/",
				"access_token=" + manage + "&locale=pt", Map.of("Content-Type", "application/x-www-form-urlencoded"));
		assertThat(done.status()).isEqualTo(303);
		assertThat(done.header("Location")).contains("done=revoked");

		assertThat(client.get("/api/consents/" + consent + "/").json().get("status").asString()).isEqualTo("REJECTED");
		assertThat(client.get("/api/links/" + link + "/").json().get("status").asString()).isEqualTo("invalid");
		assertThat(browser.send("GET", "/widget/consents/?locale=pt&access_token=" + manage, null, Map.of()).body())
			.contains("REJECTED").doesNotContain(">Revogar<");
		// read-only tokens show consents but cannot revoke them
		String readOnly = access(client, "read_institutions,write_links,read_consents");
		assertThat(browser.send("GET", "/widget/consents/?access_token=" + readOnly, null, Map.of()).body())
			.contains("REJECTED").doesNotContain("<form");
	}

	@OnEachDatabase
	void aConsentIsAnnouncedAWeekBeforeItExpiresAndThenExpires(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		try (WebhookReceiver receiver = WebhookReceiver.start()) {
			String secret = client.post("/api/webhooks/", Json.object("url", receiver.url(), "webhook_types",
					List.of("CONSENT"))).assertStatus(201).json().get("secret").asString();
			String link = linkThroughTheWidget(server, client);

			client.post("/api/sandbox/clock/", Json.object("advance", "86d")).assertStatus(200);
			List<Delivery> announced = receiver.await(1, d -> true, Duration.ofSeconds(20));
			client.post("/api/sandbox/clock/", Json.object("advance", "1d")).assertStatus(200);

			assertThat(announced).hasSize(1);
			JsonNode event = announced.getFirst().json();
			assertThat(announced.getFirst().verifiedWith(secret)).isTrue();
			assertThat(event.get("webhook_type").asString()).isEqualTo("CONSENT");
			assertThat(event.get("webhook_code").asString()).isEqualTo("openfinance_consent_about_to_expire");
			assertThat(event.get("link_id").asString()).isEqualTo(link);
			assertThat(client.get("/api/consents/?user_document=" + CPF).json().get("results").get(0).get("status")
				.asString()).isEqualTo("AUTHORISED");

			client.post("/api/sandbox/clock/", Json.object("advance", "7d")).assertStatus(200);
			assertThat(client.get("/api/consents/?user_document=" + CPF).json().get("results").get(0).get("status")
				.asString()).isEqualTo("EXPIRED");
			assertThat(receiver.deliveries()).as("announced once").hasSize(1);
		}
	}

}
