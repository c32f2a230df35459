package io.ponte.enrichment.risk;

import static io.ponte.enrichment.risk.RiskInsightsCalculator.money;
import static io.ponte.enrichment.risk.RiskInsightsCalculator.put;

import io.ponte.enrichment.risk.LinkHistory.Account;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The metric groups that read only the accounts as they stand: assets, credit cards and loans. A sum is null when
 * no account has the value; a utilization is null when its limit is null or zero.
 */
final class Accounts {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private Accounts() {
	}

	static ObjectNode assets(List<Account> accounts) {
		ObjectNode node = JSON.objectNode();
		var institutions = node.putArray("institutions");
		RiskInsightsCalculator.institutions(accounts).forEach(institutions::add);
		int assets = (int) accounts.stream().filter(Account::asset).count();
		// the spec requires num_accounts and describes num_assets_accounts: both say the same
		node.put("num_accounts", assets);
		node.put("num_assets_accounts", assets);
		node.put("num_checking_accounts", count(accounts, "CHECKING_ACCOUNT"));
		node.put("num_savings_accounts", count(accounts, "SAVINGS_ACCOUNT"));
		put(node, "checking_accounts_balance", sum(accounts, of("CHECKING_ACCOUNT"), a -> a.currentCents()));
		put(node, "savings_accounts_balance", sum(accounts, of("SAVINGS_ACCOUNT"), a -> a.currentCents()));
		return node;
	}

	/** The amount used on a card is its current balance (what is owed). */
	static ObjectNode creditCards(List<Account> accounts) {
		ObjectNode node = JSON.objectNode();
		Double limit = sum(accounts, of("CREDIT_CARD"), Account::creditLimitCents);
		Double used = sum(accounts, of("CREDIT_CARD"), a -> a.currentCents());
		node.put("num_accounts", count(accounts, "CREDIT_CARD"));
		put(node, "sum_credit_limit", limit);
		put(node, "sum_credit_used", used);
		put(node, "credit_card_limit_utilization", ratio(used, limit));
		return node;
	}

	/** A loan's limit is its principal; the overdraft is what checking and savings accounts arrange and use. */
	static ObjectNode loans(List<Account> accounts) {
		ObjectNode node = JSON.objectNode();
		Double principal = sum(accounts, of("LOAN_ACCOUNT"), Account::principalCents);
		Double outstanding = sum(accounts, of("LOAN_ACCOUNT"), Account::outstandingCents);
		Double arranged = sum(accounts, Account::asset, Account::overdraftArrangedCents);
		Double used = sum(accounts, Account::asset, Account::overdraftUsedCents);
		node.put("num_accounts", count(accounts, "LOAN_ACCOUNT"));
		put(node, "sum_loans_principal", principal);
		put(node, "sum_loans_outstanding_principal", outstanding);
		put(node, "sum_loans_monthly_payment", sum(accounts, of("LOAN_ACCOUNT"), Account::monthlyPaymentCents));
		put(node, "loan_limit_utilization", ratio(outstanding, principal));
		put(node, "overdraft_limit", arranged);
		put(node, "overdraft_limit_utilization", ratio(used, arranged));
		return node;
	}

	private static Predicate<Account> of(String category) {
		return a -> category.equals(a.category());
	}

	private static int count(List<Account> accounts, String category) {
		return (int) accounts.stream().filter(of(category)).count();
	}

	private static Double sum(List<Account> accounts, Predicate<Account> which, Function<Account, Long> value) {
		long total = 0;
		boolean any = false;
		for (Account a : accounts) {
			Long v = which.test(a) ? value.apply(a) : null;
			if (v != null) {
				total += v;
				any = true;
			}
		}
		return any ? money(total) : null;
	}

	private static Double ratio(Double part, Double whole) {
		return part == null || whole == null || whole == 0 ? null : part / whole;
	}

}
