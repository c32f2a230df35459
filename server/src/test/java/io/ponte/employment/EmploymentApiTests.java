package io.ponte.employment;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.testing.ApiClient;
import io.ponte.testing.Json;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Employment data through HTTP: Brazil's INSS employments and Mexico's IMSS employment records and current
 * employment, for the documented sandbox workers and for real-looking logins (CPF, CURP); every response is
 * checked against the OpenAPI description by the client.
 */
class EmploymentApiTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

	private static final String INSS = "inss_br_employment";

	private static final String IMSS = "planet_mx_retail";

	static String link(ApiClient client, String institution, String username, String password) {
		Map<String, Object> body = new java.util.LinkedHashMap<>();
		body.put("institution", institution);
		body.put("username", username);
		if (password != null) {
			body.put("password", password);
		}
		body.put("fetch_resources", List.of());
		return client.post("/api/links/", Json.of(body)).assertStatus(201).json().get("id").asString();
	}

	@OnEachDatabase
	void brazilianEmploymentsAreRetrievedStoredFilteredAndDeleted(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = link(client, INSS, "gig100", "full");

		JsonNode retrieved = client.post("/api/br/employments/", Json.object("link", link, "date_from",
				TODAY.minusDays(730), "date_to", TODAY)).assertStatus(201).json();
		assertThat(retrieved.size()).isPositive();
		JsonNode current = retrieved.get(0);
		assertThat(current.get("end_date").isNull()).as("the full worker's job lasts").isTrue();
		assertThat(current.get("link").asString()).isEqualTo(link);
		assertThat(current.get("employer_data").get("code").asString()).matches("\\d{14}");
		assertThat(current.get("salaries").size()).isGreaterThanOrEqualTo(24);
		assertThat(current.has("internal_identification")).isFalse();

		JsonNode again = client.post("/api/br/employments/", Json.object("link", link)).assertStatus(201).json();
		assertThat(again.get(0).get("id").asString()).isEqualTo(current.get("id").asString());
		JsonNode page = client.get("/api/br/employments/?link=" + link).assertStatus(200).json();
		assertThat(page.get("count").asInt()).isEqualTo(retrieved.size());

		String start = current.get("start_date").asString();
		assertThat(client.get("/api/br/employments/?link=" + link + "&start_date=" + start).json().get("count")
			.asInt()).isEqualTo(1);
		assertThat(client.get("/api/br/employments/?link=" + link + "&start_date__gt=" + start).json().get("count")
			.asInt()).isZero();
		assertThat(client.get("/api/br/employments/?link=" + link + "&end_date__lt=" + TODAY).json().get("count")
			.asInt()).isEqualTo(retrieved.size() - 1);

		String detail = "/api/br/employments/" + current.get("id").asString() + "/";
		assertThat(client.get(detail).assertStatus(200).json()).isEqualTo(page.get("results").get(0));
		server.newSandboxClient().get(detail).assertError(404, "not_found", null);
		client.send("DELETE", detail, null, Map.of()).assertStatus(204);
		client.get(detail).assertError(404, "not_found", null);
	}

	@OnEachDatabase
	void aCpfWithItsGovBrPasswordIsAWorkerOfItsOwnWhoseWindowSelectsJobsAndMonths(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = link(client, INSS, "529.982.247-25", "Senha123gov");

		JsonNode lastYear = client.post("/api/br/employments/", Json.object("link", link, "save_data", false))
			.assertStatus(200)
			.json();
		for (JsonNode employment : lastYear) {
			for (JsonNode salary : employment.get("salaries")) {
				assertThat(YearMonth.parse(salary.get("month").asString()))
					.isAfterOrEqualTo(YearMonth.from(TODAY.minusDays(364)));
			}
		}
		assertThat(client.get("/api/br/employments/?link=" + link).json().get("count").asInt()).isZero();
		JsonNode same = client.post("/api/br/employments/", Json.object("link", link, "save_data", false)).json();
		assertThat(withoutServerFields(same)).isEqualTo(withoutServerFields(lastYear));
	}

	@OnEachDatabase
	void employmentRecordsAndCurrentEmploymentAgreeOnEmployerAndSalary(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = link(client, IMSS, "gig100", "full");

		JsonNode reports = client.post("/api/employment-records/", Json.object("link", link, "attach_pdf", false))
			.assertStatus(201)
			.json();
		assertThat(reports.size()).isEqualTo(1);
		JsonNode report = reports.get(0);
		String curp = report.get("internal_identification").asString();
		assertThat(curp).matches("[A-Z]{4}\\d{6}[HM][A-Z]{5}[0-9A-Z]\\d");
		assertThat(report.get("personal_data").get("entitlements").get("status").asString()).isEqualTo("EMPLOYED");
		JsonNode latest = report.get("employment_records").get(0);
		assertThat(latest.get("end_date").isNull()).isTrue();
		assertThat(latest.get("collected_at").asString()).isEqualTo(report.get("collected_at").asString());

		JsonNode currents = client.post("/api/mx/current-employments/", Json.object("link", link))
			.assertStatus(201)
			.json();
		JsonNode current = currents.get(0);
		assertThat(current.get("status").asString()).isEqualTo("EMPLOYED");
		assertThat(current.get("internal_identification").asString()).isEqualTo(curp);
		assertThat(current.get("month").asString()).isEqualTo(YearMonth.from(TODAY).toString());
		JsonNode job = current.get("current_employment_records").get(0);
		assertThat(job.get("employer").asString()).isEqualTo(latest.get("employer").asString());
		assertThat(job.get("employer_id").asString()).isEqualTo(latest.get("employer_id").asString());
		assertThat(job.get("base_salary").decimalValue())
			.isEqualByComparingTo(latest.get("most_recent_base_salary").decimalValue());
		assertThat(job.get("monthly_salary").decimalValue())
			.isEqualByComparingTo(latest.get("monthly_salary").decimalValue());

		assertThat(client.get("/api/employment-records/?internal_identification=" + curp).json().get("count").asInt())
			.isEqualTo(1);
		assertThat(client.get("/api/employment-records/?internal_identification__in=" + curp + ",XAXX010101HDFXXX01")
			.json()
			.get("count")
			.asInt()).isEqualTo(1);
		assertThat(client.get("/api/employment-records/?link=" + link + "&collected_at__lte=" + TODAY.plusDays(1))
			.json()
			.get("count")
			.asInt()).isEqualTo(1);
		assertThat(client.get("/api/mx/current-employments/?link__in=" + link).json().get("count").asInt()).isEqualTo(1);

		for (String path : List.of("/api/employment-records/", "/api/mx/current-employments/")) {
			JsonNode item = client.get(path + "?link=" + link).results().get(0);
			String detail = path + item.get("id").asString() + "/";
			assertThat(client.get(detail).assertStatus(200).json()).isEqualTo(item);
			client.send("DELETE", detail, null, Map.of()).assertStatus(204);
			client.get(detail).assertError(404, "not_found", null);
		}
	}

	@OnEachDatabase
	void aCurpWithoutPasswordIsAWorkerOfItsOwn(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = link(client, IMSS, "HEGG560427MVZRRL04", null);

		JsonNode report = client.post("/api/employment-records/", Json.object("link", link)).assertStatus(201).json();
		JsonNode current = client.post("/api/mx/current-employments/", Json.object("link", link))
			.assertStatus(201)
			.json();
		assertThat(report.size()).isEqualTo(1);
		assertThat(current.size()).isEqualTo(1);
		assertThat(report.get(0).get("files").isNull()).isTrue();
		assertThat(report.get(0).get("internal_identification").asString()).isEqualTo("HEGG560427MVZRRL04");
		assertThat(current.get(0).get("personal_data").get("birth_date").asString()).isEqualTo("1956-04-27");
		JsonNode withPdf = client.post("/api/employment-records/", Json.object("link", link, "attach_pdf", true))
			.assertStatus(201)
			.json()
			.get(0);
		byte[] pdf = java.util.Base64.getDecoder().decode(withPdf.get("files").get(0).get("value").asString());
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(client.get("/api/employment-records/" + withPdf.get("id").asString() + "/").json().get("files"))
			.isEqualTo(withPdf.get("files"));
		JsonNode again = client.post("/api/employment-records/", Json.object("link", link)).json();
		assertThat(again.get(0).get("id").asString()).isEqualTo(report.get(0).get("id").asString());
		assertThat(jobs(again.get(0))).isEqualTo(jobs(report.get(0)));
	}

	@OnEachDatabase
	void theDocumentedWorkersHaveTheirShapes(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String nodataBr = link(client, INSS, "gig101", "nodata");
		String nodataMx = link(client, IMSS, "gig101", "nodata");
		assertThat(client.post("/api/br/employments/", Json.object("link", nodataBr)).json().size()).isZero();
		assertThat(client.post("/api/employment-records/", Json.object("link", nodataMx)).json().size()).isZero();
		assertThat(client.post("/api/mx/current-employments/", Json.object("link", nodataMx)).json().size()).isZero();

		String lowBr = link(client, INSS, "gig102", "low");
		JsonNode low = client.post("/api/br/employments/", Json.object("link", lowBr, "date_from",
				TODAY.minusDays(730))).assertStatus(201).json();
		assertThat(low.size()).isEqualTo(1);
		String lowMx = link(client, IMSS, "gig102", "low");
		assertThat(client.post("/api/employment-records/", Json.object("link", lowMx)).json().get(0)
			.get("employment_records")
			.size()).isEqualTo(1);

		String negative = link(client, IMSS, "gig103", "negative");
		JsonNode current = client.post("/api/mx/current-employments/", Json.object("link", negative)).json().get(0);
		assertThat(current.get("status").asString()).isEqualTo("EMPLOYED");

		// a documented worker with another password is refused, as on the banks
		client.post("/api/links/", Json.object("institution", INSS, "username", "gig100", "password", "wrong-pass",
				"fetch_resources", List.of())).assertError(400, "login_error", null);
	}

	@OnEachDatabase
	void badRetrievalsAnswer400NamingTheFieldAndWriteNothing(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String employment = link(client, INSS, "gig100", "full");
		String bank = link(client, "erebor_br_retail", "bnk100", "full");

		client.post("/api/br/employments/", Json.object("link", bank)).assertError(400, "unsupported_operation", null);
		client.post("/api/accounts/", Json.object("link", employment))
			.assertError(400, "unsupported_operation", null);
		client.post("/api/br/employments/", Json.object("link", employment, "date_from", TODAY, "date_to",
				TODAY.minusDays(3))).assertError(400, "invalid", "date_to");
		client.post("/api/br/employments/", Json.object("link", employment, "date_from", TODAY.minusDays(800),
				"date_to", TODAY)).assertError(400, "invalid", "date_from");
		client.post("/api/br/employments/", Json.object("link", employment, "date_from", "03/12/2026"))
			.assertError(400, "invalid", "date_from");
		client.post("/api/br/employments/", Json.object("date_from", TODAY)).assertError(400, "required", "link");
		client.post("/api/br/employments/", Json.object("link", "not-a-link")).assertError(400, "invalid", "link");
		assertThat(client.get("/api/br/employments/?link=" + employment).json().get("count").asInt()).isZero();

		String imss = link(client, IMSS, "gig100", "full");
		client.post("/api/employment-records/", Json.object("link", imss, "attach_pdf", "yes"))
			.assertError(400, "invalid", "attach_pdf");
		client.post("/api/employment-records/", Json.object("link", bank))
			.assertError(400, "unsupported_operation", null);
		client.post("/api/mx/current-employments/", Json.object("link", employment))
			.assertError(400, "unsupported_operation", null);
		assertThat(client.get("/api/employment-records/?link=" + imss).json().get("count").asInt()).isZero();
		assertThat(client.get("/api/mx/current-employments/?link=" + imss).json().get("count").asInt()).isZero();

		// the login forms: a CPF, a CURP or a documented worker, nothing else
		client.post("/api/links/", Json.object("institution", INSS, "username", "12345", "password", "Senha123gov"))
			.assertError(400, "invalid", "username");
		client.post("/api/links/", Json.object("institution", IMSS, "username", "pegj800101"))
			.assertError(400, "invalid", "username");
	}

	/** Each job of a report: employer, start and latest base daily salary. */
	private static List<String> jobs(JsonNode report) {
		List<String> jobs = new ArrayList<>();
		report.get("employment_records")
			.forEach(r -> jobs.add(r.get("employer").asString() + " " + r.get("start_date").asString() + " "
					+ r.get("most_recent_base_salary").asString()));
		return jobs;
	}

	/** What the sandbox said, without what the server gives each answer (ids, timestamps). */
	private static List<JsonNode> withoutServerFields(JsonNode items) {
		List<JsonNode> copies = new ArrayList<>();
		for (JsonNode item : items) {
			copies.add(((tools.jackson.databind.node.ObjectNode) item.deepCopy()).without(
					List.of("id", "collected_at", "created_at")));
		}
		return copies;
	}

}
