package io.ponte.api;

import java.time.LocalDate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only routes that exercise the shared request mechanics (body parsing, query timeout, unexpected
 * failures) independently of any feature. Active only in servers started with {@link #ENABLED}, so the
 * component scan of other test servers does not pick it up.
 */
@RestController
@ConditionalOnProperty(name = ProbeController.ENABLED, havingValue = "true")
class ProbeController {

	static final String ENABLED = "ponte.test.probe";

	private final JdbcClient jdbc;

	ProbeController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@PostMapping("/api/probe/echo/")
	Probe echo(@RequestBody Probe probe) {
		return probe;
	}

	@GetMapping("/api/probe/slow/")
	Probe slow() {
		this.jdbc.sql("select pg_sleep(3)").query().singleValue();
		return new Probe("slow", 0, null, null);
	}

	@GetMapping("/api/probe/boom/")
	Probe boom() {
		throw new IllegalStateException("secret internals");
	}

	record Probe(String name, int amount, LocalDate date, String firstName) {
	}

}
