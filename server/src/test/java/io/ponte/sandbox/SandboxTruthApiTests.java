package io.ponte.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.testing.ApiClient;
import io.ponte.testing.ApiResponse;
import io.ponte.testing.Json;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/sandbox/truth/}: what the sandbox planted for a link's end user, in the ids the API returned for
 * that link. Not in the Belvo contract, so every call to it is unchecked.
 */
class SandboxTruthApiTests {

	/** A Brazilian and a Mexican end user: the two countries the sandbox has people in. */
	private static final List<EndUser> END_USERS = List.of(new EndUser("erebor_br_retail", "maria_silva"),
			new EndUser("gringotts_mx_retail", "jose_hernandez"));

	record EndUser(String institution, String username) {
	}

	/** The truth of one link, and what the link stored: transactions by API id, account ids. */
	record Published(String link, JsonNode truth, Map<String, JsonNode> transactions, Set<String> accounts) {

		JsonNode stream(String list, int index) {
			return this.truth.get(list).get(index);
		}

	}

	/** Registers a link (its historical load stores a year of accounts and transactions) and reads its truth. */
	static Published publish(PonteServer server, ApiClient client, EndUser user) {
		String link = client
			.post("/api/links/",
					Json.object("institution", user.institution(), "username", user.username(), "password", "secret"))
			.assertStatus(201)
			.json()
			.get("id")
			.asString();
		server.awaitHistory(link);
		Map<String, JsonNode> transactions = new HashMap<>();
		String page = "/api/transactions/?link=" + link + "&page_size=1000";
		while (page != null) {
			JsonNode body = client.get(page).assertStatus(200).json();
			body.get("results").forEach(t -> transactions.put(t.get("id").asString(), t));
			page = body.get("next").isNull() ? null : body.get("next").asString();
		}
		Set<String> accounts = new HashSet<>();
		client.get("/api/accounts/?link=" + link + "&page_size=1000")
			.results()
			.forEach(a -> accounts.add(a.get("id").asString()));
		assertThat(transactions).as("transactions stored by %s's historical load", user).isNotEmpty();
		JsonNode truth = client.unchecked().get("/api/sandbox/truth/?link=" + link).assertStatus(200).json();
		return new Published(link, truth, transactions, accounts);
	}

	static ApiResponse truth(ApiClient client, String query) {
		return client.unchecked().get("/api/sandbox/truth/" + query);
	}

	@OnEachDatabase
	void theTruthNamesOnlyTransactionsAndAccountsTheLinkStored(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		for (EndUser user : END_USERS) {
			Published published = publish(server, client, user);
			JsonNode truth = published.truth();

			assertThat(truth.get("link").asString()).isEqualTo(published.link());
			assertThat(Instant.parse(truth.get("generated_at").asString())).isBeforeOrEqualTo(Instant.now());
			List<String> named = new ArrayList<>();
			for (String list : List.of("incomes", "recurring_expenses")) {
				for (JsonNode stream : truth.get(list)) {
					assertThat(published.accounts()).as("%s account of %s", list, user)
						.contains(stream.get("account").asString());
					stream.get("transactions").forEach(t -> named.add(t.asString()));
				}
			}
			truth.get("internal_transfers").forEach(t -> named.add(t.asString()));
			named.addAll(truth.get("categories").propertyNames());
			assertThat(truth.get("internal_transfers").size()).as("internal transfers of %s", user).isPositive();
			assertThat(published.transactions().keySet()).as("transactions of %s", user).containsAll(named);
		}
	}

	@OnEachDatabase
	void everyStoredTransactionIsCategorizedByPonteAndTheTruthKeepsWhatTheSandboxPlanted(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		for (EndUser user : END_USERS) {
			Published published = publish(server, client, user);
			JsonNode categories = published.truth().get("categories");

			assertThat(categories.propertyNames()).as("categorized transactions of %s", user)
				.containsExactlyInAnyOrderElementsOf(published.transactions().keySet());
			int agreeing = 0;
			for (Map.Entry<String, JsonNode> stored : published.transactions().entrySet()) {
				JsonNode pair = categories.get(stored.getKey());
				assertThat(pair.size()).isEqualTo(2);
				assertThat(stored.getValue().get("category").isString()).as("category of %s", stored.getKey()).isTrue();
				if (pair.get(0).equals(stored.getValue().get("category"))) {
					agreeing++;
				}
			}
			// the categorizer reads only what a bank gives, so a few transfers it cannot tell from income differ
			assertThat(agreeing).as("stored categories of %s agreeing with the truth", user)
				.isGreaterThanOrEqualTo(published.transactions().size() * 9 / 10);
		}
	}

	@OnEachDatabase
	void incomesAreInflowsOnTheirAccountAndRecurringExpensesAreOutflows(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		for (EndUser user : END_USERS) {
			Published published = publish(server, client, user);
			JsonNode truth = published.truth();

			assertThat(truth.get("incomes").size()).as("incomes of %s", user).isPositive();
			assertThat(truth.get("recurring_expenses").size()).as("recurring expenses of %s", user).isPositive();
			for (JsonNode income : truth.get("incomes")) {
				assertWellFormed(income);
				income.get("transactions").forEach(id -> {
					JsonNode transaction = published.transactions().get(id.asString());
					assertThat(transaction.get("type").asString()).isEqualTo("INFLOW");
					assertThat(transaction.get("account").get("id").asString())
						.as("account of %s in %s", id, income.get("name"))
						.isEqualTo(income.get("account").asString());
				});
			}
			for (JsonNode expense : truth.get("recurring_expenses")) {
				assertWellFormed(expense);
				expense.get("transactions")
					.forEach(id -> assertThat(published.transactions().get(id.asString()).get("type").asString())
						.as("type of %s in %s", id, expense.get("name"))
						.isEqualTo("OUTFLOW"));
			}
		}
	}

	private static void assertWellFormed(JsonNode stream) {
		assertThat(stream.get("name").asString()).isNotBlank();
		assertThat(stream.get("type").asString()).isNotBlank();
		assertThat(stream.get("frequency").asString()).isNotBlank();
		assertThat(stream.get("kind").asString()).as("the situation a planted stream stands for").isNotBlank();
		assertThat(stream.get("amount").isNumber()).as("amount of %s", stream).isTrue();
		assertThat(stream.get("amount").decimalValue()).isPositive();
		assertThat(stream.get("transactions").size()).as("a published stream has stored transactions").isPositive();
		LocalDate start = LocalDate.parse(stream.get("start_date").asString());
		if (!stream.get("end_date").isNull()) {
			assertThat(LocalDate.parse(stream.get("end_date").asString())).isAfterOrEqualTo(start);
		}
	}

	@OnEachDatabase
	void productionKeysGetTheNotFoundOfAnUnknownRoute(PonteServer server) {
		ApiClient production = server.newProductionClient();
		String unknownRoute = notFoundMessage(production.unchecked().get("/api/no-such-route/"));

		for (String query : List.of("?link=" + UUID.randomUUID(), "", "?link=not-a-uuid")) {
			assertThat(notFoundMessage(truth(production, query))).as("production %s", query).isEqualTo(unknownRoute);
		}
	}

	private static String notFoundMessage(ApiResponse response) {
		return response.assertError(404, "not_found", null).json().get(0).get("message").asString();
	}

	@OnEachDatabase
	void theLinkParameterIsRequiredAndMustBeAUuid(PonteServer server) {
		ApiClient client = server.newSandboxClient();

		truth(client, "").assertError(400, "required", "link");
		truth(client, "?link=").assertError(400, "required", "link");
		truth(client, "?link=not-a-uuid").assertError(400, "invalid", "link");
	}

	@OnEachDatabase
	void anotherOrganizationsLinkIsNotFound(PonteServer server) {
		ApiClient owner = server.newSandboxClient();
		String link = owner
			.post("/api/links/", Json.object("institution", "erebor_br_retail", "username", "maria_silva", "password",
					"secret", "fetch_resources", List.of()))
			.assertStatus(201)
			.json()
			.get("id")
			.asString();

		truth(server.newSandboxClient(), "?link=" + link).assertError(404, "not_found", null);
		truth(owner, "?link=" + UUID.randomUUID()).assertError(404, "not_found", null);
		truth(owner, "?link=" + link).assertStatus(200);
	}

	@OnEachDatabase
	void aLinkThatKeptNoCredentialsFailsAsItsLoginWould(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = client
			.post("/api/links/", Json.object("institution", "erebor_br_retail", "username", "maria_silva", "password",
					"secret", "access_mode", "single", "credentials_storage", "nostore", "fetch_resources",
					List.of("ACCOUNTS")))
			.assertStatus(201)
			.json()
			.get("id")
			.asString();

		String message = truth(client, "?link=" + link).assertError(400, "invalid_link", null)
			.json().get(0).get("message").asString();
		assertThat(client.unchecked().post("/api/accounts/", Json.object("link", link))
			.assertError(400, "invalid_link", null)
			.json().get(0).get("message").asString()).isEqualTo(message);
	}

}
