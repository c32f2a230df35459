package io.ponte.payments;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.testing.ApiClient;
import io.ponte.testing.ChildServer;
import io.ponte.testing.Json;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import io.ponte.testing.WebhookReceiver;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;

/**
 * A charge runs once with two server instances on one database, even when the instance running it is killed
 * (SIGKILL) after the payer bank debited the payer and before Ponte recorded the outcome: the other instance
 * revives the job, the payer bank answers the repeated order with its first answer, and the payment succeeds with
 * one debit, one transaction and one announcement of each status.
 */
class PaymentCrashTests {

	/** Quick failure detection; every instance would pause an hour after a first debit, so the test can kill it. */
	private static final Map<String, String> SETTINGS = Map.of("ponte.sandbox.payments.settlement-delay", "0s",
			"ponte.sandbox.payments.pause-after-debit", "1h", "ponte.webhooks.backoff", "100ms",
			"db-scheduler.polling-interval", "200ms", "db-scheduler.heartbeat-interval", "1s",
			"db-scheduler.missed-heartbeats-limit", "4", "logging.level.io.ponte.access", "WARN");

	@OnEachDatabase
	void anInstanceKilledBetweenTheDebitAndItsRecordLeavesTheChargeToTheOtherWhichRecordsItOnce(PonteServer server)
			throws Exception {
		try (ChildServer.Home home = ChildServer.Home.on(server); WebhookReceiver receiver = WebhookReceiver.start()) {
			Map<String, ChildServer> instances = new LinkedHashMap<>();
			try (ChildServer first = ChildServer.start(home, "payments-a", SETTINGS);
					ChildServer second = ChildServer.start(home, "payments-b", SETTINGS)) {
				instances.put("payments-a", first);
				instances.put("payments-b", second);
				ApiClient api = first.client();
				api.post("/api/webhooks/", Json.object("url", receiver.url())).assertStatus(201);
				JsonNode confirmed = Payments.create(api,
						Payments.intent(Payments.payer(api), Payments.merchantAccount(api), "640.00", true));
				String id = confirmed.get("id").asString();
				Payments.answer(Payments.redirectUrl(confirmed), "approve");

				// one instance took the charge, debited the payer at their bank, and waits before recording it
				String runner = Awaitility.await("the payer debited and the charge's job held by an instance")
					.atMost(Duration.ofSeconds(30))
					.pollInterval(Duration.ofMillis(100))
					.until(() -> debits(home) == 1 ? pickedBy(home) : null, picked -> picked != null);
				assertThat(Payments.get(api, id).get("status").asString()).isEqualTo("PROCESSING");
				instances.get(runner).kill();
				ChildServer survivor = instances.get(runner.equals("payments-a") ? "payments-b" : "payments-a");

				JsonNode succeeded = Payments.awaitStatus(survivor.client(), id, "SUCCEEDED");

				assertThat(debits(home)).as("debits at the payer bank").isOne();
				assertThat(succeeded.get("charges")).hasSize(1);
				assertThat(succeeded.get("charges").get(0).get("status").asString()).isEqualTo("SUCCEEDED");
				assertThat(succeeded.get("charges").get(0).get("transactions")).hasSize(1);
				assertThat(survivor.client().get("/payments/br/transactions/").json().get("count").asInt()).isOne();
				List<String> succeededEvents = receiver
					.await(3, d -> d.body().contains("\"SUCCEEDED\"") || d.body().contains("OBJECT_CREATED"),
							Duration.ofSeconds(30))
					.stream()
					.map(d -> d.json().get("webhook_type").asString())
					.toList();
				assertThat(succeededEvents).containsExactlyInAnyOrder("CHARGES", "TRANSACTIONS", "PAYMENT_INTENTS");
				// and no more arrive: SUCCEEDED is announced once for the intent and once for the charge
				Awaitility.await("no second announcement of SUCCEEDED")
					.during(Duration.ofSeconds(1))
					.atMost(Duration.ofSeconds(5))
					.until(() -> receiver.deliveries().stream().filter(d -> d.body().contains("\"SUCCEEDED\"")).count(),
							count -> count == 2);
			}
		}
	}

	private static int debits(ChildServer.Home home) throws SQLException {
		return query(home, "select count(*) from sandbox_payer_debits", rs -> rs.getInt(1));
	}

	/** The instance whose scheduler holds a charge's job, or null. */
	private static String pickedBy(ChildServer.Home home) throws SQLException {
		return query(home, "select picked_by from scheduled_tasks where task_name = 'payment-charge' and picked",
				rs -> rs.getString(1));
	}

	private interface Reader<T> {

		T read(ResultSet rs) throws SQLException;

	}

	private static <T> T query(ChildServer.Home home, String sql, Reader<T> reader) throws SQLException {
		Map<String, String> db = home.databaseProperties();
		try (Connection connection = DriverManager.getConnection(db.get("ponte.db.url"), db.get("ponte.db.user"),
				db.get("ponte.db.password")); Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			return rs.next() ? reader.read(rs) : null;
		}
	}

}
