package io.ponte.connectors.sandbox;

import io.ponte.enrichment.Movement;
import io.ponte.enrichment.incomes.IncomeDetector;
import io.ponte.enrichment.incomes.IncomeStream;
import java.time.LocalDate;
import java.util.*;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

class ScratchIncomeMisses {

	@ParameterizedTest
	@ValueSource(strings = { "BR", "MX" })
	void misses(String code) {
		Country country = Country.of(code);
		String institution = "BR".equals(code) ? "erebor_br_retail" : "erebor_mx_retail";
		Map<String, Integer> missByType = new TreeMap<>();
		int shown = 0;
		for (int i = 1; i <= 1000; i++) {
			Statement statement = new Statement(Persona.of(institution, country, String.format("user%05d", i)), Population.AS_OF);
			SandboxTruth truth = PlantedTruth.of(statement);
			LocalDate today = statement.today;
			List<ObjectNode> accounts = new AccountDocuments(statement).accounts();
			List<ObjectNode> transactions = new TransactionDocuments(statement).transactions(today.minusDays(400), today);
			Map<String, ObjectNode> byId = new HashMap<>();
			transactions.forEach(t -> byId.put(t.get("internal_identification").asString(), t));
			List<IncomeStream> found = IncomeDetector.detect(transactions, accounts, today.minusDays(364), today);
			for (SandboxTruth.Stream p : truth.incomes()) {
				long inWindow = p.transactions().stream().filter(byId::containsKey).filter(id -> !LocalDate.parse(byId.get(id).get("value_date").asString()).isBefore(today.minusDays(364))).count();
				if (inWindow < 3 || !Set.of("WEEKLY", "FORTNIGHTLY", "MONTHLY", "IRREGULAR").contains(p.frequency())) continue;
				IncomeStream best = null; long bo = 0;
				for (IncomeStream s : found) {
					long o = s.credits().stream().map(Movement::id).filter(p.transactions()::contains).count();
					if (o > bo) { bo = o; best = s; }
				}
				String why;
				if (best == null) why = "none";
				else if (!best.frequency().equals(p.frequency())) why = "freq " + best.frequency() + "/" + best.type();
				else if (Math.abs(best.amountPerPeriod() - p.amount().doubleValue()) > (p.frequency().equals("IRREGULAR") ? 0.5 : 0.15) * p.amount().doubleValue()) why = "amount";
				else if (bo * 2 <= best.credits().size()) why = "mixed";
				else continue;
				String k = p.type() + "/" + p.frequency() + " " + why;
				missByType.merge(k, 1, Integer::sum);
				if (shown++ < 25) {
					System.out.println("MISS " + code + " user" + i + " " + p + " -> " + why + (best == null ? "" : " best=" + best.type() + "/" + best.frequency() + " " + best.amountPerPeriod() + " n=" + best.credits().size() + " overlap=" + bo));
					p.transactions().stream().filter(byId::containsKey).limit(6).forEach(id -> System.out.println("   " + byId.get(id).get("value_date").asString() + " " + byId.get(id).get("amount") + " " + byId.get(id).get("description").asString()));
				}
			}
		}
		System.out.println("MISSES " + code + " " + missByType);
	}
}
