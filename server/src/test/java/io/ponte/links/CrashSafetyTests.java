package io.ponte.links;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.testing.ApiClient;
import io.ponte.testing.ChildServer;
import io.ponte.testing.Json;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import io.ponte.testing.SandboxLink;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;

/**
 * A server killed with SIGKILL while it writes a link's data leaves no half of it: a retrieval's items and the
 * accounts they belong to commit together or not at all, a background historical load interrupted by the kill
 * runs again on the next start, and the embedded PostgreSQL recovers from the crash by itself.
 */
class CrashSafetyTests {

	private static final Map<String, String> SETTINGS = Map.of("db-scheduler.polling-interval", "200ms",
			"db-scheduler.heartbeat-interval", "1s", "db-scheduler.missed-heartbeats-limit", "4",
			"logging.level.io.ponte.access", "WARN");

	private static final int RETRIEVALS = 4;

	private static final int LOADS = 4;

	@OnEachDatabase
	void aServerKilledWhileWritingHistoryLeavesAllOrNothingAndFinishesTheLoadsAfterRestart(PonteServer server)
			throws Exception {
		String from = LocalDate.now(ZoneOffset.UTC).minusMonths(13).toString();
		String to = LocalDate.now(ZoneOffset.UTC).toString();
		List<String> retrieved = new ArrayList<>();
		List<String> loaded = new ArrayList<>();
		try (ChildServer.Home home = ChildServer.Home.like(server.database())) {
			try (ChildServer beforeCrash = ChildServer.start(home, "before-crash", SETTINGS);
					ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
				ApiClient api = beforeCrash.client().unchecked();
				for (int i = 0; i < RETRIEVALS; i++) {
					retrieved.add(SandboxLink.of("crash_r" + i).fetching().registerWith(api));
				}
				// synchronous 13-month retrievals and background historical loads, all writing when the kill comes
				for (String link : retrieved) {
					clients.submit(() -> api.post("/api/transactions/",
							Json.object("link", link, "date_from", from, "date_to", to)));
				}
				for (int i = 0; i < LOADS; i++) {
					loaded.add(SandboxLink.of("crash_l" + i).fetching("ACCOUNTS", "TRANSACTIONS", "OWNERS")
						.registerWith(api));
				}
				Thread.sleep(ThreadLocalRandom.current().nextLong(50, 400));
				beforeCrash.kill();
				clients.shutdownNow();
			}

			try (ChildServer afterRestart = ChildServer.start(home, "after-restart", SETTINGS)) {
				ApiClient api = afterRestart.client().unchecked();
				for (String link : retrieved) {
					long kept = count(api, "/api/transactions/?link=" + link);
					long accounts = count(api, "/api/accounts/?link=" + link);
					int whole = api.post("/api/transactions/", Json.object("link", link, "date_from", from, "date_to", to))
						.assertStatus(201)
						.json()
						.size();
					assertThat(whole).isPositive();
					System.out.printf("crash safety: retrieval of %s kept %d of %d transactions through the kill%n", link,
							kept, whole);
					assertThat(kept).as("transactions of %s kept through the kill: none or all", link).isIn(0L, (long) whole);
					assertThat(accounts > 0).as("its accounts were written with them").isEqualTo(kept > 0);
				}
				for (String link : loaded) {
					Awaitility.await("the interrupted historical load of " + link)
						.atMost(Duration.ofSeconds(60))
						.pollInterval(Duration.ofMillis(200))
						.until(() -> count(api, "/api/transactions/?link=" + link) > 0
								&& count(api, "/api/owners/?link=" + link) > 0);
				}
			}
		}
	}

	private static long count(ApiClient api, String list) {
		return api.get(list + "&page_size=1").assertStatus(200).json().get("count").asLong();
	}

}
