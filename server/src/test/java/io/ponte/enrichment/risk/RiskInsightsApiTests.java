package io.ponte.enrichment.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.ponte.testing.ApiClient;
import io.ponte.testing.Json;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Risk insights through HTTP: loaded with a link's history when {@code fetch_resources} names them, computed
 * again on a retrieval, listed, shown and deleted; their figures agree with the link's accounts and transactions
 * as the API serves them. Every response is checked against the OpenAPI description by the client.
 */
class RiskInsightsApiTests {

	private static final Set<String> ASSETS = Set.of("CHECKING_ACCOUNT", "SAVINGS_ACCOUNT");

	@OnEachDatabase
	void theHistoricalLoadComputesThemAndARetrievalReplacesThem(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = client.post("/api/links/", Json.object("institution", "erebor_mx_retail", "username", "bnk100",
				"password", "full", "fetch_resources", List.of("ACCOUNTS", "TRANSACTIONS", "RISK_INSIGHTS")))
			.assertStatus(201)
			.json()
			.get("id")
			.asString();
		server.awaitHistory(link);

		JsonNode listed = client.get("/api/risk-insights/?link=" + link).assertStatus(200).json();
		assertThat(listed.get("count").asInt()).as("loaded with the history").isEqualTo(1);
		JsonNode insights = client.post("/api/risk-insights/", Json.object("link", link)).assertStatus(201).json();
		assertThat(insights.get("id").asString()).as("one item per link, replaced")
			.isEqualTo(listed.get("results").get(0).get("id").asString());
		assertThat(insights.get("link").asString()).isEqualTo(link);
		assertThat(insights.has("internal_identification")).isFalse();

		JsonNode accounts = client.get("/api/accounts/?link=" + link + "&page_size=100").json().get("results");
		List<String> accountIds = new ArrayList<>();
		double closing = 0;
		int cards = 0;
		for (JsonNode account : accounts) {
			accountIds.add(account.get("id").asString());
			if (ASSETS.contains(account.get("category").asString())) {
				closing += account.at("/balance/current").asDouble();
			}
			cards += "CREDIT_CARD".equals(account.get("category").asString()) ? 1 : 0;
		}
		List<String> reported = new ArrayList<>();
		insights.get("accounts").forEach(id -> reported.add(id.asString()));
		assertThat(reported).containsExactlyInAnyOrderElementsOf(accountIds);
		assertThat(insights.at("/balances_metrics/closing_balance").asDouble()).isCloseTo(closing, within(0.005));
		assertThat(insights.at("/credit_cards_metrics/num_accounts").asInt()).isEqualTo(cards);

		int assetTransactions = 0;
		String next = "/api/transactions/?link=" + link + "&page_size=1000";
		while (next != null) {
			JsonNode page = client.get(next).assertStatus(200).json();
			for (JsonNode t : page.get("results")) {
				assetTransactions += ASSETS.contains(t.at("/account/category").asString()) ? 1 : 0;
			}
			next = page.get("next").isNull() ? null : page.get("next").asString().replaceFirst("^https?://[^/]+", "");
		}
		assertThat(assetTransactions).isPositive();
		assertThat(insights.at("/transactions_metrics/num_transactions_12m").asInt())
			.as("a year of checking and savings transactions")
			.isEqualTo(assetTransactions);
		assertThat(insights.get("category_metrics").size()).isPositive();

		String detail = "/api/risk-insights/" + insights.get("id").asString() + "/";
		assertThat(client.get(detail).assertStatus(200).json()).as("the spec's detail is a list of one")
			.containsExactly(insights);
		assertThat(client.get("/api/risk-insights/?id=" + insights.get("id").asString()).json().get("count").asInt())
			.isEqualTo(1);
		String other = java.util.UUID.randomUUID().toString();
		assertThat(client.get("/api/risk-insights/?account=" + accountIds.get(0)).json().get("count").asInt())
			.as("filtered by an account analysed")
			.isEqualTo(1);
		assertThat(client.get("/api/risk-insights/?account=" + other).json().get("count").asInt()).isZero();
		assertThat(client.get("/api/risk-insights/?account__in=" + other + "," + accountIds.get(1))
			.json()
			.get("count")
			.asInt()).isEqualTo(1);
		server.newSandboxClient().get(detail).assertError(404, "not_found", null);
		client.send("DELETE", detail, null, Map.of()).assertStatus(204);
		client.get(detail).assertError(404, "not_found", null);
	}

}
