package io.ponte.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ponte.api.Environment;
import io.ponte.testing.ApiClient;
import io.ponte.testing.Database;
import io.ponte.testing.PonteServer;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KeyBootstrapTests {

	@Test
	void aConfiguredKeyWorksAtOnceAndTheConfiguredPasswordWinsOnRestart() {
		Database database = Database.embedded();
		String secretId = "configured-" + UUID.randomUUID();
		String firstPassword = ApiKeys.generatePassword();
		String secondPassword = ApiKeys.generatePassword();

		try (PonteServer server = PonteServer.start(database, configured(secretId, firstPassword))) {
			client(server, secretId, firstPassword).get("/api/institutions/").assertStatus(200);
			assertOnlyKeyIsDefaultSandbox(server, secretId);
		}

		try (PonteServer server = PonteServer.start(database, configured(secretId, secondPassword))) {
			client(server, secretId, secondPassword).get("/api/institutions/").assertStatus(200);
			client(server, secretId, firstPassword).get("/api/institutions/")
				.assertError(401, "authentication_failed", null);
			assertOnlyKeyIsDefaultSandbox(server, secretId);
		}
	}

	@Test
	void withoutAConfiguredKeyTheFirstStartGeneratesOneSandboxKeyAndARestartNoOther() {
		Database database = Database.embedded();
		String generated;

		try (PonteServer server = PonteServer.start(database, Map.of())) {
			List<ApiKeyRow> keys = server.bean(OrganizationDao.class).listKeys();
			assertThat(keys).hasSize(1);
			generated = keys.getFirst().secretId();
			assertOnlyKeyIsDefaultSandbox(server, generated);
		}

		try (PonteServer server = PonteServer.start(database, Map.of())) {
			assertOnlyKeyIsDefaultSandbox(server, generated);
		}
	}

	@Test
	void aSecretIdWithoutAPasswordStopsTheStart() {
		assertThatThrownBy(() -> PonteServer.start(Database.embedded(), Map.of("ponte.secret-id", "half-configured")))
			.hasStackTraceContaining("Set both PONTE_SECRET_ID and PONTE_SECRET_PASSWORD, or neither");
	}

	private static Map<String, Object> configured(String secretId, String password) {
		return Map.of("ponte.secret-id", secretId, "ponte.secret-password", password);
	}

	private static ApiClient client(PonteServer server, String secretId, String password) {
		return server.anonymousClient().withAuthorization(ApiClient.basic(secretId, password));
	}

	/** The database holds exactly one key: this active sandbox key of the organization named {@code default}. */
	private static void assertOnlyKeyIsDefaultSandbox(PonteServer server, String secretId) {
		OrganizationDao dao = server.bean(OrganizationDao.class);
		UUID defaultOrganization = dao.findOrganizationByName("default").orElseThrow();
		assertThat(dao.listKeys()).singleElement().satisfies(key -> {
			assertThat(key.secretId()).isEqualTo(secretId);
			assertThat(key.organizationId()).isEqualTo(defaultOrganization);
			assertThat(key.environment()).isEqualTo(Environment.SANDBOX);
			assertThat(key.revokedAt()).isNull();
		});
	}

}
