package io.ponte.connectors.sandbox;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the sandbox planted in one person's statements, as of one instant: the answers that income, recurring
 * expense and categorization models are scored against. Identifiers are the institution's own
 * ({@code internal_identification}); the HTTP layer swaps in the ids the API returns.
 *
 * @param incomes every income stream (salaries, benefits, pensions, freelance work) and the credits it produced
 * @param recurringExpenses every planted recurring expense (rent, bills, subscriptions, loan instalments)
 * @param internalTransfers transactions that only move money between the person's own accounts
 * @param categories each transaction's true category and subcategory
 * @param decoys streams planted to look like income or a recurring expense that are neither (family help, a tax
 * refund, one-off charges at subscription merchants): a detector that reports one is wrong
 */
public record SandboxTruth(List<Stream> incomes, List<Stream> recurringExpenses, List<String> internalTransfers,
		Map<String, Category> categories, List<Stream> decoys) {

	/**
	 * One planted stream. {@code amount} is the typical amount (the latest for a stream that changed, the past
	 * year's average for a utility bill);
	 * {@code endDate} is null while the stream goes on; {@code kind} names the situation it stands for
	 * ({@code SALARY_WEEKLY}, {@code JOB_CHANGE}, {@code ANNUAL_SUBSCRIPTION}, {@code TAX_REFUND}...), so scores
	 * can be broken down by it.
	 */
	public record Stream(String account, String name, String type, String frequency, BigDecimal amount,
			LocalDate startDate, LocalDate endDate, List<String> transactions, String kind) {
	}

	/** A transaction's true category pair, from the spec's enums. */
	public record Category(String category, String subcategory) {
	}

}
