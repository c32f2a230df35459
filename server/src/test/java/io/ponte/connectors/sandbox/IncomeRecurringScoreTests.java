package io.ponte.connectors.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.connectors.sandbox.StreamScoring.Detected;
import io.ponte.connectors.sandbox.StreamScoring.Event;
import io.ponte.connectors.sandbox.StreamScoring.Rules;
import io.ponte.enrichment.Movement;
import io.ponte.enrichment.incomes.IncomeDetector;
import io.ponte.enrichment.recurring.RecurringDetector;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * Scores the income and recurring-expense detectors against what the sandbox planted, over 1,000 generated
 * people per country, overall and by planted kind ({@link PlantedKind}: weekly pay, job changes, annual plans...),
 * and prints the commonest reasons for a miss or a false stream with anonymised examples. The detectors see the
 * transactions and accounts as a bank returns them; only this test reads the truth.
 *
 * <p>
 * A detected stream is matched to the planted stream (or decoy) holding most of its transactions (more than
 * half). It is a true positive when that planted stream is in scope and the frequency agrees and the average
 * amount is within {@link #AMOUNT_TOLERANCE} of the planted amount (recurring expenses:
 * {@link #EXPENSE_TOLERANCE}; irregular freelance income: {@link #IRREGULAR_TOLERANCE}). In scope: planted streams
 * with at least three transactions in the last 365 days, of a frequency the spec can say (incomes: weekly,
 * fortnightly, monthly, irregular; recurring expenses: monthly). A detected stream made of an out-of-scope planted
 * stream (a yearly bonus, a bimonthly bill, an annual plan) is not counted either way; one made of a decoy
 * (family help, a one-off charge at a subscription merchant) or of nothing planted is a false positive. Streams
 * the detector types {@code INTEREST} (savings yields) are not scored: the generator pays interest but plants no
 * income stream for it. One-off payments (frequency {@code SINGLE}, and a payer's off-cadence extras such as a
 * 13th salary) are not scored either: the generator plants them as yearly bonuses, a frequency the spec cannot
 * say.
 */
class IncomeRecurringScoreTests {

	static final int USERS = 1_000;

	static final double AMOUNT_TOLERANCE = 0.15;

	static final double EXPENSE_TOLERANCE = 0.25;

	static final double IRREGULAR_TOLERANCE = 0.5;

	static final Rules INCOMES = new Rules(Set.of("WEEKLY", "FORTNIGHTLY", "MONTHLY", "IRREGULAR"), AMOUNT_TOLERANCE,
			IRREGULAR_TOLERANCE, "INFLOW");

	static final Rules EXPENSES = new Rules(Set.of("MONTHLY"), EXPENSE_TOLERANCE, IRREGULAR_TOLERANCE, "OUTFLOW");

	/** How many miss patterns to print per detector. */
	static final int PATTERNS = 12;

	/** One person's events, incomes then recurring expenses. */
	record Scored(List<Event> incomes, List<Event> expenses) {
	}

	@ParameterizedTest
	@ValueSource(strings = { "BR", "MX" })
	void detectorsFindWhatWasPlanted(String code) {
		Country country = Country.of(code);
		String institution = "BR".equals(code) ? "erebor_br_retail" : "erebor_mx_retail";
		long started = System.nanoTime();
		List<Scored> people = IntStream.rangeClosed(1, USERS)
			.parallel()
			.mapToObj(i -> score(institution, country, String.format("user%05d", i)))
			.toList();
		double seconds = (System.nanoTime() - started) / 1e9;
		ScoreTally incomes = new ScoreTally();
		ScoreTally expenses = new ScoreTally();
		for (Scored person : people) {
			incomes.add(person.incomes());
			expenses.add(person.expenses());
		}
		System.out.printf(Locale.ROOT, "%s %d users in %.1f s%n", code, USERS, seconds);
		print(code + " incomes", incomes);
		print(code + " recurring expenses", expenses);
		Floors floors = "BR".equals(code) ? BR : MX;
		assertThat(incomes.precision()).as("income precision").isGreaterThanOrEqualTo(floors.incomePrecision());
		assertThat(incomes.recall()).as("income recall").isGreaterThanOrEqualTo(floors.incomeRecall());
		assertThat(expenses.precision()).as("recurring precision").isGreaterThanOrEqualTo(floors.expensePrecision());
		assertThat(expenses.recall()).as("recurring recall").isGreaterThanOrEqualTo(floors.expenseRecall());
	}

	/**
	 * A little below the figures measured (docs/benchmarks.md), so a regression fails. The income floors went down
	 * when the population gained app workers paid weekly (PLATFORM_WEEKLY), which the detector reports as one
	 * irregular freelance stream: BR 0.94 / 0.90 and MX 0.96 / 0.92 before.
	 */
	record Floors(double incomePrecision, double incomeRecall, double expensePrecision, double expenseRecall) {
	}

	static final Floors BR = new Floors(0.96, 0.97, 0.97, 0.97);

	static final Floors MX = new Floors(0.98, 0.98, 0.955, 0.955);

	private static Scored score(String institution, Country country, String user) {
		Statement statement = new Statement(Persona.of(institution, country, user), Population.AS_OF);
		SandboxTruth truth = PlantedTruth.of(statement);
		LocalDate today = statement.today;
		List<ObjectNode> accounts = new AccountDocuments(statement).accounts();
		List<ObjectNode> transactions = new TransactionDocuments(statement).transactions(today.minusDays(400), today);
		Map<String, ObjectNode> byId = new HashMap<>();
		Set<String> window = new HashSet<>();
		for (ObjectNode tx : transactions) {
			String id = tx.get("internal_identification").asString();
			byId.put(id, tx);
			if (!LocalDate.parse(tx.get("value_date").asString()).isBefore(today.minusDays(364))) {
				window.add(id);
			}
		}
		List<Detected> detectedIncomes = IncomeDetector.detect(transactions, accounts, today.minusDays(364), today)
			.stream()
			.map(s -> new Detected(ids(s.credits()), s.frequency(), s.amountPerPeriod(),
					(s.regular() || "FREELANCE".equals(s.type())) && !"INTEREST".equals(s.type())))
			.toList();
		List<Detected> detectedExpenses = RecurringDetector.detect(transactions, accounts, today.minusDays(364), today)
			.stream()
			.map(e -> new Detected(ids(e.charges()), "MONTHLY", e.average(), true))
			.toList();
		return new Scored(
				StreamScoring.score(new StreamScoring.Person(truth.incomes(), truth.decoys(), byId, window,
						truth.categories()), INCOMES, detectedIncomes),
				StreamScoring.score(new StreamScoring.Person(truth.recurringExpenses(), truth.decoys(), byId, window,
						truth.categories()), EXPENSES, detectedExpenses));
	}

	private static void print(String title, ScoreTally tally) {
		ScoreTally.Counts all = tally.total();
		System.out.printf(Locale.ROOT, "%s: precision %.3f recall %.3f (tp %d fp %d, planted %d found %d)%n", title,
				tally.precision(), tally.recall(), all.truePositives, all.falsePositives, all.inScope, all.found);
		System.out.println(tally.table(title + " by planted kind"));
		System.out.println(tally.patterns(title + ": commonest misses (planted, not found) and false streams",
				PATTERNS));
	}

	private static Set<String> ids(List<Movement> movements) {
		Set<String> ids = new HashSet<>();
		movements.forEach(m -> ids.add(m.id()));
		return ids;
	}

}
