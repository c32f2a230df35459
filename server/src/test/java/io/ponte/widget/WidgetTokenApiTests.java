package io.ponte.widget;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.api.Environment;
import io.ponte.organizations.NewKey;
import io.ponte.testing.ApiClient;
import io.ponte.testing.ApiResponse;
import io.ponte.testing.Json;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import io.ponte.testing.SandboxLink;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/token/}: a widget access token and its refresh token, bound to the organization and
 * environment of the key that asked, and the widget API they open.
 */
class WidgetTokenApiTests {

	static final String TOKEN = "/api/token/";

	static JsonNode token(ApiClient client, Object... fields) {
		return client.post(TOKEN, Json.object(fields)).assertStatus(200).json();
	}

	static ApiResponse widget(ApiClient anonymous, String method, String path, String access, String body) {
		return anonymous.send(method, path, body, Map.of("Authorization", "Bearer " + access));
	}

	@OnEachDatabase
	void aKeyGetsAnAccessAndARefreshTokenAsBelvosSdkAsksForThem(PonteServer server) {
		NewKey key = server.newKey(Environment.SANDBOX);
		ApiClient client = server.clientFor(key);

		JsonNode pair = token(client, "id", key.secretId(), "password", key.secretPassword(), "scopes",
				"read_institutions,write_links");

		String access = pair.get("access").asString();
		String refresh = pair.get("refresh").asString();
		assertThat(access).startsWith("pwa_").hasSizeGreaterThan(40);
		assertThat(refresh).startsWith("pwr_").isNotEqualTo(access);
		ApiClient anonymous = server.anonymousClient().unchecked();
		JsonNode session = widget(anonymous, "GET", "/widget/api/session/", access, null).assertStatus(200).json();
		assertThat(session.get("environment").asString()).isEqualTo("sandbox");
		assertThat(session.get("update_link").isNull()).isTrue();
		JsonNode institutions = widget(anonymous, "GET", "/widget/api/institutions/", access, null).assertStatus(200)
			.json();
		assertThat(institutions.size()).isGreaterThan(10);
		// the refresh token is no access token, and the access token no refresh token
		widget(anonymous, "GET", "/widget/api/session/", refresh, null).assertError(401, "widget_token_unknown", null);
		client.unchecked().post(TOKEN, Json.object("refresh", access)).assertError(400, "invalid", "refresh");
	}

	@OnEachDatabase
	void theWidgetRegistersALinkWithTheTokensSettingsAnsweringMfaAndThenTheTokenIsSpent(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String access = token(client, "scopes", "read_institutions,write_links", "fetch_resources",
				List.of("ACCOUNTS"), "stale_in", "30d", "widget", Map.of("callback_urls", Map.of("success",
						"https://shop.example/ok", "exit", "https://shop.example/exit", "event", "https://shop.example/e"),
						"theme", List.of(Map.of("css_key", "--color-primary-base", "value", "#907AD6"))))
			.get("access")
			.asString();
		ApiClient anonymous = server.anonymousClient().unchecked();
		JsonNode session = widget(anonymous, "GET", "/widget/api/session/", access, null).assertStatus(200).json();
		assertThat(session.get("callback_urls").get("success").asString()).isEqualTo("https://shop.example/ok");
		assertThat(session.get("theme").get(0).get("value").asString()).isEqualTo("#907AD6");

		JsonNode challenge = widget(anonymous, "POST", "/widget/api/links/", access, Json.object("institution",
				"gotham_br_business", "username", "mfa_default", "password", "pass_valid"))
			.assertStatus(428)
			.json()
			.get(0);
		assertThat(challenge.get("code").asString()).isEqualTo("token_required");
		JsonNode done = widget(anonymous, "PATCH", "/widget/api/links/", access, Json.object("session",
				challenge.get("session").asString(), "link", challenge.get("link").asString(), "token", "111111"))
			.assertStatus(200)
			.json();

		String link = done.get("link").asString();
		assertThat(done.get("institution").asString()).isEqualTo("gotham_br_business");
		JsonNode made = client.get("/api/links/" + link + "/").assertStatus(200).json();
		assertThat(made.get("status").asString()).isEqualTo("valid");
		assertThat(made.get("stale_in").asString()).isEqualTo("30d");
		widget(anonymous, "GET", "/widget/api/session/", access, null).assertError(401, "widget_token_used", null);
		widget(anonymous, "POST", "/widget/api/links/", access, Json.object("institution", "gotham_br_business",
				"username", "user_valid", "password", "pass_valid")).assertError(401, "widget_token_used", null);
	}

	@OnEachDatabase
	void updateModeRenewsTheCredentialsOfTheTokensLinkOnly(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = SandboxLink.of("widget_update").registerWith(client);
		client.unchecked().post(TOKEN, Json.object("link_id", link, "scopes", "read_institutions,write_links"))
			.assertError(400, "invalid", "scopes");
		String access = token(client, "link_id", link, "scopes", "read_institutions,write_links,read_links")
			.get("access")
			.asString();
		ApiClient anonymous = server.anonymousClient().unchecked();

		JsonNode session = widget(anonymous, "GET", "/widget/api/session/", access, null).assertStatus(200).json();
		assertThat(session.get("update_link").get("id").asString()).isEqualTo(link);
		assertThat(widget(anonymous, "GET", "/widget/api/institutions/", access, null).json()).hasSize(1);
		widget(anonymous, "POST", "/widget/api/links/", access, Json.object("institution", "erebor_br_retail",
				"username", "user_valid", "password", "pass_valid")).assertError(400, "invalid", "institution");
		widget(anonymous, "PUT", "/widget/api/links/" + link + "/", access, Json.object("password", "renewed_pw"))
			.assertStatus(200);
		widget(anonymous, "GET", "/widget/api/session/", access, null).assertError(401, "widget_token_used", null);
	}

	@OnEachDatabase
	void aTokenIsRefusedForAnotherKeysLinkBadScopesOrAnotherKeysPassword(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		ApiClient other = server.newSandboxClient();
		String foreignLink = SandboxLink.of("widget_foreign").registerWith(other);
		NewKey stranger = server.newKey(Environment.SANDBOX);

		client.unchecked().post(TOKEN, Json.object("link_id", foreignLink, "scopes",
				"read_institutions,write_links,read_links")).assertError(400, "does_not_exist", "link_id");
		client.unchecked().post(TOKEN, Json.object("scopes", "read_institutions,delete_everything"))
			.assertError(400, "invalid_choice", "scopes");
		client.unchecked().post(TOKEN, Json.object("scopes", "read_institutions"))
			.assertError(400, "invalid", "scopes");
		client.unchecked().post(TOKEN, Json.object("id", stranger.secretId(), "password", stranger.secretPassword()))
			.assertError(400, "invalid", "id");
		client.unchecked().post(TOKEN, Json.object("stale_in", "forever")).assertError(400, "invalid", "stale_in");
		server.anonymousClient().unchecked().post(TOKEN, "{}").assertError(401, "authentication_failed", null);
	}

	@OnEachDatabase
	void aRefreshTokenTradesOnceForANewPair(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		JsonNode first = token(client);

		JsonNode second = token(client, "refresh", first.get("refresh").asString());

		ApiClient anonymous = server.anonymousClient().unchecked();
		widget(anonymous, "GET", "/widget/api/session/", second.get("access").asString(), null).assertStatus(200);
		widget(anonymous, "GET", "/widget/api/session/", first.get("access").asString(), null)
			.assertError(401, "widget_token_used", null);
		client.unchecked().post(TOKEN, Json.object("refresh", first.get("refresh").asString()))
			.assertError(400, "invalid", "refresh");
		server.newSandboxClient().unchecked().post(TOKEN, Json.object("refresh", second.get("refresh").asString()))
			.assertError(400, "invalid", "refresh");
	}

	@OnEachDatabase
	void theWidgetPageSaysClearlyWhenItsTokenOpensNothing(PonteServer server) {
		ApiClient anonymous = server.anonymousClient().unchecked();

		ApiResponse unknown = anonymous.send("GET", "/widget/?access_token=pwa_nothing&locale=pt", null, Map.of());

		assertThat(unknown.status()).isEqualTo(401);
		assertThat(unknown.header("Content-Type")).startsWith("text/html");
		assertThat(unknown.body()).contains("Sessão inválida").doesNotContain("app.js").doesNotContain("Exception");
		assertThat(unknown.header("Content-Security-Policy")).contains("script-src 'self'");
		String access = token(server.newSandboxClient()).get("access").asString();
		ApiResponse page = anonymous.send("GET", "/widget/?access_token=" + access, null,
				Map.of("Accept-Language", "es-MX,es;q=0.9"));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("lang=\"es\"", "/widget/app.js");
	}

}
