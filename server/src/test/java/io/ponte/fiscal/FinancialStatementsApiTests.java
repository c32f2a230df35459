package io.ponte.fiscal;

import static io.ponte.fiscal.MexicoFiscalApiTests.TODAY;
import static io.ponte.fiscal.MexicoFiscalApiTests.link;
import static io.ponte.fiscal.TaxRetentionsApiTests.FREELANCER;
import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.testing.ApiClient;
import io.ponte.testing.Json;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;

/**
 * Mexico's yearly financial statements through the Belvo API: a freelancer's, checked against the invoices they
 * issued and received and the returns they filed; nobody else has any.
 */
public class FinancialStatementsApiTests {

	private static final List<String> PAIRS = List.of("gross_profit", "gross_loss", "operating_income",
			"operating_loss", "income_before_taxes", "loss_before_taxes", "income_from_continuing_operations",
			"loss_from_continuing_operations", "net_income", "net_loss");

	static JsonNode statements(ApiClient client, String link) {
		return client.post("/api/financial-statements/", Json.object("link", link)).assertStatus(201).json();
	}

	@OnEachDatabase
	void aFreelancersStatementsAgreeWithTheirInvoicesAndReturnsAndBalance(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = link(client, FREELANCER, "abc12345");

		JsonNode statements = statements(client, link);

		assertThat(statements.size()).isPositive();
		assertThat(statements.get(0).get("year").asString()).isEqualTo(String.valueOf(TODAY.getYear() - 1));
		statements.forEach(FinancialStatementsApiTests::assertBalances);
		for (JsonNode statement : List.of(statements.get(0), statements.get(1))) {
			int year = Integer.parseInt(statement.get("year").asString());
			JsonNode income = statement.get("income_statement");
			JsonNode issued = invoices(client, link, "OUTFLOW", year);
			JsonNode received = invoices(client, link, "INFLOW", year);
			assertThat(income.get("net_revenue").decimalValue()).isEqualByComparingTo(sum(issued, i -> true));
			assertThat(income.get("operating_expenses").decimalValue()).isEqualByComparingTo(sum(received,
					i -> i.get("usage").asString().equals("G03") && i.get("invoice_type").asString().equals("Ingreso")));
			JsonNode yearly = client.post("/api/tax-returns/", Json.object("link", link, "type", "yearly",
					"year_from", String.valueOf(year), "year_to", String.valueOf(year))).assertStatus(201).json().get(0);
			assertThat(income.get("income_taxes").decimalValue())
				.isEqualByComparingTo(yearly.at("/determinacion_impuesto/isr_causado").decimalValue());
			JsonNode december = client.post("/api/tax-returns/", Json.object("link", link, "type", "monthly",
					"date_from", year + "-12-01", "date_to", year + "-12-31")).assertStatus(201).json().get(0);
			assertThat(statement.at("/balance_sheet/current_liabilities/taxes_payable").decimalValue())
				.isEqualByComparingTo(december.at("/isr/detalle_del_pago/cantidad_a_pagar").decimalValue()
					.add(december.at("/iva/detalle_del_pago/cantidad_a_pagar").decimalValue()));
		}
	}

	@OnEachDatabase
	void statementsAreListedFilteredAndDeletedOneByOne(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = link(client, FREELANCER, "abc12345");
		String other = link(client, FREELANCER, "abc12345");
		JsonNode statements = statements(client, link);
		statements(client, other);
		String first = statements.get(0).get("id").asString();
		String second = statements.get(1).get("id").asString();

		JsonNode page = client.get("/api/financial-statements/?link=" + link).json();
		assertThat(page.get("count").asInt()).isEqualTo(statements.size());
		List<String> years = new ArrayList<>();
		page.get("results").forEach(s -> years.add(s.get("year").asString()));
		assertThat(years).isSortedAccordingTo((a, b) -> b.compareTo(a));
		assertThat(client.get("/api/financial-statements/?link__in=" + link + "," + other).json().get("count").asInt())
			.isEqualTo(2 * statements.size());
		assertThat(client.get("/api/financial-statements/?id=" + first).json().get("count").asInt()).isEqualTo(1);
		assertThat(client.get("/api/financial-statements/?id__in=" + first + "," + second).json().get("count").asInt())
			.isEqualTo(2);
		assertThat(client.get("/api/financial-statements/?link=" + link + "&created_at__lt=" + TODAY.minusDays(1))
			.json().get("count").asInt()).isZero();
		String detail = "/api/financial-statements/" + first + "/";
		assertThat(client.get(detail).json()).isEqualTo(statements.get(0));
		// retrieved again, they are the same items
		assertThat(statements(client, link).get(0).get("id").asString()).isEqualTo(first);
		client.send("DELETE", detail, null, Map.of()).assertStatus(204);
		client.get(detail).assertError(404, "not_found", null);
		assertThat(client.get("/api/financial-statements/?link=" + link).json().get("count").asInt())
			.isEqualTo(statements.size() - 1);
	}

	@OnEachDatabase
	void anAsynchronousRetrievalAnswersARequestIdAndStoresTheStatementsLater(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = link(client, FREELANCER, "abc12345");
		int expected = client.post("/api/financial-statements/", Json.object("link", link, "save_data", false))
			.assertStatus(200).json().size();
		assertThat(client.get("/api/financial-statements/?link=" + link).json().get("count").asInt()).isZero();

		// the spec names the header for this route but lists no 202 for it: not checked against the description
		JsonNode accepted = client.unchecked().send("POST", "/api/financial-statements/", Json.object("link", link),
				Map.of("X-Belvo-Request-Mode", "async")).assertStatus(202).json();

		assertThat(accepted.get("request_id").asString()).isNotBlank();
		Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(
				() -> client.get("/api/financial-statements/?link=" + link).json().get("count").asInt() == expected);
	}

	@OnEachDatabase
	void aSalariedOrInactiveTaxpayerHasNoStatementsAndABankNone(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String salaried = link(client, "fiscal100", "full");
		String none = link(client, "fiscal101", "nodata");
		String bank = client.post("/api/links/", Json.object("institution", "erebor_mx_retail", "username", "bnk100",
				"password", "full", "fetch_resources", List.of())).assertStatus(201).json().get("id").asString();

		assertThat(statements(client, salaried).size()).isZero();
		assertThat(statements(client, none).size()).isZero();
		client.post("/api/financial-statements/", Json.object("link", bank)).assertError(400,
				"unsupported_operation", null);
		client.post("/api/financial-statements/", Json.object()).assertError(400, "required", "link");
		client.unchecked().send("PATCH", "/api/financial-statements/", "{}", Map.of()).assertError(405,
				"method_not_allowed", null);

		assertThat(client.get("/api/financial-statements/?link=" + bank).json().get("count").asInt()).isZero();
		assertThat(client.get("/api/financial-statements/?link=" + salaried).json().get("count").asInt()).isZero();
	}

	/**
	 * Each block's total is the sum of its lines (none null), assets are liabilities plus equity, exactly one of
	 * each income/loss pair is set, and the income statement's steps follow from one another.
	 */
	public static void assertBalances(JsonNode statement) {
		JsonNode sheet = statement.get("balance_sheet");
		for (String block : List.of("current_assets", "non_current_assets", "current_liabilities",
				"non_current_liabilities", "equity")) {
			BigDecimal lines = BigDecimal.ZERO;
			for (var line : sheet.get(block).properties()) {
				assertThat(line.getValue().isNull()).as("%s.%s", block, line.getKey()).isFalse();
				if (!line.getKey().equals("total")) {
					lines = lines.add(line.getValue().decimalValue());
				}
			}
			assertThat(sheet.at("/" + block + "/total").decimalValue()).as(block).isEqualByComparingTo(lines);
		}
		BigDecimal assets = total(sheet, "current_assets").add(total(sheet, "non_current_assets"));
		BigDecimal claims = total(sheet, "current_liabilities").add(total(sheet, "non_current_liabilities"))
			.add(total(sheet, "equity"));
		assertThat(assets).as("assets of %s", statement.get("year")).isEqualByComparingTo(claims);

		JsonNode income = statement.get("income_statement");
		for (int i = 0; i < PAIRS.size(); i += 2) {
			assertThat(income.get(PAIRS.get(i)).isNull()).as(PAIRS.get(i)).isNotEqualTo(income.get(PAIRS.get(i + 1)).isNull());
			if (!income.get(PAIRS.get(i + 1)).isNull()) {
				assertThat(income.get(PAIRS.get(i + 1)).decimalValue()).isNegative();
			}
		}
		BigDecimal gross = income.get("net_revenue").decimalValue().subtract(income.get("cost_of_goods_sold")
			.decimalValue()).subtract(income.get("cost_of_services_sold").decimalValue());
		assertThat(signed(income, "gross_profit", "gross_loss")).isEqualByComparingTo(gross);
		BigDecimal operating = gross.subtract(income.get("operating_expenses").decimalValue());
		assertThat(signed(income, "operating_income", "operating_loss")).isEqualByComparingTo(operating);
		BigDecimal beforeTaxes = operating.add(income.get("financial_result").decimalValue())
			.add(income.get("equity_in_earnings_of_affiliates").decimalValue());
		assertThat(signed(income, "income_before_taxes", "loss_before_taxes")).isEqualByComparingTo(beforeTaxes);
		BigDecimal continuing = beforeTaxes.subtract(income.get("income_taxes").decimalValue());
		assertThat(signed(income, "income_from_continuing_operations", "loss_from_continuing_operations"))
			.isEqualByComparingTo(continuing);
		assertThat(signed(income, "net_income", "net_loss"))
			.isEqualByComparingTo(continuing.add(income.get("discontinued_operations").decimalValue()));
		assertThat(sheet.at("/equity/retained_earnings").decimalValue())
			.isEqualByComparingTo(signed(income, "net_income", "net_loss"));
	}

	private static BigDecimal total(JsonNode sheet, String block) {
		return sheet.at("/" + block + "/total").decimalValue();
	}

	private static BigDecimal signed(JsonNode income, String profit, String loss) {
		return income.get(profit).isNull() ? income.get(loss).decimalValue() : income.get(profit).decimalValue();
	}

	private static JsonNode invoices(ApiClient client, String link, String type, int year) {
		return client.post("/api/invoices/", Json.object("link", link, "type", type, "date_from", year + "-01-01",
				"date_to", year + "-12-31", "save_data", false)).assertStatus(200).json();
	}

	/** The bases (subtotal less discount) of the invoices that match. */
	private static BigDecimal sum(JsonNode invoices, java.util.function.Predicate<JsonNode> which) {
		return invoices.valueStream().filter(which)
			.map(i -> i.get("subtotal_amount").decimalValue().subtract(i.get("discount_amount").decimalValue()))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
