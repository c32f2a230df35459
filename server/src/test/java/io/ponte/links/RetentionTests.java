package io.ponte.links;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.testing.ApiClient;
import io.ponte.testing.ApiResponse;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class RetentionTests {

	@OnEachDatabase
	void anExpiredMfaSessionCannotBeResumedAndIsErased(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		ApiResponse challenge = client.post("/api/links/", """
				{"institution": "heimdall_mx_retail", "username": "mfa_default", "password": "pass_valid"}""");
		JsonNode pending = challenge.assertError(428, "token_required", null).json().get(0);
		String session = pending.get("session").asString();
		JdbcClient jdbc = server.bean(JdbcClient.class);
		jdbc.sql("update mfa_sessions set expires_at = now() - interval '1 second' where id = ?").param(session).update();

		client.unchecked().send("PATCH", "/api/links/", """
				{"session": "%s", "link": "%s", "token": "111111"}""".formatted(session, pending.get("link").asString()),
				Map.of()).assertError(400, "session_expired", null);

		ApiResponse another = client.post("/api/links/", """
				{"institution": "heimdall_mx_retail", "username": "mfa_qr", "password": "qr_code"}""");
		String expiring = another.json().get(0).get("session").asString();
		jdbc.sql("update mfa_sessions set expires_at = now() - interval '1 second' where id = ?").param(expiring).update();
		assertThat(server.bean(SecretRetention.class).purge().sessions()).isPositive();
		assertThat(jdbc.sql("select count(*) from mfa_sessions where id = ?").param(expiring).query(Long.class).single())
			.isZero();
	}

	@OnEachDatabase
	void credentialsPastTheirRetentionAreErasedAndTheLinkCannotLogInAgain(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = client.post("/api/links/", """
				{"institution": "erebor_mx_retail", "username": "bnk100", "password": "full", "credentials_storage": "1d",
				 "fetch_resources": []}""").assertStatus(201).json().get("id").asString();
		JdbcClient jdbc = server.bean(JdbcClient.class);
		assertThat(stored(jdbc, link)).isTrue();
		jdbc.sql("update links set credentials_expire_at = now() - interval '1 second' where id = ?")
			.param(UUID.fromString(link))
			.update();

		assertThat(server.bean(SecretRetention.class).purge().credentials()).isPositive();

		assertThat(stored(jdbc, link)).isFalse();
		client.post("/api/owners/", "{\"link\": \"" + link + "\"}").assertError(400, "invalid_link", null);
	}

	@OnEachDatabase
	void theRetentionTasksAreScheduledInTheDatabase(PonteServer server) throws InterruptedException {
		JdbcClient jdbc = server.bean(JdbcClient.class);
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		List<String> tasks = List.of();
		while (Instant.now().isBefore(deadline)) {
			tasks = jdbc.sql("select task_name from scheduled_tasks").query(String.class).list();
			if (tasks.containsAll(List.of("secret-retention", "stale-data-purge"))) {
				break;
			}
			Thread.sleep(200);
		}
		assertThat(tasks).contains("secret-retention", "stale-data-purge");
	}

	private static boolean stored(JdbcClient jdbc, String link) {
		return jdbc.sql("select credentials is not null from links where id = ?")
			.param(UUID.fromString(link))
			.query(Boolean.class)
			.single();
	}

}
