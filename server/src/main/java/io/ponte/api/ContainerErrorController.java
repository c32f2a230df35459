package io.ponte.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Spring Boot's whitelabel page: errors the servlet container forwards to {@code /error}
 * (a failure in a filter, a {@code sendError}) get the same Belvo error array as everything else.
 */
@RestController
class ContainerErrorController implements ErrorController {

	@RequestMapping("/error")
	ResponseEntity<List<ApiError>> error(HttpServletRequest request) {
		// called directly rather than forwarded by the container, /error is no route of the API
		ApiException error = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
				? ApiException.forStatus(code) : ApiException.notFound();
		// the container may answer before our filters run (a TRACE, a malformed request): name the request here
		String requestId = RequestIds.of(request);
		return ResponseEntity.status(error.status())
			.header(RequestIds.HEADER, requestId)
			.body(List.of(error.toError(requestId)));
	}

}
