import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A webhook receiver for the benchmarks (run as a source file: java bench/WebhookSink.java PORT): answers every
 * POST with 200 at once and remembers, per request, its arrival time (epoch microseconds), webhook-id, and the
 * payload's webhook_code and link_id. GET /count answers how many arrived; GET /dump lists them, one per line.
 */
public class WebhookSink {

	private static final Pattern CODE = Pattern.compile("\"webhook_code\"\\s*:\\s*\"([^\"]*)\"");

	private static final Pattern LINK = Pattern.compile("\"link_id\"\\s*:\\s*\"([^\"]*)\"");

	private static final ConcurrentLinkedQueue<String> RECEIVED = new ConcurrentLinkedQueue<>();

	public static void main(String[] args) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 512);
		server.createContext("/", WebhookSink::handle);
		server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		server.start();
	}

	private static void handle(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		if (exchange.getRequestMethod().equals("GET")) {
			String answer = path.equals("/count") ? Integer.toString(RECEIVED.size())
					: String.join("\n", RECEIVED) + "\n";
			send(exchange, answer);
			return;
		}
		long micros = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		RECEIVED.add(micros + " " + exchange.getRequestHeaders().getFirst("webhook-id") + " " + find(CODE, body) + " "
				+ find(LINK, body));
		send(exchange, "ok");
	}

	private static String find(Pattern pattern, String body) {
		Matcher matcher = pattern.matcher(body);
		return matcher.find() ? matcher.group(1) : "-";
	}

	private static void send(HttpExchange exchange, String answer) throws IOException {
		byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(200, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
