package io.ponte.db;

import io.ponte.PonteApplication;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.context.ApplicationListener;

/**
 * Starts the embedded PostgreSQL on its own thread as soon as the configuration is known, so the postmaster
 * starts (and zonky checks its binaries) while Spring builds the context; the {@code embeddedDatabase} bean then
 * claims the running server instead of starting it. Measured: this takes the database off the start-up's critical
 * path (docs/benchmarks.md, issue 12). Registered in {@code META-INF/spring.factories}, so tests and the commands
 * take the same path as the server. Nothing starts early for an external database.
 */
public final class EarlyEmbeddedDatabase implements ApplicationListener<SpringApplicationEvent> {

	private static final Map<Path, Pending> pending = new ConcurrentHashMap<>();

	private record Pending(SpringApplication application, CompletableFuture<EmbeddedDatabase> database) {
	}

	@Override
	public void onApplicationEvent(SpringApplicationEvent event) {
		if (!event.getSpringApplication().getAllSources().contains(PonteApplication.class)) {
			return;
		}
		switch (event) {
			case ApplicationEnvironmentPreparedEvent prepared ->
				start(event.getSpringApplication(), DatabaseProperties.of(prepared.getEnvironment()));
			// a start that failed before the bean claimed its database must not leave the postmaster running
			case ApplicationFailedEvent failed -> abandon(event.getSpringApplication());
			case ApplicationReadyEvent ready -> abandon(event.getSpringApplication());
			default -> {
			}
		}
	}

	private static void start(SpringApplication application, DatabaseProperties properties) {
		if (properties.external()) {
			return;
		}
		Path directory = properties.embeddedDirectory();
		CompletableFuture<EmbeddedDatabase> future = new CompletableFuture<>();
		if (pending.putIfAbsent(directory, new Pending(application, future)) != null) {
			return; // another context of this JVM is starting on the folder; the bean will start (and fail) itself
		}
		Thread.ofPlatform().daemon().name("embedded-postgres-start").start(() -> {
			try {
				future.complete(EmbeddedDatabase.start(directory));
			}
			catch (Throwable ex) {
				future.completeExceptionally(ex);
			}
		});
	}

	/**
	 * The database started early for {@code directory}, waiting for it to be ready, or empty when none was
	 * started (the bean then starts it itself). A failure to start is rethrown as it was.
	 */
	static Optional<EmbeddedDatabase> claim(Path directory) {
		Pending started = pending.remove(directory);
		if (started == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(started.database().join());
		}
		catch (CompletionException ex) {
			switch (ex.getCause()) {
				case RuntimeException runtime -> throw runtime;
				case Error error -> throw error;
				default -> throw ex;
			}
		}
	}

	private static void abandon(SpringApplication application) {
		pending.forEach((directory, started) -> {
			if (started.application() == application && pending.remove(directory, started)) {
				started.database().thenAccept(EmbeddedDatabase::close).exceptionally(ex -> null).join();
			}
		});
	}

}
