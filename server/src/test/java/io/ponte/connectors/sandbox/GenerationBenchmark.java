package io.ponte.connectors.sandbox;

import io.ponte.connectors.FetchRequest;
import io.ponte.connectors.ResourceKind;
import io.ponte.connectors.Session;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.node.ObjectNode;

/**
 * How long the sandbox takes to generate 13 months of transactions for one user: the whole fetch (the person,
 * the replay of their history, the transaction documents), and the replay alone. Each invocation takes the next
 * of 256 users, so nothing one user computed helps the next. Not a test: run by {@code bench/sandbox.sh}
 * ({@code org.openjdk.jmh.Main GenerationBenchmark}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class GenerationBenchmark {

	private static final int POOL = 256;

	private static final Instant AS_OF = Population.AS_OF;

	@Param({ "BR", "MX" })
	public String country;

	private SandboxConnector connector;

	private Session[] sessions;

	private Persona[] personas;

	private FetchRequest thirteenMonths;

	private int next;

	@Setup
	public void setUp() {
		Country c = Country.valueOf(this.country);
		String institution = c == Country.BR ? "erebor_br_retail" : "erebor_mx_retail";
		this.connector = new SandboxConnector(Clock.fixed(AS_OF, ZoneOffset.UTC));
		this.sessions = new Session[POOL];
		this.personas = new Persona[POOL];
		for (int i = 0; i < POOL; i++) {
			String user = "bench%05d".formatted(i + 1);
			this.sessions[i] = new Session(institution, this.country, user, "sandbox:regular");
			this.personas[i] = Persona.of(institution, c, user);
		}
		LocalDate today = AS_OF.atOffset(c.offset).toLocalDate();
		this.thirteenMonths = FetchRequest.of(ResourceKind.TRANSACTIONS).between(today.minusMonths(13), today);
	}

	/** {@code SandboxConnector.fetch} of TRANSACTIONS over the 13 months before the instant. */
	@Benchmark
	public List<ObjectNode> fetchThirteenMonthsOfTransactions() {
		Session session = this.sessions[this.next++ & (POOL - 1)];
		return this.connector.fetch(session, this.thirteenMonths);
	}

	/** The person's history replayed up to the instant ({@code new Statement}), the person already drawn. */
	@Benchmark
	public Statement replayHistory() {
		Persona persona = this.personas[this.next++ & (POOL - 1)];
		return new Statement(persona, AS_OF);
	}

}
