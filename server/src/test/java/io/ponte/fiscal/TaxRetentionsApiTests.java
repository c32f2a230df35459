package io.ponte.fiscal;

import static io.ponte.fiscal.MexicoFiscalApiTests.TODAY;
import static io.ponte.fiscal.MexicoFiscalApiTests.link;
import static io.ponte.fiscal.MexicoFiscalApiTests.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.testing.ApiClient;
import io.ponte.testing.Json;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;

/**
 * Mexico's CFDIs de retenciones through the Belvo API: what a freelancer's client companies certify having
 * withheld, checked against the invoices the freelancer issued them, and the Retenciones 2.0 XML against its JSON.
 */
public class TaxRetentionsApiTests {

	/** A sandbox RESICO freelancer (any valid RFC logs in as a taxpayer of its own) whose clients are companies. */
	static final String FREELANCER = "FORS900314TN4";

	static final String RETENCIONES = "http://www.sat.gob.mx/esquemas/retencionpago/2";

	static JsonNode retentions(ApiClient client, String link, String type, LocalDate from, LocalDate to,
			Object attachXml) {
		return client.post("/api/tax-retentions/", Json.object("link", link, "type", type, "date_from", from.toString(),
				"date_to", to.toString(), "attach_xml", attachXml)).assertStatus(201).json();
	}

	@OnEachDatabase
	void eachRetentionCertifiesWhatAClientWithheldFromAnInvoiceTheFreelancerIssuedIt(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = link(client, FREELANCER, "abc12345");
		LocalDate from = TODAY.minusMonths(6);

		JsonNode received = retentions(client, link, "INFLOW", from, TODAY, false);
		// a company pays (and certifies) at most five days after the invoice: the invoices of those days count too
		JsonNode issued = client.post("/api/invoices/", Json.object("link", link, "type", "OUTFLOW", "date_from",
				from.minusDays(5).toString(), "date_to", TODAY.toString())).assertStatus(201).json();

		assertThat(received.size()).isPositive();
		List<JsonNode> withheld = new ArrayList<>();
		issued.forEach(invoice -> {
			if (invoice.at("/tax_details/total_tax_retained").decimalValue().signum() > 0) {
				withheld.add(invoice);
			}
		});
		for (JsonNode retention : received) {
			assertAddsUp(retention);
			assertThat(retention.get("xml").isNull()).isTrue();
			assertThat(retention.get("receiver_id").asString()).isEqualTo(issued.get(0).get("sender_id").asString());
			JsonNode invoice = withheld.stream().filter(i -> certifies(retention, i)).findFirst()
				.orElseThrow(() -> new AssertionError("no invoice for retention " + retention));
			withheld.remove(invoice);
			for (JsonNode line : retention.get("retention_breakdown")) {
				String tax = line.get("tax_type").asString().equals("001") ? "ISR" : "IVA";
				JsonNode charged = invoice.at("/tax_details/retained_taxes").valueStream()
					.filter(t -> t.get("tax").asString().equals(tax)).findFirst().orElseThrow();
				assertThat(line.get("base_amount").decimalValue())
					.isEqualByComparingTo(charged.get("pre_tax_amount").decimalValue());
				assertThat(line.get("retained_amount").decimalValue()).isEqualByComparingTo(line.get("base_amount")
					.decimalValue().multiply(charged.get("tax_percentage").decimalValue()).movePointLeft(2)
					.setScale(2, RoundingMode.HALF_UP));
				assertThat(line.get("payment_status").asString()).isEqualTo(tax.equals("ISR") ? "PROVISIONED" : "PAID");
			}
		}
		// every invoice a company paid inside the window has its retention
		withheld.removeIf(i -> LocalDate.parse(i.get("invoice_date").asString()).isBefore(from)
				|| LocalDate.parse(i.get("invoice_date").asString()).isAfter(TODAY.minusDays(6)));
		assertThat(withheld).isEmpty();
	}

	@OnEachDatabase
	void theXmlIsAStampedRetenciones20SayingWhatItsJsonSays(PonteServer server) throws Exception {
		ApiClient client = server.newSandboxClient();
		String link = link(client, FREELANCER, "abc12345");

		JsonNode received = retentions(client, link, "INFLOW", TODAY.minusMonths(3), TODAY, true);

		assertThat(received.size()).isPositive();
		for (JsonNode retention : received) {
			Document xml = parse(retention.get("xml").asString());
			Element root = xml.getDocumentElement();
			assertThat(root.getNamespaceURI()).isEqualTo(RETENCIONES);
			assertThat(root.getLocalName()).isEqualTo("Retenciones");
			assertThat(root.getAttribute("Version")).isEqualTo("2.0");
			assertThat(Integer.parseInt(root.getAttribute("CveRetenc"))).isEqualTo(retention.get("code").asInt());
			// the SAT's times are Mexico City's (UTC-6), the API's UTC
			assertThat(LocalDateTime.parse(root.getAttribute("FechaExp")).atOffset(ZoneOffset.ofHours(-6)).toInstant())
				.isEqualTo(OffsetDateTime.parse(retention.get("issued_at").asString()).toInstant());
			assertThat(one(xml, RETENCIONES, "Emisor").getAttribute("RfcE")).isEqualTo(retention.get("sender_id").asString());
			assertThat(one(xml, RETENCIONES, "Emisor").getAttribute("NomDenRazSocE"))
				.isEqualTo(retention.get("sender_name").asString());
			assertThat(one(xml, RETENCIONES, "Receptor").getAttribute("NacionalidadR")).isEqualTo("Nacional");
			assertThat(one(xml, RETENCIONES, "Nacional").getAttribute("RfcR"))
				.isEqualTo(retention.get("receiver_id").asString());
			Element totals = one(xml, RETENCIONES, "Totales");
			assertThat(new BigDecimal(totals.getAttribute("MontoTotOperacion")))
				.isEqualByComparingTo(retention.get("total_invoice_amount").decimalValue());
			assertThat(new BigDecimal(totals.getAttribute("MontoTotGrav")))
				.isEqualByComparingTo(retention.get("total_taxable_amount").decimalValue());
			assertThat(new BigDecimal(totals.getAttribute("MontoTotExent")))
				.isEqualByComparingTo(retention.get("total_exempt_amount").decimalValue());
			assertThat(new BigDecimal(totals.getAttribute("MontoTotRet")))
				.isEqualByComparingTo(retention.get("total_retained_amount").decimalValue());
			NodeList withheld = xml.getElementsByTagNameNS(RETENCIONES, "ImpRetenidos");
			assertThat(withheld.getLength()).isEqualTo(retention.get("retention_breakdown").size());
			for (int i = 0; i < withheld.getLength(); i++) {
				Element item = (Element) withheld.item(i);
				JsonNode line = retention.get("retention_breakdown").get(i);
				assertThat(item.getAttribute("ImpuestoRet")).isEqualTo(line.get("tax_type").asString());
				assertThat(new BigDecimal(item.getAttribute("BaseRet")))
					.isEqualByComparingTo(line.get("base_amount").decimalValue());
				assertThat(new BigDecimal(item.getAttribute("MontoRet")))
					.isEqualByComparingTo(line.get("retained_amount").decimalValue());
			}
			assertThat(one(xml, "http://www.sat.gob.mx/TimbreFiscalDigital", "TimbreFiscalDigital").getAttribute("UUID"))
				.isEqualTo(retention.get("invoice_identification").asString());
		}
		// the XML is kept with the retention, as retrieved
		JsonNode first = received.get(0);
		assertThat(client.get("/api/tax-retentions/" + first.get("id").asString() + "/").json()).isEqualTo(first);
	}

	@OnEachDatabase
	void retentionsAreListedFilteredAndDeletedOneByOne(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = link(client, FREELANCER, "abc12345");
		String other = link(client, FREELANCER, "abc12345");
		JsonNode received = retentions(client, link, "INFLOW", TODAY.minusMonths(2), TODAY, false);
		JsonNode again = retentions(client, other, "INFLOW", TODAY.minusMonths(1), TODAY, false);

		JsonNode page = client.get("/api/tax-retentions/?link=" + link + "&page_size=1000").json();
		assertThat(page.get("count").asInt()).isEqualTo(received.size());
		List<String> issuedAt = new ArrayList<>();
		page.get("results").forEach(r -> issuedAt.add(r.get("issued_at").asString()));
		assertThat(issuedAt).isSortedAccordingTo((a, b) -> b.compareTo(a));
		assertThat(client.get("/api/tax-retentions/?link__in=" + link + "," + other).json().get("count").asInt())
			.isEqualTo(received.size() + again.size());
		String today = LocalDate.now(ZoneOffset.UTC).toString();
		assertThat(client.get("/api/tax-retentions/?link=" + link + "&created_at__gte=" + today).json()
			.get("count").asInt()).isEqualTo(received.size());
		assertThat(client.get("/api/tax-retentions/?link=" + link + "&created_at__lt=" + today).json()
			.get("count").asInt()).isZero();
		String detail = "/api/tax-retentions/" + received.get(0).get("id").asString() + "/";
		assertThat(client.get(detail).json()).isEqualTo(received.get(0));
		// the same retentions retrieved again are the same items
		retentions(client, link, "INFLOW", TODAY.minusMonths(2), TODAY, false);
		assertThat(client.get("/api/tax-retentions/?link=" + link).json().get("count").asInt()).isEqualTo(received.size());

		client.send("DELETE", detail, null, Map.of()).assertStatus(204);
		client.get(detail).assertError(404, "not_found", null);
		assertThat(client.get("/api/tax-retentions/?link=" + link).json().get("count").asInt())
			.isEqualTo(received.size() - 1);
	}

	@OnEachDatabase
	void withoutSaveDataRetentionsAreShownNotKeptAndNobodyInTheSandboxWithholdsTax(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String freelancer = link(client, FREELANCER, "abc12345");
		String salaried = link(client, "fiscal100", "full");
		String none = link(client, "fiscal101", "nodata");

		JsonNode shown = client.post("/api/tax-retentions/", Json.object("link", freelancer, "type", "INFLOW",
				"date_from", TODAY.minusMonths(3).toString(), "date_to", TODAY.toString(), "save_data", false))
			.assertStatus(200).json();

		assertThat(shown.size()).isPositive();
		shown.forEach(r -> assertThat(r.has("id")).isTrue());
		assertThat(client.get("/api/tax-retentions/?link=" + freelancer).json().get("count").asInt()).isZero();
		// what they issued: none of them withholds tax from anyone
		assertThat(retentions(client, freelancer, "OUTFLOW", TODAY.minusYears(1), TODAY, false).size()).isZero();
		// a salaried person's withholdings are on their pay slips, not in retentions
		assertThat(retentions(client, salaried, "INFLOW", TODAY.minusYears(1), TODAY, false).size()).isZero();
		assertThat(retentions(client, none, "INFLOW", TODAY.minusYears(1), TODAY, false).size()).isZero();
	}

	@OnEachDatabase
	void badRetrievalsAreRefusedNamingTheFieldAndWriteNothing(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String fiscal = link(client, FREELANCER, "abc12345");
		String bank = client.post("/api/links/", Json.object("institution", "erebor_mx_retail", "username", "bnk100",
				"password", "full", "fetch_resources", List.of())).assertStatus(201).json().get("id").asString();
		String from = TODAY.minusMonths(1).toString();
		String to = TODAY.toString();

		client.post("/api/tax-retentions/", Json.object("link", bank, "type", "INFLOW", "date_from", from, "date_to",
				to)).assertError(400, "unsupported_operation", null);
		client.post("/api/tax-retentions/", Json.object("link", fiscal, "date_from", from, "date_to", to))
			.assertError(400, "required", "type");
		client.unchecked().post("/api/tax-retentions/", Json.object("link", fiscal, "type", "SIDEWAYS", "date_from",
				from, "date_to", to)).assertError(400, "invalid_choice", "type");
		client.post("/api/tax-retentions/", Json.object("link", fiscal, "type", "INFLOW", "date_to", to))
			.assertError(400, "required", "date_from");
		client.post("/api/tax-retentions/", Json.object("link", fiscal, "type", "INFLOW", "date_from", to,
				"date_to", from)).assertError(400, "invalid", "date_to");
		client.post("/api/tax-retentions/", Json.object("link", fiscal, "type", "INFLOW", "date_from",
				TODAY.minusYears(3).toString(), "date_to", to)).assertError(400, "invalid", "date_from");
		client.unchecked().post("/api/tax-retentions/", Json.object("link", fiscal, "type", "INFLOW", "date_from",
				from, "date_to", to, "attach_xml", "sometimes")).assertError(400, "invalid", "attach_xml");
		// the spec gives tax retentions no PATCH
		client.unchecked().send("PATCH", "/api/tax-retentions/", "{}", Map.of()).assertError(405,
				"method_not_allowed", null);

		assertThat(client.get("/api/tax-retentions/?link=" + fiscal).json().get("count").asInt()).isZero();
		assertThat(client.get("/api/tax-retentions/?link=" + bank).json().get("count").asInt()).isZero();
	}

	/** Totals recomputed from the breakdown: taxable = invoice − exempt, retained = sum of the lines. */
	public static void assertAddsUp(JsonNode retention) {
		BigDecimal invoice = retention.get("total_invoice_amount").decimalValue();
		BigDecimal exempt = retention.get("total_exempt_amount").decimalValue();
		assertThat(retention.get("total_taxable_amount").decimalValue()).isEqualByComparingTo(invoice.subtract(exempt));
		BigDecimal retained = retention.get("retention_breakdown").valueStream()
			.map(line -> line.get("retained_amount").decimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(retention.get("total_retained_amount").decimalValue()).isEqualByComparingTo(retained);
		assertThat(retention.get("receiver_nationality").asString()).isEqualTo("NATIONAL");
	}

	/** Whether the retention is the client's certificate of this invoice: same parties, fee and taxes, days after. */
	public static boolean certifies(JsonNode retention, JsonNode invoice) {
		LocalDate issued = OffsetDateTime.parse(retention.get("issued_at").asString()).minusHours(6).toLocalDate();
		LocalDate invoiced = LocalDate.parse(invoice.get("invoice_date").asString());
		return invoice.get("receiver_id").asString().equals(retention.get("sender_id").asString())
				&& invoice.get("sender_id").asString().equals(retention.get("receiver_id").asString())
				&& invoice.get("subtotal_amount").decimalValue().subtract(invoice.get("discount_amount").decimalValue())
					.compareTo(retention.get("total_invoice_amount").decimalValue()) == 0
				&& invoice.at("/tax_details/total_tax_retained").decimalValue()
					.compareTo(retention.get("total_retained_amount").decimalValue()) == 0
				&& issued.isAfter(invoiced) && !issued.isAfter(invoiced.plusDays(5));
	}

	private static Element one(Document xml, String namespace, String name) {
		NodeList nodes = xml.getElementsByTagNameNS(namespace, name);
		assertThat(nodes.getLength()).as(name).isEqualTo(1);
		return (Element) nodes.item(0);
	}

}
