package io.ponte.connectors.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.enrichment.categorization.PartialDictionary;
import io.ponte.resources.DocumentEnricher;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sandbox score split: the dictionary was written from the sandbox's catalogue, so here every other merchant
 * of it (by a hash of its name) is hidden from the dictionary, and the purchases at the hidden merchants are scored,
 * once with the merchant category code the sandbox gives and once without it (most banks give none, and then only
 * the words of the descriptor are left). Category accuracy over {@value #USERS} users per country.
 */
class HiddenCatalogueScoreTests {

	static final int USERS = 300;

	@Test
	void brazilianPurchasesAtMerchantsTheDictionaryDoesNotHold() {
		Split split = score(Country.BR, "erebor_br_retail");
		assertThat(split.withCode()).isGreaterThanOrEqualTo(0.96);
		assertThat(split.withoutCode()).isGreaterThanOrEqualTo(0.32);
	}

	@Test
	void mexicanPurchasesAtMerchantsTheDictionaryDoesNotHold() {
		Split split = score(Country.MX, "erebor_mx_retail");
		assertThat(split.withCode()).isGreaterThanOrEqualTo(0.975);
		assertThat(split.withoutCode()).isGreaterThanOrEqualTo(0.25);
	}

	/** Accuracy on the hidden merchants' purchases with and without their code. */
	record Split(double withCode, double withoutCode) {
	}

	private static Split score(Country country, String institution) {
		Map<String, String> hidden = new HashMap<>();
		Stream.concat(
				Merchants.all(country).stream().map(m -> Map.entry(m.name(), m.descriptor())),
				(country == Country.BR ? Subscriptions.BR : Subscriptions.MX).stream()
					.map(s -> Map.entry(s.name(), s.descriptor())))
			.filter(m -> Math.floorMod(m.getKey().hashCode(), 2) == 1)
			.forEach(m -> hidden.put(m.getKey(), m.getValue().replace("{store}", "").replace("{city}", "").trim()));
		PartialDictionary dictionary = new PartialDictionary(Set.copyOf(hidden.values()));
		DocumentEnricher categorizer = dictionary.categorizer();
		long[] counts = IntStream.rangeClosed(1, USERS)
			.parallel()
			.mapToObj(i -> userCounts(country, institution, Population.username(i), hidden.keySet(), dictionary,
					categorizer))
			.reduce(new long[4], HiddenCatalogueScoreTests::plus);
		Split split = new Split(counts[1] / (double) counts[0], counts[2] / (double) counts[0]);
		System.out.printf("hidden catalogue %s: %d of %d merchants hidden, %d purchases at them (%d still named by "
				+ "another line, left out), accuracy with the code %.4f, without it %.4f%n", country, hidden.size(),
				Merchants.all(country).size() + (country == Country.BR ? Subscriptions.BR : Subscriptions.MX).size(),
				counts[0], counts[3], split.withCode(), split.withoutCode());
		return split;
	}

	/** Scored purchases, right with the code, right without it, and purchases another line still names. */
	private static long[] userCounts(Country country, String institution, String user, Set<String> hidden,
			PartialDictionary dictionary, DocumentEnricher categorizer) {
		Statement statement = new Statement(Persona.of(institution, country, user), Population.AS_OF);
		Map<String, SandboxTruth.Category> truth = PlantedTruth.of(statement).categories();
		Set<String> atHidden = statement.ledger.entries.stream()
			.filter(e -> e.booking().merchant() != null && hidden.contains(e.booking().merchant()))
			.map(Ledger.Entry::id)
			.collect(Collectors.toSet());
		List<ObjectNode> withCode = new TransactionDocuments(statement)
			.transactions(statement.today.minusDays(365), statement.today);
		List<ObjectNode> withoutCode = withCode.stream().map(t -> (ObjectNode) t.deepCopy().putNull("mcc")).toList();
		categorizer.enrich(withCode, country.name());
		categorizer.enrich(withoutCode, country.name());
		long[] counts = new long[4];
		for (int i = 0; i < withCode.size(); i++) {
			ObjectNode tx = withCode.get(i);
			String id = tx.path("internal_identification").asString();
			if (!atHidden.contains(id)) {
				continue;
			}
			if (dictionary.knows(country.name(), tx.path("description").asString())) {
				counts[3]++;
				continue;
			}
			String planted = truth.get(id).category();
			counts[0]++;
			counts[1] += planted.equals(tx.path("category").asString(null)) ? 1 : 0;
			counts[2] += planted.equals(withoutCode.get(i).path("category").asString(null)) ? 1 : 0;
		}
		return counts;
	}

	private static long[] plus(long[] a, long[] b) {
		long[] sum = new long[a.length];
		for (int i = 0; i < a.length; i++) {
			sum[i] = a[i] + b[i];
		}
		return sum;
	}

}
