package io.ponte.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.testing.ApiClient;
import io.ponte.testing.ApiResponse;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Every response, whoever wrote it, carries the standard security headers. */
class SecurityHeadersApiTests {

	static final Map<String, String> HEADERS = Map.of("X-Content-Type-Options", "nosniff", "Cache-Control",
			"no-store", "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'", "X-Frame-Options",
			"DENY", "Referrer-Policy", "no-referrer");

	@OnEachDatabase
	void successesErrorsAndRefusalsAllCarryTheHeaders(PonteServer server) {
		ApiClient client = server.newSandboxClient().unchecked();
		ApiClient anonymous = server.anonymousClient().unchecked();
		List<ApiResponse> responses = new ArrayList<>();
		responses.add(client.get("/api/institutions/").assertStatus(200));
		responses.add(client.get("/api/institutions/?page_size=0").assertStatus(400));
		responses.add(anonymous.get("/api/institutions/").assertStatus(401));
		responses.add(client.get("/api/no-such-thing/").assertStatus(404));
		responses.add(anonymous.get("/no-such-thing").assertStatus(404));
		responses.add(client.send("DELETE", "/api/institutions/", null, Map.of()).assertStatus(405));
		responses.add(client.send("TRACE", "/api/institutions/", null, Map.of()).assertStatus(405));
		responses.add(client.send("POST", "/api/links/", "{\"x\": \"" + "x".repeat(1_100_000) + "\"}", Map.of())
			.assertStatus(413));
		responses.add(anonymous.get("/management/health/liveness").assertStatus(200));
		responses.add(anonymous.get("/error").assertStatus(404));

		assertThat(responses).allSatisfy(response -> {
			HEADERS.forEach((name, value) -> assertThat(response.header(name))
				.as("%s on a %s", name, response.status())
				.isEqualTo(value));
			assertThat(response.header("Strict-Transport-Security")).as("HSTS over plain HTTP").isNull();
		});
	}

	@OnEachDatabase
	void aRequestTomcatRefusesBeforeAnyFilterStillCarriesThem(PonteServer server) throws IOException {
		String response = raw(server, "GET /api/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

		assertThat(response).startsWith("HTTP/1.1 400");
		HEADERS.forEach((name, value) -> assertThat(response.toLowerCase(Locale.ROOT))
			.contains(name.toLowerCase(Locale.ROOT) + ": " + value.toLowerCase(Locale.ROOT)));
	}

	@OnEachDatabase
	void behindAnHttpsProxyStrictTransportSecurityIsAdded(PonteServer server) {
		ApiClient client = server.newSandboxClient().unchecked();

		ApiResponse response = client.send("GET", "/api/institutions/", null, Map.of("X-Forwarded-Proto", "https"));

		assertThat(response.header("Strict-Transport-Security")).isEqualTo(SecurityHeaders.HSTS);
	}

	/** A request the HTTP client would refuse to send: bytes on a socket. */
	private static String raw(PonteServer server, String request) throws IOException {
		try (Socket socket = new Socket("localhost", server.port())) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
		}
	}

}
