package io.ponte.resources;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.api.Filter;
import io.ponte.api.ValueType;
import io.ponte.connectors.ResourceKind;
import io.ponte.testing.ApiClient;
import io.ponte.testing.Json;
import io.ponte.testing.Database;
import io.ponte.testing.PonteServer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A resource computed from stored data plugs into the same engine as fetched ones, with no institution call:
 * declared here, for a server of its own (with the test's table), as enrichment resources will be declared.
 */
class DerivedResourceTests {

	private static PonteServer server;

	@BeforeAll
	static void start() {
		server = PonteServer.start(Database.embedded(),
				Map.of("spring.flyway.locations", "classpath:db/migration,classpath:db/derived-test"),
				MonthlyOutflows.class);
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	/** What each account spent each month of the retrieval's window, from its stored transactions. */
	@Configuration(proxyBeanMethods = false)
	static class MonthlyOutflows {

		@Bean
		static StoredResource monthlyOutflows() {
			return StoredResource.inTable("test_monthly_outflows")
				.at("/api/test-monthly-outflows/")
				.derived(ResourceKind.RECURRING_EXPENSES, (stored, request) -> {
					Map<String, ObjectNode> months = new TreeMap<>();
					for (ObjectNode transaction : stored.of("transactions")) {
						LocalDate day = LocalDate.parse(transaction.path("value_date").asString());
						if (!"OUTFLOW".equals(transaction.path("type").asString()) || day.isBefore(request.from())
								|| day.isAfter(request.to())) {
							continue;
						}
						String account = transaction.path("account").asString();
						String month = transaction.path("value_date").asString().substring(0, 7);
						ObjectNode total = months.computeIfAbsent(account + "/" + month,
								key -> JsonNodeFactory.instance.objectNode()
									.put("internal_identification", key)
									.put("account", account)
									.put("month", month)
									.put("total", BigDecimal.ZERO));
						total.put("total", total.path("total").decimalValue().add(transaction.path("amount").decimalValue()));
					}
					return List.copyOf(months.values());
				})
				.retrievedOptionallyBetweenDates()
				.replacedWhenRecomputed()
				.belongsTo("accounts", "account")
				.orderedBy("month desc, id")
				.listedPerLink()
				.filteredBy(StoredFilters.LINK, StoredFilters.ID)
				.filteredByDocument(Filter.exact("month", ValueType.TEXT))
				.renderedWith(Rendering.ServerField.ID, Rendering.ServerField.LINK, Rendering.ServerField.COLLECTED_AT,
						Rendering.ServerField.CREATED_AT)
				.renderedWithout("internal_identification")
				.referencedById()
				.build();
		}

	}

	@Test
	void itIsComputedFromWhatTheLinkStoresWithoutLoggingInAgain() {
		ApiClient client = server.newSandboxClient().unchecked();
		// credentials are not kept: any retrieval that needs the institution now fails
		String link = client.post("/api/links/", Json.object("institution", "erebor_mx_retail",
				"username", "bnk100", "password", "full", "access_mode", "single", "credentials_storage", "nostore",
				"fetch_resources", List.of("ACCOUNTS", "TRANSACTIONS")))
			.assertStatus(201)
			.json()
			.get("id")
			.asString();
		server.awaitHistory(link);
		String body = Json.object("link", link);
		assertThat(client.post("/api/transactions/", Json.object("link", link, "date_from",
				LocalDate.now(ZoneOffset.UTC).minusDays(30).toString(), "date_to", LocalDate.now(ZoneOffset.UTC).toString()))
			.status()).isEqualTo(400);

		JsonNode outflows = client.post("/api/test-monthly-outflows/", body).assertStatus(201).json();

		Map<String, BigDecimal> expected = new TreeMap<>();
		JsonNode transactions = client.get("/api/transactions/?link=" + link + "&type=OUTFLOW&page_size=1000")
			.assertStatus(200)
			.json()
			.get("results");
		assertThat(transactions.size()).as("the historical load stored outflows").isPositive();
		transactions.forEach(t -> expected.merge(
				t.get("account").get("id").asString() + "/" + t.get("value_date").asString().substring(0, 7),
				t.get("amount").decimalValue(), BigDecimal::add));
		expected.replaceAll((key, total) -> total.stripTrailingZeros());
		Map<String, BigDecimal> actual = new TreeMap<>();
		outflows.forEach(o -> actual.put(o.get("account").asString() + "/" + o.get("month").asString(),
				o.get("total").decimalValue().stripTrailingZeros()));
		assertThat(actual).isEqualTo(expected);
		assertThat(client.get("/api/test-monthly-outflows/?link=" + link).json().get("count").asInt())
			.isEqualTo(expected.size());
		assertThat(client.post("/api/test-monthly-outflows/", body).assertStatus(201).json().size())
			.as("computed again, stored once")
			.isEqualTo(expected.size());
		assertThat(client.get("/api/test-monthly-outflows/?link=" + link).json().get("count").asInt())
			.isEqualTo(expected.size());
	}


	@Test
	void computedAgainItReplacesWhatTheLinkHeldKeepingTheItemsItFindsAgain() {
		ApiClient client = server.newSandboxClient();
		String link = client.post("/api/links/", Json.object("institution", "erebor_mx_retail", "username", "bnk100",
				"password", "full", "fetch_resources", List.of("ACCOUNTS", "TRANSACTIONS")))
			.assertStatus(201)
			.json()
			.get("id")
			.asString();
		server.awaitHistory(link);
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		Map<String, String> year = new TreeMap<>();
		client.post("/api/test-monthly-outflows/", Json.object("link", link))
			.assertStatus(201)
			.json()
			.forEach(o -> year.put(o.get("month").asString() + "/" + o.get("account").asString(), o.get("id").asString()));

		JsonNode month = client.post("/api/test-monthly-outflows/", Json.object("link", link, "date_from",
				today.withDayOfMonth(1).toString(), "date_to", today.toString())).assertStatus(201).json();

		Map<String, String> kept = new TreeMap<>();
		month.forEach(o -> kept.put(o.get("month").asString() + "/" + o.get("account").asString(), o.get("id").asString()));
		assertThat(year.size()).as("months of a year of outflows").isGreaterThan(kept.size());
		assertThat(year).as("the items found again keep their ids").containsAllEntriesOf(kept);
		JsonNode listed = client.get("/api/test-monthly-outflows/?link=" + link + "&page_size=1000").json();
		Map<String, String> stored = new TreeMap<>();
		listed.get("results").forEach(o -> stored.put(o.get("month").asString() + "/" + o.get("account").asString(),
				o.get("id").asString()));
		assertThat(stored).as("the months outside the new window are gone").isEqualTo(kept);
	}

}
