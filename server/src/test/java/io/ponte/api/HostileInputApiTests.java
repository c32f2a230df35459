package io.ponte.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.testing.ApiClient;
import io.ponte.testing.ApiResponse;
import io.ponte.testing.Json;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import io.ponte.testing.SandboxLink;
import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The findings of an outside probe, each answered at the mechanism that let it through and kept here as a
 * regression: a client's mistake is a Belvo-format 4xx, never a 500.
 */
class HostileInputApiTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static String link(PonteServer server, ApiClient client) {
		return SandboxLink.of("hostile_user").fetching().registerLoaded(server, client);
	}

	@OnEachDatabase
	void aBodyDeclaredOverTheMaximumIsRefusedBeforeItIsRead(PonteServer server) throws Exception {
		ApiClient client = server.newSandboxClient();
		byte[] body = new byte[2 * 1024 * 1024];
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/links/"))
			.header("Authorization", client.authorization())
			.header("Content-Type", "application/json")
			.expectContinue(true)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		new ApiResponse(response.statusCode(), response.headers(), response.body())
			.assertError(413, "request_too_large", null);
	}

	@OnEachDatabase
	void aStreamedBodyOverTheMaximumStopsBeingReadAtIt(PonteServer server) throws Exception {
		ApiClient client = server.newSandboxClient();
		// chunked: no length declared, so the limit is met while reading; JSON of 1.5 MB
		String json = "{\"institution\": \"" + "x".repeat(1_500_000) + "\"}";
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/links/"))
			.header("Authorization", client.authorization())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofInputStream(() -> new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
			.build(), HttpResponse.BodyHandlers.ofString());
		new ApiResponse(response.statusCode(), response.headers(), response.body())
			.assertError(413, "request_too_large", null);
		client.get("/api/institutions/?page_size=1").assertStatus(200);
	}

	@OnEachDatabase
	void fieldSelectionAppliesToRetrievalsAsToLists(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = link(server, client);
		// a selection leaves out keys the spec requires: unchecked
		JsonNode accounts = client.unchecked().post("/api/accounts/?fields=id,name", Json.object("link", link))
			.assertStatus(201)
			.json();
		assertThat(accounts.size()).isPositive();
		for (JsonNode account : accounts) {
			assertThat(account.propertyNames()).containsExactlyInAnyOrder("id", "name");
		}
		JsonNode omitted = client.unchecked().post("/api/owners/?omit=id", Json.object("link", link))
			.assertStatus(201)
			.json();
		assertThat(omitted.get(0).has("id")).isFalse();
		assertThat(omitted.get(0).has("display_name")).isTrue();
	}

	@OnEachDatabase
	void aControlCharacterInTheSecretIdIsNoKeyAtAll(PonteServer server) {
		String header = "Basic " + Base64.getEncoder().encodeToString("abc\0def:pw_with_nul_id".getBytes(StandardCharsets.UTF_8));
		server.anonymousClient().withAuthorization(header).get("/api/links/").assertError(401, "authentication_failed",
				null);
	}

	@OnEachDatabase
	void timestampFiltersTakeEveryOffsetJavaReads(PonteServer server) {
		ApiClient client = server.newSandboxClient().unchecked(); // the spec gives these lists no 400
		for (String offset : List.of("+16:00", "-17:30", "+18:00")) {
			client.get("/api/links/?created_at__gte=2024-01-01T00:00:00" + offset.replace("+", "%2B")).assertStatus(200);
		}
		client.get("/api/links/?created_at__gte=%2B999999999-01-01T00:00:00Z").assertError(400, "invalid",
				"created_at__gte");
		client.get("/api/links/?created_at__lt=0000-12-31").assertError(400, "invalid", "created_at__lt");
	}

	@OnEachDatabase
	void retrievalDatesOutsideTheCalendarAreInvalid(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = link(server, client);
		String today = LocalDate.now(ZoneOffset.UTC).toString();
		client.post("/api/transactions/", Json.object("link", link, "date_from", today, "date_to", "-999999999-01-01"))
			.assertError(400, "invalid", "date_to");
		client.post("/api/transactions/", Json.object("link", link, "date_from", "+10000-01-01", "date_to", today))
			.assertError(400, "invalid", "date_from");
	}

	@OnEachDatabase
	void aRequestHeadOverTheMaximumIsAnsweredInBelvoFormatThenTheConnectionCloses(PonteServer server)
			throws Exception {
		// a raw socket: the whole request is sent before the answer is read, as a client that cannot stop would
		String head = "POST /api/links/?page=" + "x".repeat(64 * 1024) + " HTTP/1.1\r\nHost: localhost\r\n"
				+ "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}";
		try (Socket socket = new Socket("localhost", server.port())) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
			String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(answer).startsWith("HTTP/1.1 400").containsIgnoringCase("Connection: close");
			assertThat(answer).containsIgnoringCase("Content-Type: application/json");
			JsonNode errors = JsonMapper.builder().build().readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
			assertThat(errors.get(0).path("code").asString()).isEqualTo("bad_request");
			assertThat(errors.get(0).path("request_id").asString()).isNotBlank();
		}
		server.newSandboxClient().get("/api/institutions/?page_size=1").assertStatus(200);
	}

	@OnEachDatabase
	void aMultipartBodyIsRefusedAsAMediaType(PonteServer server) {
		ApiClient client = server.newSandboxClient().unchecked();
		client.send("POST", "/api/links/", "--broken\r\nContent-Disposition: form-data; name=x\r\n\r\n",
				Map.of("Content-Type", "multipart/form-data; boundary=nope"))
			.assertError(400, "unsupported_media_type", null);
	}

	@OnEachDatabase
	void aFormBodyWithBrokenEscapesIsAClientErrorNotAServerOne(PonteServer server) {
		ApiClient client = server.newSandboxClient().unchecked();
		for (String method : List.of("PATCH", "POST")) {
			ApiResponse response = client.send(method, "/api/accounts/", "{\"session\":\"%\",\"x\":\"%_1\"}",
					Map.of("Content-Type", "application/x-www-form-urlencoded"))
				.assertStatus(400);
			assertThat(response.json().get(0).path("code").asString()).isIn("invalid", "unsupported_media_type");
		}
	}

	@OnEachDatabase
	void anUnacceptableAcceptHeaderIsAnsweredInJson(PonteServer server) {
		ApiClient client = server.newSandboxClient().unchecked();
		ApiResponse response = client.send("GET", "/api/institutions/", null, Map.of("Accept", "application/xml"))
			.assertError(406, "not_acceptable", null);
		assertThat(response.header("Content-Type")).startsWith("application/json");
		// errors too are JSON, whatever was asked
		client.send("GET", "/api/links/not-a-uuid/", null, Map.of("Accept", "application/xml"))
			.assertError(404, "not_found", null);
	}

	@Test
	void noDataFolderCanBeCommitted() throws Exception {
		// the suite runs in server/: its data folder (and any other) holds an encryption key
		Path root = Path.of("").toAbsolutePath().getParent();
		for (String path : List.of("data/encryption.key", "server/data/encryption.key", "bench/data/x")) {
			Process check = new ProcessBuilder("git", "check-ignore", "-q", path).directory(root.toFile()).start();
			assertThat(check.waitFor()).as("git ignores %s", path).isZero();
		}
	}

}
