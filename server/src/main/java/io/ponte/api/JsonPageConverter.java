package io.ponte.api;

import java.io.IOException;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/** Writes a {@link JsonPage} as it is: envelope, results' bytes, end; never reads one. */
final class JsonPageConverter extends AbstractHttpMessageConverter<JsonPage> {

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
	protected JsonPage readInternal(Class<? extends JsonPage> type, HttpInputMessage input) {
		throw new HttpMessageNotReadableException("A page is never read", input);
	}

	@Override
	protected Long getContentLength(JsonPage page, MediaType contentType) {
		return page.length();
	}

	@Override
	protected void writeInternal(JsonPage page, HttpOutputMessage output) throws IOException {
		page.writeTo(output.getBody());
	}

}
