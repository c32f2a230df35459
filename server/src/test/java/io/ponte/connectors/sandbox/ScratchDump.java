package io.ponte.connectors.sandbox;
import java.time.LocalDate;
import java.util.*;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;
class ScratchDump {
	@Test
	void dump() {
		for (String code : List.of("BR", "MX")) for (int i : new int[] {13, 17}) {
			Statement statement = new Statement(Persona.of(code.equals("BR") ? "erebor_br_retail" : "erebor_mx_retail", Country.of(code), String.format("user%05d", i)), Population.AS_OF);
			LocalDate today = statement.today;
			for (ObjectNode t : new TransactionDocuments(statement).transactions(today.minusDays(120), today)) {
				String d = t.get("description").asString();
				if (d.contains("PIX") || d.contains("SPEI") || d.contains("TED") || d.contains("TRANSF")) System.out.println("D " + code + i + " " + t.get("value_date").asString() + " " + t.get("type").asString() + " " + t.get("amount") + " " + d);
			}
		}
	}
}
