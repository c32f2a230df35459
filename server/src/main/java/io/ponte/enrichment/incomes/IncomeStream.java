package io.ponte.enrichment.incomes;

import io.ponte.enrichment.Movement;
import java.util.List;

/**
 * An income stream found in a link's credits: who pays (as the statement names them), how often, and the
 * credits it was built from. {@code amountPerPeriod} is what one period brings (a month's advance and balance
 * together, one fortnight's pay).
 */
public record IncomeStream(String account, String payer, String type, String frequency, double amountPerPeriod,
		int periodsWithIncome, List<Movement> credits) {

	public Movement last() {
		return this.credits.getLast();
	}

	public double total() {
		return this.credits.stream().mapToDouble(Movement::amount).sum();
	}

	public boolean regular() {
		return !"IRREGULAR".equals(this.frequency) && !"SINGLE".equals(this.frequency);
	}

}
