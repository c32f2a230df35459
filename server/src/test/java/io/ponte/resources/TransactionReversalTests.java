package io.ponte.resources;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.connectors.Connector;
import io.ponte.connectors.Credentials;
import io.ponte.connectors.FetchRequest;
import io.ponte.connectors.LoginResult;
import io.ponte.connectors.MfaChallenge;
import io.ponte.connectors.ResourceKind;
import io.ponte.connectors.Session;
import io.ponte.connectors.sandbox.SandboxConnector;
import io.ponte.testing.ApiClient;
import io.ponte.testing.Database;
import io.ponte.testing.Json;
import io.ponte.testing.PonteServer;
import io.ponte.testing.SandboxLink;
import io.ponte.testing.WebhookReceiver;
import io.ponte.testing.WebhookReceiver.Delivery;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A transaction the bank stops returning (a reversed authorization) leaves the link at its next recurrent refresh,
 * announced as {@code transactions_deleted}. The sandbox bank reverses nothing, so this test serves its end users
 * through a connector that withholds the transactions the test names.
 */
class TransactionReversalTests {

	/** The institution's identifications of the transactions the bank no longer returns. */
	private static final Set<String> REVERSED = ConcurrentHashMap.newKeySet();

	private static PonteServer server;

	@BeforeAll
	static void start() {
		server = PonteServer.start(Database.embedded(),
				Map.of("spring.flyway.locations", "classpath:db/migration,classpath:db/reversal-test",
						"db-scheduler.polling-interval", "200ms"),
				ReversingBank.class);
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	@Configuration(proxyBeanMethods = false)
	static class ReversingBank {

		@Bean
		Connector reversingConnector(SandboxConnector sandbox) {
			return new Connector() {
				@Override
				public String name() {
					return "reversing";
				}

				@Override
				public LoginResult login(Credentials credentials, String token, MfaChallenge challenge) {
					return sandbox.login(credentials, token, challenge);
				}

				@Override
				public List<ObjectNode> fetch(Session session, FetchRequest request) {
					List<ObjectNode> items = sandbox.fetch(session, request);
					if (request.resource() != ResourceKind.TRANSACTIONS) {
						return items;
					}
					return items.stream()
						.filter(item -> !REVERSED.contains(item.path("internal_identification").asString()))
						.toList();
				}
			};
		}

	}

	@Test
	void aTransactionTheBankNoLongerReturnsIsDeletedAtTheNextRefreshAndAnnounced() {
		try (WebhookReceiver receiver = WebhookReceiver.start()) {
			ApiClient client = server.newSandboxClient();
			String link = SandboxLink.of("reversal_user")
				.at("reversing_br_retail")
				.recurrent()
				.fetching("ACCOUNTS", "TRANSACTIONS")
				.registerLoaded(server, client);
			// two of the last days' transactions, which the next refresh fetches again
			JsonNode recent = client.get("/api/transactions/?link=" + link + "&value_date__gte="
					+ LocalDate.now(ZoneOffset.UTC).minusDays(5) + "&page_size=2").assertStatus(200).json();
			assertThat(recent.get("results").size()).isEqualTo(2);
			Map<String, String> reversed = new HashMap<>();
			recent.get("results")
				.forEach(t -> reversed.put(t.get("id").asString(), t.get("internal_identification").asString()));
			long before = client.get("/api/transactions/?link=" + link).json().get("count").asLong();
			client.unchecked().post("/api/webhooks/", Json.object("url", receiver.url(), "webhook_types",
					List.of("TRANSACTIONS"))).assertStatus(201);
			REVERSED.addAll(reversed.values());

			client.unchecked().post("/api/sandbox/clock/", Json.object("advance", "7d")).assertStatus(200);

			List<Delivery> deleted = receiver.await(1,
					d -> d.json().get("webhook_code").asString().equals("transactions_deleted"), Duration.ofSeconds(30));
			assertThat(deleted).hasSize(1);
			JsonNode data = deleted.getFirst().json().get("data");
			Set<String> announced = new HashSet<>();
			data.get("transactions").forEach(id -> announced.add(id.asString()));
			assertThat(announced).isEqualTo(reversed.keySet());
			for (String id : reversed.keySet()) {
				client.unchecked().get("/api/transactions/" + id + "/").assertStatus(404);
			}
			// the week's new transactions came in the same refresh; the reversed ones are gone
			JsonNode added = client.unchecked()
				.get("/api/webhook-events/?link=" + link + "&webhook_code=new_transactions_available")
				.json();
			long fresh = added.get("count").asInt() == 0 ? 0
					: added.get("results").get(0).get("payload").get("data").get("new_transactions").asLong();
			assertThat(client.get("/api/transactions/?link=" + link).json().get("count").asLong())
				.isEqualTo(before - 2 + fresh);
		}
	}

}
