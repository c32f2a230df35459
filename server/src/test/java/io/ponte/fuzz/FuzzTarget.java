package io.ponte.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.ponte.testing.Contract;
import io.ponte.testing.LoggedFailures;
import io.ponte.testing.PonteServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import net.jqwik.api.Assume;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A server under the fuzz gate, with its fixture (a key, a loaded link and the ids of its data), the operations
 * it routes, and the oracle each answer is held to. Counts what it sent, for the report.
 */
final class FuzzTarget {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String name;

	private final PonteServer server;

	private final String authorization;

	private final List<String> knownIds;

	private final List<Operation> operations;

	private final Map<String, AtomicLong> tried = new ConcurrentHashMap<>();

	private final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();

	private final AtomicLong requests = new AtomicLong();

	private final long started = System.nanoTime();

	private final LoggedFailures logged = new LoggedFailures();

	private final AtomicLong closedOverLongHeads = new AtomicLong();

	/** Tomcat's limit on a request line and headers; past it, the answer is a 400 and a closed connection. */
	private final long maxHead;

	private volatile boolean failed;

	FuzzTarget(String name, PonteServer server, String authorization, List<String> knownIds,
			List<Operation> operations) {
		this.name = name;
		this.server = server;
		this.authorization = authorization;
		this.knownIds = knownIds;
		this.operations = operations;
		this.maxHead = server.bean(org.springframework.core.env.Environment.class)
			.getProperty("server.max-http-request-header-size", DataSize.class, DataSize.ofKilobytes(8))
			.toBytes();
		this.logged.start();
	}

	String name() {
		return this.name;
	}

	PonteServer server() {
		return this.server;
	}

	List<String> knownIds() {
		return this.knownIds;
	}

	List<Operation> operations() {
		return this.operations;
	}

	/** Sends the request and holds the answer to the oracle. */
	void check(HostileRequest request) {
		HttpRequest.Builder http;
		try {
			http = HttpRequest.newBuilder(URI.create(this.server.baseUrl() + request.pathAndQuery()))
				.timeout(Duration.ofSeconds(60))
				.method(request.operation().method(), request.body().length == 0 && !request.operation().hasBody()
						? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(request.body()));
		}
		catch (IllegalArgumentException ex) {
			Assume.that(false); // not a URI any client could send
			return;
		}
		request.headers().forEach((header, value) -> {
			if (!header.startsWith("X-Fuzz-")) {
				http.header(header, value);
			}
		});
		switch (request.authentication()) {
			case KEY -> http.header("Authorization", this.authorization);
			case GARBAGE -> http.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString("fuzz\u0000:x".getBytes(StandardCharsets.UTF_8)));
			case NONE -> {
			}
		}
		this.logged.clear();
		HttpResponse<String> response;
		try {
			response = HTTP.send(http.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			if (headBytes(request) > this.maxHead) {
				// The server answers an over-long head with a 400 and closes (HostileInputApiTests holds that
				// answer); a client still writing meets the closed socket and drops the answer (RFC 9112 §9.6).
				this.closedOverLongHeads.incrementAndGet();
				return;
			}
			throw new AssertionError("no answer to " + request + ": " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
		this.requests.incrementAndGet();
		this.tried.computeIfAbsent(request.operation().toString(), key -> new AtomicLong()).incrementAndGet();
		this.statuses.computeIfAbsent(response.statusCode(), key -> new AtomicLong()).incrementAndGet();
		try {
			judge(request, response);
		}
		catch (AssertionError failure) {
			this.failed = true;
			throw failure;
		}
	}

	private static long headBytes(HostileRequest request) {
		long bytes = request.operation().method().length() + request.pathAndQuery().getBytes(StandardCharsets.UTF_8).length
				+ 12;
		for (Map.Entry<String, String> header : request.headers().entrySet()) {
			bytes += header.getKey().length() + header.getValue().getBytes(StandardCharsets.UTF_8).length + 4;
		}
		return bytes;
	}

	/** Whether any request failed the oracle (then coverage is not the question). */
	boolean failed() {
		return this.failed;
	}

	private void judge(HostileRequest request, HttpResponse<String> response) {
		int status = response.statusCode();
		String body = response.body();
		String context = request + "\n  -> " + status + " " + abbreviate(body);
		assertThat(status).as("a server error for %s", context).isLessThan(500);
		if (status >= 400) {
			assertBelvoError(body, context);
		}
		if (request.operation().inSpec() && !request.selectsFields()) {
			List<String> violations = Contract.get()
				.violations(request.operation().method(), request.path(), status, response.headers(), body)
				.stream()
				// a status the spec does not list for the operation has no schema to check
				.filter(v -> !v.startsWith("validation.response.status.unknown"))
				.toList();
			assertThat(violations).as("contract violations of %s", context).isEmpty();
		}
		List<String> failures = this.logged.drain();
		if (!failures.isEmpty()) {
			fail("logged at ERROR or with a stack trace while answering " + context + ":\n" + String.join("\n", failures));
		}
	}

	private static void assertBelvoError(String body, String context) {
		JsonNode errors;
		try {
			errors = JSON.readTree(body);
		}
		catch (RuntimeException ex) {
			throw new AssertionError("an error body that is not JSON for " + context);
		}
		assertThat(errors.isArray() && !errors.isEmpty()).as("an error array for %s", context).isTrue();
		for (JsonNode error : errors) {
			for (String key : List.of("request_id", "message", "code")) {
				assertThat(error.path(key).isString()).as("%s in the error of %s", key, context).isTrue();
			}
		}
	}

	/** Operations never tried (there should be none after a run). */
	Set<String> untried() {
		return this.operations.stream()
			.map(Operation::toString)
			.filter(operation -> !this.tried.containsKey(operation))
			.collect(Collectors.toCollection(java.util.TreeSet::new));
	}

	String summary() {
		this.logged.stop();
		long seconds = Duration.ofNanos(System.nanoTime() - this.started).toSeconds();
		Map<Integer, Long> byStatus = new TreeMap<>();
		this.statuses.forEach((status, count) -> byStatus.put(status, count.get()));
		long described = this.operations.stream().filter(Operation::inSpec).count();
		return "Fuzz gate on the " + this.name + " PostgreSQL: " + this.requests.get() + " requests over "
				+ this.tried.size() + " of " + this.operations.size() + " operations (" + described
				+ " described by the spec), in " + seconds + " s; statuses " + byStatus + "; connections closed on a head over "
				+ this.maxHead + " bytes before the client read the 400: " + this.closedOverLongHeads.get();
	}

	private static String abbreviate(String body) {
		return body == null || body.length() <= 400 ? body : body.substring(0, 400) + "...";
	}

}
