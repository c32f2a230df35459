package io.ponte.testing;

import com.standardwebhooks.Webhook;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A webhook receiver for tests: an HTTP server on a free local port that records every request and answers as
 * told (a queue of statuses, then 200; or nothing while answers are held). {@link Delivery#verifiedWith} checks a signature with the Standard
 * Webhooks reference library, as a real receiver would.
 */
public final class WebhookReceiver implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** One request as received: when, its headers (names in lower case) and body. */
	public record Delivery(Instant at, Map<String, List<String>> headers, String body) {

		public String header(String name) {
			List<String> values = this.headers.get(name.toLowerCase(Locale.ROOT));
			return values == null || values.isEmpty() ? null : values.getFirst();
		}

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

		/** True when the library verifies the request with {@code secret} (and the timestamp is recent). */
		public boolean verifiedWith(String secret) {
			try {
				new Webhook(secret).verify(this.body, this.headers);
				return true;
			}
			catch (Exception ex) {
				return false;
			}
		}

	}

	private final HttpServer server;

	private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

	private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();

	/** While not null, requests are recorded but not answered until it opens. */
	private volatile CountDownLatch held;

	private WebhookReceiver(HttpServer server) {
		this.server = server;
	}

	public static WebhookReceiver start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			WebhookReceiver receiver = new WebhookReceiver(server);
			server.createContext("/", receiver::handle);
			server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
			server.start();
			return receiver;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/hooks";
	}

	/** The statuses of the next requests, in order; after them every request gets 200. */
	public WebhookReceiver answer(Integer... statuses) {
		this.answers.addAll(List.of(statuses));
		return this;
	}

	/** Records requests as they arrive but answers none, keeping each delivery in flight until released. */
	public WebhookReceiver holdAnswers() {
		this.held = new CountDownLatch(1);
		return this;
	}

	/** Answers the held requests (those whose sender still listens) and every request from now on. */
	public WebhookReceiver releaseAnswers() {
		CountDownLatch gate = this.held;
		this.held = null;
		if (gate != null) {
			gate.countDown();
		}
		return this;
	}

	public List<Delivery> deliveries() {
		return List.copyOf(this.deliveries);
	}

	/**
	 * Waits until {@code count} deliveries match, and returns those that matched by then (in arrival order): fewer
	 * after the timeout, for the caller's assertion to report.
	 */
	public List<Delivery> await(int count, Predicate<Delivery> matching, Duration timeout) {
		try {
			Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(20))
				.until(() -> this.deliveries.stream().filter(matching).count() >= count);
		}
		catch (ConditionTimeoutException ex) {
			// what arrived is returned; the caller's assertion says what was missing
		}
		return this.deliveries.stream().filter(matching).toList();
	}

	private void handle(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		Map<String, List<String>> headers = new HashMap<>();
		exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
				new ArrayList<>(values)));
		this.deliveries.add(new Delivery(Instant.now(), headers, body));
		CountDownLatch gate = this.held;
		if (gate != null) {
			try {
				gate.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		Integer status = this.answers.poll();
		byte[] answer = "ok".getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(status == null ? 200 : status, answer.length);
		exchange.getResponseBody().write(answer);
		exchange.close();
	}

	@Override
	public void close() {
		releaseAnswers();
		this.server.stop(0);
	}

}
