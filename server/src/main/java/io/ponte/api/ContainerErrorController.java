package io.ponte.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
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
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code == null) {
			// called directly rather than forwarded by the container: /error is no route of the API
			code = HttpStatus.NOT_FOUND.value();
		}
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		if (status == null || !status.isError()) {
			status = HttpStatus.INTERNAL_SERVER_ERROR;
		}
		ApiException error = switch (status) {
			case NOT_FOUND -> ApiException.notFound();
			case METHOD_NOT_ALLOWED -> new ApiException(status, "method_not_allowed", "Method not allowed.");
			case REQUEST_TIMEOUT -> new ApiException(status, "request_timeout", ApiExceptionHandler.TIMEOUT_MESSAGE);
			case UNAUTHORIZED -> new ApiException(status, "authentication_failed", "Invalid Secret Keys");
			case INTERNAL_SERVER_ERROR ->
				new ApiException(status, "unexpected_error", ApiExceptionHandler.UNEXPECTED_MESSAGE);
			default -> status.is5xxServerError()
					? new ApiException(status, "unexpected_error", ApiExceptionHandler.UNEXPECTED_MESSAGE)
					: new ApiException(status, "bad_request", "The request could not be understood.");
		};
		// the container may answer before our filters run (a TRACE, a malformed request): name the request here
		String requestId = RequestIds.of(request);
		return ResponseEntity.status(status)
			.header(RequestIds.HEADER, requestId)
			.body(List.of(error.toError(requestId)));
	}

}
