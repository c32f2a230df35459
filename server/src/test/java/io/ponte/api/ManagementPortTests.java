package io.ponte.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.testing.ApiClient;
import io.ponte.testing.ApiResponse;
import io.ponte.testing.Database;
import io.ponte.testing.PonteServer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With {@code MANAGEMENT_SERVER_PORT} set, the management endpoints live on that port only, without a key (it is
 * meant to be reachable from inside the deployment only), and with the same headers and error format.
 */
class ManagementPortTests {

	static PonteServer server;

	static ApiClient management;

	@BeforeAll
	static void start() {
		server = PonteServer.start(Database.embedded(), Map.of("management.server.port", "0"));
		String port = server.bean(org.springframework.core.env.Environment.class)
			.getRequiredProperty("local.management.port");
		management = ApiClient.anonymous("http://localhost:" + port).unchecked();
	}

	@AfterAll
	static void stop() {
		if (server != null) {
			server.close();
		}
	}

	@Test
	void theManagementPortServesMetricsWithoutAKey() {
		ApiResponse metrics = management.get("/management/prometheus").assertStatus(200);

		assertThat(metrics.body()).contains("jvm_");
		assertThat(management.get("/management/health/readiness").assertStatus(200).body()).contains("UP");
		SecurityHeadersApiTests.HEADERS.forEach((name, value) -> assertThat(metrics.header(name)).isEqualTo(value));
	}

	@Test
	void theManagementPortAnswersErrorsInTheApiFormatWithTheHeaders() {
		ApiResponse missing = management.get("/management/no-such-endpoint").assertError(404, "not_found", null);

		SecurityHeadersApiTests.HEADERS.forEach((name, value) -> assertThat(missing.header(name)).isEqualTo(value));
	}

	@Test
	void theMainPortServesNoManagementEndpointToAnAnonymousCaller() {
		server.anonymousClient().unchecked().get("/management/prometheus").assertError(401, "authentication_failed", null);
		server.newSandboxClient().unchecked().get("/management/prometheus").assertStatus(404);
		server.newSandboxClient().get("/api/institutions/").assertStatus(200);
	}

}
