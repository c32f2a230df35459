package io.ponte.connectors.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.connectors.FetchRequest;
import io.ponte.connectors.ResourceKind;
import io.ponte.connectors.Session;
import io.ponte.fiscal.MexicoFiscalApiTests;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.node.ObjectNode;

/**
 * What every sandbox taxpayer's SAT data guarantees, checked over many generated users with check digits and
 * totals recomputed here rather than read from the generator.
 */
class SandboxTaxpayerTests {

	private static final Instant NOW = Instant.parse("2026-11-24T15:00:00Z");

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

	private static final String RFC_ALPHABET = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ";

	private static final String CURP_ALPHABET = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";

	private final SandboxConnector sandbox = new SandboxConnector(Clock.fixed(NOW, ZoneOffset.UTC));

	private static List<String> users(int count) {
		List<String> users = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			users.add("taxpayer" + i);
		}
		return users;
	}

	private List<ObjectNode> fetch(String institution, String user, FetchRequest request) {
		return this.sandbox.fetch(new Session(institution, "MX", user, null), request);
	}

	private List<ObjectNode> invoices(String user, String type, boolean xml) {
		FetchRequest request = FetchRequest.of(ResourceKind.INVOICES).between(TODAY.minusYears(1), TODAY);
		request = type == null ? request : request.ofType(type);
		return fetch("tatooine_mx_retail", user, xml ? request.withAttachments() : request);
	}

	@Test
	void everyTaxpayerHasValidDocumentsAndInvoicesThatAddUpToTheCent() {
		int issued = 0;
		int slips = 0;
		for (String user : users(200)) {
			ObjectNode status = fetch("tatooine_mx_retail", user, FetchRequest.of(ResourceKind.TAX_STATUS)).getFirst();
			String rfc = status.at("/tax_payer_information/rfc").asString();
			assertThat(rfcCheckDigitHolds(rfc)).as("RFC %s of %s", rfc, user).isTrue();
			assertThat(curpCheckDigitHolds(status.at("/tax_payer_information/curp").asString())).as(user).isTrue();
			for (ObjectNode invoice : invoices(user, null, false)) {
				MexicoFiscalApiTests.assertAddsUp(invoice);
				String own = invoice.get("type").asString().equals("INFLOW") ? "receiver_id" : "sender_id";
				assertThat(invoice.get(own).asString()).isEqualTo(rfc);
				String other = invoice.get("type").asString().equals("INFLOW") ? "sender_id" : "receiver_id";
				assertThat(rfcCheckDigitHolds(invoice.get(other).asString()))
					.as("counterparty RFC %s", invoice.get(other)).isTrue();
				issued += invoice.get("type").asString().equals("OUTFLOW") ? 1 : 0;
				slips += invoice.get("invoice_type").asString().equals("Nómina") ? 1 : 0;
				if (invoice.get("payroll").isObject()) {
					assertThat(invoice.at("/payroll/amount").decimalValue().subtract(invoice.get("discount_amount")
						.decimalValue())).isEqualByComparingTo(invoice.get("total_amount").decimalValue());
				}
			}
		}
		assertThat(issued).as("invoices issued by freelancers").isPositive();
		assertThat(slips).as("pay slips").isPositive();
	}

	@Test
	void everyPaySlipsNetIsACreditTheBankPaidTheSameUsernameFromTheSameEmployer() {
		for (String user : users(30)) {
			List<ObjectNode> slips = invoices(user, "INFLOW", false).stream()
				.filter(i -> i.get("invoice_type").asString().equals("Nómina"))
				.toList();
			if (slips.isEmpty()) {
				continue;
			}
			Map<LocalDate, List<BigDecimal>> credits = fetch("gringotts_mx_retail", user,
					FetchRequest.of(ResourceKind.TRANSACTIONS).between(TODAY.minusYears(1), TODAY))
				.stream()
				.filter(t -> t.get("type").asString().equals("INFLOW"))
				.collect(Collectors.groupingBy(t -> LocalDate.parse(t.get("value_date").asString()),
						Collectors.mapping(t -> t.get("amount").decimalValue(), Collectors.toList())));
			for (ObjectNode slip : slips) {
				LocalDate paid = LocalDate.parse(slip.at("/payroll/payment_date").asString());
				if (paid.isBefore(TODAY.minusYears(1).plusDays(1))) {
					continue;
				}
				assertThat(credits.getOrDefault(paid, List.of()))
					.as("%s paid %s on %s", user, slip.get("total_amount"), paid)
					.anySatisfy(amount -> assertThat(amount).isEqualByComparingTo(slip.get("total_amount").decimalValue()));
			}
		}
	}

	@Test
	void theXmlOfEveryInvoiceParsesAndSaysWhatItsJsonSays() throws Exception {
		for (String user : users(20)) {
			for (ObjectNode invoice : invoices(user, null, true)) {
				Document xml = MexicoFiscalApiTests.parse(invoice.get("xml").asString());
				Element root = xml.getDocumentElement();
				assertThat(root.getAttribute("Version")).isEqualTo("4.0");
				assertThat(new BigDecimal(root.getAttribute("Total")))
					.isEqualByComparingTo(invoice.get("total_amount").decimalValue());
				assertThat(root.getAttribute("TipoDeComprobante"))
					.isEqualTo(invoice.get("invoice_type").asString().substring(0, 1).replace('Ó', 'N'));
				Element stamp = (Element) xml
					.getElementsByTagNameNS("http://www.sat.gob.mx/TimbreFiscalDigital", "TimbreFiscalDigital")
					.item(0);
				assertThat(stamp.getAttribute("UUID")).isEqualTo(invoice.get("invoice_identification").asString());
				NodeList concepts = xml.getElementsByTagNameNS("http://www.sat.gob.mx/cfd/4", "Concepto");
				assertThat(concepts.getLength()).isEqualTo(invoice.get("invoice_details").size());
				BigDecimal amounts = BigDecimal.ZERO;
				for (int i = 0; i < concepts.getLength(); i++) {
					Element concept = (Element) concepts.item(i);
					amounts = amounts.add(new BigDecimal(concept.getAttribute("Cantidad"))
						.multiply(new BigDecimal(concept.getAttribute("ValorUnitario"))));
				}
				assertThat(new BigDecimal(root.getAttribute("SubTotal"))).isEqualByComparingTo(amounts);
			}
		}
	}

	@Test
	void aTaxpayerIsTheSameEveryTimeAndItsYearOnlyGrows() {
		List<ObjectNode> before = new SandboxConnector(Clock.fixed(NOW.minusSeconds(86_400 * 30), ZoneOffset.UTC))
			.fetch(new Session("tatooine_mx_retail", "MX", "fiscal100", null),
					FetchRequest.of(ResourceKind.INVOICES).between(TODAY.minusYears(1), TODAY));
		List<ObjectNode> now = invoices("fiscal100", null, false);
		assertThat(invoices("fiscal100", null, false)).isEqualTo(now);
		assertThat(now).containsAll(before);
		assertThat(now.size()).isGreaterThan(before.size());
	}

	/** SAT's RFC check digit, computed here: weights 13..2 over the (space-padded) 12-character base, mod 11. */
	static boolean rfcCheckDigitHolds(String rfc) {
		if (rfc.equals("XAXX010101000")) {
			return true;
		}
		if (!rfc.matches("[A-ZÑ&]{3,4}\\d{6}[A-Z0-9]{2}[0-9A]")) {
			return false;
		}
		String base = (rfc.length() == 12 ? " " : "") + rfc.substring(0, rfc.length() - 1);
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			sum += RFC_ALPHABET.indexOf(base.charAt(i)) * (13 - i);
		}
		int digit = (11 - sum % 11) % 11;
		char expected = digit == 10 ? 'A' : (char) ('0' + digit);
		return rfc.charAt(rfc.length() - 1) == expected;
	}

	/** RENAPO's CURP check digit, computed here: weights 18..2 over the first 17 characters, mod 10. */
	static boolean curpCheckDigitHolds(String curp) {
		if (!curp.matches("[A-Z]{4}\\d{6}[HM][A-Z]{5}[0-9A-Z]\\d")) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += CURP_ALPHABET.indexOf(curp.charAt(i)) * (18 - i);
		}
		return curp.charAt(17) - '0' == (10 - sum % 10) % 10;
	}

}
