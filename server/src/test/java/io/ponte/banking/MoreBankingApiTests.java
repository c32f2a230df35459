package io.ponte.banking;

import static io.ponte.banking.BankingApiTests.TODAY;
import static io.ponte.banking.BankingApiTests.link;
import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.testing.ApiClient;
import io.ponte.testing.Json;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

class MoreBankingApiTests {

	@OnEachDatabase
	void balancesAreRetrievedOnceAndAgreeWithTheirAccounts(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = link(client, "erebor_br_retail", "bnk100", "full");

		JsonNode balances = retrieve(client, "/api/br/balances/", link).assertStatus(201).json();
		assertThat(balances.size()).isGreaterThanOrEqualTo(2);
		Map<String, JsonNode> accounts = byId(client.get("/api/accounts/?link=" + link).json().get("results"));
		balances.forEach(balance -> {
			assertThat(balance.get("link").asString()).isEqualTo(link);
			JsonNode account = accounts.get(balance.get("account_id").asString());
			assertThat(account).as("account of %s", balance).isNotNull();
			assertThat(balance.get("account_internal_identification").asString())
				.isEqualTo(account.get("internal_identification").asString());
			assertThat(balance.get("available").decimalValue())
				.isEqualByComparingTo(account.get("balance").get("available").decimalValue());
			assertThat(balance.get("currency").asString()).isEqualTo(account.get("currency").asString());
		});

		JsonNode again = retrieve(client, "/api/br/balances/", link).assertStatus(201).json();
		assertThat(ids(again)).isEqualTo(ids(balances));
		assertThat(client.get("/api/br/balances/?link=" + link).json().get("count").asInt())
			.isEqualTo(balances.size());
	}

	@OnEachDatabase
	void balancesNarrowToOneAccountOnRetrievalAndInTheList(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = link(client, "erebor_br_retail", "bnk100", "full");
		JsonNode all = retrieve(client, "/api/br/balances/", link).assertStatus(201).json();
		String account = all.get(0).get("account_id").asString();

		JsonNode one = client.post("/api/br/balances/", Json.object("link", link, "account_id", account)).assertStatus(201).json();
		assertThat(one.size()).isEqualTo(1);
		assertThat(one.get(0).get("account_id").asString()).isEqualTo(account);
		assertThat(one.get(0).get("id").asString()).isEqualTo(all.get(0).get("id").asString());

		JsonNode page = client.get("/api/br/balances/?link=" + link + "&account=" + account).json();
		assertThat(page.get("count").asInt()).isEqualTo(1);
		assertThat(page.get("results").get(0).get("account_id").asString()).isEqualTo(account);
		assertThat(client.get("/api/br/balances/?link=" + link + "&account__in=" + account + ","
				+ all.get(1).get("account_id").asString()).json().get("count").asInt()).isEqualTo(2);

		client.post("/api/br/balances/", Json.object("link", link, "account_id", UUID.randomUUID()))
			.assertError(400, "does_not_exist", "account_id");
	}

	@OnEachDatabase
	void balancesHaveDetailButNeitherDeleteNorResume(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		ApiClient stranger = server.newSandboxClient();
		String link = link(client, "erebor_br_retail", "bnk100", "full");
		String id = retrieve(client, "/api/br/balances/", link).json().get(0).get("id").asString();

		assertThat(client.get("/api/br/balances/" + id + "/").assertStatus(200).json().get("id").asString())
			.isEqualTo(id);
		stranger.get("/api/br/balances/" + id + "/").assertError(404, "not_found", null);
		// another organization's link is not found; the spec lists no 404 for retrievals, so unchecked
		stranger.unchecked().post("/api/br/balances/", Json.object("link", link)).assertError(404, "not_found", null);
		client.unchecked().get("/api/br/balances/").assertError(400, "required", "link");
		client.unchecked()
			.send("DELETE", "/api/br/balances/" + id + "/", null, Map.of())
			.assertError(405, "method_not_allowed", null);
		client.unchecked()
			.send("PATCH", "/api/br/balances/", Json.object("link", link, "session", "x"), Map.of())
			.assertError(405, "method_not_allowed", null);
		client.get("/api/br/balances/" + id + "/").assertStatus(200);
	}

	@OnEachDatabase
	void billsAreRetrievedOnceWithTheirCardAndTotalWhatWasSpentInTheirCycle(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = link(client, "erebor_br_retail", "bnk100", "full");

		JsonNode bills = retrieve(client, "/api/bills/", link).assertStatus(201).json();
		assertThat(bills.size()).isGreaterThanOrEqualTo(6);
		bills.forEach(bill -> {
			assertThat(bill.get("account").get("category").asString()).isEqualTo("CREDIT_CARD");
			assertThat(bill.get("account").get("link").asString()).isEqualTo(link);
		});
		assertThat(ids(retrieve(client, "/api/bills/", link).assertStatus(201).json())).isEqualTo(ids(bills));
		assertThat(client.get("/api/bills/?link=" + link).json().get("count").asInt()).isEqualTo(bills.size());

		// a bill is the card's balance at closing: the previous bill, plus what was charged in the cycle, less
		// what was paid in it (the newest two cycles lie wholly inside thirteen months of transactions)
		JsonNode newest = bills.get(0);
		for (JsonNode bill : bills) {
			assertThat(bill.get("due_date").asString()).isLessThanOrEqualTo(newest.get("due_date").asString());
		}
		JsonNode previous = bills.get(1);
		JsonNode transactions = BankingApiTests.retrieveTransactions(client, link, TODAY.minusMonths(13), TODAY)
			.assertStatus(201)
			.json();
		BigDecimal balance = previous.get("total_amount").decimalValue();
		int charges = 0;
		for (JsonNode t : transactions) {
			JsonNode card = t.path("credit_card_data");
			if (card.isObject() && newest.get("internal_identification").asString()
				.equals(card.path("bill_internal_identification").asString(null))) {
				boolean charge = "OUTFLOW".equals(t.get("type").asString());
				balance = charge ? balance.add(t.get("amount").decimalValue()) : balance.subtract(t.get("amount").decimalValue());
				charges += charge ? 1 : 0;
			}
		}
		assertThat(charges).isPositive();
		assertThat(newest.get("total_amount").decimalValue()).isEqualByComparingTo(balance);
	}

	@OnEachDatabase
	void billsAreFilteredByDueDateAndAccountAndDeletedOneByOne(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		ApiClient stranger = server.newSandboxClient();
		String link = link(client, "erebor_br_retail", "bnk100", "full");
		JsonNode bills = retrieve(client, "/api/bills/", link).assertStatus(201).json();
		String newestDue = bills.get(0).get("due_date").asString();
		String card = bills.get(0).get("account").get("id").asString();

		JsonNode due = client.get("/api/bills/?link=" + link + "&due_date__gte=" + newestDue).json();
		assertThat(due.get("count").asInt()).isEqualTo(1);
		assertThat(due.get("results").get(0).get("due_date").asString()).isEqualTo(newestDue);
		assertThat(client.get("/api/bills/?link=" + link + "&due_date__lt=" + newestDue).json().get("count").asInt())
			.isEqualTo(bills.size() - 1);
		assertThat(client.get("/api/bills/?link=" + link + "&account=" + card).json().get("count").asInt())
			.isEqualTo(bills.size());
		assertThat(client.get("/api/bills/?link=" + link + "&account__in=" + UUID.randomUUID()).json().get("count")
			.asInt()).isZero();
		assertThat(client.get("/api/bills/?link=" + link + "&collected_at__gt=" + TODAY.plusDays(1)).json()
			.get("count").asInt()).isZero();
		client.unchecked().get("/api/bills/?due_date=" + newestDue).assertError(400, "required", "link");

		String id = bills.get(0).get("id").asString();
		assertThat(client.get("/api/bills/" + id + "/").assertStatus(200).json().get("due_date").asString())
			.isEqualTo(newestDue);
		stranger.get("/api/bills/" + id + "/").assertError(404, "not_found", null);
		stranger.send("DELETE", "/api/bills/" + id + "/", null, Map.of()).assertError(404, "not_found", null);
		client.send("DELETE", "/api/bills/" + id + "/", null, Map.of()).assertStatus(204);
		client.get("/api/bills/" + id + "/").assertError(404, "not_found", null);
		assertThat(client.get("/api/bills/?link=" + link).json().get("count").asInt()).isEqualTo(bills.size() - 1);
		client.unchecked()
			.send("PATCH", "/api/bills/", Json.object("link", link, "session", "x"), Map.of())
			.assertError(405, "method_not_allowed", null);
	}

	@OnEachDatabase
	void investmentsAreRetrievedOnceFilteredByTypeAndDeleted(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		ApiClient stranger = server.newSandboxClient();
		String link = link(client, "erebor_br_retail", "bnk100", "full");

		// a CDB bought every six months and held to its maturity, and one fund topped up over time
		JsonNode investments = retrieve(client, "/api/br/investments/", link).assertStatus(201).json();
		assertThat(investments.size()).isGreaterThanOrEqualTo(3);
		int total = investments.size();
		assertThat(ids(retrieve(client, "/api/br/investments/", link).assertStatus(201).json()))
			.isEqualTo(ids(investments));
		assertThat(client.get("/api/br/investments/?link=" + link).json().get("count").asInt()).isEqualTo(total);

		JsonNode fixed = client.get("/api/br/investments/?link=" + link + "&type=FIXED_INCOME_BANKING").json();
		assertThat(fixed.get("count").asInt()).isEqualTo(total - 1);
		fixed.get("results").forEach(i -> assertThat(i.get("type").asString()).isEqualTo("FIXED_INCOME_BANKING"));
		assertThat(client.get("/api/br/investments/?link=" + link + "&type=INVESTMENT_FUND").json().get("count")
			.asInt()).isEqualTo(1);
		assertThat(client.get("/api/br/investments/?link=" + link + "&type__in=FIXED_INCOME_BANKING,INVESTMENT_FUND")
			.json().get("count").asInt()).isEqualTo(total);
		client.unchecked().get("/api/br/investments/").assertError(400, "required", "link");

		String id = fixed.get("results").get(0).get("id").asString();
		assertThat(client.get("/api/br/investments/" + id + "/").assertStatus(200).json().get("id").asString())
			.isEqualTo(id);
		stranger.get("/api/br/investments/" + id + "/").assertError(404, "not_found", null);
		client.send("DELETE", "/api/br/investments/" + id + "/", null, Map.of()).assertStatus(204);
		client.get("/api/br/investments/" + id + "/").assertError(404, "not_found", null);
		assertThat(client.get("/api/br/investments/?link=" + link).json().get("count").asInt()).isEqualTo(total - 1);
	}

	@OnEachDatabase
	void investmentTransactionsCarryTheirInvestmentAndGoWithIt(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		ApiClient stranger = server.newSandboxClient();
		String link = link(client, "erebor_br_retail", "bnk100", "full");
		String window = Json.object("link", link, "date_from", TODAY.minusDays(700), "date_to", TODAY);

		JsonNode transactions = client.post("/api/br/investment-transactions/", window).assertStatus(201).json();
		assertThat(transactions.size()).isGreaterThan(3);
		Map<String, JsonNode> investments = byId(client.get("/api/br/investments/?link=" + link).json().get("results"));
		assertThat(investments).hasSizeGreaterThanOrEqualTo(2);
		transactions.forEach(t -> {
			assertThat(t.get("link").asString()).isEqualTo(link);
			assertThat(investments).containsKey(t.get("investment").get("id").asString());
			assertThat(LocalDate.parse(t.get("value_date").asString())).isBetween(TODAY.minusDays(700), TODAY);
		});
		assertThat(ids(client.post("/api/br/investment-transactions/", window).assertStatus(201).json()))
			.isEqualTo(ids(transactions));
		// without dates: the last year only
		JsonNode lastYear = retrieve(client, "/api/br/investment-transactions/", link).assertStatus(201).json();
		assertThat(lastYear.size()).isBetween(1, transactions.size() - 1);
		lastYear.forEach(t -> assertThat(LocalDate.parse(t.get("value_date").asString()))
			.isAfterOrEqualTo(TODAY.minusDays(364)));
		assertThat(client.get("/api/br/investment-transactions/?link=" + link).json().get("count").asInt())
			.isEqualTo(transactions.size());

		assertThat(client.get("/api/br/investment-transactions/?link=" + link + "&type=INFLOW&page_size=1000").json()
			.get("count").asInt()).isEqualTo(transactions.size());
		assertThat(client.get("/api/br/investment-transactions/?link=" + link + "&type__in=OUTFLOW").json()
			.get("count").asInt()).isZero();
		client.unchecked().get("/api/br/investment-transactions/?type=INFLOW").assertError(400, "required", "link");

		String id = transactions.get(0).get("id").asString();
		client.get("/api/br/investment-transactions/" + id + "/").assertStatus(200);
		stranger.get("/api/br/investment-transactions/" + id + "/").assertError(404, "not_found", null);
		client.send("DELETE", "/api/br/investment-transactions/" + id + "/", null, Map.of()).assertStatus(204);
		assertThat(client.get("/api/br/investment-transactions/?link=" + link).json().get("count").asInt())
			.isEqualTo(transactions.size() - 1);

		// an investment's transactions go with it
		String investment = transactions.get(1).get("investment").get("id").asString();
		long others = count(transactions, t -> !t.get("investment").get("id").asString().equals(investment)
				&& !t.get("id").asString().equals(id));
		client.send("DELETE", "/api/br/investments/" + investment + "/", null, Map.of()).assertStatus(204);
		assertThat(client.get("/api/br/investment-transactions/?link=" + link).json().get("count").asLong())
			.isEqualTo(others);
	}

	@OnEachDatabase
	void exchangesAreRetrievedOnceAndServeTheirHistoryApart(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = link(client, "erebor_br_retail", "bnk100", "full");
		String window = Json.object("link", link, "date_from", TODAY.minusDays(730), "date_to", TODAY);

		JsonNode exchanges = client.post("/api/br/exchanges/", window).assertStatus(201).json();
		assertThat(exchanges.size()).isPositive();
		exchanges.forEach(e -> {
			assertThat(e.get("link").asString()).isEqualTo(link);
			assertThat(e.has("history")).isFalse();
			assertThat(e.has("internal_identification")).isFalse();
		});
		assertThat(ids(client.post("/api/br/exchanges/", window).assertStatus(201).json())).isEqualTo(ids(exchanges));
		assertThat(client.get("/api/br/exchanges/?link=" + link).json().get("count").asInt())
			.isEqualTo(exchanges.size());

		JsonNode exchange = exchanges.get(exchanges.size() - 1);
		String id = exchange.get("id").asString();
		// requested, then settled once its due date has come
		int events = LocalDate.parse(exchange.get("operation_due_date").asString()).isAfter(TODAY) ? 1 : 2;
		JsonNode history = client.get("/api/br/exchanges/" + id + "/history/").assertStatus(200).json();
		assertThat(history.get("count").asInt()).isEqualTo(events);
		List<String> eventIds = new ArrayList<>();
		history.get("results").forEach(event -> {
			assertThat(event.get("exchange_id").asString()).isEqualTo(id);
			assertThat(event.get("link").asString()).isEqualTo(link);
			assertThat(event.get("operation_identifier").asString())
				.isEqualTo(exchange.get("operation_identifier").asString());
			eventIds.add(event.get("id").asString());
		});
		assertThat(history.get("results").get(0).get("event_type").asInt()).isEqualTo(1);
		assertThat(new HashSet<>(eventIds)).hasSize(events);

		client.post("/api/br/exchanges/", window).assertStatus(201);
		List<String> again = new ArrayList<>();
		client.get("/api/br/exchanges/" + id + "/history/").json().get("results")
			.forEach(event -> again.add(event.get("id").asString()));
		assertThat(again).isEqualTo(eventIds);
		JsonNode paged = client.get("/api/br/exchanges/" + id + "/history/?page_size=1").assertStatus(200).json();
		assertThat(paged.get("results").size()).isEqualTo(1);
		assertThat(paged.get("results").get(0).get("id").asString()).isEqualTo(eventIds.get(0));
		assertThat(paged.get("next").isNull()).isEqualTo(events == 1);
	}

	@OnEachDatabase
	void exchangesAreFilteredAndAnotherOrganizationsExchangeIsNotFound(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		ApiClient stranger = server.newSandboxClient();
		String link = link(client, "erebor_br_retail", "bnk100", "full");
		JsonNode exchanges = client.post("/api/br/exchanges/", Json.object("link", link, "date_from", TODAY.minusDays(730))).assertStatus(201).json();
		String id = exchanges.get(0).get("id").asString();

		JsonNode one = client.get("/api/br/exchanges/?link=" + link + "&id=" + id).json();
		assertThat(one.get("count").asInt()).isEqualTo(1);
		assertThat(one.get("results").get(0).get("id").asString()).isEqualTo(id);
		assertThat(client.get("/api/br/exchanges/?link=" + link + "&created_at__gt=" + TODAY.plusDays(1)).json()
			.get("count").asInt()).isZero();
		client.unchecked().get("/api/br/exchanges/").assertError(400, "required", "link");
		client.post("/api/br/exchanges/", Json.object("link", link, "date_to", TODAY.plusDays(2)))
			.assertError(400, "invalid", "date_to");

		client.get("/api/br/exchanges/" + id + "/").assertStatus(200);
		stranger.get("/api/br/exchanges/" + id + "/").assertError(404, "not_found", null);
		stranger.get("/api/br/exchanges/" + id + "/history/").assertError(404, "not_found", null);
		client.unchecked().get("/api/br/exchanges/not-a-uuid/history/").assertError(404, "not_found", null);
		stranger.send("DELETE", "/api/br/exchanges/" + id + "/", null, Map.of()).assertError(404, "not_found", null);

		client.send("DELETE", "/api/br/exchanges/" + id + "/", null, Map.of()).assertStatus(204);
		client.get("/api/br/exchanges/" + id + "/").assertError(404, "not_found", null);
		client.get("/api/br/exchanges/" + id + "/history/").assertError(404, "not_found", null);
		assertThat(client.get("/api/br/exchanges/?link=" + link).json().get("count").asInt())
			.isEqualTo(exchanges.size() - 1);
	}

	@OnEachDatabase
	void anInstitutionWithoutInvestmentsAnswersUnsupportedOperation(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = link(client, "erebor_mx_retail", "bnk100", "full");

		retrieve(client, "/api/br/investments/", link).assertError(400, "unsupported_operation", null);
		retrieve(client, "/api/br/investment-transactions/", link).assertError(400, "unsupported_operation", null);
		assertThat(client.get("/api/br/investments/?link=" + link).json().get("count").asInt()).isZero();
	}

	@OnEachDatabase
	void deletingTheLinkDeletesEveryResourceOfIt(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = link(client, "erebor_br_retail", "bnk100", "full");
		List<String> collections = List.of("/api/br/balances/", "/api/bills/", "/api/br/investments/",
				"/api/br/investment-transactions/", "/api/br/exchanges/");
		for (String collection : collections) {
			String body = collection.contains("exchanges") || collection.contains("transactions")
					? Json.object("link", link, "date_from", TODAY.minusDays(730))
					: Json.object("link", link);
			assertThat(client.post(collection, body).assertStatus(201).json().size()).as(collection).isPositive();
		}

		client.send("DELETE", "/api/links/" + link + "/", null, Map.of()).assertStatus(204);

		for (String collection : collections) {
			assertThat(client.get(collection + "?link=" + link).json().get("count").asInt()).as(collection).isZero();
		}
	}

	private static io.ponte.testing.ApiResponse retrieve(ApiClient client, String collection, String link) {
		return client.post(collection, Json.object("link", link));
	}

	private static Map<String, JsonNode> byId(JsonNode items) {
		Map<String, JsonNode> byId = new HashMap<>();
		items.forEach(i -> byId.put(i.get("id").asString(), i));
		return byId;
	}

	private static Set<String> ids(JsonNode items) {
		Set<String> ids = new HashSet<>();
		items.forEach(i -> ids.add(i.get("id").asString()));
		return ids;
	}

	private static long count(JsonNode items, java.util.function.Predicate<JsonNode> test) {
		long count = 0;
		for (JsonNode item : items) {
			if (test.test(item)) {
				count++;
			}
		}
		return count;
	}

}
