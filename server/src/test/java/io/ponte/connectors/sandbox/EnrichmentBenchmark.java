package io.ponte.connectors.sandbox;

import io.ponte.connectors.FetchRequest;
import io.ponte.connectors.ResourceKind;
import io.ponte.connectors.Session;
import io.ponte.enrichment.categorization.TransactionCategorizer;
import io.ponte.enrichment.incomes.IncomeDetector;
import io.ponte.enrichment.incomes.IncomeStream;
import io.ponte.enrichment.recurring.RecurringDetector;
import io.ponte.enrichment.recurring.RecurringExpense;
import io.ponte.enrichment.risk.RiskInsightsCalculator;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.node.ObjectNode;

/**
 * How long enrichment takes for one link with 13 months of transactions across four accounts (checking,
 * savings, card, loan): categorizing the transactions as they are stored, then, from the stored documents as the
 * derivations receive them, risk insights, income detection and recurring-expense detection. Each invocation
 * takes the next of 16 sandbox users (here, beside the generator, which builds them). Not a test: run by
 * {@code bench/enrichment.sh}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class EnrichmentBenchmark {

	private static final int POOL = 16;

	private static final Instant AS_OF = Instant.parse("2026-06-30T12:00:00Z");

	private final List<ObjectNode>[] accounts = newLists();

	private final List<ObjectNode>[] transactions = newLists();

	private final TransactionCategorizer categorizer = new TransactionCategorizer();

	private LocalDate today;

	private int next;

	@SuppressWarnings("unchecked")
	private static List<ObjectNode>[] newLists() {
		return new List[POOL];
	}

	@Setup
	public void setUp() {
		SandboxConnector connector = new SandboxConnector(Clock.fixed(AS_OF, ZoneOffset.UTC));
		this.today = AS_OF.atOffset(ZoneOffset.UTC).toLocalDate();
		// the first sandbox users who hold all four kinds of account
		int found = 0;
		for (int n = 1; found < POOL; n++) {
			if (n > 10_000) {
				throw new IllegalStateException("fewer than " + POOL + " sandbox users with four accounts");
			}
			Session session = new Session("erebor_mx_retail", "MX", "bench%05d".formatted(n), "sandbox:regular");
			List<ObjectNode> held = connector.fetch(session, FetchRequest.of(ResourceKind.ACCOUNTS));
			if (held.size() < 4) {
				continue;
			}
			this.accounts[found] = held;
			List<ObjectNode> fetched = connector.fetch(session,
					FetchRequest.of(ResourceKind.TRANSACTIONS).between(this.today.minusMonths(13), this.today));
			// as stored: the derivations read Ponte's categories
			this.categorizer.enrich(fetched, "MX");
			this.transactions[found++] = fetched;
		}
		System.out.printf("%n%d transactions per user on average%n",
				java.util.Arrays.stream(this.transactions).mapToInt(List::size).sum() / POOL);
	}

	private int nextUser() {
		return this.next++ & (POOL - 1);
	}

	@Benchmark
	public List<ObjectNode> categorizationOfOneLink() {
		// categorizing again overwrites the same fields with the same answers
		int i = nextUser();
		this.categorizer.enrich(this.transactions[i], "MX");
		return this.transactions[i];
	}

	@Benchmark
	public ObjectNode riskInsightsForOneLink() {
		int i = nextUser();
		return RiskInsightsCalculator.compute(this.accounts[i], this.transactions[i], this.today);
	}

	@Benchmark
	public List<IncomeStream> incomesForOneLink() {
		int i = nextUser();
		return IncomeDetector.detect(this.transactions[i], this.accounts[i], this.today.minusDays(364), this.today);
	}

	@Benchmark
	public List<RecurringExpense> recurringExpensesForOneLink() {
		int i = nextUser();
		return RecurringDetector.detect(this.transactions[i], this.accounts[i], this.today.minusDays(364), this.today);
	}

}
