package io.ponte.resources;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.testing.ApiClient;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import io.ponte.testing.SandboxLink;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A page of stored items is written as the database rendered them, byte for byte: each item exactly its detail,
 * UTF-8 intact, the envelope with its links, a Content-Length rather than chunks, and gzip for a client that asks.
 */
class ListPagesApiTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@OnEachDatabase
	void aPageHoldsEachItemExactlyAsItsDetailWithUtf8Intact(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = SandboxLink.of("page_reader").fetching("ACCOUNTS", "TRANSACTIONS").registerLoaded(server, client);

		JsonNode page = client.get("/api/transactions/?link=" + link + "&page_size=50&page=2").assertStatus(200).json();

		assertThat(page.get("count").asInt()).isGreaterThan(100);
		assertThat(page.get("next").asString()).endsWith("page=3");
		assertThat(page.get("previous").asString()).doesNotContain("page=");
		assertThat(page.get("results").size()).isEqualTo(50);
		for (JsonNode item : page.get("results")) {
			assertThat(client.get("/api/transactions/" + item.get("id").asString() + "/").json()).isEqualTo(item);
		}
		String merchants = client.get("/api/transactions/?link=" + link + "&page_size=1000").body();
		assertThat(merchants).as("accented merchant names survive the bytes path").containsPattern("[ÁáâãçéêíóôõúÃÂ]");
	}

	@OnEachDatabase
	void aClientAskingForGzipGetsTheSamePageCompressed(PonteServer server) throws Exception {
		ApiClient client = server.newSandboxClient();
		String link = SandboxLink.of("gzip_reader").fetching("ACCOUNTS", "TRANSACTIONS").registerLoaded(server, client);
		String url = server.baseUrl() + "/api/transactions/?link=" + link + "&page_size=100";

		HttpResponse<byte[]> plain = get(client, url, "identity");
		HttpResponse<byte[]> gzip = get(client, url, "gzip");

		assertThat(plain.headers().firstValue("Content-Length")).as("no chunks")
			.hasValue(String.valueOf(plain.body().length));
		assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gzip.body().length).isLessThan(plain.body().length / 4);
		assertThat(gunzip(gzip.body())).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
		assertThat(JSON.readTree(plain.body()).get("results").size()).isEqualTo(100);
	}

	private static HttpResponse<byte[]> get(ApiClient client, String url, String encoding) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create(url))
			.header("Authorization", client.authorization())
			.header("Accept-Encoding", encoding)
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String gunzip(byte[] body) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
