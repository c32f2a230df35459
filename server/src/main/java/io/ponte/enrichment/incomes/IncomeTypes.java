package io.ponte.enrichment.incomes;

import io.ponte.enrichment.Movement;
import java.util.List;
import java.util.Map;

/**
 * The spec's income type of a stream, from the words its statements use in Brazil and Mexico; a payer whose
 * words say nothing is {@code UNKNOWN} rather than a guess.
 */
final class IncomeTypes {

	private static final Map<String, List<String>> WORDS = Map.of("SALARY",
			List.of("SALARIO", "SALARIAL", "NOMINA", "FOLHA", "AGUINALDO", "FERIAS", "PLR", "BONO", "FINIQUITO",
					"LIQUIDACION", "RESCISAO", "PTU"),
			"RETIREMENT", List.of("INSS", "APOSENTADORIA", "PENSION", "JUBILACION", "IMSS", "ISSSTE", "PREVIDENCIA"),
			"GOVERNMENT", List.of("BOLSA FAMILIA", "BIENESTAR", "AUXILIO", "BENEFICIO", "GOBIERNO", "SEGURO DESEMPREGO",
					"FGTS", "PROGRAMA"),
			"RENT", List.of("ALUGUEL", "ARRENDAMIENTO", "RENTA "), "INTEREST",
			List.of("RENDIMENTO", "JUROS", "INTERESES", "RENDIMIENTO"));

	private IncomeTypes() {
	}

	static String of(List<Movement> credits) {
		for (Movement m : credits.reversed()) {
			for (Map.Entry<String, List<String>> type : WORDS.entrySet()) {
				if (type.getValue().stream().anyMatch(m.key()::contains)) {
					return type.getKey();
				}
			}
		}
		return "UNKNOWN";
	}

}
