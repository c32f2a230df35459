package io.ponte.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The oracle itself: if the validator accepted anything, every contract-checked test would be worthless. */
class ContractTests {

	static final HttpHeaders JSON = HttpHeaders.of(Map.of("Content-Type", List.of("application/json")),
			(name, value) -> true);

	static final String INSTITUTION = """
			{"id": 1003, "name": "erebor_mx_retail", "type": "bank", "website": "https://www.erebor.mx",
			 "display_name": "Erebor Mexico", "country_codes": ["MX"], "primary_color": "#056dae",
			 "logo": null, "icon_logo": null, "text_logo": null, "form_fields": [], "features": [],
			 "resources": ["ACCOUNTS"], "integration_type": "credentials", "status": "healthy",
			 "openbanking_information": null}""";

	@BeforeEach
	void specIsAvailable() {
		Assumptions.assumeTrue(Contract.get().available(), """
				CONTRACT NOT CHECKED: no Belvo OpenAPI description at %s. Every API test ran WITHOUT response
				validation. Provide it with -Dponte.spec=/path/to/belvo-openapi.json.""".formatted(Contract.get().spec()));
	}

	@Test
	void aConformingListPageIsAccepted() {
		String page = "{\"count\": 1, \"next\": null, \"previous\": null, \"results\": [" + INSTITUTION + "]}";

		assertThat(Contract.get().violations("GET", "/api/institutions/", 200, JSON, page)).isEmpty();
	}

	@Test
	void aListPageWithWrongTypesIsRejected() {
		String page = "{\"count\":\"many\",\"next\":null,\"previous\":null,\"results\":[{\"id\":\"x\"}]}";

		assertThat(Contract.get().violations("GET", "/api/institutions/", 200, JSON, page)).isNotEmpty();
	}

	@Test
	void aListPageMissingItsEnvelopeIsRejected() {
		assertThat(Contract.get().violations("GET", "/api/institutions/", 200, JSON, "[" + INSTITUTION + "]"))
			.isNotEmpty();
	}

	@Test
	void aConformingErrorArrayIsAccepted() {
		String error = """
				[{"request_id": "9e7b283c6efa449c9c028a16b5c249fd", "message": "Not found", "code": "not_found"}]""";

		assertThat(Contract.get().violations("GET", "/api/institutions/1003/", 404, JSON, error)).isEmpty();
	}

	@Test
	void anErrorThatIsNotAnArrayIsRejected() {
		String error = """
				{"request_id": "9e7b283c6efa449c9c028a16b5c249fd", "message": "Not found", "code": "not_found"}""";

		assertThat(Contract.get().violations("GET", "/api/institutions/1003/", 404, JSON, error)).isNotEmpty();
	}

	@Test
	void aStatusTheSpecDoesNotDescribeIsRejected() {
		assertThat(Contract.get().violations("GET", "/api/institutions/", 418, JSON, "[]")).isNotEmpty();
	}

	@Test
	void routesOutsideTheSpecHaveNoContract() {
		assertThat(Contract.get().violations("GET", "/api/", 200, JSON, "{\"institutions\": \"x\"}")).isEmpty();
	}

}
