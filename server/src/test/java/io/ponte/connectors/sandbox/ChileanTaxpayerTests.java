package io.ponte.connectors.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.connectors.Credentials;
import io.ponte.connectors.FetchRequest;
import io.ponte.connectors.LoginResult;
import io.ponte.connectors.ResourceKind;
import io.ponte.connectors.Session;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Chile's sandbox taxpayers, checked over many logins against rules recomputed here rather than taken from the
 * generator: RUT check digits, IVA at 19% to the peso, folios, and debt reports that add up.
 */
class ChileanTaxpayerTests {

	private static final Instant NOW = Instant.parse("2026-11-24T15:00:00Z");

	private static final SandboxConnector SANDBOX = new SandboxConnector(Clock.fixed(NOW, ZoneOffset.UTC));

	/** 197 RUT logins (drawn, with their check digit computed here) and the three documented fiscal users. */
	private static final List<String> USERS = users();

	private static List<String> users() {
		List<String> users = new ArrayList<>(List.of("fiscal100", "fiscal101", "fiscal102"));
		SplittableRandom random = new SplittableRandom(10);
		while (users.size() < 200) {
			int number = random.nextInt(5_000_000, 26_000_000);
			String rut = number + "-" + checkDigit(Integer.toString(number));
			users.add(random.nextBoolean() ? rut : dotted(rut));
		}
		return users;
	}

	/** The SII's modulo 11, written out again: weights 2..7 from the right, 11 is 0 and 10 is K. */
	private static char checkDigit(String number) {
		int[] weights = { 2, 3, 4, 5, 6, 7 };
		int sum = 0;
		for (int i = 0; i < number.length(); i++) {
			sum += Character.digit(number.charAt(number.length() - 1 - i), 10) * weights[i % 6];
		}
		int rest = 11 - sum % 11;
		return rest == 11 ? '0' : rest == 10 ? 'K' : Character.forDigit(rest, 10);
	}

	private static boolean validRut(String rut) {
		if (!rut.matches("[1-9][0-9]{5,8}-[0-9K]")) {
			return false;
		}
		String[] parts = rut.split("-");
		return parts[1].charAt(0) == checkDigit(parts[0]);
	}

	private static String dotted(String rut) {
		String number = rut.substring(0, rut.indexOf('-'));
		StringBuilder dotted = new StringBuilder(number);
		for (int i = number.length() - 3; i > 0; i -= 3) {
			dotted.insert(i, '.');
		}
		return dotted + rut.substring(rut.indexOf('-'));
	}

	private static List<ObjectNode> fetch(String user, ResourceKind kind, SandboxConnector sandbox) {
		return sandbox.fetch(new Session("naboo_cl_fiscal", "CL", Persona.userKey(user), null),
				FetchRequest.of(kind).between(null, LocalDate.of(2026, 11, 24)));
	}

	private static List<ObjectNode> fetch(String user, ResourceKind kind) {
		return fetch(user, kind, SANDBOX);
	}

	private static long pesos(JsonNode amount) {
		BigDecimal value = amount.decimalValue();
		assertThat(value.scale()).as("two decimals").isEqualTo(2);
		return value.setScale(0, RoundingMode.UNNECESSARY).longValueExact();
	}

	@Test
	void rutsAreValidatedByTheirCheckDigitWhateverTheirPunctuation() {
		assertThat(Documents.isValidRut("12.345.678-5")).isTrue();
		assertThat(Documents.isValidRut("12345678-5")).isTrue();
		assertThat(Documents.isValidRut("123456785")).isTrue();
		assertThat(Documents.isValidRut("10.000.013-k")).isTrue();
		assertThat(Documents.normalizedRut("10.000.013-k")).isEqualTo("10000013-K");
		assertThat(Documents.isValidRut("15000013-0")).isTrue();
		assertThat(Documents.isValidRut("12.345.678-9")).isFalse();
		assertThat(Documents.isValidRut("10000013-0")).isFalse();
		assertThat(Documents.isValidRut("fiscal100")).isFalse();
		assertThat(Documents.isValidRut("")).isFalse();
		assertThat(Documents.isValidRut(null)).isFalse();
		SplittableRandom random = new SplittableRandom(3);
		for (int i = 0; i < 1_000; i++) {
			String rut = Documents.rut(random, 1_000_000, 99_999_999);
			assertThat(validRut(rut)).as(rut).isTrue();
		}
	}

	@Test
	void aRutLogsInAsItselfAndAWrongCheckDigitDoesNotLogIn() {
		assertThat(login("12.345.678-5", "Clave123")).isInstanceOf(LoginResult.Success.class);
		assertThat(login("12.345.678-9", "Clave123")).isInstanceOf(LoginResult.Failure.class);
		assertThat(login("fiscal100", "full")).isInstanceOf(LoginResult.Success.class);
		assertThat(login("fiscal100", "other")).isInstanceOf(LoginResult.Failure.class);
		assertThat(fetch("12.345.678-5", ResourceKind.TAX_STATUS).getFirst().at("/entity_details/document_id_number")
			.asString()).isEqualTo("12345678-5");
		assertThat(fetch("12345678-5", ResourceKind.INVOICES)).isEqualTo(fetch("12.345.678-5", ResourceKind.INVOICES));
	}

	private static LoginResult login(String username, String password) {
		return SANDBOX.login(new Credentials("naboo_cl_fiscal", "CL", username, null, null, null, password, null),
				null, null);
	}

	@Test
	void everyInvoiceOfEveryTaxpayerAddsUpToThePeso() {
		Set<Integer> codes = new HashSet<>();
		int invoices = 0;
		for (String user : USERS) {
			String rut = Documents.normalizedRut(user);
			Map<String, JsonNode> byFolio = new HashMap<>();
			for (ObjectNode invoice : fetch(user, ResourceKind.INVOICES)) {
				invoices++;
				String sender = invoice.get("sender_id").asString();
				String receiver = invoice.get("receiver_id").asString();
				assertThat(validRut(sender)).as("sender %s", invoice).isTrue();
				assertThat(validRut(receiver)).as("receiver %s", invoice).isTrue();
				boolean outflow = invoice.get("type").asString().equals("OUTFLOW");
				if (rut != null) {
					assertThat(outflow ? sender : receiver).isEqualTo(rut);
				}
				int code = invoice.get("document_code").asInt();
				codes.add(code);
				assertThat(code).isIn(33, 34, 39, 56, 61);
				long net = pesos(invoice.get("net_amount"));
				long vat = pesos(invoice.get("vat_amount"));
				long total = pesos(invoice.get("total_amount"));
				JsonNode details = invoice.get(outflow ? "sales_invoice_details" : "purchase_invoice_details");
				long exempt = code == 39 ? pesos(invoice.at("/summary_invoice_details/tax_exempt_amount"))
						: pesos(details.get("tax_exempt_amount"));
				assertThat(net + vat + exempt).as("net + IVA + exempt of %s", invoice).isEqualTo(total);
				if (code == 39) {
					assertThat(Math.abs(vat - net * 0.19)).as("boleta IVA of %s", invoice).isLessThanOrEqualTo(1.0);
					assertThat(invoice.at("/summary_invoice_details/total_documents").asInt()).isPositive();
				}
				else {
					long expected = BigDecimal.valueOf(net).multiply(new BigDecimal("0.19"))
						.setScale(0, RoundingMode.HALF_UP).longValueExact();
					assertThat(vat).as("IVA of %s", invoice).isEqualTo(expected);
				}
				if (code == 34) {
					assertThat(net).isZero();
				}
				if (!outflow) {
					assertThat(pesos(details.get("vat_refundable_amount")) + pesos(details.get("vat_non_refundable_amount")))
						.isEqualTo(vat);
				}
				String key = sender + "/" + code + "/" + invoice.get("folio").asString();
				assertThat(byFolio.put(key, invoice)).as("folio %s once", key).isNull();
				if (outflow && (code == 56 || code == 61)) {
					JsonNode referenced = byFolio.get(sender + "/" + details.get("reference_document_type").asString()
							+ "/" + details.get("reference_document_folio").asString());
					assertThat(referenced).as("the document %s refers to", invoice).isNotNull();
					assertThat(referenced.get("receiver_id").asString()).isEqualTo(receiver);
				}
			}
		}
		assertThat(invoices).isGreaterThan(USERS.size() * 50);
		assertThat(codes).containsExactlyInAnyOrder(33, 34, 39, 56, 61);
	}

	@Test
	void ownFoliosRunOnWithTheDates() {
		for (String user : USERS.subList(0, 40)) {
			Map<Integer, Long> last = new HashMap<>();
			Map<Integer, String> lastDate = new HashMap<>();
			for (ObjectNode invoice : fetch(user, ResourceKind.INVOICES)) {
				if (invoice.get("type").asString().equals("OUTFLOW")) {
					int code = invoice.get("document_code").asInt();
					long folio = Long.parseLong(invoice.get("folio").asString());
					String date = invoice.get("issue_date").asString();
					if (last.containsKey(code) && date.compareTo(lastDate.get(code)) > 0) {
						assertThat(folio).as("%s folio %s after %s", user, code, date).isGreaterThan(last.get(code));
					}
					last.put(code, folio);
					lastDate.put(code, date);
				}
			}
		}
	}

	@Test
	void taxStatusAgreesWithTheTaxpayerAndTheirInvoices() {
		for (String user : USERS) {
			List<ObjectNode> statuses = fetch(user, ResourceKind.TAX_STATUS);
			if (user.equals("fiscal101")) {
				assertThat(statuses).isEmpty();
				continue;
			}
			JsonNode status = statuses.getFirst();
			String rut = status.at("/entity_details/document_id_number").asString();
			assertThat(validRut(rut)).isTrue();
			if (Documents.normalizedRut(user) != null) {
				assertThat(rut).isEqualTo(Documents.normalizedRut(user));
			}
			LocalDate start = LocalDate.parse(status.at("/entity_details/start_date").asString());
			Set<String> authorized = new HashSet<>();
			status.get("authorized_tax_documents").forEach(d -> authorized.add(d.get("type").asString().split(" ")[0]));
			assertThat(status.get("economic_activities")).isNotEmpty();
			status.get("economic_activities").forEach(a -> {
				assertThat(a.get("code").asString()).matches("\\d{6}");
				assertThat(LocalDate.parse(a.get("start_date").asString())).isAfterOrEqualTo(start);
			});
			assertThat(status.get("regimes")).singleElement()
				.satisfies(r -> assertThat(r.get("type").asString()).startsWith("Régimen Pro Pyme"));
			for (ObjectNode invoice : fetch(user, ResourceKind.INVOICES)) {
				assertThat(LocalDate.parse(invoice.get("issue_date").asString())).isAfterOrEqualTo(start);
				if (invoice.get("type").asString().equals("OUTFLOW")) {
					assertThat(authorized).contains(invoice.get("document_code").asString());
					assertThat(invoice.get("sender_name").asString()).isEqualTo(status.at("/entity_details/name").asString());
				}
			}
		}
	}

	@Test
	void debtReportTotalsAreTheSumsOfTheirDebts() {
		for (String user : USERS) {
			for (ObjectNode report : fetch(user, ResourceKind.DEBT_REPORTS)) {
				assertThat(validRut(report.at("/personal_data/document_id_number").asString())).isTrue();
				Map<String, Long> sums = new HashMap<>();
				for (String list : List.of("direct_debts", "indirect_debts")) {
					report.get(list).forEach(debt -> {
						long parts = 0;
						for (String part : List.of("current", "delinquent", "severely_delinquent", "defaulted")) {
							parts += pesos(debt.get(part));
							sums.merge(part, pesos(debt.get(part)), Long::sum);
						}
						assertThat(pesos(debt.get("amount"))).isEqualTo(parts);
						sums.merge("total", pesos(debt.get("amount")), Long::sum);
					});
				}
				for (String total : List.of("total", "current", "delinquent", "severely_delinquent", "defaulted")) {
					assertThat(pesos(report.get(total))).as("%s of %s", total, user)
						.isEqualTo(sums.getOrDefault(total, 0L));
				}
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "fiscal101" })
	void theNoDataUserHasNothing(String user) {
		for (ResourceKind kind : ChileanTaxpayer.FOR.keySet()) {
			assertThat(fetch(user, kind)).as(kind.name()).isEmpty();
		}
	}

	@Test
	void theLowDataUserHasAFewSalesAndTheFullUserEveryKindOfDocument() {
		List<ObjectNode> low = fetch("fiscal102", ResourceKind.INVOICES);
		assertThat(low).isNotEmpty().allSatisfy(i -> assertThat(i.get("type").asString()).isEqualTo("OUTFLOW"));
		Set<Integer> full = new HashSet<>();
		fetch("fiscal100", ResourceKind.INVOICES).forEach(i -> full.add(i.get("document_code").asInt()));
		assertThat(full).containsExactlyInAnyOrder(33, 34, 39, 56, 61);
		JsonNode debts = fetch("fiscal100", ResourceKind.DEBT_REPORTS).getFirst();
		assertThat(pesos(debts.get("defaulted"))).isPositive();
		assertThat(fetch("fiscal100", ResourceKind.TAX_STATUS).getFirst().get("property_tax_liabilities")).isNotEmpty();
	}

	@Test
	void historyStaysAsItWasAndALaterDayOnlyAddsToIt() {
		SandboxConnector later = new SandboxConnector(Clock.fixed(NOW.plusSeconds(86_400 * 40), ZoneOffset.UTC));
		for (String user : USERS.subList(0, 20)) {
			List<ObjectNode> before = fetch(user, ResourceKind.INVOICES, SANDBOX);
			List<ObjectNode> after = fetch(user, ResourceKind.INVOICES, later);
			assertThat(after).containsAll(before.stream().filter(i -> i.get("claim_date").isNull()
					&& LocalDate.parse(i.get("issue_date").asString()).isBefore(LocalDate.of(2026, 11, 1))).toList());
			assertThat(fetch(user, ResourceKind.INVOICES, SANDBOX)).isEqualTo(before);
		}
	}

}
