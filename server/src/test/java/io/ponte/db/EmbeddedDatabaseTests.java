package io.ponte.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTests {

	private static final Duration PROCESS_EXIT = Duration.ofSeconds(10);

	@TempDir
	Path folder;

	@Test
	void dataSurvivesAStopAndARestartOnTheSameFolder() throws SQLException {
		try (EmbeddedDatabase database = EmbeddedDatabase.start(this.folder)) {
			execute(database, "create table notes (body text not null)");
			execute(database, "insert into notes values ('written before the stop')");
		}

		try (EmbeddedDatabase database = EmbeddedDatabase.start(this.folder)) {
			assertThat(database.directory()).isEqualTo(this.folder.toAbsolutePath().normalize());
			assertThat(queryStrings(database, "select body from notes")).containsExactly("written before the stop");
		}
	}

	@Test
	void closeLeavesNoPostgresProcessBehind() throws IOException {
		long pid;
		try (EmbeddedDatabase database = EmbeddedDatabase.start(this.folder)) {
			pid = postmasterPid(this.folder);
			assertThat(ProcessHandle.of(pid)).as("postmaster %d while running", pid).hasValueSatisfying(p -> {
				assertThat(p.isAlive()).isTrue();
				assertThat(p.info().command()).hasValueSatisfying(c -> assertThat(c).endsWith("postgres"));
			});
		}

		assertThat(this.folder.resolve("postmaster.pid")).doesNotExist();
		assertThat(awaitGone(pid)).as("postmaster %d still running after close", pid).isTrue();
	}

	@Test
	void aRestartAfterACrashStopsTheOrphanedPostmasterAndKeepsTheData() throws Exception {
		String value = "committed before the crash " + UUID.randomUUID();
		Process child = startChild(value);
		Optional<ProcessHandle> orphan = Optional.empty();
		try {
			awaitReady(child);
			long orphanPid = postmasterPid(this.folder);
			orphan = ProcessHandle.of(orphanPid);
			assertThat(orphan).as("postmaster of the child JVM").isPresent();

			child.destroyForcibly().waitFor(PROCESS_EXIT.toSeconds(), TimeUnit.SECONDS);
			assertThat(child.isAlive()).as("child JVM after SIGKILL").isFalse();
			assertThat(orphan.get().isAlive()).as("postmaster orphaned by the killed JVM").isTrue();

			try (EmbeddedDatabase database = EmbeddedDatabase.start(this.folder)) {
				assertThat(orphan.get().isAlive()).as("orphaned postmaster %d after the restart", orphanPid).isFalse();
				assertThat(postmasterPid(this.folder)).isNotEqualTo(orphanPid);
				assertThat(queryStrings(database, "select value from crash_survivor")).containsExactly(value);
			}
		}
		finally {
			child.destroyForcibly();
			if (orphan.isPresent() && orphan.get().isAlive()) {
				EmbeddedDatabase.stopOrphanedPostmaster(this.folder.toAbsolutePath().normalize());
				orphan.get().destroyForcibly();
			}
		}
	}

	@Test
	void aSecondServerOnAFolderInUseFailsAndLeavesTheFirstRunning() throws Exception {
		String value = "written by the first server " + UUID.randomUUID();
		Process child = startChild(value);
		try {
			awaitReady(child);
			long pid = postmasterPid(this.folder);

			assertThatThrownBy(() -> EmbeddedDatabase.start(this.folder))
				.hasMessageContaining("another Ponte server is using this data folder");

			assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).as("the first server's postmaster %d", pid)
				.isPresent();
		}
		finally {
			child.getOutputStream().close(); // the child closes its database and exits
			child.waitFor(PROCESS_EXIT.toSeconds(), TimeUnit.SECONDS);
			child.destroyForcibly();
		}
	}

	@Test
	void aStalePidFileNamingAnotherClustersPostmasterLeavesThatClusterRunning() throws Exception {
		Path mine = this.folder.resolve("mine");
		try (EmbeddedDatabase initialise = EmbeddedDatabase.start(mine)) {
			execute(initialise, "select 1");
		}
		try (EmbeddedDatabase other = EmbeddedDatabase.start(this.folder.resolve("other"))) {
			long otherPid = postmasterPid(other.directory());
			// as after a reboot: the pid of the last run, meanwhile reused by another PostgreSQL
			List<String> stale = new ArrayList<>(Files.readAllLines(other.directory().resolve("postmaster.pid")));
			stale.set(1, mine.toAbsolutePath().normalize().toString());
			Files.write(mine.resolve("postmaster.pid"), stale);

			EmbeddedDatabase.stopOrphanedPostmaster(mine.toAbsolutePath().normalize());

			assertThat(ProcessHandle.of(otherPid).filter(ProcessHandle::isAlive))
				.as("postmaster %d of another data folder", otherPid)
				.isPresent();
			assertThat(queryStrings(other, "select 'still serving'")).containsExactly("still serving");
		}
	}

	private Process startChild(String value) throws IOException {
		String java = ProcessHandle.current().info().command().orElseThrow();
		return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				EmbeddedDatabaseCrashChild.class.getName(), this.folder.toString(), value)
			.redirectErrorStream(true)
			.start();
	}

	/** Reads the child's output (all of it, so it never blocks on a full pipe) until its ready line. */
	private static void awaitReady(Process child) throws Exception {
		List<String> output = Collections.synchronizedList(new ArrayList<>());
		CompletableFuture<Boolean> ready = new CompletableFuture<>();
		Thread.ofVirtual().start(() -> {
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = lines.readLine(); line != null; line = lines.readLine()) {
					output.add(line);
					if (line.equals(EmbeddedDatabaseCrashChild.READY)) {
						ready.complete(true);
					}
				}
			}
			catch (IOException ex) {
				// the child was killed
			}
			ready.complete(false);
		});
		boolean started;
		try {
			started = ready.get(120, TimeUnit.SECONDS);
		}
		catch (TimeoutException ex) {
			started = false;
		}
		assertThat(started).as("child JVM became ready; its output:%n%s", String.join("\n", output)).isTrue();
	}

	/** The first line of {@code postmaster.pid}: the process id of the running server. */
	private static long postmasterPid(Path folder) throws IOException {
		return Long.parseLong(Files.readAllLines(folder.resolve("postmaster.pid")).getFirst().trim());
	}

	/** Waits until the process is gone, for at most {@link #PROCESS_EXIT}. */
	private static boolean awaitGone(long pid) {
		Optional<ProcessHandle> process = ProcessHandle.of(pid);
		if (process.isEmpty()) {
			return true;
		}
		try {
			process.get().onExit().get(PROCESS_EXIT.toSeconds(), TimeUnit.SECONDS);
			return true;
		}
		catch (TimeoutException ex) {
			return !process.get().isAlive();
		}
		catch (InterruptedException | ExecutionException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void execute(EmbeddedDatabase database, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl());
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static List<String> queryStrings(EmbeddedDatabase database, String sql) throws SQLException {
		List<String> values = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl());
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

}
