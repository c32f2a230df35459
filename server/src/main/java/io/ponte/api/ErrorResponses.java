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

	private final JsonMapper json;

	ErrorResponses(JsonMapper json) {
		this.json = json;
	}

	public void write(HttpServletRequest request, HttpServletResponse response, ApiException error)
			throws IOException {
		if (response.isCommitted()) {
			return;
		}
		response.resetBuffer();
		response.setStatus(error.status().value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.setHeader(RequestIds.HEADER, RequestIds.of(request));
		this.json.writeValue(response.getOutputStream(), List.of(error.toError(RequestIds.of(request))));
	}

}
