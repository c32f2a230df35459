package io.ponte.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The zero-setup PostgreSQL: a real server process whose data directory persists under the data folder.
 * Started before the connection pool and stopped after it, so a normal stop leaves no process behind.
 * A postmaster orphaned by a crashed JVM is shut down first, so a restart after a crash recovers.
 */
public final class EmbeddedDatabase implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(30);

	private final EmbeddedPostgres postgres;

	private final Path directory;

	private EmbeddedDatabase(EmbeddedPostgres postgres, Path directory) {
		this.postgres = postgres;
		this.directory = directory;
	}

	/** Starts (initialising on first use) the cluster whose files live in {@code directory}. */
	public static EmbeddedDatabase start(Path directory) {
		try {
			Path absolute = directory.toAbsolutePath().normalize();
			Files.createDirectories(absolute);
			if (lockedByAnotherServer(absolute)) {
				throw new IllegalStateException("Could not start the embedded PostgreSQL in " + directory
						+ ": another Ponte server is using this data folder");
			}
			stopOrphanedPostmaster(absolute);
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(absolute)
				.setCleanDataDirectory(false)
				// stopped by the application context, after the scheduler and the pool: a JVM hook of its own would
				// race them and cut their connections mid-query; a postmaster left by a crash is stopped on next start
				.setRegisterShutdownHook(false)
				.setPGStartupWait(Duration.ofSeconds(60))
				// durability first: this is the default store, not a throwaway test database
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on")
				.setServerConfig("max_connections", "100")
				.setServerConfig("shared_preload_libraries", "pg_stat_statements")
				.setServerConfig("track_io_timing", "on")
				.setServerConfig("listen_addresses", "localhost")
				.start();
			log.info("Embedded PostgreSQL running on port {} with data in {}", postgres.getPort(), absolute);
			return new EmbeddedDatabase(postgres, absolute);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start the embedded PostgreSQL in " + directory
					+ " (is another Ponte server using this data folder?)", ex);
		}
	}

	public String jdbcUrl() {
		return this.postgres.getJdbcUrl("postgres", "postgres");
	}

	public String user() {
		return "postgres";
	}

	public int port() {
		return this.postgres.getPort();
	}

	public Path directory() {
		return this.directory;
	}

	@Override
	public void close() {
		try {
			this.postgres.close();
			log.info("Embedded PostgreSQL stopped");
		}
		catch (IOException ex) {
			log.warn("Embedded PostgreSQL did not stop cleanly", ex);
		}
	}

	/**
	 * When the JVM that owned the cluster was killed, its postmaster keeps running and holds the data
	 * directory. Ask it for a fast shutdown (SIGINT, which rolls back open transactions) so this start can proceed.
	 */
	public static void stopOrphanedPostmaster(Path directory) throws IOException {
		Path pidFile = directory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		Optional<ProcessHandle> postmaster = lines.isEmpty() ? Optional.empty() : parsePid(lines.getFirst())
			.flatMap(ProcessHandle::of)
			.filter(ProcessHandle::isAlive)
			.filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
			// a pid from a stale file may since belong to another cluster's postmaster: never stop that one
			.filter(p -> servesDirectory(p, directory));
		if (postmaster.isEmpty()) {
			return; // a stale pid file: PostgreSQL itself discards it on start
		}
		ProcessHandle process = postmaster.get();
		log.warn("Found a PostgreSQL (pid {}) left running on {} by a previous crash; stopping it", process.pid(),
				directory);
		try {
			new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start().waitFor();
			process.onExit().get(ORPHAN_STOP_WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			log.warn("Orphaned PostgreSQL did not stop in time; killing it", ex);
			process.destroyForcibly();
		}
	}

	/**
	 * Whether a live JVM holds zonky's lock on the cluster: its postmaster is then another server's, not an
	 * orphan, and must be left running. The lock dies with the JVM that took it, so a crashed server's does not count.
	 */
	private static boolean lockedByAnotherServer(Path directory) throws IOException {
		Path lock = directory.resolve("epg-lock");
		if (!Files.isRegularFile(lock)) {
			return false;
		}
		try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE);
				FileLock held = channel.tryLock()) {
			return held == null;
		}
		catch (OverlappingFileLockException ex) {
			return true; // held by this JVM
		}
	}

	/** Whether the process is a postmaster started on this data directory ({@code -D directory}). */
	private static boolean servesDirectory(ProcessHandle process, Path directory) {
		List<String> arguments = process.info().arguments().map(List::of).orElse(List.of());
		int option = arguments.indexOf("-D");
		return option >= 0 && option + 1 < arguments.size()
				&& Path.of(arguments.get(option + 1)).toAbsolutePath().normalize().equals(directory);
	}

	private static Optional<Long> parsePid(String line) {
		try {
			return Optional.of(Long.parseLong(line.trim()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
