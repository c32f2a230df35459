package io.ponte.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.testing.ApiClient;
import io.ponte.testing.Json;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
		// the income is listed whole, its streams on other accounts too, as its detail shows it
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

}
