package io.ponte.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.testing.ApiClient;
import io.ponte.testing.Json;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;

/**
 * The Incomes API as the spec has it beyond computing them: lists filtered by the accounts their streams are on,
 * retrievals that keep only the income types and confidence levels asked for, and a recomputation that replaces
 * what the link held, leaving no stream of an earlier computation behind.
 */
class IncomesApiTests {

	/** A link whose history (accounts and transactions) is stored, and nothing else. */
	private static String loadedLink(PonteServer server, ApiClient client, String username) {
		String link = client.post("/api/links/", Json.object("institution", "erebor_br_retail", "username", username,
				"password", "full", "fetch_resources", List.of("ACCOUNTS", "TRANSACTIONS")))
			.assertStatus(201)
			.json()
			.get("id")
			.asString();
		server.awaitHistory(link);
		return link;
	}

	private static Set<String> accounts(ApiClient client, String link) {
		Set<String> ids = new TreeSet<>();
		client.get("/api/accounts/?link=" + link).json().get("results").forEach(a -> ids.add(a.get("id").asString()));
		return ids;
	}

	private static Set<String> streamAccounts(JsonNode income) {
		Set<String> ids = new TreeSet<>();
		income.get("income_streams").forEach(s -> ids.add(s.get("account_id").asString()));
		return ids;
	}

	private static Set<String> ids(JsonNode page) {
		Set<String> ids = new HashSet<>();
		page.get("results").forEach(item -> ids.add(item.get("id").asString()));
		return ids;
	}

	@OnEachDatabase
	void theAccountFiltersSelectTheIncomesHoldingAStreamOnTheAccountEachWhole(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = loadedLink(server, client, "user00003");
		String other = loadedLink(server, client, "user00002");
		JsonNode income = client.post("/api/incomes/", Json.object("link", link)).assertStatus(201).json();
		JsonNode otherIncome = client.post("/api/incomes/", Json.object("link", other)).assertStatus(201).json();
		Set<String> withStreams = streamAccounts(income);
		Set<String> without = new TreeSet<>(accounts(client, link));
		without.removeAll(withStreams);
		assertThat(withStreams).as("accounts holding an income stream").isNotEmpty();
		assertThat(without).as("accounts holding none (a credit card)").isNotEmpty();
		String paid = withStreams.iterator().next();
		String unpaid = without.iterator().next();

		JsonNode onPaid = client.get("/api/incomes/?account=" + paid).json();
		assertThat(ids(onPaid)).containsExactly(income.get("id").asString());
		// the income is listed whole, as the retrieval answered it: a filter selects, it does not trim streams
		assertThat(onPaid.get("results").get(0)).isEqualTo(income);
		assertThat(client.get("/api/incomes/?account=" + unpaid).json().get("count").asInt()).isZero();
		assertThat(ids(client.get("/api/incomes/?account__in=" + unpaid + "," + paid).json()))
			.containsExactly(income.get("id").asString());
		assertThat(client.get("/api/incomes/?account__in=" + unpaid).json().get("count").asInt()).isZero();
		String otherPaid = streamAccounts(otherIncome).iterator().next();
		assertThat(ids(client.get("/api/incomes/?account__in=" + paid + "," + otherPaid).json()))
			.containsExactlyInAnyOrder(income.get("id").asString(), otherIncome.get("id").asString());
		assertThat(ids(client.get("/api/incomes/?link=" + other + "&account=" + paid).json())).isEmpty();
		// the spec lists no 400 for the list; Ponte names the malformed filter rather than ignore it
		client.unchecked().get("/api/incomes/?account=not-a-uuid").assertError(400, "invalid", "account");
		client.unchecked().get("/api/incomes/?account__in=" + paid + ",nope").assertError(400, "invalid", "account__in");
	}


	/** The streams of an income that pass {@code test}, as the income shows them. */
	private static List<JsonNode> streams(JsonNode income, Predicate<JsonNode> test) {
		List<JsonNode> kept = new ArrayList<>();
		income.get("income_streams").forEach(s -> {
			if (test.test(s)) {
				kept.add(s);
			}
		});
		return kept;
	}

	private static JsonNode incomes(ApiClient client, String link, Object... options) {
		List<Object> body = new ArrayList<>(List.of("link", link, "save_data", false));
		body.addAll(List.of(options));
		return client.post("/api/incomes/", Json.object(body.toArray())).assertStatus(200).json();
	}

	@OnEachDatabase
	void aRetrievalKeepsTheIncomeTypesAskedForAndItsTotalsDescribeThemAlone(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = loadedLink(server, client, "user00001");
		JsonNode all = incomes(client, link);
		Set<String> types = new TreeSet<>();
		all.get("income_streams").forEach(s -> types.add(s.get("income_type").asString()));
		assertThat(types).as("income types of the end user").hasSizeGreaterThan(1);
		String type = types.iterator().next();

		JsonNode some = incomes(client, link, "allowed_income_types", List.of(type));

		assertThat(streams(some, s -> true)).isEqualTo(streams(all, s -> s.get("income_type").asString().equals(type)));
		assertThat(some.get("number_of_income_streams").asInt()).isEqualTo(some.get("income_streams").size());
		assertThat(some.get("total_income_amount").decimalValue())
			.isLessThan(all.get("total_income_amount").decimalValue());
		assertThat(incomes(client, link, "allowed_income_types", List.copyOf(types)).get("income_streams"))
			.isEqualTo(all.get("income_streams"));
		assertThat(incomes(client, link, "allowed_income_types", List.of()).get("income_streams"))
			.as("no type asked: every type")
			.isEqualTo(all.get("income_streams"));
		JsonNode none = incomes(client, link, "allowed_income_types", List.of("DEPOSIT"));
		assertThat(none.get("income_streams").size()).isZero();
		assertThat(none.get("total_income_amount").decimalValue()).isZero();
	}

	@OnEachDatabase
	void aMinimumConfidenceLevelKeepsThatLevelAndTheHigherOnesLowBelowMediumBelowHigh(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = loadedLink(server, client, "user00001");
		JsonNode all = incomes(client, link);
		List<String> levels = List.of("LOW", "MEDIUM", "HIGH");
		Set<String> found = new TreeSet<>();
		all.get("income_streams").forEach(s -> found.add(s.get("confidence").asString()));
		assertThat(found).as("confidence levels of the end user's streams").contains("LOW", "HIGH");

		for (String minimum : levels) {
			JsonNode kept = incomes(client, link, "minimum_confidence_level", minimum);
			assertThat(streams(kept, s -> true)).as("at least %s", minimum)
				.isEqualTo(streams(all, s -> levels.indexOf(s.get("confidence").asString()) >= levels.indexOf(minimum)));
			assertThat(kept.get("total_low_confidence").decimalValue().signum())
				.isEqualTo(minimum.equals("LOW") ? 1 : 0);
		}
		JsonNode both = incomes(client, link, "minimum_confidence_level", "LOW", "allowed_income_types",
				List.of("UNKNOWN"));
		assertThat(streams(both, s -> true)).isEqualTo(streams(all, s -> s.get("income_type").asString().equals("UNKNOWN")));
	}

	@OnEachDatabase
	void whatIsKeptIsWhatTheLinkStoresAndBadChoicesAreRefusedNamingTheField(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = loadedLink(server, client, "user00001");

		JsonNode high = client.post("/api/incomes/", Json.object("link", link, "minimum_confidence_level", "HIGH"))
			.assertStatus(201)
			.json();

		assertThat(streams(high, s -> !s.get("confidence").asString().equals("HIGH"))).isEmpty();
		assertThat(client.get("/api/incomes/" + high.get("id").asString() + "/").json()).isEqualTo(high);
		client.post("/api/incomes/", Json.object("link", link, "allowed_income_types", List.of("SALARY", "BONUS")))
			.assertError(400, "invalid_choice", "allowed_income_types");
		client.post("/api/incomes/", Json.object("link", link, "allowed_income_types", 7))
			.assertError(400, "not_a_list", "allowed_income_types");
		client.post("/api/incomes/", Json.object("link", link, "minimum_confidence_level", "high"))
			.assertError(400, "invalid_choice", "minimum_confidence_level");
		client.post("/api/incomes/", Json.object("link", link, "minimum_confidence_level", List.of("HIGH")))
			.assertError(400, "invalid", "minimum_confidence_level");
		assertThat(client.get("/api/incomes/?link=" + link).json().get("results").get(0)).as("refused, kept nothing")
			.isEqualTo(high);
	}


	@OnEachDatabase
	void retrievedAgainTheIncomeIsReplacedAndNoStreamOfTheEarlierComputationLingers(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = loadedLink(server, client, "user00001");
		JsonNode all = client.post("/api/incomes/", Json.object("link", link)).assertStatus(201).json();
		assertThat(streams(all, s -> !s.get("income_type").asString().equals("UNKNOWN"))).isNotEmpty();

		JsonNode unknown = client.post("/api/incomes/", Json.object("link", link, "allowed_income_types",
				List.of("UNKNOWN"))).assertStatus(201).json();

		assertThat(unknown.get("id")).isEqualTo(all.get("id"));
		assertThat(streams(unknown, s -> !s.get("income_type").asString().equals("UNKNOWN"))).isEmpty();
		JsonNode listed = client.get("/api/incomes/?link=" + link).json();
		assertThat(listed.get("count").asInt()).isEqualTo(1);
		assertThat(listed.get("results").get(0)).isEqualTo(unknown);
		assertThat(client.get("/api/incomes/" + unknown.get("id").asString() + "/").json()).isEqualTo(unknown);
	}

	@OnEachDatabase
	void aRecurrentRefreshComputesTheIncomeAgainFromTheRefreshedTransactions(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = client.post("/api/links/", Json.object("institution", "erebor_br_retail", "username", "user00001",
				"password", "full", "access_mode", "recurrent", "fetch_resources",
				List.of("ACCOUNTS", "TRANSACTIONS", "INCOMES"))).assertStatus(201).json().get("id").asString();
		server.awaitHistory(link);
		JsonNode loaded = client.get("/api/incomes/?link=" + link).json().get("results").get(0);
		LocalDate lastLoaded = LocalDate.parse(loaded.get("last_transaction_date").asString());

		client.unchecked().post("/api/sandbox/clock/", Json.object("advance", "40d")).assertStatus(200);

		JsonNode refreshed = Awaitility.await("the refreshed income")
			.atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> client.get("/api/incomes/?link=" + link).json().get("results").get(0),
					income -> LocalDate.parse(income.get("last_transaction_date").asString()).isAfter(lastLoaded));
		assertThat(refreshed.get("id")).as("the same income, computed again").isEqualTo(loaded.get("id"));
		assertThat(client.get("/api/incomes/?link=" + link).json().get("count").asInt()).isEqualTo(1);
		// what it holds is what the link's data gives now, no stream of the data as it was
		JsonNode now = client.post("/api/incomes/", Json.object("link", link, "save_data", false)).json();
		assertThat(refreshed.get("income_streams")).isEqualTo(now.get("income_streams"));
	}


	@OnEachDatabase
	void aResumedRetrievalAnswersItsIncomeInAListAsTheSpecHasItAndKeepsItsChoices(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		// Heimdall asks every login for a token; Ponte's incomes log in to no bank, so a session comes from
		// another retrieval of the link
		JsonNode challenge = client.unchecked().post("/api/links/", Json.object("institution", "heimdall_mx_retail",
				"username", "mfa_default", "password", "pass_valid", "fetch_resources",
				List.of("ACCOUNTS", "TRANSACTIONS"))).assertStatus(428).json().get(0);
		String link = challenge.get("link").asString();
		client.send("PATCH", "/api/links/", Json.object("session", challenge.get("session").asString(), "link", link,
				"token", "111111"), Map.of()).assertStatus(200);
		server.awaitHistory(link);
		String session = client.post("/api/transactions/", Json.object("link", link, "minimum_confidence_level",
				"HIGH", "date_from", LocalDate.now(ZoneOffset.UTC).minusDays(364).toString(), "date_to",
				LocalDate.now(ZoneOffset.UTC).toString()))
			.assertStatus(428)
			.json()
			.get(0)
			.get("session")
			.asString();

		JsonNode resumed = client.send("PATCH", "/api/incomes/", Json.object("session", session, "link", link,
				"token", "111111"), Map.of()).assertStatus(201).json();

		assertThat(resumed.isArray()).isTrue();
		assertThat(resumed.size()).isEqualTo(1);
		assertThat(streams(resumed.get(0), s -> !s.get("confidence").asString().equals("HIGH"))).isEmpty();
		assertThat(streams(incomes(client, link), s -> !s.get("confidence").asString().equals("HIGH")))
			.as("what the choice left out")
			.isNotEmpty();
		assertThat(client.get("/api/incomes/?link=" + link).json().get("results").get(0)).isEqualTo(resumed.get(0));
	}

}
