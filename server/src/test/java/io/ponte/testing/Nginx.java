package io.ponte.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;

/**
 * Debian's nginx as the load balancer in front of several server instances, on loopback: round-robin over their
 * ports, started as its own process from a configuration written for it, with its logs under
 * {@code target/nginx/} (not the test run's folder: the log scan reads servers' logs). Each answer names the
 * instance that gave it in an {@code X-Upstream} header, and the access log records it too, so a test can say which
 * instance served what. Fails with a clear message without nginx (CI installs it): never skipped silently.
 */
public final class Nginx implements AutoCloseable {

	private static final Path EXECUTABLE = Path.of("/usr/sbin/nginx");

	/** The header naming the instance (its {@code host:port}) that answered through nginx. */
	public static final String UPSTREAM = "X-Upstream";

	private final Process process;

	private final Path folder;

	private final int port;

	private Nginx(Process process, Path folder, int port) {
		this.process = process;
		this.folder = folder;
		this.port = port;
	}

	/** nginx on a free loopback port, round-robin over {@code 127.0.0.1:<port>} of each of {@code ports}. */
	public static Nginx inFrontOf(List<Integer> ports) {
		assertInstalled();
		try {
			int port = LoopbackPorts.free();
			Path folder = Files.createDirectories(Path.of("target", "nginx", "nginx-" + port)).toAbsolutePath();
			Files.createDirectories(folder.resolve("temp"));
			Files.writeString(folder.resolve("nginx.conf"), configuration(port, ports, folder));
			Process process = new ProcessBuilder(EXECUTABLE.toString(), "-p", folder + "/", "-c", "nginx.conf", "-e",
					"error.log")
				.redirectErrorStream(true)
				.redirectOutput(folder.resolve("nginx.out").toFile())
				.start();
			Nginx nginx = new Nginx(process, folder, port);
			nginx.awaitListening();
			return nginx;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Fails, with what to install, without Debian's nginx: a test can check before it starts its servers. */
	public static void assertInstalled() {
		assertThat(Files.isExecutable(EXECUTABLE))
			.as("the several-instances tests need Debian's nginx at %s (apt-get install nginx; .ci/run installs it)",
					EXECUTABLE)
			.isTrue();
	}

	/**
	 * One worker and a shared zone, so consecutive requests go to the instances in turn; no retry of a request on
	 * another instance (a POST is never sent twice); forwarded headers as a real deployment sets them.
	 */
	private static String configuration(int port, List<Integer> ports, Path folder) {
		String servers = ports.stream()
			.map(p -> "        server 127.0.0.1:" + p + ";")
			.collect(Collectors.joining("\n"));
		return """
				# written by io.ponte.testing.Nginx for one test run
				user %s;
				daemon off;
				worker_processes 1;
				pid %s/nginx.pid;
				error_log %s/error.log warn;
				events { worker_connections 256; }
				http {
				    log_format upstreams '$upstream_addr $status "$request_method $uri" $request_time';
				    access_log %s/access.log upstreams;
				    client_body_temp_path %s/temp/body;
				    proxy_temp_path %s/temp/proxy;
				    fastcgi_temp_path %s/temp/fastcgi;
				    uwsgi_temp_path %s/temp/uwsgi;
				    scgi_temp_path %s/temp/scgi;
				    upstream ponte {
				        zone ponte 64k;
				%s
				    }
				    server {
				        listen 127.0.0.1:%d;
				        location / {
				            proxy_pass http://ponte;
				            proxy_http_version 1.1;
				            proxy_set_header Host $http_host;
				            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
				            proxy_set_header X-Forwarded-Proto $scheme;
				            proxy_next_upstream off;
				            proxy_read_timeout 90s;
				            add_header %s $upstream_addr always;
				        }
				    }
				}
				""".formatted(System.getProperty("user.name"), folder, folder, folder, folder, folder, folder, folder,
				folder, servers, port, UPSTREAM);
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

	/** How many requests each instance ({@code 127.0.0.1:<port>}) answered so far, from the access log. */
	public Map<String, Long> requestsPerInstance() {
		try {
			List<String> lines = Files.readAllLines(this.folder.resolve("access.log"));
			return lines.stream()
				.map(line -> line.substring(0, line.indexOf(' ')))
				.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void awaitListening() {
		Awaitility.await("nginx to listen on " + this.port)
			.atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> {
				if (!this.process.isAlive()) {
					throw new IllegalStateException("nginx exited with " + this.process.exitValue() + ": "
							+ Files.readString(this.folder.resolve("nginx.out")) + " "
							+ (Files.exists(this.folder.resolve("error.log"))
									? Files.readString(this.folder.resolve("error.log")) : ""));
				}
				try (Socket socket = new Socket()) {
					socket.connect(new InetSocketAddress("127.0.0.1", this.port), 200);
					return true;
				}
				catch (IOException ex) {
					return false;
				}
			});
	}

	/** SIGTERM: nginx's fast shutdown, master and worker. */
	@Override
	public void close() {
		this.process.destroy();
		try {
			this.process.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public String toString() {
		return "nginx at " + baseUrl() + " (pid " + this.process.pid() + ")";
	}

}
