package io.ponte.fiscal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.testing.ApiClient;
import io.ponte.testing.Json;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;

/** Mexico's SAT through the Belvo API: CFDIs, the constancia and the opinión de cumplimiento of sandbox taxpayers. */
public class MexicoFiscalApiTests {

	static final String SAT = "tatooine_mx_retail";

	static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

	static String link(ApiClient client, String username, String password) {
		return client.post("/api/links/", Json.object("institution", SAT, "username", username, "password", password,
				"fetch_resources", List.of()))
			.assertStatus(201)
			.json()
			.get("id")
			.asString();
	}

	static JsonNode invoices(ApiClient client, String link, String type, Object attachXml) {
		return client.post("/api/invoices/", Json.object("link", link, "type", type, "date_from",
				TODAY.minusYears(1).toString(), "date_to", TODAY.toString(), "attach_xml", attachXml))
			.assertStatus(201)
			.json();
	}

	@OnEachDatabase
	void theFullTaxpayerReceivesPaySlipsWhoseNetIsWhatTheBankPaysAndReceiptsThatAddUp(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = link(client, "fiscal100", "full");

		JsonNode received = invoices(client, link, "INFLOW", false);

		assertThat(received.size()).isGreaterThan(24);
		Set<String> types = new HashSet<>();
		received.forEach(invoice -> {
			types.add(invoice.get("invoice_type").asString());
			assertThat(invoice.get("type").asString()).isEqualTo("INFLOW");
			assertThat(invoice.get("invoice_identification").asString())
				.matches("[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}");
			assertThat(invoice.get("xml").isNull()).isTrue();
			assertAddsUp(invoice);
		});
		assertThat(types).contains("Nómina", "Ingreso");
		JsonNode slip = received.valueStream().filter(i -> i.get("invoice_type").asString().equals("Nómina"))
			.filter(i -> i.get("payroll").get("type").asString().equals("O")).findFirst().orElseThrow();
		String rfc = slip.get("receiver_id").asString();
		assertThat(slip.get("usage").asString()).isEqualTo("CN01");
		BigDecimal earned = slip.get("payroll").get("amount").decimalValue();
		BigDecimal deducted = slip.get("payroll").get("tax_deductions").valueStream()
			.map(d -> d.get("amount").decimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(earned.subtract(deducted)).isEqualByComparingTo(slip.get("total_amount").decimalValue());

		// the bank sandbox pays the same username this net, from the same employer
		String bank = client.post("/api/links/", Json.object("institution", "gringotts_mx_retail", "username",
				"fiscal100", "password", "full", "fetch_resources", List.of())).assertStatus(201).json().get("id").asString();
		String paid = slip.get("payroll").get("payment_date").asString();
		JsonNode credits = client.post("/api/transactions/", Json.object("link", bank, "date_from", paid, "date_to",
				paid)).assertStatus(201).json();
		assertThat(credits.valueStream()
			.filter(t -> t.get("type").asString().equals("INFLOW"))
			.map(t -> t.get("amount").decimalValue())).anySatisfy(
					amount -> assertThat(amount).isEqualByComparingTo(slip.get("total_amount").decimalValue()));

		JsonNode status = client.post("/api/tax-status/", Json.object("link", link)).assertStatus(201).json();
		assertThat(status.get("tax_payer_information").get("rfc").asString()).isEqualTo(rfc);
	}

	@OnEachDatabase
	void theXmlOfAnInvoiceIsAStampedCfdi40MatchingItsJson(PonteServer server) throws Exception {
		ApiClient client = server.newSandboxClient();
		String link = link(client, "fiscal100", "full");

		JsonNode received = invoices(client, link, "INFLOW", true);

		for (JsonNode invoice : received) {
			Document xml = parse(invoice.get("xml").asString());
			Element root = xml.getDocumentElement();
			assertThat(root.getNamespaceURI()).isEqualTo("http://www.sat.gob.mx/cfd/4");
			assertThat(root.getLocalName()).isEqualTo("Comprobante");
			assertThat(root.getAttribute("Version")).isEqualTo("4.0");
			assertThat(new BigDecimal(root.getAttribute("Total")))
				.isEqualByComparingTo(invoice.get("total_amount").decimalValue());
			assertThat(new BigDecimal(root.getAttribute("SubTotal")))
				.isEqualByComparingTo(invoice.get("subtotal_amount").decimalValue());
			Element stamp = (Element) xml.getElementsByTagNameNS("http://www.sat.gob.mx/TimbreFiscalDigital",
					"TimbreFiscalDigital").item(0);
			assertThat(stamp.getAttribute("UUID")).isEqualTo(invoice.get("invoice_identification").asString());
			Element sender = (Element) xml.getElementsByTagNameNS("http://www.sat.gob.mx/cfd/4", "Emisor").item(0);
			Element receiver = (Element) xml.getElementsByTagNameNS("http://www.sat.gob.mx/cfd/4", "Receptor").item(0);
			assertThat(sender.getAttribute("Rfc")).isEqualTo(invoice.get("sender_id").asString());
			assertThat(receiver.getAttribute("Rfc")).isEqualTo(invoice.get("receiver_id").asString());
		}
		// the XML is kept with the invoice, as retrieved
		String id = received.get(0).get("id").asString();
		assertThat(client.get("/api/invoices/" + id + "/").json().get("xml").asString())
			.isEqualTo(received.get(0).get("xml").asString());
	}

	@OnEachDatabase
	void invoicesAreListedFilteredAndDeletedOneByOne(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = link(client, "fiscal100", "full");
		JsonNode received = invoices(client, link, "INFLOW", false);
		JsonNode first = received.get(0);

		JsonNode all = client.get("/api/invoices/?link=" + link + "&page_size=1000").json();
		assertThat(all.get("count").asInt()).isEqualTo(received.size());
		assertThat(client.get("/api/invoices/?link=" + link + "&type=OUTFLOW").json().get("count").asInt()).isZero();
		assertThat(client.get("/api/invoices/?invoice_identification="
				+ first.get("invoice_identification").asString()).json().get("count").asInt()).isEqualTo(1);
		String date = first.get("invoice_date").asString();
		client.get("/api/invoices/?link=" + link + "&invoice_date__gte=" + date + "&invoice_date__lte=" + date)
			.json()
			.get("results")
			.forEach(i -> assertThat(i.get("invoice_date").asString()).isEqualTo(date));
		client.get("/api/invoices/?link=" + link + "&total_amount__gt=1000.00").json().get("results")
			.forEach(i -> assertThat(i.get("total_amount").decimalValue()).isGreaterThan(new BigDecimal("1000")));
		assertThat(client.get("/api/invoices/?link=" + link + "&status=Vigente").json().get("count").asInt())
			.isEqualTo(received.size());

		client.send("DELETE", "/api/invoices/" + first.get("id").asString() + "/", null, Map.of()).assertStatus(204);
		assertThat(client.get("/api/invoices/?link=" + link).json().get("count").asInt())
			.isEqualTo(received.size() - 1);
	}

	@OnEachDatabase
	void aFreelancerIssuesInvoicesWhoseRetentionsAddUp(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		// the first RESICO taxpayer among a few logins with a valid RFC
		for (String rfc : List.of("GODE561231GR8", "MAPA800101AB9", "LOPJ900215HM3", "RAMS750630KL4",
				"CASL881122QW3", "HEMR700412TT5", "PERA850101UV6", "SANC920707EF2", "TORM830303XY2", "VEGA771111ZZ7",
				"FLOR950505P2A", "NUÑE680808R31")) {
			String link = link(client, rfc, "abc12345");
			JsonNode issued = invoices(client, link, "OUTFLOW", false);
			if (issued.isEmpty()) {
				continue;
			}
			issued.forEach(invoice -> {
				assertThat(invoice.get("sender_fiscal_regime").asString()).isEqualTo("626");
				assertAddsUp(invoice);
			});
			return;
		}
		throw new AssertionError("none of the logins issues invoices");
	}

	@OnEachDatabase
	void aLoginWithAValidRfcIsThatTaxpayerWithItsCertificatesAsPdfs(PonteServer server) throws Exception {
		ApiClient client = server.newSandboxClient();
		String link = link(client, "GODE561231GR8", "abc12345");

		JsonNode status = client.post("/api/tax-status/", Json.object("link", link, "attach_pdf", true))
			.assertStatus(201)
			.json();
		JsonNode compliance = client.post("/api/tax-compliance-status/", Json.object("link", link, "attach_pdf", true))
			.assertStatus(201)
			.json();

		assertThat(status.get("tax_payer_information").get("rfc").asString()).isEqualTo("GODE561231GR8");
		assertThat(pdfText(status.get("pdf").asString())).contains("GODE561231GR8",
				status.get("id_cif").asString());
		assertThat(compliance.get("rfc").asString()).isEqualTo("GODE561231GR8");
		assertThat(compliance.get("outcome").asString()).isIn("POSITIVE", "NEGATIVE", "NO_OBLIGATIONS");
		assertThat(pdfText(compliance.get("pdf").asString())).contains("GODE561231GR8");
		assertThat(client.get("/api/tax-status/" + status.get("id").asString() + "/").json()).isEqualTo(status);
		assertThat(client.get("/api/tax-compliance-status/?link=" + link).json().get("count").asInt()).isEqualTo(1);
		assertThat(client.post("/api/tax-status/", Json.object("link", link)).assertStatus(201).json().get("pdf")
			.isNull()).isTrue();
		client.send("DELETE", "/api/tax-compliance-status/" + compliance.get("id").asString() + "/", null,
				Map.of()).assertStatus(204);
		assertThat(client.get("/api/tax-compliance-status/?link=" + link).json().get("count").asInt()).isZero();
	}

	/** The text of a Base64 PDF, as Apache PDFBox reads it. */
	public static String pdfText(String base64) throws java.io.IOException {
		try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader
			.loadPDF(java.util.Base64.getDecoder().decode(base64))) {
			return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
		}
	}

	@OnEachDatabase
	void theDocumentedFiscalUsersLogInOnlyWithTheirPasswords(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String none = link(client, "fiscal101", "nodata");
		String low = link(client, "fiscal102", "low");

		assertThat(invoices(client, none, "INFLOW", false).size()).isZero();
		assertThat(client.post("/api/tax-compliance-status/", Json.object("link", none)).assertStatus(201).json()
			.get("outcome").asString()).isEqualTo("NO_OBLIGATIONS");
		JsonNode few = invoices(client, low, "INFLOW", false);
		few.forEach(i -> assertThat(LocalDate.parse(i.get("invoice_date").asString()))
			.isAfterOrEqualTo(TODAY.minusDays(90)));
		client.post("/api/links/", Json.object("institution", SAT, "username", "fiscal100", "password", "nodata"))
			.assertError(400, "login_error", null);
		client.post("/api/links/", Json.object("institution", SAT, "username", "nobody", "password", "abc12345"))
			.assertError(400, "invalid", "username");
	}

	@OnEachDatabase
	void badRetrievalsAreRefusedNamingTheFieldAndWriteNothing(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String fiscal = link(client, "fiscal100", "full");
		String bank = client.post("/api/links/", Json.object("institution", "erebor_mx_retail", "username", "bnk100",
				"password", "full", "fetch_resources", List.of())).assertStatus(201).json().get("id").asString();
		String from = TODAY.minusMonths(1).toString();
		String to = TODAY.toString();

		client.post("/api/invoices/", Json.object("link", bank, "type", "INFLOW", "date_from", from, "date_to", to))
			.assertError(400, "unsupported_operation", null);
		client.post("/api/tax-status/", Json.object("link", bank)).assertError(400, "unsupported_operation", null);
		client.post("/api/accounts/", Json.object("link", fiscal)).assertError(400, "unsupported_operation", null);
		client.post("/api/invoices/", Json.object("link", fiscal, "date_from", from, "date_to", to))
			.assertError(400, "required", "type");
		client.unchecked().post("/api/invoices/", Json.object("link", fiscal, "type", "SIDEWAYS", "date_from", from,
				"date_to", to)).assertError(400, "invalid_choice", "type");
		client.post("/api/invoices/", Json.object("link", fiscal, "type", "INFLOW", "date_from",
				TODAY.minusYears(3).toString(), "date_to", to)).assertError(400, "invalid", "date_from");
		client.post("/api/invoices/", Json.object("link", fiscal, "type", "INFLOW", "date_from", to, "date_to", from))
			.assertError(400, "invalid", "date_to");
		client.unchecked().post("/api/invoices/", Json.object("link", fiscal, "type", "INFLOW", "date_from", from,
				"date_to", to, "attach_xml", "sometimes")).assertError(400, "invalid", "attach_xml");

		assertThat(client.get("/api/invoices/?link=" + fiscal).json().get("count").asInt()).isZero();
		assertThat(client.get("/api/invoices/?link=" + bank).json().get("count").asInt()).isZero();
		assertThat(client.get("/api/tax-status/?link=" + bank).json().get("count").asInt()).isZero();
		assertThat(client.get("/api/accounts/?link=" + fiscal).json().get("count").asInt()).isZero();
	}

	@OnEachDatabase
	void aYearlyReturnAgreesWithThatYearsPaySlipsAndItsPdfSaysSo(PonteServer server) throws Exception {
		ApiClient client = server.newSandboxClient();
		String link = link(client, "fiscal100", "full");
		int year = TODAY.getYear() - 1;

		// no type: yearly, the spec's default
		JsonNode returns = client.post("/api/tax-returns/", Json.object("link", link, "year_from",
				String.valueOf(year - 1), "year_to", String.valueOf(year), "attach_pdf", true)).assertStatus(201).json();
		JsonNode slips = client.post("/api/invoices/", Json.object("link", link, "type", "INFLOW", "date_from",
				year + "-01-01", "date_to", year + "-12-31")).assertStatus(201).json();

		assertThat(returns.size()).isEqualTo(2);
		JsonNode last = returns.valueStream().filter(r -> r.at("/informacion_general/ejercicio").asInt() == year)
			.findFirst().orElseThrow();
		BigDecimal earned = BigDecimal.ZERO;
		BigDecimal withheld = BigDecimal.ZERO;
		for (JsonNode slip : slips) {
			if (slip.get("payroll").isObject()) {
				earned = earned.add(slip.at("/payroll/amount").decimalValue());
				for (JsonNode deduction : slip.at("/payroll/tax_deductions")) {
					if (deduction.get("type").asString().equals("INCOME_TAX")) {
						withheld = withheld.add(deduction.get("amount").decimalValue());
					}
				}
			}
		}
		assertThat(last.at("/sueldos_salarios/ingreso_anual").decimalValue()).isEqualByComparingTo(earned);
		assertThat(last.at("/sueldos_salarios/impuesto_retenido").decimalValue()).isEqualByComparingTo(withheld);
		assertThat(last.at("/informacion_general/rfc").asString()).isEqualTo(slips.get(0).get("receiver_id").asString());
		assertThat(pdfText(last.get("pdf").asString())).contains(last.at("/informacion_general/rfc").asString(),
				"ISR retenido: " + withheld.setScale(2));
		assertThat(pdfText(last.get("receipt_pdf").asString())).contains("ACUSE DE RECIBO");
		assertThat(client.get("/api/tax-returns/?link=" + link + "&ejercicio=" + year).json().get("count").asInt())
			.isEqualTo(1);
		assertThat(client.get("/api/tax-returns/?link=" + link + "&ejercicio__gte=" + (year - 1)).json().get("count")
			.asInt()).isEqualTo(2);
		assertThat(client.get("/api/tax-returns/?link=" + link + "&tipo_declaracion=Normal").json().get("count").asInt())
			.isEqualTo(2);
		client.send("DELETE", "/api/tax-returns/" + last.get("id").asString() + "/", null, Map.of()).assertStatus(204);
	}

	@OnEachDatabase
	void aFreelancersMonthlyReturnsAgreeWithTheInvoicesTheyIssued(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		for (String rfc : List.of("GODE561231GR8", "MAPA800101AB9", "LOPJ900215HM3", "RAMS750630KL4",
				"CASL881122QW3", "HEMR700412TT5", "PERA850101UV6", "SANC920707EF2", "TORM830303XY2", "VEGA771111ZZ7",
				"FLOR950505P2A", "NUÑE680808R31")) {
			String link = link(client, rfc, "abc12345");
			String from = TODAY.minusMonths(4).withDayOfMonth(1).toString();
			String to = TODAY.minusMonths(2).withDayOfMonth(1).minusDays(1).toString();
			JsonNode returns = client.post("/api/tax-returns/", Json.object("link", link, "type", "monthly",
					"date_from", from, "date_to", to)).assertStatus(201).json();
			if (returns.isEmpty()) {
				continue;
			}
			JsonNode issued = client.post("/api/invoices/", Json.object("link", link, "type", "OUTFLOW", "date_from",
					from, "date_to", to)).assertStatus(201).json();
			assertThat(returns.size()).isEqualTo(2);
			BigDecimal income = returns.valueStream().map(r -> r.at("/isr/determinacion/ingresos_periodo").decimalValue())
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			BigDecimal invoiced = issued.valueStream().map(i -> i.get("subtotal_amount").decimalValue())
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			assertThat(income).isEqualByComparingTo(invoiced);
			returns.forEach(r -> assertThat(r.get("type").asString()).isEqualTo("monthly"));
			return;
		}
		throw new AssertionError("none of the logins files monthly returns");
	}

	@OnEachDatabase
	void badTaxReturnRetrievalsAreRefusedNamingTheField(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = link(client, "fiscal100", "full");
		String year = String.valueOf(TODAY.getYear() - 1);

		client.unchecked().post("/api/tax-returns/", Json.object("link", link, "type", "weekly", "year_from", year,
				"year_to", year)).assertError(400, "invalid_choice", "type");
		client.post("/api/tax-returns/", Json.object("link", link, "type", "yearly", "year_from", year, "year_to",
				String.valueOf(TODAY.getYear() - 3))).assertError(400, "invalid", "year_to");
		client.post("/api/tax-returns/", Json.object("link", link, "type", "yearly", "year_to", year))
			.assertError(400, "required", "year_from");
		client.post("/api/tax-returns/", Json.object("link", link, "type", "monthly", "year_from", year, "year_to",
				year)).assertError(400, "required", "date_from");
		assertThat(client.get("/api/tax-returns/?link=" + link).json().get("count").asInt()).isZero();
	}

	/** Recomputed from the lines: base = quantity × unit − discount; total = bases + transferred − retained. */
	public static void assertAddsUp(JsonNode invoice) {
		BigDecimal subtotal = BigDecimal.ZERO;
		BigDecimal discount = BigDecimal.ZERO;
		BigDecimal transferred = BigDecimal.ZERO;
		BigDecimal retained = BigDecimal.ZERO;
		for (JsonNode line : invoice.get("invoice_details")) {
			BigDecimal amount = line.get("quantity").decimalValue().multiply(line.get("unit_amount").decimalValue());
			BigDecimal lineDiscount = line.get("discount").decimalValue();
			assertThat(line.get("pre_tax_amount").decimalValue()).isEqualByComparingTo(amount.subtract(lineDiscount));
			BigDecimal lineTransferred = line.get("transferred_taxes").valueStream()
				.map(t -> t.get("transferred_tax_amount").decimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
			BigDecimal lineRetained = line.get("retained_taxes").valueStream()
				.map(t -> t.get("retained_tax_amount").decimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
			line.get("transferred_taxes").forEach(t -> assertThat(t.get("transferred_tax_amount").decimalValue())
				.isEqualByComparingTo(amount.subtract(lineDiscount).multiply(t.get("tax_percentage").decimalValue())
					.movePointLeft(2).setScale(2, java.math.RoundingMode.HALF_UP)));
			subtotal = subtotal.add(amount);
			discount = discount.add(lineDiscount);
			transferred = transferred.add(lineTransferred);
			retained = retained.add(lineRetained);
		}
		assertThat(invoice.get("subtotal_amount").decimalValue()).isEqualByComparingTo(subtotal);
		assertThat(invoice.get("discount_amount").decimalValue()).isEqualByComparingTo(discount);
		assertThat(invoice.get("tax_amount").decimalValue()).isEqualByComparingTo(transferred);
		assertThat(invoice.get("total_amount").decimalValue())
			.as("total of %s", invoice.get("invoice_identification"))
			.isEqualByComparingTo(subtotal.subtract(discount).add(transferred).subtract(retained));
	}

	public static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultNSInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

}
