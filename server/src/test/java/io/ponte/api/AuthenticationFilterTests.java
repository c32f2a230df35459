package io.ponte.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

class AuthenticationFilterTests {

	@Test
	void basicCredentialsSplitIntoSecretIdAndPassword() {
		assertThat(AuthenticationFilter.credentials(basic("my-id:my-password")))
			.hasValueSatisfying(pair -> assertThat(pair).containsExactly("my-id", "my-password"));
	}

	@Test
	void theSchemeIsCaseInsensitive() {
		String encoded = encode("id:pw");

		assertThat(AuthenticationFilter.credentials("basic " + encoded)).isPresent();
		assertThat(AuthenticationFilter.credentials("BASIC " + encoded)).isPresent();
	}

	@Test
	void thePasswordMayContainColonsButTheIdEndsAtTheFirst() {
		assertThat(AuthenticationFilter.credentials(basic("id:pa:ss:word")))
			.hasValueSatisfying(pair -> assertThat(pair).containsExactly("id", "pa:ss:word"));
	}

	@Test
	void credentialsAreDecodedAsUtf8() {
		assertThat(AuthenticationFilter.credentials(basic("id:contraseña€")))
			.hasValueSatisfying(pair -> assertThat(pair[1]).isEqualTo("contraseña€"));
	}

	@Test
	void spacesAroundTheEncodedPairAreIgnored() {
		assertThat(AuthenticationFilter.credentials("Basic   " + encode("id:pw") + "  ")).isPresent();
	}

	@Test
	void noHeaderIsNoCredentials() {
		assertThat(AuthenticationFilter.credentials(null)).isEmpty();
		assertThat(AuthenticationFilter.credentials("")).isEmpty();
	}

	@Test
	void otherSchemesAreNoCredentials() {
		assertThat(AuthenticationFilter.credentials("Bearer x")).isEmpty();
		assertThat(AuthenticationFilter.credentials("Bearer " + encode("id:pw"))).isEmpty();
		assertThat(AuthenticationFilter.credentials("Basic" + encode("id:pw"))).isEmpty();
		assertThat(AuthenticationFilter.credentials(encode("id:pw"))).isEmpty();
		assertThat(AuthenticationFilter.credentials("Basic")).isEmpty();
		assertThat(AuthenticationFilter.credentials("Basic ")).isEmpty();
	}

	@Test
	void malformedBase64IsNoCredentials() {
		assertThat(AuthenticationFilter.credentials("Basic !!!not-base64!!!")).isEmpty();
		assertThat(AuthenticationFilter.credentials("Basic " + encode("id:pw").substring(1))).isEmpty();
	}

	@Test
	void aPairWithoutBothPartsIsNoCredentials() {
		assertThat(AuthenticationFilter.credentials(basic("no-colon"))).isEmpty();
		assertThat(AuthenticationFilter.credentials(basic(":password"))).isEmpty();
		assertThat(AuthenticationFilter.credentials(basic("id:"))).isEmpty();
		assertThat(AuthenticationFilter.credentials(basic(":"))).isEmpty();
	}

	@Test
	void apiPaymentsAndManagementRoutesNeedAKeyButTheHealthProbes() {
		AuthenticationFilter filter = filter((id, password) -> Optional.empty());

		assertThat(filter.shouldNotFilter(get("/api/institutions/"))).isFalse();
		assertThat(filter.shouldNotFilter(get("/api/"))).isFalse();
		assertThat(filter.shouldNotFilter(get("/api"))).isFalse();
		assertThat(filter.shouldNotFilter(get("/payments/br/customers/"))).isFalse();
		assertThat(filter.shouldNotFilter(get("/management/prometheus"))).isFalse();
		assertThat(filter.shouldNotFilter(get("/management/info"))).isFalse();
		assertThat(filter.shouldNotFilter(get("/management"))).isFalse();
		assertThat(filter.shouldNotFilter(get("/management/health/db"))).isFalse();
		assertThat(filter.shouldNotFilter(get("/management/health"))).isTrue();
		assertThat(filter.shouldNotFilter(get("/management/health/liveness"))).isTrue();
		assertThat(filter.shouldNotFilter(get("/management/health/readiness"))).isTrue();
		assertThat(filter.shouldNotFilter(get("/apidocs"))).isTrue();
		assertThat(filter.shouldNotFilter(get("/"))).isTrue();
	}

	@Test
	void noSpellingOfAProtectedPathEscapesTheKey() {
		AuthenticationFilter filter = filter((id, password) -> Optional.empty());
		MockHttpServletRequest normalisedByTheContainer = get("/x/../management/prometheus");
		normalisedByTheContainer.setServletPath("/management/prometheus");

		assertThat(filter.shouldNotFilter(normalisedByTheContainer)).isFalse();
		assertThat(filter.shouldNotFilter(get("/%6Danagement/prometheus"))).isFalse();
		assertThat(filter.shouldNotFilter(get("/management;x=1/prometheus"))).isFalse();
		assertThat(filter.shouldNotFilter(get("/management/health/liveness/../../prometheus"))).isFalse();
		assertThat(filter.shouldNotFilter(get("/%61pi/institutions/"))).isFalse();
	}

	@Test
	void aRejectedKeyStopsTheRequestWithA401() throws Exception {
		AuthenticationFilter filter = filter((id, password) -> Optional.empty());
		MockHttpServletRequest request = get("/api/institutions/");
		request.addHeader("Authorization", basic("id:wrong"));
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();

		filter.doFilter(request, response, chain);

		assertThat(chain.getRequest()).as("the handler never runs").isNull();
		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(response.getHeader("WWW-Authenticate")).startsWith("Basic");
		assertThat(response.getContentAsString()).contains("\"code\":\"authentication_failed\"");
	}

	@Test
	void anAcceptedKeyHandsTheCallerToTheRequest() throws Exception {
		Caller caller = new Caller(UUID.randomUUID(), UUID.randomUUID(), Environment.SANDBOX);
		AuthenticationFilter filter = filter(
				(id, password) -> id.equals("id") && password.equals("pw") ? Optional.of(caller) : Optional.empty());
		MockHttpServletRequest request = get("/api/institutions/");
		request.addHeader("Authorization", basic("id:pw"));
		MockFilterChain chain = new MockFilterChain();

		filter.doFilter(request, new MockHttpServletResponse(), chain);

		assertThat(chain.getRequest()).isSameAs(request);
		assertThat(request.getAttribute(AuthenticationFilter.CALLER_ATTRIBUTE)).isEqualTo(caller);
	}

	/** With every rate limit off, so nothing reaches a database. */
	private static AuthenticationFilter filter(KeyAuthenticator authenticator) {
		RateLimits off = new RateLimits(new SimpleDriverDataSource(), 0, 0, 0, Duration.ofMinutes(1));
		return new AuthenticationFilter(authenticator, off, new ErrorResponses(JsonMapper.builder().build()));
	}

	private static MockHttpServletRequest get(String path) {
		return new MockHttpServletRequest("GET", path);
	}

	private static String basic(String pair) {
		return "Basic " + encode(pair);
	}

	private static String encode(String pair) {
		return Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
	}

}
