package io.ponte.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.organizations.NewKey;
import io.ponte.testing.ApiClient;
import io.ponte.testing.ApiResponse;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** How the API fails: authentication, routing, paging and filter values, in Belvo's error format. */
class ErrorsApiTests {

	static final String INSTITUTIONS = "/api/institutions/";

	@OnEachDatabase
	void noAuthorizationHeaderIsAuthenticationFailed(PonteServer server) {
		assertUnauthorized(server.anonymousClient().get(INSTITUTIONS));
	}

	@OnEachDatabase
	void aWrongPasswordIsAuthenticationFailed(PonteServer server) {
		NewKey key = server.newKey(Environment.SANDBOX);

		assertUnauthorized(withAuthorization(server, ApiClient.basic(key.secretId(), "not-the-password"))
			.get(INSTITUTIONS));
	}

	@OnEachDatabase
	void anotherKeysPasswordIsAuthenticationFailed(PonteServer server) {
		NewKey key = server.newKey(Environment.SANDBOX);
		NewKey other = server.newKey(Environment.SANDBOX);

		assertUnauthorized(withAuthorization(server, ApiClient.basic(key.secretId(), other.secretPassword()))
			.get(INSTITUTIONS));
	}

	@OnEachDatabase
	void anUnknownSecretIdIsAuthenticationFailed(PonteServer server) {
		NewKey key = server.newKey(Environment.SANDBOX);

		assertUnauthorized(withAuthorization(server, ApiClient.basic(UUID.randomUUID().toString(),
				key.secretPassword())).get(INSTITUTIONS));
	}

	@OnEachDatabase
	void malformedBase64IsAuthenticationFailed(PonteServer server) {
		assertUnauthorized(withAuthorization(server, "Basic %%%not-base64%%%").get(INSTITUTIONS));
	}

	@OnEachDatabase
	void aSchemeOtherThanBasicIsAuthenticationFailed(PonteServer server) {
		assertUnauthorized(withAuthorization(server, "Bearer x").get(INSTITUTIONS));
	}

	@OnEachDatabase
	void aPasswordLongerThan72BytesIsAuthenticationFailedNotAServerError(PonteServer server) {
		NewKey key = server.newKey(Environment.SANDBOX);
		String tooLong = key.secretPassword() + "x".repeat(20);
		assertThat(tooLong.getBytes(StandardCharsets.UTF_8)).hasSizeGreaterThan(72);

		assertUnauthorized(withAuthorization(server, ApiClient.basic(key.secretId(), tooLong)).get(INSTITUTIONS));
	}

	@OnEachDatabase
	void theRightKeyIsAccepted(PonteServer server) {
		NewKey key = server.newKey(Environment.SANDBOX);

		withAuthorization(server, ApiClient.basic(key.secretId(), key.secretPassword())).get(INSTITUTIONS)
			.assertStatus(200);
	}

	@OnEachDatabase
	void apiRootListsTheCollectionsAsAbsoluteUrls(PonteServer server) {
		ApiResponse response = server.newSandboxClient().unchecked().get("/api/").assertStatus(200);

		assertThat(response.header("Content-Type")).startsWith("application/json");
		JsonNode root = response.json();
		assertThat(root.isObject()).isTrue();
		assertThat(root.get("institutions").asString()).isEqualTo(server.baseUrl() + INSTITUTIONS);
	}

	@OnEachDatabase
	void apiRootNeedsAValidKey(PonteServer server) {
		assertUnauthorized(server.anonymousClient().unchecked().get("/api/"));
		assertUnauthorized(withAuthorization(server, ApiClient.basic("nobody", "nothing")).unchecked().get("/api/"));
	}

	@OnEachDatabase
	void anUnknownRouteIsNotFound(PonteServer server) {
		ApiClient client = server.newSandboxClient().unchecked();

		assertClean(client.get("/api/no-such-thing/").assertError(404, "not_found", null));
		assertClean(client.get("/api/institutions/1003/extra/").assertError(404, "not_found", null));
	}

	@OnEachDatabase
	void anUnknownRouteStillNeedsAKey(PonteServer server) {
		assertUnauthorized(server.anonymousClient().unchecked().get("/api/no-such-thing/"));
	}

	@OnEachDatabase
	void aMethodTheRouteDoesNotOfferIsMethodNotAllowed(PonteServer server) {
		ApiClient client = server.newSandboxClient().unchecked();

		for (ApiResponse response : List.of(client.post(INSTITUTIONS, "{}"),
				client.send("DELETE", INSTITUTIONS, null, Map.of()),
				client.send("PUT", "/api/institutions/1003/", "{}", Map.of()))) {
			assertClean(response.assertError(405, "method_not_allowed", null));
			assertThat(response.header("Allow")).contains("GET");
		}
	}

	@OnEachDatabase
	void pageSizeMustBeAPositiveWholeNumber(PonteServer server) {
		ApiClient client = server.newSandboxClient().unchecked();

		for (String bad : List.of("0", "-3", "abc", "1.5")) {
			assertClean(client.get(INSTITUTIONS + "?page_size=" + bad).assertError(400, "invalid", "page_size"));
		}
	}

	@OnEachDatabase
	void pageMustBeAPositiveWholeNumber(PonteServer server) {
		ApiClient client = server.newSandboxClient().unchecked();

		assertClean(client.get(INSTITUTIONS + "?page=0").assertError(400, "invalid", "page"));
		assertClean(client.get(INSTITUTIONS + "?page=x").assertError(400, "invalid", "page"));
	}

	@OnEachDatabase
	void aPageSizeAboveTheMaximumIsClampedNotRefused(PonteServer server) {
		JsonNode page = server.newSandboxClient().get(INSTITUTIONS + "?page_size=5000").assertStatus(200).json();

		assertThat(page.get("results").size()).isEqualTo(page.get("count").asInt()).isPositive();
		assertThat(page.get("next").isNull()).isTrue();
	}

	@OnEachDatabase
	void aPagePastTheLastIsNotFound(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		int count = client.get(INSTITUTIONS).json().get("count").asInt();

		client.get(INSTITUTIONS + "?page_size=" + count + "&page=1").assertStatus(200);
		assertClean(client.get(INSTITUTIONS + "?page_size=" + count + "&page=2").assertError(404, "not_found", null));
		assertClean(client.get(INSTITUTIONS + "?page=99999999999999999999").assertError(404, "not_found", null));
	}

	@OnEachDatabase
	void aValueOutsideAChoiceFilterIsAnInvalidChoice(PonteServer server) {
		assertClean(server.newSandboxClient().unchecked().get(INSTITUTIONS + "?type=foo")
			.assertError(400, "invalid_choice", "type"));
	}

	@OnEachDatabase
	void anEmptyItemInAListFilterIsInvalid(PonteServer server) {
		assertClean(server.newSandboxClient().unchecked().get(INSTITUTIONS + "?country_code__in=MX,,BR")
			.assertError(400, "invalid", "country_code__in"));
	}

	@OnEachDatabase
	void aNulCharacterInAFilterIsInvalid(PonteServer server) {
		assertClean(server.newSandboxClient().unchecked().get(INSTITUTIONS + "?name=a%00b")
			.assertError(400, "invalid", "name"));
	}

	@OnEachDatabase
	void everyResponseCarriesARequestId(PonteServer server) {
		ApiClient client = server.newSandboxClient().unchecked();
		List<ApiResponse> responses = new ArrayList<>();
		responses.add(client.get(INSTITUTIONS));
		responses.add(client.get("/api/"));
		responses.add(client.get("/api/institutions/1003/"));
		responses.add(client.get("/api/institutions/999999/"));
		responses.add(client.get("/api/no-such-thing/"));
		responses.add(client.get(INSTITUTIONS + "?page_size=0"));
		responses.add(client.send("DELETE", INSTITUTIONS, null, Map.of()));
		responses.add(server.anonymousClient().unchecked().get(INSTITUTIONS));
		responses.add(server.anonymousClient().unchecked().get("/management/health"));
		responses.add(server.anonymousClient().unchecked().get("/no-such-thing"));
		responses.add(client.send("TRACE", INSTITUTIONS, null, Map.of()));

		assertThat(responses).extracting(ApiResponse::status).contains(200, 400, 401, 404, 405);
		List<String> ids = responses.stream().map(r -> r.header("X-Request-Id")).toList();
		assertThat(ids).allSatisfy(id -> assertThat(id).matches("[a-f0-9]{32}")).doesNotHaveDuplicates();
	}

	@OnEachDatabase
	void aWellFormedIncomingRequestIdIsKeptAndAnythingElseReplaced(PonteServer server) {
		ApiClient client = server.newSandboxClient().unchecked();
		String incoming = UUID.randomUUID().toString().replace("-", "");

		assertThat(client.send("GET", INSTITUTIONS, null, Map.of("X-Request-Id", incoming)).header("X-Request-Id"))
			.isEqualTo(incoming);
		ApiResponse error = client.send("GET", "/api/nope/", null, Map.of("X-Request-Id", incoming));
		assertThat(error.json().get(0).get("request_id").asString()).isEqualTo(incoming);
		assertThat(client.send("GET", INSTITUTIONS, null, Map.of("X-Request-Id", "abc\"<script>")).header(
				"X-Request-Id"))
			.matches("[a-f0-9]{32}");
	}

	@OnEachDatabase
	void theContainerErrorPathIsNoRouteOfItsOwn(PonteServer server) {
		assertClean(server.anonymousClient().unchecked().get("/error").assertError(404, "not_found", null));
		assertClean(server.newSandboxClient().unchecked().get("/error").assertError(404, "not_found", null));
	}

	@OnEachDatabase
	void aMethodTheContainerRefusesIsStillABelvoError(PonteServer server) {
		assertClean(server.newSandboxClient().unchecked().send("TRACE", INSTITUTIONS, null, Map.of())
			.assertError(405, "method_not_allowed", null));
	}

	@OnEachDatabase
	void healthNeedsNoKey(PonteServer server) {
		ApiResponse health = server.anonymousClient().unchecked().get("/management/health").assertStatus(200);

		assertThat(health.json().get("status").asString()).isEqualTo("UP");
	}

	@OnEachDatabase
	void healthProbesNeedNoKey(PonteServer server) {
		ApiClient anonymous = server.anonymousClient().unchecked();

		assertThat(anonymous.get("/management/health/liveness").assertStatus(200).json().get("status").asString())
			.isEqualTo("UP");
		assertThat(anonymous.get("/management/health/readiness").assertStatus(200).json().get("status").asString())
			.isEqualTo("UP");
	}

	@OnEachDatabase
	void prometheusMetricsNeedAKeyAndCountHttpRequests(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		client.get(INSTITUTIONS).assertStatus(200);

		assertUnauthorized(server.anonymousClient().unchecked().get("/management/prometheus"));
		ApiResponse metrics = client.unchecked().get("/management/prometheus").assertStatus(200);

		assertThat(metrics.header("Content-Type")).startsWith("text/plain");
		assertThat(metrics.body()).contains("http_server_requests");
	}

	@OnEachDatabase
	void everyOtherManagementEndpointNeedsAKey(PonteServer server) {
		ApiClient anonymous = server.anonymousClient().unchecked();

		for (String path : List.of("/management", "/management/info", "/management/health/db",
				"/management/no-such-endpoint", "/management/health/liveness/../../prometheus")) {
			assertUnauthorized(anonymous.get(path));
		}
		server.newSandboxClient().unchecked().get("/management/info").assertStatus(200);
	}

	@OnEachDatabase
	void noResponseRevealsInternals(PonteServer server) {
		ApiClient client = server.newSandboxClient().unchecked();
		ApiClient anonymous = server.anonymousClient().unchecked();
		List<ApiResponse> responses = List.of(client.get("/api/no-such-thing/"), client.get("/error"),
				client.get(INSTITUTIONS + "?page=abc"), client.get(INSTITUTIONS + "?created_at=x&type=x"),
				client.send("PATCH", INSTITUTIONS, "{", Map.of()),
				client.send("POST", INSTITUTIONS, "<xml/>", Map.of("Content-Type", "application/xml")),
				anonymous.get("/"), anonymous.get("/error"), anonymous.get("/no-such-thing"),
				anonymous.get("/management/no-such-endpoint"), anonymous.send("TRACE", INSTITUTIONS, null, Map.of()),
				withAuthorization(server, "Basic " + "A".repeat(4_000)).unchecked().get(INSTITUTIONS));

		assertThat(responses).allSatisfy(ErrorsApiTests::assertClean);
		assertThat(responses).extracting(ApiResponse::status).allMatch(status -> status >= 400 && status < 500);
	}

	private static ApiClient withAuthorization(PonteServer server, String header) {
		return server.anonymousClient().withAuthorization(header);
	}

	private static void assertUnauthorized(ApiResponse response) {
		assertClean(response.assertError(401, "authentication_failed", null));
		assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
	}

	private static void assertClean(ApiResponse response) {
		assertThat(response.body()).as("body of a %s", response.status())
			.doesNotContain("Whitelabel")
			.doesNotContain("Exception")
			.doesNotContain("at io.ponte");
		assertThat(response.header("X-Request-Id")).matches("[a-f0-9]{32}");
	}

}
