package io.ponte.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Writes a {@link JsonPage} as it is: envelope, results' bytes, end; never reads one. Chosen for the handler's
 * declared page, it also writes what {@link FieldSelectionAdvice} made of the page ({@link RawJson}).
 */
final class JsonPageConverter extends AbstractHttpMessageConverter<Object> {

	JsonPageConverter() {
		super(MediaType.APPLICATION_JSON);
	}

	@Override
	protected boolean supports(Class<?> type) {
		return JsonPage.class == type;
	}

	@Override
	protected boolean canRead(MediaType mediaType) {
		return false;
	}

	@Override
	protected Object readInternal(Class<?> type, HttpInputMessage input) {
		throw new HttpMessageNotReadableException("A page is never read", input);
	}

	@Override
	protected Long getContentLength(Object body, MediaType contentType) {
		return body instanceof JsonPage page ? page.length() : null;
	}

	@Override
	protected void writeInternal(Object body, HttpOutputMessage output) throws IOException {
		if (body instanceof JsonPage page) {
			page.writeTo(output.getBody());
		}
		else {
			output.getBody().write(((RawJson) body).json().getBytes(StandardCharsets.UTF_8));
		}
	}

}
