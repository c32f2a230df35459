package io.ponte.api;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.SQLException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns every failure inside Spring MVC into the Belvo error array. Nothing internal (exception class,
 * SQL, stack trace) reaches the client; unexpected failures are logged with the request id instead.
 */
@RestControllerAdvice
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler(ApiException.class)
	ResponseEntity<List<ApiError>> api(ApiException ex, HttpServletRequest request) {
		return respond(ex, request);
	}

	@ExceptionHandler({ NoHandlerFoundException.class, NoResourceFoundException.class })
	ResponseEntity<List<ApiError>> noRoute(Exception ex, HttpServletRequest request) {
		return respond(ApiException.notFound(), request);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<List<ApiError>> method(HttpRequestMethodNotSupportedException ex, HttpServletRequest request) {
		ResponseEntity<List<ApiError>> response = respond(ApiException.methodNotAllowed(ex.getMethod()), request);
		return ResponseEntity.status(response.getStatusCode())
			.headers(h -> h.setAllow(ex.getSupportedHttpMethods() == null ? java.util.Set.of()
					: ex.getSupportedHttpMethods()))
			.body(response.getBody());
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<List<ApiError>> mediaType(HttpMediaTypeNotSupportedException ex, HttpServletRequest request) {
		return respond(ApiException.unsupportedMediaType(), request);
	}

	/** Malformed JSON, a body of the wrong shape, or a value of the wrong type: name the field when we can. */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<List<ApiError>> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		JacksonException mapping = valueError(ex);
		if (mapping != null) {
			String field = JsonPaths.of(mapping.getPath());
			if (field != null) {
				return respond(ApiException.invalid(field, "invalid", "A valid value of the right type is required."),
						request);
			}
			return respond(ApiException.parseError("The request body must be a JSON object."), request);
		}
		if (ex.getCause() == null && ex.getMessage() != null && ex.getMessage().startsWith("Required request body")) {
			return respond(ApiException.parseError("A JSON request body is required."), request);
		}
		return respond(ApiException.parseError("JSON parse error: the request body is not valid JSON."), request);
	}

	/**
	 * The Jackson failure about a value (wrong type, unparseable, out of range) in the cause chain. Not the most
	 * specific cause: Jackson keeps what it wrapped (a DateTimeParseException, for example) below it.
	 */
	private static JacksonException valueError(HttpMessageNotReadableException ex) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidFormatException || cause instanceof MismatchedInputException
					|| cause instanceof InputCoercionException) {
				return (JacksonException) cause;
			}
			if (cause == cause.getCause()) {
				break;
			}
		}
		return null;
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<List<ApiError>> missingParameter(MissingServletRequestParameterException ex,
			HttpServletRequest request) {
		return respond(ApiException.required(ex.getParameterName()), request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<List<ApiError>> typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		return respond(ApiException.invalid(ex.getName(), "invalid", "A valid value is required."), request);
	}

	/** Tomcat refuses to decode a query string with broken percent-encoding; that is the client's 400. */
	@ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
	ResponseEntity<List<ApiError>> badQueryString(Exception ex, HttpServletRequest request) {
		return respond(ApiException.malformedQueryString(), request);
	}

	/** A statement cancelled by the query timeout is the API's request timeout. */
	@ExceptionHandler(QueryTimeoutException.class)
	ResponseEntity<List<ApiError>> timeout(QueryTimeoutException ex, HttpServletRequest request) {
		return respond(ApiException.requestTimeout(), request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<List<ApiError>> unexpected(Exception ex, HttpServletRequest request) {
		if (NestedExceptionUtils.getRootCause(ex) instanceof SQLException sql && "57014".equals(sql.getSQLState())) {
			return timeout(null, request);
		}
		log.error("Unexpected failure handling {} {}", request.getMethod(), request.getRequestURI(), ex);
		return respond(ApiException.unexpected(HttpStatus.INTERNAL_SERVER_ERROR), request);
	}

	private static ResponseEntity<List<ApiError>> respond(ApiException ex, HttpServletRequest request) {
		return ResponseEntity.status(ex.status()).body(List.of(ex.toError(RequestIds.of(request))));
	}

}
