package io.ponte.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.testing.LoggedFailures;
import java.io.IOException;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import tools.jackson.databind.json.JsonMapper;

/** What the last-resort handler does with failures no other handler claims. */
class ApiExceptionHandlerTests {

	private final ApiExceptionHandler handler = new ApiExceptionHandler(new ErrorResponses(JsonMapper.builder().build()));

	private final LoggedFailures logged = new LoggedFailures();

	@BeforeEach
	void watchTheLog() {
		this.logged.start();
	}

	@AfterEach
	void stopWatching() {
		this.logged.stop();
	}

	@Test
	void aClientThatHungUpMidAnswerIsNoFailureInTheLogAndIsNotAnswered() throws IOException {
		MockHttpServletResponse response = new MockHttpServletResponse();
		// what Tomcat and Spring raise when `curl | head` closes the connection during a large answer
		Exception hungUp = new AsyncRequestNotUsableException("ServletOutputStream failed to write",
				new ClientAbortException(new IOException("Connection reset by peer")));

		this.handler.unexpected(hungUp, new MockHttpServletRequest("GET", "/openapi.json"), response);

		assertThat(this.logged.drain()).isEmpty();
		assertThat(response.getContentAsString()).isEmpty();
	}

	@Test
	void anythingElseUnexpectedIsAnErrorInTheLogAndABelvoFormat500() throws IOException {
		MockHttpServletResponse response = new MockHttpServletResponse();

		this.handler.unexpected(new IllegalStateException("a defect"), new MockHttpServletRequest("GET", "/api/x/"),
				response);

		assertThat(this.logged.drain()).singleElement().asString().contains("Unexpected failure handling GET /api/x/");
		assertThat(response.getStatus()).isEqualTo(500);
		assertThat(response.getContentAsString()).contains("\"code\":\"unexpected_error\"").doesNotContain("a defect");
	}

}
