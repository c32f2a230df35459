package io.ponte.links;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.testing.ApiClient;
import io.ponte.testing.Json;
import io.ponte.testing.ApiResponse;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The purge runs on an instant the test chooses, just after the expiry under test and before every other
 * expiry involved, which all lie in the real future: the live scheduled task (on the real clock) cannot erase
 * any of these rows first, so each assertion is about this purge alone.
 */
class RetentionTests {

	@OnEachDatabase
	void anExpiredMfaSessionCannotBeResumed(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		JsonNode pending = client.post("/api/links/", """
				{"institution": "heimdall_mx_retail", "username": "mfa_default", "password": "pass_valid"}""")
			.assertError(428, "token_required", null)
			.json()
			.get(0);
		String session = pending.get("session").asString();
		server.bean(JdbcClient.class)
			.sql("update mfa_sessions set expires_at = :at where id = :id")
			.param("at", OffsetDateTime.parse("2000-01-01T00:00:00Z"))
			.param("id", session)
			.update();

		client.unchecked().send("PATCH", "/api/links/", Json.object("session", session, "link", pending.get("link").asString(), "token", "111111"),
				Map.of()).assertError(400, "session_expired", null);
	}

	@OnEachDatabase
	void thePurgeErasesMfaSessionsExpiredAtItsInstantAndKeepsTheOthers(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String expiring = openSession(client, "mfa_default");
		String lasting = openSession(client, "mfa_qr");
		JdbcClient jdbc = server.bean(JdbcClient.class);
		Instant expiry = sessionExpiry(jdbc, expiring);
		Instant purgedAt = expiry.plusNanos(1_000);
		assertThat(sessionExpiry(jdbc, lasting)).isAfter(purgedAt);

		SecretRetention.Purged purged = server.bean(SecretRetention.class).purge(purgedAt);

		assertThat(purged.sessions()).isPositive();
		assertThat(sessionExists(jdbc, expiring)).isFalse();
		assertThat(sessionExists(jdbc, lasting)).isTrue();
	}

	@OnEachDatabase
	void aSessionIsKeptUntilItsExpiry(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String session = openSession(client, "mfa_default");
		JdbcClient jdbc = server.bean(JdbcClient.class);

		server.bean(SecretRetention.class).purge(sessionExpiry(jdbc, session));

		assertThat(sessionExists(jdbc, session)).isTrue();
	}

	@OnEachDatabase
	void thePurgeErasesCredentialsPastTheirRetentionAndKeepsTheOthers(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String oneDay = register(client, "1d");
		String thirtyDays = register(client, "30d");
		String indefinitely = register(client, "store");
		JdbcClient jdbc = server.bean(JdbcClient.class);
		Instant expiry = credentialsExpiry(jdbc, oneDay);
		assertThat(expiry).isBetween(Instant.now().plus(Duration.ofHours(23)), Instant.now().plus(Duration.ofHours(25)));
		assertThat(credentialsExpiry(jdbc, indefinitely)).isNull();

		server.bean(SecretRetention.class).purge(expiry.plusSeconds(1));

		assertThat(stored(jdbc, oneDay)).isFalse();
		assertThat(stored(jdbc, thirtyDays)).isTrue();
		assertThat(stored(jdbc, indefinitely)).isTrue();
		client.unchecked()
			.post("/api/owners/", Json.object("link", oneDay))
			.assertError(400, "invalid_link", null);
		client.post("/api/owners/", Json.object("link", thirtyDays)).assertStatus(201);
	}

	@OnEachDatabase
	void credentialsAreKeptUntilTheirExpiry(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = register(client, "1d");
		JdbcClient jdbc = server.bean(JdbcClient.class);

		server.bean(SecretRetention.class).purge(credentialsExpiry(jdbc, link));

		assertThat(stored(jdbc, link)).isTrue();
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

	private static String openSession(ApiClient client, String username) {
		String password = username.equals("mfa_qr") ? "qr_code" : "pass_valid";
		ApiResponse challenge = client.post("/api/links/", Json.object("institution", "heimdall_mx_retail", "username", username, "password", password));
		return challenge.assertError(428, "token_required", null).json().get(0).get("session").asString();
	}

	private static String register(ApiClient client, String storage) {
		return client.post("/api/links/", Json.object("institution", "erebor_mx_retail", "username", "bnk100", "password", "full", "credentials_storage", storage, "fetch_resources", List.of()))
			.assertStatus(201)
			.json()
			.get("id")
			.asString();
	}

	private static Instant sessionExpiry(JdbcClient jdbc, String session) {
		return jdbc.sql("select expires_at from mfa_sessions where id = :id")
			.param("id", session)
			.query(OffsetDateTime.class)
			.single()
			.toInstant();
	}

	private static boolean sessionExists(JdbcClient jdbc, String session) {
		return jdbc.sql("select count(*) from mfa_sessions where id = :id")
			.param("id", session)
			.query(Long.class)
			.single() == 1;
	}

	private static Instant credentialsExpiry(JdbcClient jdbc, String link) {
		List<OffsetDateTime> expiry = jdbc.sql("select credentials_expire_at from links where id = :id")
			.param("id", UUID.fromString(link))
			.query((rs, row) -> rs.getObject(1, OffsetDateTime.class))
			.list();
		assertThat(expiry).hasSize(1);
		return expiry.get(0) == null ? null : expiry.get(0).toInstant();
	}

	private static boolean stored(JdbcClient jdbc, String link) {
		return jdbc.sql("select credentials is not null from links where id = :id")
			.param("id", UUID.fromString(link))
			.query(Boolean.class)
			.single();
	}

}
