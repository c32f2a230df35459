package io.ponte.enrichment.risk;

import static io.ponte.enrichment.risk.RiskInsightsCalculator.WINDOW_DAYS;
import static io.ponte.enrichment.risk.RiskInsightsCalculator.WINDOW_NAMES;
import static io.ponte.enrichment.risk.RiskInsightsCalculator.money;
import static io.ponte.enrichment.risk.RiskInsightsCalculator.put;

import io.ponte.enrichment.risk.LinkHistory.Account;
import java.util.List;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Balance metrics over the daily closing total of checking and savings accounts, rebuilt backwards from today's
 * balances and each day's net movement, so no balance history needs to be stored. All null without such accounts.
 */
final class Balances {

	private Balances() {
	}

	/** {@code net[age]}: the net movement of the day {@code age} days before today; {@code history}: days since the first. */
	static ObjectNode metrics(boolean anyAsset, List<Account> accounts, long[] net, int history, double threshold) {
		ObjectNode node = JsonNodeFactory.instance.objectNode();
		long closing = accounts.stream().filter(Account::asset).mapToLong(Account::currentCents).sum();
		int longest = WINDOW_DAYS[WINDOW_DAYS.length - 1];
		long[] daily = new long[longest];
		daily[0] = closing;
		for (int d = 1; d < longest; d++) {
			daily[d] = daily[d - 1] - net[d - 1];
		}
		put(node, "closing_balance", anyAsset ? money(closing) : null);
		for (int w = 0; w < WINDOW_DAYS.length; w++) {
			String name = WINDOW_NAMES[w];
			int days = Math.min(WINDOW_DAYS[w], history + 1);
			Window window = anyAsset ? Window.of(daily, days, Math.round(threshold * 100)) : null;
			put(node, "min_balance_" + name, window == null ? null : money(window.min));
			put(node, "mean_balance_" + name, window == null ? null : window.mean / 100);
			put(node, "max_balance_" + name, window == null ? null : money(window.max));
			put(node, "std_balance_" + name, window == null ? null : window.std / 100);
			put(node, "balance_trend_" + name, window == null ? null : window.slope);
			node.put("days_balance_below_0_" + name, window == null ? null : window.belowZero);
			node.put("days_balance_below_mean_" + name, window == null ? null : window.belowMean);
			node.put("days_balance_below_x_" + name, window == null ? null : window.belowX);
		}
		node.put("balance_threshold_x", threshold);
		return node;
	}

	/** The statistics of the {@code days} most recent daily balances ({@code daily[0]} is today). */
	record Window(long min, long max, double mean, double std, Double slope, int belowZero, int belowMean,
			int belowX) {

		static Window of(long[] daily, int days, long thresholdCents) {
			long min = Long.MAX_VALUE;
			long max = Long.MIN_VALUE;
			double sum = 0;
			int belowZero = 0;
			int belowX = 0;
			for (int d = 0; d < days; d++) {
				min = Math.min(min, daily[d]);
				max = Math.max(max, daily[d]);
				sum += daily[d];
				belowZero += daily[d] <= 0 ? 1 : 0;
				belowX += daily[d] <= thresholdCents ? 1 : 0;
			}
			double mean = sum / days;
			double squares = 0;
			double xMean = (days - 1) / 2.0;
			double covariance = 0;
			double xSquares = 0;
			int belowMean = 0;
			for (int d = 0; d < days; d++) {
				double x = days - 1 - d;
				squares += (daily[d] - mean) * (daily[d] - mean);
				covariance += (x - xMean) * (daily[d] - mean);
				xSquares += (x - xMean) * (x - xMean);
				belowMean += daily[d] <= mean ? 1 : 0;
			}
			Double slope = days < 2 ? null : covariance / xSquares / 100;
			return new Window(min, max, mean, Math.sqrt(squares / days), slope, belowZero, belowMean, belowX);
		}

	}

}
