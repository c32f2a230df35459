package io.ponte.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One HTTP response, with its body parsed as JSON when it is JSON. */
public record ApiResponse(int status, HttpHeaders headers, String body) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public JsonNode json() {
		return JSON.readTree(this.body);
	}

	/**
	 * The {@code results} of a list answer, failing when there are none: an assertion made on every result of an
	 * empty list proves nothing.
	 */
	public JsonNode results() {
		JsonNode results = json().get("results");
		assertThat(results).as("a list answer: %s", this.body).isNotNull();
		assertThat(results.size()).as("results of a list expected to match something").isPositive();
		return results;
	}

	public String header(String name) {
		return this.headers.firstValue(name).orElse(null);
	}

	/**
	 * Asserts a Belvo error: the status, a one-item JSON array with this code, the field when given, and a
	 * 32-hex request id equal to the {@code X-Request-Id} header.
	 */
	public ApiResponse assertError(int expectedStatus, String code, String field) {
		assertThat(this.status).as("status of %s", this.body.length() > 300 ? this.body.substring(0, 300) : this.body).isEqualTo(expectedStatus);
		assertThat(header("Content-Type")).startsWith("application/json");
		JsonNode errors = json();
		assertThat(errors.isArray()).as("error body is an array: %s", this.body).isTrue();
		assertThat(errors.size()).isEqualTo(1);
		JsonNode error = errors.get(0);
		assertThat(error.get("code").asString()).isEqualTo(code);
		assertThat(error.get("message").asString()).isNotBlank();
		assertThat(error.get("request_id").asString()).matches("[a-f0-9]{32}").isEqualTo(header("X-Request-Id"));
		if (field != null) {
			assertThat(error.get("field").asString()).isEqualTo(field);
		}
		else {
			assertThat(error.has("field")).as("no field in %s", this.body).isFalse();
		}
		return this;
	}

	public ApiResponse assertStatus(int expected) {
		assertThat(this.status).as("status of %s", this.body.length() > 300 ? this.body.substring(0, 300) : this.body).isEqualTo(expected);
		return this;
	}

}
