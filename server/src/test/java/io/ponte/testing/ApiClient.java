package io.ponte.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Calls the server like an integrator would: HTTP Basic with a key pair, JSON bodies. Unless {@link #unchecked()}
 * is used, every response on a path of the spec must satisfy the contract, or the test fails. Every credential it
 * sends or receives is recorded for the log scan ({@link TestRun}).
 */
public final class ApiClient {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String baseUrl;

	private final String authorization;

	private final boolean contractChecked;

	private final HttpClient http;

	ApiClient(String baseUrl, String secretId, String secretPassword) {
		this(baseUrl, secretId == null ? null : basic(secretId, secretPassword), true, HTTP);
	}

	private ApiClient(String baseUrl, String authorization, boolean contractChecked, HttpClient http) {
		TestRun.authorization(authorization);
		this.baseUrl = baseUrl;
		this.authorization = authorization;
		this.contractChecked = contractChecked;
		this.http = http;
	}

	private static String abbreviate(String body) {
		return body == null || body.length() <= 300 ? body : body.substring(0, 300) + "...";
	}

	/** A client of any base URL that sends no Authorization header (a second port of a test server). */
	public static ApiClient anonymous(String baseUrl) {
		return new ApiClient(baseUrl, null, null);
	}

	public static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/** The Authorization header this client sends, for requests it cannot make itself. */
	public String authorization() {
		return this.authorization;
	}

	/** The same client (key, contract check) talking to another server: a load balancer in front of this one. */
	public ApiClient at(String baseUrl) {
		return new ApiClient(baseUrl, this.authorization, this.contractChecked, this.http);
	}

	/** The same client without contract validation, for routes or statuses the spec does not describe. */
	public ApiClient unchecked() {
		return new ApiClient(this.baseUrl, this.authorization, false, this.http);
	}

	/** The same client sending this exact Authorization header value (or none, when null). */
	public ApiClient withAuthorization(String header) {
		return new ApiClient(this.baseUrl, header, this.contractChecked, this.http);
	}

	/**
	 * The same client connecting from another loopback address ({@code 127.0.0.2} and so on: the whole 127/8 is
	 * this machine), so the server sees another client address.
	 */
	public ApiClient from(String loopbackAddress) {
		HttpClient http = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(5))
			.localAddress(InetAddress.ofLiteral(loopbackAddress))
			.build();
		return new ApiClient(this.baseUrl.replace("//localhost:", "//127.0.0.1:"), this.authorization,
				this.contractChecked, http);
	}

	public ApiResponse get(String pathOrUrl) {
		return send("GET", pathOrUrl, null, Map.of());
	}

	public ApiResponse post(String path, String json) {
		return send("POST", path, json, Map.of());
	}

	public ApiResponse send(String method, String pathOrUrl, String body, Map<String, String> headers) {
		URI uri = URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : this.baseUrl + pathOrUrl);
		HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
		Map<String, String> all = new LinkedHashMap<>();
		if (this.authorization != null) {
			all.put("Authorization", this.authorization);
		}
		if (body != null) {
			all.put("Content-Type", "application/json");
		}
		all.putAll(headers);
		all.forEach(request::header);
		all.forEach((name, value) -> {
			if (name.equalsIgnoreCase("Authorization")) {
				TestRun.authorization(value);
			}
		});
		TestRun.secretsIn(body);
		request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		HttpResponse<String> response;
		try {
			response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException("request failed: " + method + " " + uri, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		// what the server answered may be a secret too: an MFA session, a webhook signing secret
		TestRun.secretsIn(response.body());
		ApiResponse result = new ApiResponse(response.statusCode(), response.headers(), response.body());
		if (this.contractChecked) {
			assertThat(Contract.get().violations(method, uri.getPath(), result.status(), result.headers(), result.body()))
				.as("contract violations of %s %s -> %s %s", method, uri, result.status(), abbreviate(result.body()))
				.isEmpty();
		}
		return result;
	}

}
