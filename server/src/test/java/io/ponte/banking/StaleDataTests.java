package io.ponte.banking;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.testing.ApiClient;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

class StaleDataTests {

	@OnEachDatabase
	void dataOlderThanItsLinksStaleInIsDeletedAndNewerDataStays(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String shortLived = client.post("/api/links/", """
				{"institution": "erebor_mx_retail", "username": "bnk100", "password": "full", "stale_in": "2d",
				 "fetch_resources": []}""").assertStatus(201).json().get("id").asString();
		String longLived = client.post("/api/links/", """
				{"institution": "erebor_mx_retail", "username": "bnk100", "password": "full", "fetch_resources": []}""")
			.assertStatus(201)
			.json()
			.get("id")
			.asString();
		client.post("/api/owners/", "{\"link\": \"" + shortLived + "\"}").assertStatus(201);
		client.post("/api/owners/", "{\"link\": \"" + longLived + "\"}").assertStatus(201);
		JdbcClient jdbc = server.bean(JdbcClient.class);
		jdbc.sql("update owners set collected_at = now() - interval '3 days' where link_id in (?, ?)")
			.params(UUID.fromString(shortLived), UUID.fromString(longLived))
			.update();

		assertThat(server.bean(StaleDataPurge.class).purge()).isPositive();

		assertThat(client.get("/api/owners/?link=" + shortLived).json().get("count").asInt()).isZero();
		assertThat(client.get("/api/owners/?link=" + longLived).json().get("count").asInt()).isEqualTo(1);
	}

}
