package io.ponte.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;

class ListRequestTests {

	@Test
	void withoutPagingParametersItIsTheFirstPageOfAHundred() {
		ListRequest request = list("");

		assertThat(request.page()).isEqualTo(1);
		assertThat(request.pageSize()).isEqualTo(ListRequest.DEFAULT_PAGE_SIZE).isEqualTo(100);
		assertThat(request.offset()).isZero();
	}

	@Test
	void emptyPagingParametersMeanTheDefaults() {
		ListRequest request = list("page=&page_size=");

		assertThat(request.page()).isEqualTo(1);
		assertThat(request.pageSize()).isEqualTo(100);
	}

	@Test
	void pageAndPageSizeGiveTheOffset() {
		ListRequest request = list("page=3&page_size=25");

		assertThat(request.page()).isEqualTo(3);
		assertThat(request.pageSize()).isEqualTo(25);
		assertThat(request.offset()).isEqualTo(50);
	}

	@Test
	void pageSizeAboveTheMaximumIsClampedToAThousand() {
		assertThat(list("page_size=5000").pageSize()).isEqualTo(ListRequest.MAX_PAGE_SIZE).isEqualTo(1000);
		assertThat(list("page_size=1000").pageSize()).isEqualTo(1000);
		assertThat(list("page_size=999").pageSize()).isEqualTo(999);
	}

	@Test
	void hugeNumbersAreClampedInsteadOfOverflowing() {
		ListRequest request = list("page=99999999999999999999999&page_size=99999999999999999999999");

		assertThat(request.pageSize()).isEqualTo(1000);
		assertThat(request.page()).isEqualTo(Integer.MAX_VALUE);
		assertThat(request.offset()).isEqualTo((Integer.MAX_VALUE - 1L) * 1000).isPositive();
	}

	@Test
	void surroundingSpacesAreTolerated() {
		assertThat(list("page_size=%2010%20").pageSize()).isEqualTo(10);
	}

	@Test
	void pageSizeBelowOneOrNotAWholeNumberNamesPageSize() {
		for (String bad : new String[] { "0", "-3", "-0", "abc", "1.5", "1e3", "%2B5", "0x10", "1".repeat(101) }) {
			assertInvalid("page_size=" + bad, "page_size");
		}
	}

	@Test
	void pageBelowOneOrNotAWholeNumberNamesPage() {
		for (String bad : new String[] { "0", "-1", "x", "2.0", "%E2%91%A0" }) {
			assertInvalid("page=" + bad, "page");
		}
	}

	@Test
	void theLastValueOfARepeatedParameterWins() {
		ListRequest request = list("page_size=5&page_size=7&type=bank&type=fiscal");

		assertThat(request.pageSize()).isEqualTo(7);
		assertThat(request.parameters()).containsEntry("type", "fiscal");
	}

	@Test
	void filterParametersAreKeptForTheFilters() {
		ListRequest request = list("type=bank&country_code__in=MX,BR&page=2");

		assertThat(request.parameters()).containsEntry("type", "bank").containsEntry("country_code__in", "MX,BR");
	}

	@Test
	void nextPageUrlIsAbsoluteAndKeepsTheOtherParameters() {
		ListRequest request = list("type=bank&page_size=4");

		assertThat(request.pageUrl(2))
			.isEqualTo("https://ponte.example.com:8443/api/institutions/?type=bank&page_size=4&page=2");
	}

	@Test
	void anotherPageReplacesThePageParameter() {
		ListRequest request = list("page=3&type=bank&page_size=4");

		assertThat(request.pageUrl(4))
			.isEqualTo("https://ponte.example.com:8443/api/institutions/?type=bank&page_size=4&page=4")
			.containsOnlyOnce("page=");
	}

	@Test
	void theFirstPageUrlHasNoPageParameter() {
		ListRequest request = list("page=2&type=bank&page_size=4");

		assertThat(request.pageUrl(1))
			.isEqualTo("https://ponte.example.com:8443/api/institutions/?type=bank&page_size=4");
	}

	@Test
	void theFirstPageUrlOfAnOtherwiseBareRequestHasNoQuery() {
		assertThat(list("page=2").pageUrl(1)).isEqualTo("https://ponte.example.com:8443/api/institutions/");
	}

	@Test
	void encodedValuesStayEncodedInPageUrls() {
		ListRequest request = list("display_name=Erebor%20Mexico&website=https%3A%2F%2Fx.mx%2F%3Fa%3D1%26b%3D2");

		String next = request.pageUrl(2);

		assertThat(next).isEqualTo("https://ponte.example.com:8443/api/institutions/"
				+ "?display_name=Erebor%20Mexico&website=https%3A%2F%2Fx.mx%2F%3Fa%3D1%26b%3D2&page=2");
	}

	/** A GET of {@code /api/institutions/?query} as it arrives at the server, parameters decoded. */
	private static ListRequest list(String query) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/institutions/");
		request.setScheme("https");
		request.setServerName("ponte.example.com");
		request.setServerPort(8443);
		if (!query.isEmpty()) {
			request.setQueryString(query);
			for (String pair : query.split("&")) {
				int eq = pair.indexOf('=');
				request.addParameter(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
			}
		}
		return ListRequest.of(request);
	}

	private static String decode(String raw) {
		return URLDecoder.decode(raw, StandardCharsets.UTF_8);
	}

	private static void assertInvalid(String query, String field) {
		ApiException error = catchThrowableOfType(ApiException.class, () -> list(query));
		assertThat(error).as("400 for %s", query).isNotNull();
		assertThat(error.status()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(error.code()).isEqualTo("invalid");
		assertThat(error.field()).isEqualTo(field);
	}

}
