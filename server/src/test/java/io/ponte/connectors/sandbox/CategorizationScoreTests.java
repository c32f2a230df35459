package io.ponte.connectors.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.enrichment.categorization.TransactionCategorizer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * The categorizer scored against the truth the sandbox planted: 1,000 generated users per country, each user's
 * year of transactions as the connector returns them (no category, no merchant), categorized as Ponte stores
 * them, and compared with the category the generator meant. Reports accuracy and macro-F1 over the categories;
 * the floors sit a little below the measured figures, so a regression fails. Chile has no bank users in the
 * sandbox (its institutions are fiscal ones), so only Brazil and Mexico are scored.
 */
class CategorizationScoreTests {

	static final int USERS = 1_000;

	private final TransactionCategorizer categorizer = new TransactionCategorizer();

	@Test
	void brazilianTransactionsAreCategorizedAsPlanted() {
		Score score = score(Country.BR, "erebor_br_retail");
		assertThat(score.accuracy()).isGreaterThanOrEqualTo(0.985);
		assertThat(score.macroF1()).isGreaterThanOrEqualTo(0.99);
	}

	@Test
	void mexicanTransactionsAreCategorizedAsPlanted() {
		Score score = score(Country.MX, "erebor_mx_retail");
		assertThat(score.accuracy()).isGreaterThanOrEqualTo(0.985);
		assertThat(score.macroF1()).isGreaterThanOrEqualTo(0.99);
	}

	private Score score(Country country, String institution) {
		Score score = IntStream.rangeClosed(1, USERS)
			.parallel()
			.mapToObj(i -> userScore(country, institution, Population.username(i)))
			.reduce(new Score(), Score::plus);
		System.out.printf("categorization %s: %d users, %d transactions, accuracy %.4f, macro-F1 %.4f%n%s", country,
				USERS, score.total, score.accuracy(), score.macroF1(), score.perCategory());
		return score;
	}

	private Score userScore(Country country, String institution, String user) {
		Statement statement = new Statement(Persona.of(institution, country, user), Population.AS_OF);
		Map<String, SandboxTruth.Category> truth = PlantedTruth.of(statement).categories();
		List<ObjectNode> transactions = new TransactionDocuments(statement)
			.transactions(statement.today.minusDays(365), statement.today);
		this.categorizer.enrich(transactions, country.name());
		Score score = new Score();
		for (ObjectNode transaction : transactions) {
			String planted = truth.get(transaction.path("internal_identification").asString()).category();
			score.add(String.valueOf(planted), transaction.path("category").asString("null"));
		}
		return score;
	}

	/** Counts per category of true positives, false positives and false negatives. */
	static final class Score {

		final Map<String, long[]> counts = new TreeMap<>();

		long total;

		long correct;

		void add(String planted, String assigned) {
			this.total++;
			if (planted.equals(assigned)) {
				this.correct++;
				this.counts.computeIfAbsent(planted, k -> new long[3])[0]++;
			}
			else {
				this.counts.computeIfAbsent(assigned, k -> new long[3])[1]++;
				this.counts.computeIfAbsent(planted, k -> new long[3])[2]++;
			}
		}

		Score plus(Score other) {
			Score sum = new Score();
			for (Score s : List.of(this, other)) {
				sum.total += s.total;
				sum.correct += s.correct;
				s.counts.forEach((k, v) -> {
					long[] c = sum.counts.computeIfAbsent(k, x -> new long[3]);
					for (int i = 0; i < 3; i++) {
						c[i] += v[i];
					}
				});
			}
			return sum;
		}

		double accuracy() {
			return this.total == 0 ? 0 : this.correct / (double) this.total;
		}

		/** The mean over the planted categories of each one's F1. */
		double macroF1() {
			return this.counts.values().stream().filter(c -> c[0] + c[2] > 0).mapToDouble(Score::f1).average().orElse(0);
		}

		String perCategory() {
			StringBuilder out = new StringBuilder();
			this.counts.forEach((k, c) -> out.append("  %-28s tp %7d fp %6d fn %6d F1 %.3f%n".formatted(k, c[0], c[1],
					c[2], f1(c))));
			return out.toString();
		}

		private static double f1(long[] c) {
			double denominator = 2.0 * c[0] + c[1] + c[2];
			return denominator == 0 ? 0 : 2.0 * c[0] / denominator;
		}

	}

}
