package io.ponte.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.testing.ApiClient;
import io.ponte.testing.Json;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Incomes and recurring expenses through the Belvo API: loaded with a link's history when its
 * {@code fetch_resources} ask for them, retrieved again on demand from what the link stores, listed, filtered and
 * deleted; a link that stores no transactions has no income stream and no recurring expense.
 */
class IncomesRecurringApiTests {

	private static String link(ApiClient client, String username, List<String> resources) {
		return client.post("/api/links/", Json.object("institution", "erebor_br_retail", "username", username,
				"password", "full", "fetch_resources", resources)).assertStatus(201).json().get("id").asString();
	}

	private static Set<String> accounts(ApiClient client, String link) {
		Set<String> ids = new HashSet<>();
		client.get("/api/accounts/?link=" + link).json().get("results").forEach(a -> ids.add(a.get("id").asString()));
		return ids;
	}

	@OnEachDatabase
	void aLinksHistoryBringsItsIncomesAndRecurringExpenses(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = link(client, "user00003",
				List.of("ACCOUNTS", "TRANSACTIONS", "INCOMES", "RECURRING_EXPENSES"));
		server.awaitHistory(link);
		Set<String> accounts = accounts(client, link);

		JsonNode incomes = client.get("/api/incomes/?link=" + link).json();
		assertThat(incomes.get("count").asInt()).isEqualTo(1);
		JsonNode income = incomes.get("results").get(0);
		assertThat(income.get("link").asString()).isEqualTo(link);
		assertThat(income.get("number_of_income_streams").asInt()).isEqualTo(income.get("income_streams").size())
			.isPositive();
		JsonNode salary = income.get("income_streams").get(0);
		assertThat(salary.get("income_type").asString()).isEqualTo("SALARY");
		assertThat(salary.get("frequency").asString()).isIn("MONTHLY", "FORTNIGHTLY");
		assertThat(accounts).contains(salary.get("account_id").asString());
		assertThat(income.get("total_income_amount").decimalValue())
			.isGreaterThanOrEqualTo(income.get("total_regular_income_amount").decimalValue())
			.isPositive();

		JsonNode expenses = client.get("/api/recurring-expenses/?link=" + link + "&page_size=100").json();
		assertThat(expenses.get("count").asInt()).isPositive();
		for (JsonNode expense : expenses.get("results")) {
			assertThat(accounts).contains(expense.get("account").get("id").asString());
			assertThat(expense.get("transactions").size()).isGreaterThanOrEqualTo(3);
			assertThat(expense.get("frequency").asString()).isEqualTo("MONTHLY");
		}
	}

	@OnEachDatabase
	void retrievalsComputeFromWhatTheLinkStoresAndUpdateTheSameItems(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = link(client, "user00002", List.of("ACCOUNTS", "TRANSACTIONS"));
		server.awaitHistory(link);

		JsonNode income = client.post("/api/incomes/", Json.object("link", link)).assertStatus(201).json();
		assertThat(income.get("income_streams").size()).isPositive();
		assertThat(client.post("/api/incomes/", Json.object("link", link)).assertStatus(201).json().get("id"))
			.isEqualTo(income.get("id"));
		assertThat(client.get("/api/incomes/" + income.get("id").asString() + "/").json().get("id"))
			.isEqualTo(income.get("id"));

		JsonNode expenses = client.post("/api/recurring-expenses/", Json.object("link", link)).assertStatus(201).json();
		assertThat(expenses.size()).isPositive();
		String first = expenses.get(0).get("id").asString();
		String account = expenses.get(0).get("account").get("id").asString();
		long onAccount = 0;
		for (JsonNode expense : expenses) {
			onAccount += expense.get("account").get("id").asString().equals(account) ? 1 : 0;
		}
		assertThat(client.get("/api/recurring-expenses/?account=" + account).json().get("count").asLong())
			.isEqualTo(onAccount);
		assertThat(client.get("/api/recurring-expenses/?id=" + first).json().get("count").asInt()).isEqualTo(1);
		// the spec answers a recurring expense's detail as a list of one
		assertThat(client.get("/api/recurring-expenses/" + first + "/").json().get(0)).isEqualTo(expenses.get(0));
		assertThat(client.get("/api/recurring-expenses/?link__in=" + link).json().get("count").asInt())
			.isEqualTo(expenses.size());
		// retrieved again, they are the same items
		assertThat(client.post("/api/recurring-expenses/", Json.object("link", link)).assertStatus(201).json().size())
			.isEqualTo(expenses.size());
		assertThat(client.get("/api/recurring-expenses/?link=" + link).json().get("count").asInt())
			.isEqualTo(expenses.size());

		client.send("DELETE", "/api/recurring-expenses/" + first + "/", null, Map.of()).assertStatus(204);
		assertThat(client.get("/api/recurring-expenses/?link=" + link).json().get("count").asInt())
			.isEqualTo(expenses.size() - 1);
		client.send("DELETE", "/api/incomes/" + income.get("id").asString() + "/", null, Map.of()).assertStatus(204);
		client.get("/api/incomes/" + income.get("id").asString() + "/").assertError(404, "not_found", null);

		// forty days cannot show a monthly charge: what the link held is replaced by nothing, not kept
		java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
		assertThat(client.post("/api/recurring-expenses/", Json.object("link", link, "date_from",
				today.minusDays(40).toString(), "date_to", today.toString())).assertStatus(201).json().size()).isZero();
		assertThat(client.get("/api/recurring-expenses/?link=" + link).json().get("count").asInt()).isZero();
	}

	@OnEachDatabase
	void aLinkWithoutTransactionsHasNoIncomeAndNoRecurringExpense(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = link(client, "user00004", List.of());

		JsonNode income = client.post("/api/incomes/", Json.object("link", link, "save_data", false))
			.assertStatus(200).json();
		assertThat(income.get("income_streams").size()).isZero();
		assertThat(income.get("total_income_amount").decimalValue()).isZero();
		assertThat(client.post("/api/recurring-expenses/", Json.object("link", link)).assertStatus(201).json().size())
			.isZero();
		client.post("/api/incomes/", Json.object()).assertError(400, "required", "link");
		client.post("/api/recurring-expenses/", Json.object("link", link, "date_from", "2026-01-10", "date_to",
				"2025-01-01")).assertError(400, "invalid", "date_to");
	}

}
