package io.ponte.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.DisconnectedClientHelper;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns every failure inside Spring MVC into the Belvo error array. Nothing internal (exception class,
 * SQL, stack trace) reaches the client; unexpected failures are logged with the request id instead. Errors are
 * written straight to the response as JSON, whatever the request's Accept header asked for.
 */
@RestControllerAdvice
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final ErrorResponses errors;

	ApiExceptionHandler(ErrorResponses errors) {
		this.errors = errors;
	}

	@ExceptionHandler(ApiException.class)
	void api(ApiException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		respond(response, ex, request);
	}

	@ExceptionHandler({ NoHandlerFoundException.class, NoResourceFoundException.class })
	void noRoute(Exception ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		respond(response, ApiException.notFound(), request);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	void method(HttpRequestMethodNotSupportedException ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		if (ex.getSupportedHttpMethods() != null) {
			response.setHeader(HttpHeaders.ALLOW, ex.getSupportedHttpMethods()
				.stream()
				.map(HttpMethod::name)
				.collect(Collectors.joining(", ")));
		}
		respond(response, ApiException.methodNotAllowed(ex.getMethod()), request);
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	void notAcceptable(HttpMediaTypeNotAcceptableException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		respond(response, ApiException.notAcceptable(), request);
	}

	/** A multipart body reached a JSON API (multipart parsing itself is off). */
	@ExceptionHandler(MultipartException.class)
	void multipart(MultipartException ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		respond(response, ApiException.unsupportedMediaType(), request);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	void mediaType(HttpMediaTypeNotSupportedException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		respond(response, ApiException.unsupportedMediaType(), request);
	}

	/** Malformed JSON, a body of the wrong shape, or a value of the wrong type: name the field when we can. */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	void unreadable(HttpMessageNotReadableException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		if (NestedExceptionUtils.getRootCause(ex) instanceof RequestBodyGate.BodyTooLargeException tooLarge) {
			response.setHeader(HttpHeaders.CONNECTION, "close");
			respond(response, tooLarge.toApiException(), request);
			return;
		}
		JacksonException mapping = valueError(ex);
		if (mapping != null) {
			String field = JsonPaths.of(mapping.getPath());
			if (field != null) {
				respond(response, ApiException.invalid(field, "invalid", "A valid value of the right type is required."),
						request);
				return;
			}
			respond(response, ApiException.parseError("The request body must be a JSON object."), request);
			return;
		}
		if (ex.getCause() == null && ex.getMessage() != null && ex.getMessage().startsWith("Required request body")) {
			respond(response, ApiException.parseError("A JSON request body is required."), request);
			return;
		}
		respond(response, ApiException.parseError("JSON parse error: the request body is not valid JSON."), request);
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
	void missingParameter(MissingServletRequestParameterException ex,
			HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		respond(response, ApiException.required(ex.getParameterName()), request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	void typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		respond(response, ApiException.invalid(ex.getName(), "invalid", "A valid value is required."), request);
	}

	/** Tomcat refuses to decode a query string with broken percent-encoding; that is the client's 400. */
	@ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
	void badQueryString(Exception ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		respond(response, ApiException.malformedQueryString(), request);
	}

	/** A statement cancelled by the query timeout is the API's request timeout. */
	@ExceptionHandler(QueryTimeoutException.class)
	void timeout(QueryTimeoutException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		respond(response, ApiException.requestTimeout(), request);
	}

	@ExceptionHandler(Exception.class)
	void unexpected(Exception ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		if (NestedExceptionUtils.getRootCause(ex) instanceof SQLException sql && "57014".equals(sql.getSQLState())) {
			timeout(null, request, response);
			return;
		}
		if (DisconnectedClientHelper.isClientDisconnectedException(ex)) {
			// the client hung up before the answer was written (a closed tab, `curl | head`): nothing failed here,
			// and nothing can be answered
			log.debug("Client went away during {} {}", request.getMethod(), request.getRequestURI());
			return;
		}
		log.error("Unexpected failure handling {} {}", request.getMethod(), request.getRequestURI(), ex);
		respond(response, ApiException.unexpected(HttpStatus.INTERNAL_SERVER_ERROR), request);
	}

	private void respond(HttpServletResponse response, ApiException ex, HttpServletRequest request)
			throws IOException {
		this.errors.write(request, response, ex);
	}

}
