package io.ponte.enrichment.recurring;

import io.ponte.enrichment.Movement;
import java.util.List;

/** A monthly charge found in a link's debits: its name, the spec's category and payment type, its charges. */
public record RecurringExpense(String account, String name, String category, String paymentType,
		List<Movement> charges) {

	public double average() {
		return this.charges.stream().mapToDouble(Movement::amount).average().orElse(0);
	}

}
