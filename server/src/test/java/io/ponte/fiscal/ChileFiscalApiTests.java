package io.ponte.fiscal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.testing.ApiClient;
import io.ponte.testing.ApiResponse;
import io.ponte.testing.Json;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import io.ponte.testing.SandboxLink;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Chilean fiscal data (SII) through the API: invoices, tax status and debt reports of sandbox taxpayers. */
class ChileFiscalApiTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

	private static final String INSTITUTION = "naboo_cl_fiscal";

	/** A link registered without a historical load, so each test sees only what it retrieves itself. */
	private static String link(ApiClient client, String institution, String username, String password) {
		return client
			.post("/api/links/", Json.object("institution", institution, "username", username, "password", password,
					"fetch_resources", List.of()))
			.assertStatus(201)
			.json()
			.get("id")
			.asString();
	}

	private static ApiResponse invoices(ApiClient client, String link, Object from, Object to) {
		return client.post("/api/cl/invoices/", Json.object("link", link, "date_from", from, "date_to", to));
	}

	private static int count(ApiClient client, String collection, String link) {
		return client.get(collection + "?link=" + link).assertStatus(200).json().get("count").asInt();
	}

	@OnEachDatabase
	void invoicesAreRetrievedListedShownAndDeleted(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = link(client, INSTITUTION, "fiscal100", "full");

		JsonNode retrieved = invoices(client, link, TODAY.minusMonths(3), TODAY).assertStatus(201).json();
		assertThat(retrieved.size()).isGreaterThan(10);
		Set<String> types = new HashSet<>();
		retrieved.forEach(invoice -> {
			types.add(invoice.get("type").asString());
			assertThat(invoice.get("link").asString()).isEqualTo(link);
			assertThat(invoice.get("currency").asString()).isEqualTo("CLP");
			assertThat(LocalDate.parse(invoice.get("issue_date").asString())).isBetween(TODAY.minusMonths(3), TODAY);
			BigDecimal exempt = invoice.get("document_code").asInt() == 39
					? invoice.at("/summary_invoice_details/tax_exempt_amount").decimalValue()
					: invoice.get(invoice.get("type").asString().equals("OUTFLOW") ? "sales_invoice_details"
							: "purchase_invoice_details").get("tax_exempt_amount").decimalValue();
			assertThat(invoice.get("net_amount").decimalValue().add(invoice.get("vat_amount").decimalValue()).add(exempt))
				.isEqualByComparingTo(invoice.get("total_amount").decimalValue());
		});
		assertThat(types).containsExactlyInAnyOrder("INFLOW", "OUTFLOW");
		assertThat(count(client, "/api/cl/invoices/", link)).isEqualTo(retrieved.size());

		JsonNode again = invoices(client, link, TODAY.minusMonths(3), TODAY).assertStatus(201).json();
		assertThat(again.size()).isEqualTo(retrieved.size());
		assertThat(count(client, "/api/cl/invoices/", link)).as("the same documents, kept once").isEqualTo(retrieved.size());

		String id = retrieved.get(0).get("id").asString();
		JsonNode detail = client.get("/api/cl/invoices/" + id + "/").assertStatus(200).json();
		assertThat(detail.get("folio").asString()).isEqualTo(retrieved.get(0).get("folio").asString());
		assertThat(client.get("/api/cl/invoices/?link=" + link + "&id=" + id).json().get("count").asInt()).isEqualTo(1);
		assertThat(client.get("/api/cl/invoices/?link__in=" + link + "&created_at__lte=" + TODAY.plusDays(1))
			.json()
			.get("count")
			.asInt()).isEqualTo(retrieved.size());

		client.send("DELETE", "/api/cl/invoices/" + id + "/", null, java.util.Map.of()).assertStatus(204);
		client.get("/api/cl/invoices/" + id + "/").assertError(404, "not_found", null);
		assertThat(count(client, "/api/cl/invoices/", link)).isEqualTo(retrieved.size() - 1);
	}

	@OnEachDatabase
	void aTypeNarrowsInvoicesToOneDirectionAndUnsavedOnesAreOnlyShown(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = link(client, INSTITUTION, "12.345.678-5", "ClaveSII1");

		JsonNode received = client
			.post("/api/cl/invoices/", Json.object("link", link, "date_from", TODAY.minusMonths(6), "date_to", TODAY,
					"type", "INFLOW", "save_data", false))
			.assertStatus(200)
			.json();
		assertThat(received.size()).isPositive();
		received.forEach(invoice -> {
			assertThat(invoice.get("type").asString()).isEqualTo("INFLOW");
			assertThat(invoice.get("receiver_id").asString()).isEqualTo("12345678-5");
		});
		assertThat(count(client, "/api/cl/invoices/", link)).isZero();

		JsonNode issued = client
			.post("/api/cl/invoices/", Json.object("link", link, "date_from", TODAY.minusMonths(6), "date_to", TODAY,
					"type", "OUTFLOW"))
			.assertStatus(201)
			.json();
		issued.forEach(invoice -> assertThat(invoice.get("sender_id").asString()).isEqualTo("12345678-5"));
		assertThat(count(client, "/api/cl/invoices/", link)).isEqualTo(issued.size());
	}

	@OnEachDatabase
	void taxStatusIsTheTaxpayerOfTheLogin(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = link(client, INSTITUTION, "10.000.013-k", "ClaveSII1");

		JsonNode retrieved = client.post("/api/cl/tax-status/", Json.object("link", link, "attach_pdf", false))
			.assertStatus(201)
			.json();
		assertThat(retrieved.size()).isEqualTo(1);
		JsonNode status = retrieved.get(0);
		assertThat(status.at("/entity_details/document_id_type").asString()).isEqualTo("RUT");
		assertThat(status.at("/entity_details/document_id_number").asString()).isEqualTo("10000013-K");
		assertThat(status.get("economic_activities").size()).isPositive();

		client.post("/api/cl/tax-status/", Json.object("link", link)).assertStatus(201);
		assertThat(count(client, "/api/cl/tax-status/", link)).isEqualTo(1);
		String id = status.get("id").asString();
		assertThat(client.get("/api/cl/tax-status/" + id + "/").assertStatus(200).json().at("/fiscal_office/name")
			.asString()).startsWith("Dirección Regional");
		client.send("DELETE", "/api/cl/tax-status/" + id + "/", null, java.util.Map.of()).assertStatus(204);
		assertThat(count(client, "/api/cl/tax-status/", link)).isZero();
	}

	@OnEachDatabase
	void debtReportsAddUp(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = link(client, INSTITUTION, "fiscal100", "full");

		JsonNode report = client.post("/api/cl/debt-reports/", Json.object("link", link, "attach_pdf", true))
			.assertStatus(201)
			.json()
			.get(0);
		BigDecimal sum = BigDecimal.ZERO;
		for (String list : List.of("direct_debts", "indirect_debts")) {
			for (JsonNode debt : report.get(list)) {
				sum = sum.add(debt.get("amount").decimalValue());
			}
		}
		assertThat(report.get("total").decimalValue()).isPositive().isEqualByComparingTo(sum);
		assertThat(report.get("currency").asString()).isEqualTo("CLP");

		String id = report.get("id").asString();
		assertThat(client.get("/api/cl/debt-reports/" + id + "/").assertStatus(200).json().get("total").decimalValue())
			.isEqualByComparingTo(sum);
		assertThat(count(client, "/api/cl/debt-reports/", link)).isEqualTo(1);
		client.send("DELETE", "/api/cl/debt-reports/" + id + "/", null, java.util.Map.of()).assertStatus(204);
		client.get("/api/cl/debt-reports/" + id + "/").assertError(404, "not_found", null);
	}

	@OnEachDatabase
	void theDocumentedUsersAndRutsLogInAndNothingElseDoes(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String none = link(client, INSTITUTION, "fiscal101", "nodata");
		assertThat(invoices(client, none, TODAY.minusMonths(6), TODAY).assertStatus(201).json().size()).isZero();
		assertThat(client.post("/api/cl/debt-reports/", Json.object("link", none)).assertStatus(201).json().size())
			.isZero();
		String low = link(client, INSTITUTION, "fiscal102", "low");
		assertThat(invoices(client, low, TODAY.minusMonths(6), TODAY).assertStatus(201).json().size()).isBetween(1, 8);

		client.post("/api/links/", Json.object("institution", INSTITUTION, "username", "fiscal100", "password", "wrong"))
			.assertError(400, "login_error", null);
		client.post("/api/links/", Json.object("institution", INSTITUTION, "username", "12.345.678-9", "password", "x1"))
			.assertError(400, "login_error", null);
		client.post("/api/links/", Json.object("institution", INSTITUTION, "username", "fiscal103", "password", "x1"))
			.assertError(400, "invalid", "username");
	}

	@OnEachDatabase
	void aHistoricalLoadStoresWhatTheLinkFetches(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = SandboxLink.of("7.654.321-6")
			.at(INSTITUTION)
			.fetching("INVOICES", "TAX_STATUS", "DEBT_REPORTS")
			.registerLoaded(server, client);

		assertThat(count(client, "/api/cl/invoices/", link)).isPositive();
		assertThat(count(client, "/api/cl/tax-status/", link)).isEqualTo(1);
		assertThat(count(client, "/api/cl/debt-reports/", link)).isEqualTo(1);
	}

	@OnEachDatabase
	void badRetrievalsAre400sNamingTheFieldAndWriteNothing(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = link(client, INSTITUTION, "fiscal100", "full");
		String bank = link(client, "erebor_br_retail", "bnk100", "full");
		String mexican = link(client, "tatooine_mx_retail", "PEGJ800101AB1", "abc12345");

		invoices(client, bank, TODAY.minusMonths(1), TODAY).assertError(400, "unsupported_operation", null);
		invoices(client, mexican, TODAY.minusMonths(1), TODAY).assertError(400, "unsupported_operation", null);
		client.post("/api/cl/tax-status/", Json.object("link", bank)).assertError(400, "unsupported_operation", null);
		client.post("/api/cl/debt-reports/", Json.object("link", mexican))
			.assertError(400, "unsupported_operation", null);
		assertThat(count(client, "/api/cl/invoices/", bank)).isZero();
		assertThat(count(client, "/api/cl/tax-status/", bank)).isZero();

		invoices(client, link, "01/02/2026", TODAY).assertError(400, "invalid", "date_from");
		invoices(client, link, TODAY, TODAY.minusDays(3)).assertError(400, "invalid", "date_to");
		invoices(client, link, TODAY.minusYears(3), TODAY).assertError(400, "invalid", "date_from");
		invoices(client, link, TODAY.minusDays(3), TODAY.plusDays(3)).assertError(400, "invalid", "date_to");
		client.post("/api/cl/invoices/", Json.object("link", link, "date_to", TODAY))
			.assertError(400, "required", "date_from");
		client.post("/api/cl/invoices/", Json.object("link", link, "date_from", TODAY.minusDays(9), "date_to", TODAY,
				"type", "SIDEWAYS"))
			.assertError(400, "invalid_choice", "type");
		client.post("/api/cl/tax-status/", Json.object("link", link, "attach_pdf", "maybe"))
			.assertError(400, "invalid", "attach_pdf");
		client.post("/api/cl/debt-reports/", Json.object("attach_pdf", true)).assertError(400, "required", "link");
		assertThat(count(client, "/api/cl/invoices/", link)).isZero();
		assertThat(count(client, "/api/cl/tax-status/", link)).isZero();
		assertThat(count(client, "/api/cl/debt-reports/", link)).isZero();
	}

}
