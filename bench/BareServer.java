import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * The machine's limit for a response, to compare Ponte against in the same run: a bare JDK HttpServer answering
 * {@code GET /<name>} with the bytes of a file, as JSON, with no work per request but HTTP itself.
 * Usage: {@code java bench/BareServer.java PORT FILE...}; a file is served at its file name.
 */
public class BareServer {

	public static void main(String[] args) throws Exception {
		// without it the JDK server's header and body writes meet delayed ACKs: 40 ms stalls on small responses
		System.setProperty("sun.net.httpserver.nodelay", "true");
		Map<String, byte[]> bodies = new HashMap<>();
		for (int i = 1; i < args.length; i++) {
			Path file = Path.of(args[i]);
			bodies.put("/" + file.getFileName(), Files.readAllBytes(file));
		}
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 1024);
		server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		server.createContext("/", exchange -> {
			byte[] body = bodies.get(exchange.getRequestURI().getPath());
			exchange.getRequestBody().readAllBytes();
			if (body == null) {
				exchange.sendResponseHeaders(404, -1);
			}
			else {
				exchange.getResponseHeaders().set("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, body.length);
				exchange.getResponseBody().write(body);
			}
			exchange.close();
		});
		server.start();
		System.out.println("bare server on " + args[0] + " serving " + bodies.keySet());
	}

}
