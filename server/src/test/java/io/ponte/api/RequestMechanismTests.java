package io.ponte.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.testing.ApiClient;
import io.ponte.testing.ApiResponse;
import io.ponte.testing.Database;
import io.ponte.testing.PonteServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The mechanics every endpoint shares: JSON bodies, the query timeout, and failures nobody planned for. */
class RequestMechanismTests {

	static final String ECHO = "/api/probe/echo/";

	static PonteServer server;

	static ApiClient client;

	@BeforeAll
	static void start() {
		server = PonteServer.start(Database.embedded(),
				Map.of("ponte.request-timeout", "1s", ProbeController.ENABLED, "true"),
				ProbeController.class);
		client = server.newSandboxClient().unchecked();
	}

	@AfterAll
	static void stop() {
		if (server != null) {
			server.close();
		}
	}

	@Test
	void aWellFormedBodyIsReadAndWrittenInSnakeCase() {
		ApiResponse response = client
			.post(ECHO, "{\"name\": \"ana\", \"amount\": 42, \"date\": \"2024-01-31\", \"first_name\": \"Ana\"}")
			.assertStatus(200);

		JsonNode echoed = response.json();
		assertThat(echoed.get("name").asString()).isEqualTo("ana");
		assertThat(echoed.get("amount").asInt()).isEqualTo(42);
		assertThat(echoed.get("date").asString()).isEqualTo("2024-01-31");
		assertThat(echoed.get("first_name").asString()).isEqualTo("Ana");
		assertThat(echoed.propertyNames()).doesNotContain("firstName");
	}

	@Test
	void malformedJsonIsAParseErrorWithoutAField() {
		assertClean(client.post(ECHO, "{\"name\": \"ana\", \"amount\": ").assertError(400, "parse_error", null));
		assertClean(client.post(ECHO, "{name: ana}").assertError(400, "parse_error", null));
	}

	@Test
	void aValueOfTheWrongTypeIsInvalidNamingTheField() {
		assertClean(client.post(ECHO, "{\"name\": \"ana\", \"amount\": \"lots\"}").assertError(400, "invalid", "amount"));
	}

	@Test
	void aMalformedDateIsInvalidNamingTheField() {
		assertClean(client.post(ECHO, "{\"date\": \"31/01/2024\"}").assertError(400, "invalid", "date"));
	}

	@Test
	void aNumberOutOfRangeIsInvalidNamingTheField() {
		assertClean(client.post(ECHO, "{\"amount\": 99999999999}").assertError(400, "invalid", "amount"));
	}

	@Test
	void aMissingNumberNamesTheField() {
		assertClean(client.post(ECHO, "{\"name\": \"ana\"}").assertError(400, "invalid", "amount"));
	}

	@Test
	void anEmptyBodyIsAParseError() {
		assertClean(client.post(ECHO, "").assertError(400, "parse_error", null));
	}

	@Test
	void aBodyThatIsNotAnObjectIsAParseError() {
		assertClean(client.post(ECHO, "[1, 2]").assertError(400, "parse_error", null));
		assertClean(client.post(ECHO, "\"text\"").assertError(400, "parse_error", null));
	}

	@Test
	void aBodyThatIsNotJsonIsRefusedByMediaType() {
		ApiResponse response = client.send("POST", ECHO, "name=ana", Map.of("Content-Type", "text/plain"));

		assertClean(response.assertError(400, "unsupported_media_type", null));
	}

	@Test
	void aStatementExceedingTheQueryTimeoutIsARequestTimeout() {
		long started = System.nanoTime();

		ApiResponse response = client.get("/api/probe/slow/");

		assertClean(response.assertError(408, "request_timeout", null));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).as("cancelled, not waited out")
			.isLessThan(Duration.ofMillis(2900));
	}

	@Test
	void theServerKeepsServingAfterATimeout() {
		client.get("/api/probe/slow/").assertError(408, "request_timeout", null);

		client.post(ECHO, "{\"name\": \"after\", \"amount\": 1}").assertStatus(200);
		server.newSandboxClient().get("/api/institutions/").assertStatus(200);
	}

	@Test
	void anUnexpectedExceptionIsAnUnexpectedErrorThatRevealsNothing() {
		ApiResponse response = client.get("/api/probe/boom/");

		assertClean(response.assertError(500, "unexpected_error", null));
		assertThat(response.body()).doesNotContain("secret internals").doesNotContain("IllegalStateException");
	}

	@Test
	void probeRoutesNeedAKeyLikeEveryApiRoute() {
		ApiResponse response = server.anonymousClient().unchecked().get("/api/probe/boom/");

		response.assertError(401, "authentication_failed", null);
	}

	private static ApiResponse assertClean(ApiResponse response) {
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at io.ponte").doesNotContain("\tat ");
		return response;
	}

}
