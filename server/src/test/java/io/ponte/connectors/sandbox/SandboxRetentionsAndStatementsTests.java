package io.ponte.connectors.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.connectors.FetchRequest;
import io.ponte.connectors.ResourceKind;
import io.ponte.connectors.Session;
import io.ponte.fiscal.FinancialStatementsApiTests;
import io.ponte.fiscal.TaxRetentionsApiTests;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What every sandbox taxpayer's retentions and financial statements guarantee, over many generated users: the
 * same documents the API serves, checked against the same users' invoices with totals recomputed here.
 */
class SandboxRetentionsAndStatementsTests {

	private static final Instant NOW = Instant.parse("2026-11-24T15:00:00Z");

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

	private final SandboxConnector sandbox = new SandboxConnector(Clock.fixed(NOW, ZoneOffset.UTC));

	private List<ObjectNode> fetch(String user, FetchRequest request) {
		return this.sandbox.fetch(new Session("tatooine_mx_retail", "MX", user, null), request);
	}

	private List<ObjectNode> between(ResourceKind kind, String user, String type, LocalDate from, LocalDate to) {
		return fetch(user, FetchRequest.of(kind).between(from, to).ofType(type));
	}

	@Test
	void everyRetentionAddsUpAndCertifiesOneInvoiceItsTaxpayerIssuedAndEveryWithholdingHasOne() {
		int certified = 0;
		for (int i = 0; i < 100; i++) {
			String user = "taxpayer" + i;
			LocalDate from = TODAY.minusYears(1);
			List<ObjectNode> retentions = between(ResourceKind.TAX_RETENTIONS, user, "INFLOW", from, TODAY);
			List<JsonNode> withheld = new ArrayList<>();
			for (ObjectNode invoice : between(ResourceKind.INVOICES, user, "OUTFLOW", from.minusDays(5), TODAY)) {
				if (invoice.at("/tax_details/total_tax_retained").decimalValue().signum() > 0) {
					withheld.add(invoice);
				}
			}
			for (ObjectNode retention : retentions) {
				TaxRetentionsApiTests.assertAddsUp(retention);
				JsonNode invoice = withheld.stream().filter(w -> TaxRetentionsApiTests.certifies(retention, w))
					.findFirst().orElseThrow(() -> new AssertionError(user + ": no invoice for " + retention));
				withheld.remove(invoice);
				certified++;
			}
			withheld.removeIf(w -> LocalDate.parse(w.get("invoice_date").asString()).isBefore(from)
					|| LocalDate.parse(w.get("invoice_date").asString()).isAfter(TODAY.minusDays(6)));
			assertThat(withheld).as("%s's invoices withheld from without a retention", user).isEmpty();
			assertThat(between(ResourceKind.TAX_RETENTIONS, user, "OUTFLOW", from, TODAY)).as(user).isEmpty();
		}
		assertThat(certified).as("retentions over the users").isGreaterThan(100);
	}

	@Test
	void everyStatementBalancesAndAgreesWithTheYearsInvoicesAndOnlyFreelancersHaveThem() {
		int statements = 0;
		for (int i = 0; i < 100; i++) {
			String user = "taxpayer" + i;
			String regime = fetch(user, FetchRequest.of(ResourceKind.TAX_STATUS)).getFirst().at("/regimes/0/regimen")
				.asString();
			List<ObjectNode> found = fetch(user, FetchRequest.of(ResourceKind.FINANCIAL_STATEMENTS));
			if (!regime.equals("Régimen Simplificado de Confianza")) {
				assertThat(found).as("%s (%s) has no business", user, regime).isEmpty();
				continue;
			}
			for (ObjectNode statement : found) {
				FinancialStatementsApiTests.assertBalances(statement);
				int year = Integer.parseInt(statement.get("year").asString());
				assertThat(year).isLessThan(TODAY.getYear());
				LocalDate first = LocalDate.of(year, 1, 1);
				LocalDate last = LocalDate.of(year, 12, 31);
				List<ObjectNode> issued = between(ResourceKind.INVOICES, user, "OUTFLOW", first, last);
				List<ObjectNode> received = between(ResourceKind.INVOICES, user, "INFLOW", first, last);
				assertThat(statement.at("/income_statement/net_revenue").decimalValue()).as("%s %s", user, year)
					.isEqualByComparingTo(bases(issued, invoice -> true));
				assertThat(statement.at("/income_statement/operating_expenses").decimalValue())
					.isEqualByComparingTo(bases(received, invoice -> invoice.get("usage").asString().equals("G03")
							&& invoice.get("invoice_type").asString().equals("Ingreso")));
				statements++;
			}
		}
		assertThat(statements).as("statements over the users").isGreaterThan(20);
	}

	@Test
	void aRetentionsXmlParsesAndSaysWhatItsJsonSays() throws Exception {
		int checked = 0;
		for (int i = 0; i < 20; i++) {
			for (ObjectNode retention : fetch("taxpayer" + i, FetchRequest.of(ResourceKind.TAX_RETENTIONS)
				.between(TODAY.minusMonths(6), TODAY).ofType("INFLOW").withAttachments())) {
				var xml = io.ponte.fiscal.MexicoFiscalApiTests.parse(retention.get("xml").asString());
				var stamp = xml.getElementsByTagNameNS("http://www.sat.gob.mx/TimbreFiscalDigital", "TimbreFiscalDigital");
				assertThat(((org.w3c.dom.Element) stamp.item(0)).getAttribute("UUID"))
					.isEqualTo(retention.get("invoice_identification").asString());
				var totals = (org.w3c.dom.Element) xml.getElementsByTagNameNS(RetentionXml.RETENCIONES, "Totales").item(0);
				assertThat(new BigDecimal(totals.getAttribute("MontoTotRet")))
					.isEqualByComparingTo(retention.get("total_retained_amount").decimalValue());
				checked++;
			}
		}
		assertThat(checked).isPositive();
	}

	private static BigDecimal bases(List<ObjectNode> invoices, Predicate<JsonNode> which) {
		return invoices.stream().filter(which)
			.map(i -> i.get("subtotal_amount").decimalValue().subtract(i.get("discount_amount").decimalValue()))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
