package io.ponte.resources;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.testing.ApiClient;
import io.ponte.testing.Json;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

class StaleDataTests {

	@OnEachDatabase
	void dataOlderThanItsLinksStaleInIsDeletedAndNewerDataStays(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String shortLived = client.post("/api/links/", """
				{"institution": "erebor_mx_retail", "username": "bnk100", "password": "full", "stale_in": "2d",
				 "fetch_resources": []}""").assertStatus(201).json().get("id").asString();
		String longLived = client.post("/api/links/", """
				{"institution": "erebor_mx_retail", "username": "bnk100", "password": "full", "stale_in": "30d",
				 "fetch_resources": []}""").assertStatus(201).json().get("id").asString();
		client.post("/api/owners/", Json.object("link", shortLived)).assertStatus(201);
		client.post("/api/owners/", Json.object("link", longLived)).assertStatus(201);
		client.post("/api/accounts/", Json.object("link", shortLived)).assertStatus(201);
		StaleDataPurge purge = server.bean(StaleDataPurge.class);
		Instant collected = server.bean(Clock.class).instant();

		assertThat(purge.purge(collected.plus(Duration.ofDays(1)))).as("nothing is stale yet").isZero();
		int accounts = client.get("/api/accounts/?link=" + shortLived).json().get("count").asInt();
		assertThat(accounts).isPositive();

		assertThat(purge.purge(collected.plus(Duration.ofDays(3)))).isEqualTo(1 + accounts);

		assertThat(client.get("/api/owners/?link=" + shortLived).json().get("count").asInt()).isZero();
		assertThat(client.get("/api/accounts/?link=" + shortLived).json().get("count").asInt()).isZero();
		assertThat(client.get("/api/owners/?link=" + longLived).json().get("count").asInt()).isEqualTo(1);
	}

}
