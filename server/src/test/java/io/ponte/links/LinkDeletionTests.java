package io.ponte.links;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.testing.ApiClient;
import io.ponte.testing.Json;
import io.ponte.testing.ApiResponse;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import java.util.Map;
import tools.jackson.databind.JsonNode;

class LinkDeletionTests {

	private static String register(ApiClient client) {
		return client.post("/api/links/", """
				{"institution": "erebor_mx_retail", "username": "bnk100", "password": "full", "fetch_resources": []}""")
			.assertStatus(201)
			.json()
			.get("id")
			.asString();
	}

	@OnEachDatabase
	void asyncDeletionAnswersThisRequestsThirtyTwoHexId(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String id = register(client);

		ApiResponse accepted = client.send("DELETE", "/api/links/" + id + "/", null,
				Map.of("X-Belvo-Request-Mode", "async")).assertStatus(202);

		// the spec declares this request_id a UUID: the request's 32-hex id, dashed
		String requestId = accepted.header("X-Request-Id");
		assertThat(requestId).matches("[a-f0-9]{32}");
		assertThat(accepted.json().get("request_id").asString())
			.matches("[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}")
			.isEqualTo(io.ponte.api.RequestIds.dashed(requestId))
			.isEqualTo(requestId.replaceAll("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5"));
		client.get("/api/links/" + id + "/").assertError(404, "not_found", null);
	}

	@OnEachDatabase
	void asyncDeletionKeepsAProxysRequestId(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String id = register(client);
		String traced = "0123456789abcdef0123456789abcdef";

		JsonNode accepted = client.send("DELETE", "/api/links/" + id + "/", null,
				Map.of("X-Belvo-Request-Mode", "async", "X-Request-Id", traced)).assertStatus(202).json();

		assertThat(accepted.get("request_id").asString()).isEqualTo("01234567-89ab-cdef-0123-456789abcdef");
	}

	@OnEachDatabase
	void deletionTakesTheLinksDataWithIt(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String deleted = register(client);
		String kept = register(client);
		client.post("/api/owners/", Json.object("link", deleted)).assertStatus(201);
		client.post("/api/owners/", Json.object("link", kept)).assertStatus(201);
		assertThat(client.get("/api/owners/?link=" + deleted).json().get("count").asInt()).isEqualTo(1);

		ApiResponse response = client.send("DELETE", "/api/links/" + deleted + "/", null, Map.of()).assertStatus(204);

		assertThat(response.body()).isNullOrEmpty();
		assertThat(client.get("/api/owners/?link=" + deleted).json().get("count").asInt()).isZero();
		assertThat(client.get("/api/owners/?link=" + kept).json().get("count").asInt()).isEqualTo(1);
	}

}
