package io.ponte.api;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * A test-only creating route that counts its runs, can be held mid-run, and can be told to fail: what the
 * idempotency tests need to see whether a request ran again. Active only in servers started with {@link #ENABLED}.
 */
@RestController
@ConditionalOnProperty(name = IdempotencyProbe.ENABLED, havingValue = "true")
class IdempotencyProbe {

	static final String ENABLED = "ponte.test.idempotency-probe";

	static final String PATH = "/api/probe/runs/";

	final AtomicInteger runs = new AtomicInteger();

	/** Runs wait here until it is opened. */
	volatile CountDownLatch gate = new CountDownLatch(0);

	/** How many of the next runs fail with an unexpected exception. */
	final AtomicInteger failures = new AtomicInteger();

	@PostMapping(PATH)
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> run(@RequestBody JsonNode body) throws InterruptedException {
		int run = this.runs.incrementAndGet();
		if (!this.gate.await(30, TimeUnit.SECONDS)) {
			throw new IllegalStateException("the gate was never opened");
		}
		if (this.failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
			throw new IllegalStateException("a planned failure");
		}
		return Map.of("run", run, "received", body);
	}

}
