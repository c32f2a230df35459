package io.ponte.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes the Belvo error array straight to the servlet response, for errors raised outside Spring MVC. */
@Component
public class ErrorResponses {

	/** The request attribute naming the error this request was answered with, for {@link #answered}. */
	private static final String ANSWERED_ATTRIBUTE = ErrorResponses.class.getName() + ".answered";

	private final JsonMapper json;

	ErrorResponses(JsonMapper json) {
		this.json = json;
	}

	public void write(HttpServletRequest request, HttpServletResponse response, ApiException error)
			throws IOException {
		if (response.isCommitted()) {
			return;
		}
		request.setAttribute(ANSWERED_ATTRIBUTE, error);
		response.resetBuffer();
		response.setStatus(error.status().value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.setHeader(RequestIds.HEADER, RequestIds.of(request));
		this.json.writeValue(response.getOutputStream(), List.of(error.toError(RequestIds.of(request))));
	}

	/** The error this request was answered with, if it was answered with one written here. */
	static ApiException answered(HttpServletRequest request) {
		return request.getAttribute(ANSWERED_ATTRIBUTE) instanceof ApiException error ? error : null;
	}

}
