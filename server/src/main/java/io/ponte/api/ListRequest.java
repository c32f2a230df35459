package io.ponte.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The query string of a list call, read once: {@code page}, {@code page_size} (1 to 1000, default 100,
 * larger clamped to 1000) and every other parameter for the filters. Also knows the absolute URL of the
 * request, from which {@code next} and {@code previous} are built.
 */
public final class ListRequest {

	public static final int DEFAULT_PAGE_SIZE = 100;

	public static final int MAX_PAGE_SIZE = 1000;

	private final int page;

	private final int pageSize;

	private final Map<String, String> parameters;

	/** The request's absolute URL, built only when a page link is (most pages have none, or one). */
	private final Supplier<String> url;

	private String builtUrl;

	ListRequest(int page, int pageSize, Map<String, String> parameters, String url) {
		this(page, pageSize, parameters, () -> url);
	}

	private ListRequest(int page, int pageSize, Map<String, String> parameters, Supplier<String> url) {
		this.page = page;
		this.pageSize = pageSize;
		this.parameters = parameters;
		this.url = url;
	}

	static ListRequest of(HttpServletRequest request) {
		Map<String, String> parameters = new LinkedHashMap<>();
		// the last value wins when a parameter repeats, as in Django's QueryDict
		request.getParameterMap().forEach((name, values) -> parameters.put(name, values[values.length - 1]));
		int page = positive(parameters, "page", 1, Integer.MAX_VALUE);
		int pageSize = positive(parameters, "page_size", DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
		return new ListRequest(page, pageSize, parameters,
				() -> ServletUriComponentsBuilder.fromRequest(request).build().toUriString());
	}

	private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,100}");

	/** A whole number of at least 1; above {@code max} it is clamped, anything else is a 400 naming it. */
	private static int positive(Map<String, String> parameters, String name, int absent, int max) {
		String raw = parameters.get(name);
		if (raw == null || raw.isEmpty()) {
			return absent;
		}
		String digits = raw.trim();
		if (!INTEGER.matcher(digits).matches()) {
			throw ApiException.invalid(name, "invalid", "A valid integer is required.");
		}
		java.math.BigInteger value = new java.math.BigInteger(digits);
		if (value.signum() < 1) {
			throw ApiException.invalid(name, "invalid", "Ensure this value is greater than or equal to 1.");
		}
		return value.min(java.math.BigInteger.valueOf(max)).intValue();
	}

	/** A filter the endpoint cannot do without (Belvo requires {@code link} on some lists): 400 when absent. */
	public ListRequest require(String parameter) {
		String value = this.parameters.get(parameter);
		if (value == null || value.isEmpty()) {
			throw ApiException.required(parameter);
		}
		return this;
	}

	public int page() {
		return this.page;
	}

	public int pageSize() {
		return this.pageSize;
	}

	long offset() {
		return (long) (this.page - 1) * this.pageSize;
	}

	/** Query parameters other than paging; unknown ones are ignored by the filters, as Belvo does. */
	public Map<String, String> parameters() {
		return this.parameters;
	}

	/** This request's URL for another page; page 1 drops the parameter, as Django REST framework does. */
	String pageUrl(int target) {
		if (this.builtUrl == null) {
			this.builtUrl = this.url.get();
		}
		UriComponentsBuilder builder = UriComponentsBuilder.fromUriString(this.builtUrl);
		if (target == 1) {
			builder.replaceQueryParam("page");
		}
		else {
			builder.replaceQueryParam("page", target);
		}
		return builder.build().toUriString();
	}

}
