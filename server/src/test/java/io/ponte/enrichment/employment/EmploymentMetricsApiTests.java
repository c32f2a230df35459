package io.ponte.enrichment.employment;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.testing.ApiClient;
import io.ponte.testing.Json;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Employment metrics through HTTP, computed from the IMSS report the link stored: as of today and as of a named
 * reference date, listed, shown and deleted; their job counts agree with the report as the API serves it. Every
 * response is checked against the OpenAPI description by the client.
 */
class EmploymentMetricsApiTests {

	@OnEachDatabase
	void theyAreComputedFromTheStoredReportAsOfTodayOrAReferenceDate(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = client.post("/api/links/", Json.object("institution", "planet_mx_retail", "username", "gig100",
				"password", "full", "fetch_resources", List.of()))
			.assertStatus(201)
			.json()
			.get("id")
			.asString();
		JsonNode report = client.post("/api/employment-records/", Json.object("link", link)).assertStatus(201).json();
		JsonNode records = report.get(0).get("employment_records");

		JsonNode metrics = client.post("/api/employment-metrics/", Json.object("link", link)).assertStatus(201).json();

		assertThat(metrics.get("link").asString()).isEqualTo(link);
		assertThat(metrics.get("reference_date").isNull()).isTrue();
		assertThat(metrics.get("employer_count").asInt()).isEqualTo(records.size());
		long lasting = 0;
		for (JsonNode record : records) {
			lasting += record.get("end_date").isNull() ? 1 : 0;
		}
		assertThat(metrics.get("current_status").asString()).isEqualTo(lasting > 0 ? "EMPLOYED" : "UNEMPLOYED");
		assertThat(metrics.get("age").asInt()).isBetween(16, 100);

		String earliest = records.get(records.size() - 1).get("start_date").asString();
		JsonNode before = client.post("/api/employment-metrics/", Json.object("link", link, "reference_date",
				java.time.LocalDate.parse(earliest).minusDays(1).toString())).assertStatus(201).json();
		assertThat(before.get("reference_date").asString()).isNotNull();
		assertThat(before.get("employer_count").isNull()).as("no job yet on the day before the first").isTrue();
		assertThat(before.get("id").asString()).isNotEqualTo(metrics.get("id").asString());
		client.post("/api/employment-metrics/", Json.object("link", link, "reference_date", "2999-01-01"))
			.assertStatus(400);

		assertThat(client.get("/api/employment-metrics/?link=" + link).json().get("count").asInt()).isEqualTo(2);
		String detail = "/api/employment-metrics/" + metrics.get("id").asString() + "/";
		assertThat(client.get(detail).assertStatus(200).json()).isEqualTo(metrics);
		server.newSandboxClient().get(detail).assertError(404, "not_found", null);
		client.send("DELETE", detail, null, Map.of()).assertStatus(204);
		client.get(detail).assertError(404, "not_found", null);
	}

}
