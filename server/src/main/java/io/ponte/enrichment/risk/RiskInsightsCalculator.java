package io.ponte.enrichment.risk;

import io.ponte.enrichment.Movement;
import io.ponte.enrichment.risk.LinkHistory.Account;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Computes a link's risk insights from its stored accounts and transactions in one pass over the sorted
 * transactions plus one walk back over at most two years of days. Definitions (also in the README):
 * windows end today and last 3, 7, 30, 90, 180 and 365 days, cut to the days since the first transaction;
 * balances are the daily closing total of checking and savings accounts, rebuilt backwards from the current
 * balances; transactions and cashflow are those of checking and savings accounts, and cashflow leaves out
 * transfers between accounts of the link; a trend is the least-squares slope per day (balances) or the change
 * against the window before, as a fraction of it (sums), null when that window is not covered or was zero.
 */
public final class RiskInsightsCalculator {

	static final String[] WINDOW_NAMES = { "3d", "1w", "1m", "3m", "6m", "12m" };

	static final int[] WINDOW_DAYS = { 3, 7, 30, 90, 180, 365 };

	private static final int CATEGORY_DAYS = 90;

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private RiskInsightsCalculator() {
	}

	/** The threshold of {@code days_balance_below_x}, in the currency of the link's country. */
	static double threshold(String currency) {
		return switch (currency == null ? "" : currency) {
			case "BRL" -> 100;
			case "MXN" -> 500;
			case "COP" -> 100_000;
			case "CLP" -> 50_000;
			default -> 25;
		};
	}

	/** The insights of one link as of {@code today}, in the spec's shape without the server's fields. */
	public static ObjectNode compute(List<ObjectNode> accounts, List<ObjectNode> transactions, LocalDate today) {
		return compute(LinkHistory.of(accounts, transactions), today);
	}

	static ObjectNode compute(LinkHistory link, LocalDate today) {
		long now = today.toEpochDay();
		List<Account> accounts = link.accounts();
		int span = 2 * WINDOW_DAYS[WINDOW_DAYS.length - 1];
		long[] net = new long[span];
		int[] all = new int[span];
		int[] in = new int[span];
		int[] out = new int[span];
		Accumulator[] windows = new Accumulator[WINDOW_DAYS.length];
		for (int w = 0; w < windows.length; w++) {
			windows[w] = new Accumulator();
		}
		Map<String, long[]> categories = new TreeMap<>();
		long first = Long.MAX_VALUE;
		long lastAny = Long.MIN_VALUE;
		long lastIn = Long.MIN_VALUE;
		long lastOut = Long.MIN_VALUE;
		long categorizedInflow = 0;
		for (Movement m : link.movements().all()) {
			long day = m.date().toEpochDay();
			if (!Account.asset(m.accountCategory()) || day > now) {
				continue;
			}
			boolean internal = link.movements().ownTransfer(m);
			first = Math.min(first, day);
			lastAny = day;
			if (m.inflow()) {
				lastIn = day;
			}
			else {
				lastOut = day;
			}
			int age = (int) (now - day);
			if (age < span) {
				net[age] += m.signedCents();
				all[age]++;
				if (m.inflow()) {
					in[age]++;
				}
				else {
					out[age]++;
				}
			}
			for (int w = 0; w < windows.length; w++) {
				windows[w].add(m.signedCents(), internal, age, WINDOW_DAYS[w]);
			}
			if (!internal && m.category() != null && age < 2 * CATEGORY_DAYS) {
				long[] sums = categories.computeIfAbsent(
						m.category() + "\u0000" + (m.subcategory() == null ? "" : m.subcategory()), k -> new long[3]);
				sums[age < CATEGORY_DAYS ? 0 : 1] += m.signedCents();
				if (age < CATEGORY_DAYS) {
					sums[2]++;
					categorizedInflow += Math.max(0, m.signedCents());
				}
			}
		}
		int history = first == Long.MAX_VALUE ? 0 : (int) (now - first);
		ObjectNode insights = JSON.objectNode();
		ArrayNode ids = insights.putArray("accounts");
		accounts.forEach(a -> ids.add(a.identification()));
		insights.set("assets_metrics", Accounts.assets(accounts));
		insights.set("credit_cards_metrics", Accounts.creditCards(accounts));
		insights.set("loans_metrics", Accounts.loans(accounts));
		boolean anyAsset = accounts.stream().anyMatch(Account::asset);
		String currency = accounts.stream().filter(Account::asset).map(Account::currency).findFirst().orElse(null);
		insights.set("balances_metrics",
				Balances.metrics(anyAsset, accounts, net, history, threshold(currency)));
		ObjectNode transactionsMetrics = JSON.objectNode();
		ObjectNode cashflow = JSON.objectNode();
		for (int w = 0; w < windows.length; w++) {
			int days = Math.min(WINDOW_DAYS[w], history + 1);
			boolean previousCovered = history + 1 >= 2 * WINDOW_DAYS[w];
			windows[w].write(transactionsMetrics, cashflow, WINDOW_NAMES[w], days, previousCovered, all, in, out);
		}
		transactionsMetrics.put("days_since_last_transaction", since(now, lastAny, history));
		transactionsMetrics.put("days_since_last_incoming_transaction", since(now, lastIn, history));
		transactionsMetrics.put("days_since_last_outgoing_transaction", since(now, lastOut, history));
		transactionsMetrics.put("days_history", history);
		insights.set("transactions_metrics", transactionsMetrics);
		insights.set("cashflow_metrics", cashflow);
		ArrayNode categoryMetrics = insights.putArray("category_metrics");
		boolean previousCovered = history + 1 >= 2 * CATEGORY_DAYS;
		for (Map.Entry<String, long[]> entry : categories.entrySet()) {
			long[] sums = entry.getValue();
			if (sums[2] == 0) {
				continue;
			}
			String[] key = entry.getKey().split("\u0000", -1);
			ObjectNode metric = categoryMetrics.addObject();
			metric.put("category", key[0]);
			metric.put("subcategory", key[1].isEmpty() ? null : key[1]);
			metric.put("net_amount_3m", money(sums[0]));
			put(metric, "category_inflow_ratio_3m", categorizedInflow == 0 ? null : (double) sums[0] / categorizedInflow);
			put(metric, "trend_3m", trend(sums[0], sums[1], previousCovered));
		}
		return insights;
	}

	/** Days since the last such transaction; without one, the whole history (0 without any transaction). */
	private static int since(long now, long last, int history) {
		return last == Long.MIN_VALUE ? history : (int) (now - last);
	}

	/** The change against the window before, as a fraction of it; null when it is not covered or was zero. */
	static Double trend(long current, long previous, boolean previousCovered) {
		return !previousCovered || previous == 0 ? null : (double) (current - previous) / Math.abs(previous);
	}

	static double money(long cents) {
		return cents / 100.0;
	}

	static void put(ObjectNode node, String field, Double value) {
		if (value == null || value.isNaN() || value.isInfinite()) {
			node.putNull(field);
		}
		else {
			node.put(field, Math.round(value * 10_000) / 10_000.0);
		}
	}

	/** Institutions named by the accounts, in order of appearance. */
	static Set<String> institutions(List<Account> accounts) {
		Set<String> names = new LinkedHashSet<>();
		for (Account a : accounts) {
			if (a.institution() != null) {
				names.add(a.institution());
			}
		}
		return names;
	}

	/** Sums of one window (and of the window of the same length before it, for cashflow trends). */
	private static final class Accumulator {

		int count;

		int inCount;

		int outCount;

		long inSum;

		long inMax = Long.MIN_VALUE;

		long outSum;

		long outMax = Long.MIN_VALUE;

		int posCount;

		long posSum;

		long posMax = Long.MIN_VALUE;

		int negCount;

		long negSum;

		long negMax = Long.MIN_VALUE;

		long previousPos;

		long previousNeg;

		void add(long signedCents, boolean internal, int age, int days) {
			if (age >= 2 * days) {
				return;
			}
			long amount = Math.abs(signedCents);
			boolean inflow = signedCents >= 0;
			if (age >= days) {
				if (!internal) {
					if (inflow) {
						this.previousPos += amount;
					}
					else {
						this.previousNeg += amount;
					}
				}
				return;
			}
			this.count++;
			if (inflow) {
				this.inCount++;
				this.inSum += amount;
				this.inMax = Math.max(this.inMax, amount);
			}
			else {
				this.outCount++;
				this.outSum += amount;
				this.outMax = Math.max(this.outMax, amount);
			}
			if (internal) {
				return;
			}
			if (inflow) {
				this.posCount++;
				this.posSum += amount;
				this.posMax = Math.max(this.posMax, amount);
			}
			else {
				this.negCount++;
				this.negSum += amount;
				this.negMax = Math.max(this.negMax, amount);
			}
		}

		void write(ObjectNode tx, ObjectNode cash, String w, int days, boolean previousCovered, int[] all, int[] in,
				int[] out) {
			int maxAll = 0;
			int maxIn = 0;
			int maxOut = 0;
			int empty = 0;
			for (int d = 0; d < days; d++) {
				maxAll = Math.max(maxAll, all[d]);
				maxIn = Math.max(maxIn, in[d]);
				maxOut = Math.max(maxOut, out[d]);
				if (all[d] == 0) {
					empty++;
				}
			}
			tx.put("num_transactions_" + w, this.count);
			tx.put("max_num_transactions_" + w, maxAll);
			put(tx, "mean_num_transactions_" + w, (double) this.count / days);
			tx.put("num_incoming_transactions_" + w, this.inCount);
			tx.put("max_num_incoming_transactions_" + w, maxIn);
			put(tx, "mean_num_incoming_transactions_" + w, (double) this.inCount / days);
			tx.put("sum_incoming_amount_" + w, money(this.inSum));
			put(tx, "max_incoming_amount_" + w, this.inCount == 0 ? null : money(this.inMax));
			put(tx, "mean_incoming_amount_" + w, this.inCount == 0 ? null : money(this.inSum) / this.inCount);
			tx.put("num_outgoing_transactions_" + w, this.outCount);
			tx.put("max_num_outgoing_transactions_" + w, maxOut);
			put(tx, "mean_num_outgoing_transactions_" + w, (double) this.outCount / days);
			tx.put("sum_outgoing_amount_" + w, money(this.outSum));
			put(tx, "max_outgoing_amount_" + w, this.outCount == 0 ? null : money(this.outMax));
			put(tx, "mean_outgoing_amount_" + w, this.outCount == 0 ? null : money(this.outSum) / this.outCount);
			tx.put("days_without_transactions_" + w, empty);
			put(cash, "max_positive_" + w, this.posCount == 0 ? null : money(this.posMax));
			put(cash, "max_negative_" + w, this.negCount == 0 ? null : money(this.negMax));
			put(cash, "mean_positive_" + w, this.posCount == 0 ? null : money(this.posSum) / this.posCount);
			put(cash, "mean_negative_" + w, this.negCount == 0 ? null : money(this.negSum) / this.negCount);
			cash.put("sum_positive_" + w, money(this.posSum));
			put(cash, "sum_positive_trend_" + w, trend(this.posSum, this.previousPos, previousCovered));
			cash.put("sum_negative_" + w, money(this.negSum));
			put(cash, "sum_negative_trend_" + w, trend(this.negSum, this.previousNeg, previousCovered));
			put(cash, "positive_to_negative_ratio_" + w, this.negSum == 0 ? null : (double) this.posSum / this.negSum);
			cash.put("net_cashflow_" + w, money(this.posSum - this.negSum));
			put(cash, "net_cashflow_trend_" + w,
					trend(this.posSum - this.negSum, this.previousPos - this.previousNeg, previousCovered));
		}

	}

}
