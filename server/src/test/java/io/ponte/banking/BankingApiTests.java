package io.ponte.banking;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.testing.ApiClient;
import io.ponte.testing.Json;
import io.ponte.testing.ApiResponse;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

class BankingApiTests {

	static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

	/** A link registered without a historical load, so each test sees only what it retrieves itself. */
	static String link(ApiClient client, String institution, String username, String password) {
		return client.post("/api/links/", Json.object("institution", institution, "username", username, "password", password, "fetch_resources", List.of()))
			.assertStatus(201)
			.json()
			.get("id")
			.asString();
	}

	static ApiResponse retrieveTransactions(ApiClient client, String link, LocalDate from, LocalDate to) {
		return client.post("/api/transactions/", Json.object("link", link, "date_from", from, "date_to", to));
	}

	@OnEachDatabase
	void accountsAreRetrievedStoredAndListedWithoutDuplicates(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = link(client, "erebor_br_retail", "bnk100", "full");

		JsonNode retrieved = client.post("/api/accounts/", Json.object("link", link)).assertStatus(201).json();
		assertThat(retrieved.size()).isGreaterThanOrEqualTo(3);
		retrieved.forEach(account -> {
			assertThat(account.get("link").asString()).isEqualTo(link);
			assertThat(account.get("institution").get("name").asString()).isEqualTo("erebor_br_retail");
		});
		JsonNode again = client.post("/api/accounts/", Json.object("link", link)).assertStatus(201).json();
		assertThat(ids(again)).isEqualTo(ids(retrieved));

		JsonNode page = client.get("/api/accounts/?link=" + link).assertStatus(200).json();
		assertThat(page.get("count").asInt()).isEqualTo(retrieved.size());
		String id = retrieved.get(0).get("id").asString();
		assertThat(client.get("/api/accounts/" + id + "/").assertStatus(200).json().get("id").asString()).isEqualTo(id);
	}

	@OnEachDatabase
	void thirteenMonthsOfTransactionsAreStoredOnceAndFiltered(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = link(client, "erebor_mx_retail", "bnk100", "full");
		LocalDate from = TODAY.minusMonths(13);

		JsonNode retrieved = retrieveTransactions(client, link, from, TODAY).assertStatus(201).json();
		assertThat(retrieved.size()).isGreaterThan(200);
		JsonNode first = retrieved.get(0);
		assertThat(first.get("account").get("id").asString()).matches("[0-9a-f-]{36}");
		assertThat(LocalDate.parse(first.get("value_date").asString())).isBetween(from, TODAY);

		int total = retrieveTransactions(client, link, from, TODAY).assertStatus(201).json().size();
		assertThat(total).isEqualTo(retrieved.size());
		JsonNode page = client.get("/api/transactions/?link=" + link + "&page_size=100").assertStatus(200).json();
		assertThat(page.get("count").asInt()).isEqualTo(total);
		assertThat(page.get("results").size()).isEqualTo(100);
		assertThat(page.get("next").asString()).contains("link=" + link, "page=2");

		JsonNode inflows = client.get("/api/transactions/?link=" + link + "&type=INFLOW&page_size=1000").results();
		assertThat(inflows.size()).isLessThan(total);
		inflows.forEach(t -> assertThat(t.get("type").asString()).isEqualTo("INFLOW"));
		JsonNode large = client.get("/api/transactions/?link=" + link + "&amount__gte=1000&page_size=1000").results();
		assertThat(large.size()).isLessThan(total);
		large.forEach(t -> assertThat(t.get("amount").asDouble()).isGreaterThanOrEqualTo(1000));
		LocalDate since = TODAY.minusMonths(1);
		JsonNode recent = client.get("/api/transactions/?link=" + link + "&value_date__gte=" + since + "&page_size=1000")
			.json();
		assertThat(recent.get("count").asInt()).isBetween(1, total - 1);
		recent.get("results")
			.forEach(t -> assertThat(LocalDate.parse(t.get("value_date").asString())).isAfterOrEqualTo(since));
	}

	@OnEachDatabase
	void retrievedAndStoredTransactionsCarryPontesCategoriesAndMerchants(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = link(client, "erebor_br_retail", "bnk100", "full");

		JsonNode retrieved = retrieveTransactions(client, link, TODAY.minusMonths(3), TODAY).assertStatus(201).json();
		assertThat(retrieved.size()).isGreaterThan(50);
		retrieved.forEach(t -> assertThat(t.get("category").asString()).as(t.get("description").asString())
			.isNotBlank());
		assertThat(retrieved).anySatisfy(t -> {
			assertThat(t.get("category").asString()).isEqualTo("Food & Groceries");
			assertThat(t.at("/merchant/merchant_name").asString()).isNotBlank();
			assertThat(t.at("/merchant/logo").asString()).endsWith("/favicon.ico");
		});
		assertThat(retrieved).anySatisfy(t -> {
			assertThat(t.get("description").asString()).startsWith("PIX ENVIADO");
			assertThat(t.get("category").asString()).isEqualTo("Transfers");
			assertThat(t.get("merchant").isNull()).isTrue();
		});
		JsonNode stored = client.get("/api/transactions/?link=" + link + "&page_size=1000").results();
		assertThat(stored.size()).isEqualTo(retrieved.size());
		stored.forEach(t -> assertThat(t.get("category").asString()).isNotBlank());
	}

	@OnEachDatabase
	void transactionRetrievalValidatesItsWindow(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = link(client, "erebor_mx_retail", "bnk100", "full");

		retrieveTransactions(client, link, TODAY, TODAY.minusDays(3)).assertError(400, "invalid", "date_to");
		retrieveTransactions(client, link, TODAY.minusYears(5), TODAY).assertError(400, "invalid", "date_from");
		client.post("/api/transactions/", Json.object("link", link, "date_to", TODAY))
			.assertError(400, "required", "date_from");
		client.post("/api/transactions/", Json.object("link", link, "date_from", "01/02/2024", "date_to", TODAY))
			.assertError(400, "invalid", "date_from");
		client.post("/api/transactions/", Json.object("link", link, "date_from", TODAY.minusDays(9), "date_to", TODAY,
				"account", java.util.UUID.randomUUID()))
			.assertError(400, "does_not_exist", "account");
		client.unchecked().get("/api/transactions/").assertError(400, "required", "link");
		assertThat(client.get("/api/transactions/?link=" + link).json().get("count").asInt()).isZero();
	}

	@OnEachDatabase
	void saveDataFalseShowsWithoutKeeping(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = link(client, "gringotts_mx_retail", "bnk100", "full");

		JsonNode shown = client.post("/api/owners/", Json.object("link", link, "save_data", false))
			.assertStatus(200)
			.json();
		assertThat(shown.size()).isEqualTo(1);
		assertThat(client.get("/api/owners/?link=" + link).json().get("count").asInt()).isZero();

		client.post("/api/owners/", Json.object("link", link)).assertStatus(201);
		assertThat(client.get("/api/owners/?link=" + link).json().get("count").asInt()).isEqualTo(1);
	}

	@OnEachDatabase
	void retrievalWithMfaResumesOnTheSameCollection(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		ApiResponse challenge = client.post("/api/links/", """
				{"institution": "heimdall_br_retail", "username": "mfa_numeric", "password": "numeric_code"}""");
		JsonNode pending = challenge.json().get(0);
		String link = client.send("PATCH", "/api/links/", Json.object("session", pending.get("session").asString(), "link", pending.get("link").asString(), "token", "111111"), Map.of()).assertStatus(200).json().get("id").asString();

		ApiResponse asked = client.post("/api/accounts/", Json.object("link", link));
		asked.assertError(428, "token_required", null);
		JsonNode accounts = client.send("PATCH", "/api/accounts/", Json.object("session", asked.json().get(0).get("session")
			.asString(), "link", link, "token", "111111"), Map.of()).assertStatus(201).json();
		assertThat(accounts.size()).isPositive();
		assertThat(client.get("/api/accounts/?link=" + link).json().get("count").asInt()).isEqualTo(accounts.size());
	}

	@OnEachDatabase
	void anotherOrganizationsLinkOrAccountIsNotFound(PonteServer server) {
		ApiClient owner = server.newSandboxClient();
		ApiClient stranger = server.newSandboxClient();
		String link = link(owner, "erebor_br_retail", "bnk100", "full");
		String account = owner.post("/api/accounts/", Json.object("link", link)).json().get(0).get("id").asString();

		// the spec lists no 404 for retrievals; another organization's link is simply not found, as anywhere else
		stranger.unchecked().post("/api/accounts/", Json.object("link", link)).assertError(404, "not_found", null);
		stranger.get("/api/accounts/" + account + "/").assertError(404, "not_found", null);
		stranger.send("DELETE", "/api/accounts/" + account + "/", null, Map.of()).assertError(404, "not_found", null);
		assertThat(stranger.get("/api/accounts/?link=" + link).json().get("count").asInt()).isZero();
		owner.get("/api/accounts/" + account + "/").assertStatus(200);
	}

	@OnEachDatabase
	void anOverdrawnUserHasANegativeAccountBalanceAndNothingAvailable(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = link(client, "erebor_br_retail", "bnk103", "negative");

		JsonNode accounts = client.post("/api/accounts/", Json.object("link", link)).assertStatus(201).json();
		JsonNode checking = null;
		for (JsonNode account : accounts) {
			if ("CHECKING_ACCOUNT".equals(account.get("category").asString())) {
				checking = account;
			}
		}
		assertThat(checking).isNotNull();
		assertThat(checking.get("balance").get("current").asDouble()).isNegative();
		JsonNode balances = client.post("/api/br/balances/", Json.object("link", link)).assertStatus(201).json();
		balances.forEach(balance -> assertThat(balance.get("available").asDouble()).isGreaterThanOrEqualTo(0));
	}

	@OnEachDatabase
	void aLinkWithNoDataRetrievesNothing(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = link(client, "erebor_mx_retail", "bnk101", "nodata");
		assertThat(client.post("/api/accounts/", Json.object("link", link)).assertStatus(201).json().size())
			.isZero();
		assertThat(retrieveTransactions(client, link, TODAY.minusDays(30), TODAY).assertStatus(201).json().size())
			.isZero();
	}

	@OnEachDatabase
	void deletingTheLinkDeletesItsData(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = link(client, "erebor_mx_retail", "bnk100", "full");
		retrieveTransactions(client, link, TODAY.minusMonths(2), TODAY).assertStatus(201);
		client.post("/api/owners/", Json.object("link", link)).assertStatus(201);

		client.send("DELETE", "/api/links/" + link + "/", null, Map.of()).assertStatus(204);

		assertThat(client.get("/api/transactions/?link=" + link).json().get("count").asInt()).isZero();
		assertThat(client.get("/api/accounts/?link=" + link).json().get("count").asInt()).isZero();
		assertThat(client.get("/api/owners/?link=" + link).json().get("count").asInt()).isZero();
	}

	@OnEachDatabase
	void anInvalidLinkCannotRetrieve(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = link(client, "erebor_mx_retail", "bnk100", "full");
		client.send("PUT", "/api/links/" + link + "/", "{\"password\": \"pass_invalid\"}", Map.of())
			.assertError(400, "login_error", null);
		client.post("/api/accounts/", Json.object("link", link)).assertError(400, "invalid_link", null);
		client.post("/api/accounts/", "{\"link\": \"nope\"}").assertError(400, "invalid", "link");
	}

	@OnEachDatabase
	void registrationLoadsTheLastYearOfEveryFetchResource(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = client.post("/api/links/", """
				{"institution": "erebor_br_retail", "username": "ana_paula", "password": "segredo1",
				 "fetch_resources": ["ACCOUNTS", "TRANSACTIONS", "OWNERS"]}""").assertStatus(201).json().get("id").asString();
		// registration answers once the login succeeded; the history follows in the background
		server.awaitHistory(link);

		assertThat(client.get("/api/accounts/?link=" + link).json().get("count").asInt()).isPositive();
		assertThat(client.get("/api/owners/?link=" + link).json().get("count").asInt()).isEqualTo(1);
		JsonNode oldest = client.get("/api/transactions/?link=" + link + "&page_size=1&value_date__lt=" + TODAY.minusDays(364))
			.json();
		assertThat(oldest.get("count").asInt()).isZero();
		assertThat(client.get("/api/transactions/?link=" + link + "&page_size=1").json().get("count").asInt())
			.isGreaterThan(300);
		assertThat(client.get("/api/bills/?link=" + link).json().get("count").asInt()).isZero();
	}

	@OnEachDatabase
	void refreshLoadsAgainAtMostEverySevenMinutes(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = link(client, "erebor_mx_retail", "bnk100", "full");

		JsonNode accepted = client.post("/api/links/" + link + "/refresh/", "{\"fetch_resources\": [\"OWNERS\"]}")
			.assertStatus(202)
			.json();
		assertThat(accepted.get("request_id").asString()).isNotBlank();
		server.awaitHistory(link);
		assertThat(client.get("/api/owners/?link=" + link).json().get("count").asInt()).isEqualTo(1);
		client.post("/api/links/" + link + "/refresh/", "{}").assertError(409, "link_refreshed", null);

		client.post("/api/links/" + link + "/refresh/", "{\"fetch_resources\": [\"INVOICES\"]}")
			.assertError(400, "invalid", "fetch_resources");
		server.newSandboxClient().post("/api/links/" + link + "/refresh/", "{}").assertError(404, "not_found", null);
	}

	@OnEachDatabase
	void aLinkWithoutStoredCredentialsCannotBeRefreshed(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = client.post("/api/links/", """
				{"institution": "erebor_mx_retail", "username": "bnk100", "password": "full", "access_mode": "single",
				 "credentials_storage": "nostore", "fetch_resources": ["OWNERS"]}""").assertStatus(201).json().get("id")
			.asString();
		// loaded in the background with the registration's session: the credentials were never stored
		server.awaitHistory(link);
		assertThat(client.get("/api/owners/?link=" + link).json().get("count").asInt()).isEqualTo(1);

		client.post("/api/links/" + link + "/refresh/", "{}").assertError(400, "invalid_link", null);
		client.post("/api/links/" + link + "/refresh/", "{}").assertError(400, "invalid_link", null);
	}

	private static Set<String> ids(JsonNode items) {
		Set<String> ids = new HashSet<>();
		items.forEach(i -> ids.add(i.get("id").asString()));
		return ids;
	}

}
