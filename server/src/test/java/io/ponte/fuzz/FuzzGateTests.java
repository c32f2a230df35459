package io.ponte.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.testing.ApiClient;
import io.ponte.testing.Contract;
import io.ponte.testing.Database;
import io.ponte.testing.Json;
import io.ponte.testing.PonteServer;
import io.ponte.testing.SandboxLink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import tools.jackson.databind.JsonNode;

/**
 * The fuzz gate: generated hostile requests for every operation the server routes (found in its request
 * mappings, described by the OpenAPI document where it has the path, so a new endpoint is covered without being
 * listed). Each answer must be below 500, an error must be Belvo's error array, a response the spec describes
 * must satisfy it, and nothing may be logged at ERROR or with a stack trace. Bounded by the number of tries.
 * Each run prints its seed; {@code -Dponte.fuzz.seed=<seed>} replays that run, and a failure shows the shrunk
 * request as a curl command line.
 */
@AddLifecycleHook(value = FuzzGateTests.Seeds.class, propagateTo = PropagationMode.DIRECT_DESCENDANTS)
class FuzzGateTests {

	static final int TRIES = 3000;

	private static final Map<String, FuzzTarget> TARGETS = new ConcurrentHashMap<>();

	@Property(tries = TRIES, shrinking = ShrinkingMode.BOUNDED)
	void onTheEmbeddedPostgreSQL(@ForAll("embedded") HostileRequest request) {
		target("embedded").check(request);
	}

	@Property(tries = TRIES, shrinking = ShrinkingMode.BOUNDED)
	@AddLifecycleHook(RequiresExternalDatabase.class)
	void onTheExternalPostgreSQL(@ForAll("external") HostileRequest request) {
		target("external").check(request);
	}

	@Provide
	Arbitrary<HostileRequest> embedded() {
		return requests(target("embedded"));
	}

	@Provide
	Arbitrary<HostileRequest> external() {
		return requests(target("external"));
	}

	private static Arbitrary<HostileRequest> requests(FuzzTarget target) {
		List<String> harmless = List.of("00000000-0000-4000-8000-000000000000");
		return Arbitraries.of(target.operations())
			// a DELETE never gets the fixture's ids, so the fixture lasts the whole run
			.flatMap(operation -> HostileRequest.forOperation(operation,
					operation.method().equals("DELETE") ? harmless : target.knownIds()));
	}

	private static FuzzTarget target(String database) {
		return TARGETS.computeIfAbsent(database, name -> {
			Database db = name.equals("external") ? Database.external().orElseThrow() : Database.embedded();
			// one key sends every request: rate limits far above the tries, so no answer is a 429
			PonteServer server = PonteServer.start(db, Map.of("ponte.webhooks.retries", "0", "ponte.rate-limits.key",
					"1000000", "ponte.rate-limits.organization", "1000000"));
			ApiClient client = server.newSandboxClient();
			String link = SandboxLink.of("fuzz_user").fetching("ACCOUNTS", "TRANSACTIONS", "OWNERS")
				.registerLoaded(server, client);
			JsonNode account = client.get("/api/accounts/?link=" + link).results().get(0);
			JsonNode transaction = client.get("/api/transactions/?link=" + link + "&page_size=1").results().get(0);
			JsonNode owner = client.get("/api/owners/?link=" + link).results().get(0);
			String endpoint = client.unchecked()
				.post("/api/webhooks/", Json.object("url", "http://127.0.0.1:9/fuzz"))
				.assertStatus(201)
				.json()
				.get("id")
				.asString();
			List<String> ids = List.of(link, account.get("id").asString(), transaction.get("id").asString(),
					owner.get("id").asString(), endpoint, "1006", "erebor_br_retail");
			List<Operation> operations = Operations.of(server, Contract.get().spec());
			return new FuzzTarget(name, server, client.authorization(), ids, operations);
		});
	}

	@AfterContainer
	static void report() throws IOException {
		StringBuilder report = new StringBuilder();
		for (FuzzTarget target : TARGETS.values()) {
			report.append(target.summary()).append('\n');
			target.server().close();
		}
		TARGETS.clear();
		if (!report.isEmpty()) {
			System.out.print(report);
			Files.writeString(Files.createDirectories(Path.of("target")).resolve("fuzz-gate.txt"), report);
		}
	}

	/** Every operation was tried: the gate covers what the server routes, not what happened to be drawn. */
	@net.jqwik.api.lifecycle.AfterProperty
	void everyOperationWasTried() {
		for (FuzzTarget target : TARGETS.values()) {
			if (target.failed()) {
				continue; // the property's own failure is the report
			}
			assertThat(target.untried()).as("operations the fuzz gate never tried on %s", target.name()).isEmpty();
		}
	}

	/** Takes the seed from {@code -Dponte.fuzz.seed} when given, and prints every run's seed. */
	static final class Seeds implements AroundPropertyHook {

		@Override
		public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
			String seed = System.getProperty("ponte.fuzz.seed");
			if (seed != null && !seed.isBlank()) {
				context.attributes().setSeed(seed);
			}
			PropertyExecutionResult result = property.execute();
			System.out.println("Fuzz gate " + context.label() + ": seed " + result.seed().orElse("?")
					+ " (replay with -Dponte.fuzz.seed=" + result.seed().orElse("?") + "), "
					+ result.status());
			return result;
		}

	}

	/** The external PostgreSQL is fuzzed when the suite has one (as .ci/run gives it), and skipped otherwise. */
	static final class RequiresExternalDatabase implements SkipExecutionHook {

		@Override
		public SkipResult shouldBeSkipped(LifecycleContext context) {
			return Database.external().isPresent() ? SkipResult.doNotSkip()
					: SkipResult.skip("no external PostgreSQL configured (PONTE_TEST_DB_URL)");
		}

	}

}
