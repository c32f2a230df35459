package io.ponte.connectors.sandbox;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the sandbox planted in one end user's statements: the ground truth that income and recurring-expense
 * detection is scored against. Amounts are in the account currency; a varying amount (electricity, water) is
 * the base the monthly bills are drawn around.
 *
 * @param incomes the salary streams, credited to the checking account on their day of the month
 * @param rent the monthly rent, or null when none was planted
 * @param recurringExpenses every other monthly expense on a fixed day (utilities, phone, subscriptions, loan
 * instalment, account fee), on the checking account or the credit card
 */
public record SandboxProfile(String institution, String username, String currency, List<Income> incomes,
		Expense rent, List<Expense> recurringExpenses) {

	/** A salary: who pays it, how much, on which day of the month. */
	public record Income(String payer, BigDecimal amount, int dayOfMonth) {
	}

	/**
	 * A monthly expense. {@code category}/{@code subcategory} are the Belvo transaction categories it is
	 * planted with; {@code account} is {@code CHECKING_ACCOUNT} or {@code CREDIT_CARD}.
	 */
	public record Expense(String merchant, BigDecimal amount, int dayOfMonth, String category, String subcategory,
			String account, boolean amountVaries) {
	}

}
