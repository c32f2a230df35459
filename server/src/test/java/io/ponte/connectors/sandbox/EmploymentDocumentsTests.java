package io.ponte.connectors.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.connectors.FetchRequest;
import io.ponte.connectors.ResourceKind;
import io.ponte.connectors.Session;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sandbox's workers, over many generated usernames: documents with valid check digits (recomputed here), job
 * histories that add up, salaries that agree between an institution's resources and with the salary stream the
 * sandbox bank pays the same username in the same country.
 */
class EmploymentDocumentsTests {

	private static final Instant AS_OF = Instant.parse("2026-11-25T15:00:00Z");

	private static final int WORKERS = 200;

	private final SandboxConnector sandbox = new SandboxConnector(Clock.fixed(AS_OF, ZoneOffset.UTC));

	private List<ObjectNode> fetch(String institution, String country, String user, ResourceKind kind) {
		return this.sandbox.fetch(new Session(institution, country, user, null),
				FetchRequest.of(kind).between(LocalDate.of(1990, 1, 1), today(country)).asOf(AS_OF));
	}

	private static LocalDate today(String country) {
		return LocalDate.ofInstant(AS_OF, Country.of(country).offset);
	}

	@Test
	void nssCheckDigitsAreLuhnsAndAlteredOnesFail() {
		SplittableRandom random = new SplittableRandom(7);
		for (int i = 0; i < 500; i++) {
			String nss = Documents.nss(1 + random.nextInt(99), 1990 + random.nextInt(30), 1960 + random.nextInt(40),
					random);
			assertThat(luhnValid(nss)).as(nss).isTrue();
			assertThat(Documents.isValidNss(nss)).isTrue();
			char altered = (char) ('0' + (nss.charAt(10) - '0' + 1) % 10);
			assertThat(Documents.isValidNss(nss.substring(0, 10) + altered)).isFalse();
		}
		assertThat(Documents.isValidNss("1234567890")).isFalse();
	}

	@Test
	void brazilianWorkersHaveValidEmployersSuccessiveJobsAndTheSalariesTheirBankPays() {
		int employed = 0;
		for (String user : users()) {
			List<ObjectNode> employments = fetch("inss_br_employment", "BR", user, ResourceKind.EMPLOYMENTS);
			LocalDate today = today("BR");
			List<JsonNode> sorted = new ArrayList<>(employments);
			sorted.sort(Comparator.comparing(e -> e.get("start_date").asString()));
			assertAtMostTwoAtOnce(sorted, today);
			Persona persona = Persona.of("erebor_br_retail", Country.BR, user);
			List<IncomeStream> streams = persona.incomes.streams(today);
			for (JsonNode employment : employments) {
				JsonNode employer = employment.get("employer_data");
				assertThat(Documents.isValidCnpj(employer.get("code").asString())).as(user).isTrue();
				assertThat(cnpjValid(employer.get("code").asString())).isTrue();
				assertThat(employer.get("economic_activity").asString()).matches("\\d{4}-\\d/\\d{2}");
				LocalDate start = LocalDate.parse(employment.get("start_date").asString());
				String end = employment.get("end_date").asString(null);
				Set<String> months = new HashSet<>();
				for (JsonNode salary : employment.get("salaries")) {
					YearMonth month = YearMonth.parse(salary.get("month").asString());
					assertThat(months.add(month + salary.get("type").asString())).isTrue();
					assertThat(month).isBetween(YearMonth.from(start),
							end == null ? YearMonth.from(today) : YearMonth.parse(end.substring(0, 7)));
					BigDecimal base = salary.get("base_amount").decimalValue();
					BigDecimal retained = salary.get("retained_amount").decimalValue();
					// INSS: 7.5% to 14% by bracket up to a ceiling, hence some, and at most 14% of the base
					assertThat(retained.doubleValue()).isPositive().isLessThanOrEqualTo(base.doubleValue() * 0.14);
					if (salary.get("type").asString().equals("THIRTEENTH")) {
						assertThat(month.getMonthValue()).isEqualTo(12);
					}
				}
				if (end == null && start.isBefore(YearMonth.from(today).minusMonths(1).atDay(1))) {
					employed++;
					long gross = cents(employment.get("salaries").valueStream()
						.filter(s -> s.get("type").asString().equals("REGULAR"))
						.filter(s -> s.get("month").asString().equals(YearMonth.from(today).toString()))
						.findFirst()
						.orElseThrow()
						.get("base_amount"));
					long net = Payroll.netMonthlyCents(Country.BR, gross, today.getYear());
					assertThat(streams).as("%s: the bank's salary from %s", user, employer.get("name"))
						.anyMatch(s -> s.type().equals("SALARY") && s.endDate() == null
								&& s.payer().equals(employer.get("name").asString())
								&& s.amountCents() == perPayment(net, s.frequency()));
				}
			}
		}
		assertThat(employed).isGreaterThan(WORKERS / 3);
	}

	@Test
	void mexicanWorkersHaveValidDocumentsConsistentSalariesAndTheSalariesTheirBankPays() {
		int employed = 0;
		LocalDate today = today("MX");
		for (String user : users()) {
			List<ObjectNode> reports = fetch("planet_mx_retail", "MX", user, ResourceKind.EMPLOYMENT_RECORDS);
			List<ObjectNode> currents = fetch("planet_mx_retail", "MX", user, ResourceKind.CURRENT_EMPLOYMENTS);
			assertThat(reports).hasSize(1);
			assertThat(currents).hasSize(1);
			JsonNode report = reports.getFirst();
			JsonNode current = currents.getFirst();
			for (JsonNode person : List.of(report.get("personal_data"), current.get("personal_data"))) {
				for (JsonNode document : person.get("document_ids")) {
					String number = document.get("document_number").asString();
					switch (document.get("document_type").asString()) {
						case "NSS" -> assertThat(luhnValid(number)).as(number).isTrue();
						case "CURP" -> assertThat(Documents.isValidCurp(number)).as(number).isTrue();
						case "RFC" -> assertThat(Documents.isValidRfc(number)).as(number).isTrue();
						default -> throw new AssertionError(document);
					}
				}
			}
			assertThat(report.get("personal_data").get("document_ids")).isEqualTo(current.get("personal_data").get("document_ids"));
			List<JsonNode> records = report.get("employment_records").valueStream().toList();
			List<JsonNode> chronological = new ArrayList<>(records);
			chronological.sort(Comparator.comparing(r -> r.get("start_date").asString()));
			assertAtMostTwoAtOnce(chronological, today);
			List<JsonNode> open = new ArrayList<>();
			for (JsonNode record : records) {
				assertThat(luhnValid(record.get("employer_id").asString().substring(1))).isTrue();
				LocalDate start = LocalDate.parse(record.get("start_date").asString());
				String end = record.get("end_date").asString(null);
				LocalDate last = end == null ? today : LocalDate.parse(end);
				assertThat(record.get("weeks_employed").asLong())
					.isEqualTo((ChronoUnit.DAYS.between(start, last) + 1) / 7);
				long base = cents(record.get("most_recent_base_salary"));
				assertThat(cents(record.get("monthly_salary"))).isEqualTo(Math.round(base * 30.4));
				List<JsonNode> updates = record.get("employment_status_updates").valueStream().toList();
				assertThat(updates.getFirst().get("event").asString()).isEqualTo("HIRED");
				assertThat(updates.getFirst().get("update_date").asString()).isEqualTo(start.toString());
				assertThat(cents(updates.getLast().get("base_salary"))).isEqualTo(base);
				for (int i = 1; i < updates.size(); i++) {
					assertThat(updates.get(i).get("update_date").asString())
						.isGreaterThanOrEqualTo(updates.get(i - 1).get("update_date").asString());
				}
				if (end == null) {
					open.add(record);
				}
				else {
					assertThat(updates.getLast().get("event").asString()).isEqualTo("DISMISSED_RESIGNED");
				}
			}
			assertThat(current.get("status").asString()).isEqualTo(open.isEmpty() ? "UNEMPLOYED" : "EMPLOYED");
			if (open.isEmpty()) {
				assertThat(current.get("current_employment_records").isNull()).isTrue();
				continue;
			}
			List<IncomeStream> streams = Persona.of("bbva_mx_retail", Country.MX, user).incomes.streams(today);
			for (JsonNode job : current.get("current_employment_records")) {
				JsonNode record = open.stream()
					.filter(r -> r.get("employer").asString().equals(job.get("employer").asString()))
					.findFirst()
					.orElseThrow();
				assertThat(job.get("employer_id").asString()).isEqualTo(record.get("employer_id").asString());
				assertThat(Documents.isValidRfc(job.get("employer_rfc").asString())).isTrue();
				assertThat(cents(job.get("base_salary"))).isEqualTo(cents(record.get("most_recent_base_salary")));
				assertThat(cents(job.get("monthly_salary"))).isEqualTo(cents(record.get("monthly_salary")));
				LocalDate start = LocalDate.parse(record.get("start_date").asString());
				assertThat(job.get("days_employed").asLong()).isEqualTo(ChronoUnit.DAYS.between(start, today) + 1);
				if (start.isBefore(YearMonth.from(today).minusMonths(1).atDay(1))) {
					employed++;
					int years = (int) (ChronoUnit.MONTHS.between(YearMonth.from(start), YearMonth.from(today)) / 12);
					assertThat(paidByTheBank(streams, job.get("employer").asString(), cents(job.get("base_salary")),
							years, today.getYear()))
						.as("%s: the bank pays the salary of %s", user, job)
						.isTrue();
				}
			}
		}
		assertThat(employed).isGreaterThan(WORKERS / 3);
	}

	@Test
	void theWeeksCertificateIsAPdfShowingTheReportsFacts() throws Exception {
		for (String user : users().subList(0, 20)) {
			JsonNode report = this.sandbox.fetch(new Session("planet_mx_retail", "MX", user, null),
					FetchRequest.of(ResourceKind.EMPLOYMENT_RECORDS).withAttachments().asOf(AS_OF)).getFirst();
			JsonNode file = report.get("files").get(0);
			assertThat(file.get("type").asString()).isEqualTo("CONSTANCIA_DE_SEMANAS_COTIZADAS");
			byte[] pdf = java.util.Base64.getDecoder().decode(file.get("value").asString());
			try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
				String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
				assertThat(text).contains(report.get("internal_identification").asString(),
						report.get("social_security_summary").get("weeks_contributed").asString());
				for (JsonNode document2 : report.get("personal_data").get("document_ids")) {
					assertThat(text).contains(document2.get("document_number").asString());
				}
				for (JsonNode job : report.get("employment_records")) {
					assertThat(text).contains(job.get("employer_id").asString(), job.get("start_date").asString(),
							job.get("most_recent_base_salary").asString());
				}
			}
		}
		assertThat(fetch("planet_mx_retail", "MX", "worker1", ResourceKind.EMPLOYMENT_RECORDS).getFirst()
			.get("files")
			.isNull()).isTrue();
	}

	@Test
	void aLoginWithADocumentIsThePersonItNames() {
		Persona punctuated = Persona.of("inss_br_employment", Country.BR, "529.982.247-25");
		Persona plain = Persona.of("erebor_br_retail", Country.BR, "52998224725");
		assertThat(punctuated.taxId).isEqualTo("52998224725").isEqualTo(plain.taxId);
		assertThat(punctuated.fullName()).isEqualTo(plain.fullName());

		JsonNode report = fetch("planet_mx_retail", "MX", "hegg560427mvzrrl04", ResourceKind.EMPLOYMENT_RECORDS)
			.getFirst();
		assertThat(report.get("internal_identification").asString()).isEqualTo("HEGG560427MVZRRL04");
		assertThat(report.get("personal_data").get("birth_date").asString()).isEqualTo("1956-04-27");
		assertThat(Persona.of("bbva_mx_retail", Country.MX, "hegg560427mvzrrl04").female).isTrue();
	}

	@Test
	void theDocumentedWorkersShowTheirShapes() {
		assertThat(fetch("inss_br_employment", "BR", "gig101", ResourceKind.EMPLOYMENTS)).isEmpty();
		assertThat(fetch("planet_mx_retail", "MX", "gig101", ResourceKind.EMPLOYMENT_RECORDS)).isEmpty();
		assertThat(fetch("planet_mx_retail", "MX", "gig101", ResourceKind.CURRENT_EMPLOYMENTS)).isEmpty();
		for (String country : List.of("BR", "MX")) {
			String institution = country.equals("BR") ? "inss_br_employment" : "planet_mx_retail";
			ResourceKind kind = country.equals("BR") ? ResourceKind.EMPLOYMENTS : ResourceKind.EMPLOYMENT_RECORDS;
			for (String user : List.of("gig100", "gig102", "gig103")) {
				List<ObjectNode> documents = fetch(institution, country, user, kind);
				assertThat(documents).as("%s in %s", user, country).isNotEmpty();
			}
			JsonNode low = fetch(institution, country, "gig102", kind).getFirst();
			if (country.equals("MX")) {
				assertThat(low.get("employment_records")).hasSize(1);
				assertThat(low.get("employment_records").get(0).get("end_date").isNull()).isTrue();
			}
			else {
				assertThat(fetch(institution, country, "gig102", kind)).hasSize(1);
			}
		}
		// the full worker has held one job for years, paid at least three times the median
		JsonNode full = fetch("planet_mx_retail", "MX", "gig100", ResourceKind.CURRENT_EMPLOYMENTS).getFirst();
		assertThat(full.get("status").asString()).isEqualTo("EMPLOYED");
		assertThat(cents(full.get("current_employment_records").get(0).get("monthly_salary")))
			.isGreaterThan(3 * Country.MX.medianSalaryCents);
	}

	/**
	 * Whether a SALARY stream of that employer, still paying, pays the net of a gross salary whose integrated
	 * daily base is {@code baseCents}: the gross is searched around the base over the aguinaldo days the law and
	 * contracts give (15 to 40), then its net recomputed with the withholdings.
	 */
	private static boolean paidByTheBank(List<IncomeStream> streams, String employer, long baseCents, int years,
			int year) {
		for (IncomeStream stream : streams) {
			if (!stream.type().equals("SALARY") || stream.endDate() != null || !stream.payer().equals(employer)) {
				continue;
			}
			for (int bonusDays : new int[] { 15, 20, 30, 40 }) {
				int vacation = years < 5 ? 12 + 2 * years : 20 + 2 * ((years - 5) / 5);
				double factor = Math.round((1 + (bonusDays + 0.25 * vacation) / 365.0) * 10_000) / 10_000.0;
				long daily = Math.round(baseCents / factor);
				for (long d = daily - 2; d <= daily + 2; d++) {
					if (Math.round(d * factor) != baseCents) {
						continue;
					}
					for (long gross = 30 * d - 15; gross <= 30 * d + 15; gross++) {
						if (Math.round(gross / 30.0) == d && stream.amountCents() == perPayment(
								Payroll.netMonthlyCents(Country.MX, gross, year), stream.frequency())) {
							return true;
						}
					}
				}
			}
		}
		return false;
	}

	/** A month's net as the stream pays it: monthly, by quincena or by week. */
	private static long perPayment(long net, String frequency) {
		return switch (frequency) {
			case "FORTNIGHTLY" -> (net + 1) / 2;
			case "WEEKLY" -> Math.round(net * 7 / 30.4);
			default -> net;
		};
	}

	/** Jobs follow one another; a part-time second job may run alongside, never a third. */
	private static void assertAtMostTwoAtOnce(List<JsonNode> chronological, LocalDate today) {
		for (int i = 0; i < chronological.size(); i++) {
			JsonNode job = chronological.get(i);
			LocalDate start = LocalDate.parse(job.get("start_date").asString());
			String end = job.get("end_date").asString(null);
			assertThat(start).isBeforeOrEqualTo(today);
			if (end != null) {
				assertThat(LocalDate.parse(end)).isAfterOrEqualTo(start).isBefore(today);
			}
			int overlapping = 0;
			for (int k = 0; k < i; k++) {
				String earlierEnd = chronological.get(k).get("end_date").asString(null);
				if (earlierEnd == null || !LocalDate.parse(earlierEnd).isBefore(start)) {
					overlapping++;
				}
			}
			assertThat(overlapping).as("jobs running at %s", start).isLessThanOrEqualTo(1);
		}
	}

	private static boolean luhnValid(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int d = digits.charAt(digits.length() - 1 - i) - '0';
			if (i % 2 == 1) {
				d *= 2;
			}
			sum += d > 9 ? d - 9 : d;
		}
		return digits.matches("\\d+") && sum % 10 == 0;
	}

	/** The CNPJ's two mod-11 check digits, recomputed. */
	private static boolean cnpjValid(String cnpj) {
		int[] w1 = { 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2 };
		int[] w2 = { 6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2 };
		return digit(cnpj, w1) == cnpj.charAt(12) - '0' && digit(cnpj, w2) == cnpj.charAt(13) - '0';
	}

	private static int digit(String digits, int[] weights) {
		int sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += (digits.charAt(i) - '0') * weights[i];
		}
		return sum % 11 < 2 ? 0 : 11 - sum % 11;
	}

	private static long cents(JsonNode amount) {
		return amount.decimalValue().movePointRight(2).longValueExact();
	}

	/** Generated logins: CPF- and CURP-looking names do not matter to the person drawn, only the username. */
	private static List<String> users() {
		List<String> users = new ArrayList<>();
		for (int i = 0; i < WORKERS; i++) {
			users.add("worker" + i);
		}
		users.addAll(List.of("gig100", "gig102", "gig103"));
		return users;
	}

}
