package io.ponte.enrichment.incomes;

import java.util.Set;

/**
 * The words payroll credits carry in Brazil and Mexico, to tell a month's ordinary pay (salary, its advance, the
 * quincena) from what an employer pays once or twice a year (13th salary, vacation pay, aguinaldo, profit
 * sharing, severance), which share the employer and often the word {@code SALARIO}.
 */
final class OrdinaryPay {

	private static final Set<String> PAY = Set.of("SALARIO", "SALARIAL", "ADIANTAMENTO", "NOMINA", "SUELDO",
			"QUINCENA", "FOLHA");

	private static final Set<String> ONCE_A_YEAR = Set.of("13", "13O", "DECIMO", "TERCEIRO", "FERIAS", "RESCISAO",
			"AGUINALDO", "PTU", "FINIQUITO", "LIQUIDACION", "VACACIONES", "BONO", "PLR", "PRIMA");

	private OrdinaryPay() {
	}

	/** Whether a credit's stable words ({@code Movement.key}) name ordinary pay and nothing paid once a year. */
	static boolean names(String key) {
		boolean pay = false;
		for (String word : key.split(" ")) {
			if (ONCE_A_YEAR.contains(word)) {
				return false;
			}
			pay |= PAY.contains(word);
		}
		return pay;
	}

}
