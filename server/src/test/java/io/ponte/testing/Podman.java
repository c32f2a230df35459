package io.ponte.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The {@code podman} command line, for the tests that run Ponte's container image: each call runs one command,
 * waits for it, and fails with its output when it fails. Podman is Debian's package ({@code .ci/run} installs it
 * and sets runc and lower limits in {@code /etc/containers/containers.conf}, which this machine needs).
 */
public final class Podman {

	private static final long TIMEOUT_MINUTES = 5;

	private Podman() {
	}

	/** Runs {@code podman args...}; its standard output, trimmed. */
	public static String run(String... args) {
		Result result = attempt(args);
		if (result.exitCode() != 0) {
			throw new IllegalStateException("podman " + String.join(" ", args) + " exited with " + result.exitCode()
					+ ":\n" + result.output());
		}
		return result.output().trim();
	}

	/** Runs {@code podman args...} and returns its exit code and output, whatever the code. */
	public static Result attempt(String... args) {
		List<String> command = new ArrayList<>(List.of("podman"));
		command.addAll(List.of(args));
		try {
			Path output = Files.createTempFile("podman", ".out");
			try {
				Process process = new ProcessBuilder(command).redirectErrorStream(true)
					.redirectOutput(output.toFile())
					.start();
				if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
					process.destroyForcibly();
					throw new IllegalStateException(String.join(" ", command) + " took over " + TIMEOUT_MINUTES + " min");
				}
				return new Result(process.exitValue(), withoutSystemdNotes(Files.readString(output, StandardCharsets.UTF_8)));
			}
			finally {
				Files.deleteIfExists(output);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("podman is needed by this test: install Debian's podman (apt-get install "
					+ "podman runc), as .ci/run does", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Without systemd (as in CI), podman reports on every health-checked container that it cannot add a systemd
	 * timer for the check; the tests run the check themselves ({@code podman healthcheck run}).
	 */
	private static String withoutSystemdNotes(String output) {
		return output.lines()
			.filter(line -> !line.contains("unable to get systemd connection"))
			.reduce(new StringBuilder(), (all, line) -> all.append(line).append('\n'), StringBuilder::append)
			.toString();
	}

	/** A command's exit code and its output (standard output and error together). */
	public record Result(int exitCode, String output) {
	}

}
