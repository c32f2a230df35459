package io.ponte.enrichment.employment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The metrics of a hand-built IMSS report, worked out by hand: a first job with a raise, two months without work,
 * a lasting job with a cut and a raise, and a side job overlapping it for three months.
 */
class EmploymentMetricsCalculatorTests {

	private static final LocalDate REFERENCE = LocalDate.of(2024, 6, 30);

	private final ObjectNode report = JsonNodeFactory.instance.objectNode();

	private final ArrayNode records = this.report.putArray("employment_records");

	@Test
	void aCareerOfThreeJobsAsOfAReferenceDate() {
		this.report.putObject("personal_data").put("birth_date", "1990-07-01");
		job("A", "2019-01-01", "2021-06-30", "2019-01-01", 300, "2020-01-01", 330);
		job("B", "2021-09-01", null, "2021-09-01", 400, "2023-03-01", 380, "2024-02-01", 450);
		job("C", "2024-01-01", "2024-03-31", "2024-01-01", 100);

		JsonNode m = EmploymentMetricsCalculator.compute(this.report, REFERENCE);

		assertThat(m.get("age").asInt()).isEqualTo(33);
		assertThat(m.get("current_status").asString()).isEqualTo("EMPLOYED");
		assertThat(m.get("current_employer_count").asInt()).isEqualTo(1);
		assertThat(m.get("base_salary_last").asDouble()).isEqualTo(13500.0);
		assertThat(m.get("weeks_employed_last_job").asDouble()).isEqualTo(Math.round((1034 / 7.0) * 100) / 100.0);
		assertThat(m.get("weeks_since_last_job").asDouble()).isZero();
		assertThat(m.get("weeks_employed_total").asDouble()).isEqualTo(278.0);
		assertThat(m.get("weeks_with_multiple_employers").asDouble()).isEqualTo(13.0);
		assertThat(m.get("employer_count").asInt()).isEqualTo(3);
		assertThat(m.get("unique_employer_count").asInt()).isEqualTo(3);
		assertThat(m.get("weeks_between_jobs").asDouble()).isEqualTo(8.86);
		assertThat(m.get("max_weeks_between_jobs").asDouble()).isEqualTo(8.86);
		assertThat(m.get("increases_last_job").asInt()).isEqualTo(1);
		assertThat(m.get("decreases_last_job").asInt()).isEqualTo(1);
		assertThat(m.get("increases_after_change").asInt()).isEqualTo(1);
		assertThat(m.get("decreases_after_change").asInt()).isZero();
		assertThat(m.get("increases_overall").asInt()).isEqualTo(3);
		assertThat(m.get("decreases_overall").asInt()).isEqualTo(2);
		assertThat(m.get("increases_1y").asInt()).isEqualTo(1);
		assertThat(m.get("decreases_1y").asInt()).isEqualTo(1);
		assertThat(m.get("increases_3y").asInt()).isEqualTo(2);
		assertThat(m.get("decreases_3y").asInt()).isEqualTo(2);
		assertThat(m.get("increases_5y").asInt()).isEqualTo(3);
		assertThat(m.get("yearly_change_1y").asDouble()).isEqualTo(18.42);
		assertThat(m.get("yearly_change_3y").asDouble()).isEqualTo(36.36);
		assertThat(m.get("yearly_change_5y").asDouble()).isEqualTo(50.0);
		assertThat(m.get("min_monthly_salary_1y").asDouble()).isEqualTo(11400.0);
		assertThat(m.get("max_monthly_salary_1y").asDouble()).isEqualTo(16500.0);
		assertThat(m.get("average_monthly_salary_1y").asDouble()).isEqualTo(13025.0);
	}

	@Test
	void aShortCareerLeavesTheLongerWindowsNull() {
		job("A", "2023-01-01", "2024-05-31", "2023-01-01", 300);

		JsonNode m = EmploymentMetricsCalculator.compute(this.report, REFERENCE);

		assertThat(m.get("current_status").asString()).isEqualTo("UNEMPLOYED");
		assertThat(m.get("weeks_since_last_job").asDouble()).isEqualTo(4.29);
		assertThat(m.get("increases_3y").isNull()).isTrue();
		assertThat(m.get("yearly_change_5y").isNull()).isTrue();
		assertThat(m.get("increases_after_change").isNull()).as("no change of job").isTrue();
		assertThat(m.get("increases_1y").asInt()).isZero();
	}

	private void job(String employer, String start, String end, Object... salaries) {
		ObjectNode record = this.records.addObject();
		record.put("employer_id", employer).put("start_date", start).put("end_date", end);
		double last = ((Number) salaries[salaries.length - 1]).doubleValue();
		record.put("most_recent_base_salary", last).put("monthly_salary", last * 30);
		ArrayNode updates = record.putArray("employment_status_updates");
		for (int i = 0; i < salaries.length; i += 2) {
			updates.addObject()
				.put("event", i == 0 ? "HIRED" : "SALARY_MODIFICATION")
				.put("update_date", (String) salaries[i])
				.put("base_salary", ((Number) salaries[i + 1]).doubleValue());
		}
	}

}
