package io.ponte.connectors.sandbox;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.*;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

class ScratchPeople {

	@ParameterizedTest
	@ValueSource(strings = { "BR", "MX" })
	void people(String code) {
		Country country = Country.of(code);
		String institution = "BR".equals(code) ? "erebor_br_retail" : "erebor_mx_retail";
		Map<String, int[]> hist = new TreeMap<>();
		for (int i = 1; i <= 1000; i++) {
			Statement statement = new Statement(Persona.of(institution, country, String.format("user%05d", i)), Population.AS_OF);
			SandboxTruth truth = PlantedTruth.of(statement);
			LocalDate today = statement.today;
			List<ObjectNode> transactions = new TransactionDocuments(statement).transactions(today.minusDays(364), today);
			Set<String> freelance = new HashSet<>();
			truth.incomes().stream().filter(s -> s.type().equals("FREELANCE")).forEach(s -> freelance.addAll(s.transactions()));
			Set<String> senders = new HashSet<>(); Set<YearMonth> months = new HashSet<>(); int n = 0; int fl = 0; boolean companies = false;
			Map<String,Integer> per = new HashMap<>();
			Set<String> sentTo = new HashSet<>();
			for (ObjectNode t : transactions) {
				String d = t.get("description").asString();
				if ("OUTFLOW".equals(t.get("type").asString()) && (d.startsWith("PIX ENVIADO ") || d.startsWith("SPEI ENVIADO "))) sentTo.add(d.substring(d.indexOf("VIADO ") + 6));
			}
			for (ObjectNode t : transactions) {
				String d = t.get("description").asString();
				if (!"INFLOW".equals(t.get("type").asString()) || !(d.startsWith("PIX RECEBIDO") || d.startsWith("TED RECEBIDA") || d.startsWith("SPEI RECIBIDO"))) continue;
				boolean doc = Arrays.stream(d.split(" ")).anyMatch(w -> w.length() >= 10 && w.chars().anyMatch(Character::isDigit));
				if (doc) { if (freelance.contains(t.get("internal_identification").asString())) companies = true; continue; }
				if (sentTo.stream().anyMatch(d::endsWith)) continue;
				senders.add(d); per.merge(d, 1, Integer::sum); months.add(YearMonth.from(LocalDate.parse(t.get("value_date").asString()))); n++;
				if (freelance.contains(t.get("internal_identification").asString())) fl++;
			}
			String label = fl == 0 ? "none" : companies ? "flco" : "flppl";
			long repeat = per.values().stream().filter(v -> v >= 2).count();
			String key = label + " senders=" + Math.min(senders.size(), 15) ;
			hist.computeIfAbsent(key, k -> new int[1])[0]++;
			hist.computeIfAbsent(label + " months=" + months.size(), k -> new int[1])[0]++;
			hist.computeIfAbsent(label + " n=" + Math.min(n / 5 * 5, 60), k -> new int[1])[0]++;
			hist.computeIfAbsent(label + " repeat=" + Math.min(repeat, 10), k -> new int[1])[0]++;
		}
		hist.forEach((k, v) -> System.out.println("H " + code + " " + k + " " + v[0]));
	}
}
