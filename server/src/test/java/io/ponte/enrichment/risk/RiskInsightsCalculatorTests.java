package io.ponte.enrichment.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The calculator against a straightforward reference computation (filter the transactions of each window, then
 * count, sum and rebuild each day's balance on its own) over small hand-built histories: several windows, internal
 * transfers planted by hand, days in overdraft, and the nulls of windows and accounts with too little data.
 */
class RiskInsightsCalculatorTests {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

	private static final String[] NAMES = RiskInsightsCalculator.WINDOW_NAMES;

	private static final int[] DAYS = RiskInsightsCalculator.WINDOW_DAYS;

	/** A transaction as the reference sees it; {@code internal} is what the builder planted, not detected. */
	record Tx(String account, LocalDate date, double amount, String category, boolean internal) {
	}

	private final List<ObjectNode> accounts = new ArrayList<>();

	private final List<Tx> txs = new ArrayList<>();

	@Test
	void everyWindowMatchesTheReferenceOverAFiveMonthHistoryWithTransfersAndOverdraft() {
		account("chk", "CHECKING_ACCOUNT", -150.00).putObject("overdraft").put("arranged", 500.0).put("used", 150.0);
		account("sav", "SAVINGS_ACCOUNT", 100.00);
		account("card", "CREDIT_CARD", 300.00).putObject("credit_data").put("credit_limit", 1000.0);
		ObjectNode loan = account("loan", "LOAN_ACCOUNT", 4000.00).putObject("loan_data");
		loan.put("principal", 10000.0).put("outstanding_principal", 4000.0).put("monthly_payment", 500.0);
		LocalDate start = TODAY.minusDays(150);
		for (LocalDate d = start; !d.isAfter(TODAY.minusDays(3)); d = d.plusDays(1)) {
			int day = (int) ChronoUnit.DAYS.between(start, d);
			if (d.getDayOfMonth() == 5) {
				tx("chk", d, 3000.00, "Income & Payments");
				tx("chk", d.plusDays(1), -400.00, null, true);
				tx("sav", d.plusDays(1), 400.00, null, true);
			}
			if (d.getDayOfMonth() == 10) {
				tx("chk", d, -2600.00, "Housing & Utilities");
			}
			if (day % 3 == 0) {
				tx("chk", d, -(17.35 + day % 11), "Food & Groceries");
			}
			if (d.getDayOfMonth() == 20) {
				tx("chk", d, -300.00, null, true);
				tx("card", d.plusDays(1), 300.00, null, true);
			}
		}
		tx("chk", TODAY.minusDays(1), 75.00, "Income & Payments");
		tx("sav", TODAY, 12.5, null);

		JsonNode insights = compute();

		assertAgainstReference(insights);
		assertThat(insights.at("/balances_metrics/days_balance_below_0_3m").asInt())
			.as("the checking account is in overdraft, beyond what savings hold")
			.isPositive();
		assertThat(insights.at("/cashflow_metrics/positive_to_negative_ratio_3d").isNull())
			.as("no outgoing transaction in the last three days")
			.isTrue();
		assertThat(insights.at("/credit_cards_metrics/credit_card_limit_utilization").asDouble()).isEqualTo(0.3);
		assertThat(insights.at("/loans_metrics/loan_limit_utilization").asDouble()).isEqualTo(0.4);
		assertThat(insights.at("/loans_metrics/overdraft_limit").asDouble()).isEqualTo(500.0);
		assertThat(insights.at("/loans_metrics/overdraft_limit_utilization").asDouble()).isEqualTo(0.3);
		assertThat(insights.at("/assets_metrics/num_assets_accounts").asInt()).isEqualTo(2);
	}

	@Test
	void aShortHistoryCutsEveryWindowAndLeavesWhatItCannotSayNull() {
		account("chk", "CHECKING_ACCOUNT", 40.00);
		tx("chk", TODAY.minusDays(5), 100.00, "Income & Payments");
		tx("chk", TODAY.minusDays(3), -60.00, "Shopping");

		JsonNode insights = compute();

		assertAgainstReference(insights);
		assertThat(insights.at("/transactions_metrics/days_history").asInt()).isEqualTo(5);
		assertThat(insights.at("/balances_metrics/mean_balance_12m").asDouble())
			.as("a year window over six days of history")
			.isCloseTo((100 + 100 + 40 + 40 + 40 + 40) / 6.0, within(1e-4));
		assertThat(insights.at("/cashflow_metrics/sum_positive_trend_1m").isNull()).isTrue();
		assertThat(insights.at("/assets_metrics/savings_accounts_balance").isNull()).isTrue();
		assertThat(insights.at("/credit_cards_metrics/sum_credit_limit").isNull()).isTrue();
		assertThat(insights.at("/loans_metrics/sum_loans_principal").isNull()).isTrue();
		assertThat(insights.at("/transactions_metrics/max_outgoing_amount_3d").isNull()).isTrue();
		assertThat(insights.at("/transactions_metrics/sum_outgoing_amount_3d").asDouble()).isZero();
	}

	@Test
	void withoutCheckingOrSavingsAccountsBalancesAreNullAndCountsZero() {
		account("card", "CREDIT_CARD", 10.00);
		tx("card", TODAY.minusDays(1), -10.00, "Shopping");

		JsonNode insights = compute();

		assertThat(insights.at("/balances_metrics/closing_balance").isNull()).isTrue();
		assertThat(insights.at("/balances_metrics/min_balance_1w").isNull()).isTrue();
		assertThat(insights.at("/balances_metrics/days_balance_below_0_1m").isNull()).isTrue();
		assertThat(insights.at("/transactions_metrics/num_transactions_12m").asInt()).isZero();
		assertThat(insights.at("/cashflow_metrics/net_cashflow_12m").asDouble()).isZero();
		assertThat(insights.at("/category_metrics").size()).isZero();
	}

	private void assertAgainstReference(JsonNode insights) {
		List<Tx> asset = this.txs.stream().filter(t -> !t.account().equals("card")).toList();
		LocalDate first = asset.stream().map(Tx::date).min(LocalDate::compareTo).orElse(TODAY);
		double closing = this.accounts.stream()
			.filter(a -> a.get("category").asString().endsWith("_ACCOUNT") && !a.get("category").asString().startsWith("LOAN"))
			.mapToDouble(a -> a.at("/balance/current").asDouble())
			.sum();
		for (int w = 0; w < NAMES.length; w++) {
			String n = NAMES[w];
			LocalDate from = TODAY.minusDays(DAYS[w] - 1).isBefore(first) ? first : TODAY.minusDays(DAYS[w] - 1);
			List<Double> daily = new ArrayList<>();
			for (LocalDate d = from; !d.isAfter(TODAY); d = d.plusDays(1)) {
				LocalDate day = d;
				daily.add(closing - asset.stream().filter(t -> t.date().isAfter(day)).mapToDouble(Tx::amount).sum());
			}
			double mean = daily.stream().mapToDouble(x -> x).average().orElseThrow();
			JsonNode b = insights.get("balances_metrics");
			assertThat(b.get("min_balance_" + n).asDouble()).as(n).isCloseTo(min(daily), within(0.005));
			assertThat(b.get("max_balance_" + n).asDouble()).as(n).isCloseTo(-min(daily.stream().map(x -> -x).toList()), within(0.005));
			assertThat(b.get("mean_balance_" + n).asDouble()).as(n).isCloseTo(mean, within(0.005));
			assertThat(b.get("days_balance_below_0_" + n).asInt()).as(n).isEqualTo(count(daily, x -> x <= 0));
			assertThat(b.get("days_balance_below_mean_" + n).asInt()).as(n).isEqualTo(count(daily, x -> x <= mean));
			assertThat(b.get("days_balance_below_x_" + n).asInt()).as(n).isEqualTo(count(daily, x -> x <= 25));
			List<Tx> in = asset.stream().filter(t -> !t.date().isBefore(from) && !t.date().isAfter(TODAY)).toList();
			JsonNode t = insights.get("transactions_metrics");
			assertThat(t.get("num_transactions_" + n).asInt()).as(n).isEqualTo(in.size());
			assertThat(t.get("num_incoming_transactions_" + n).asInt()).as(n).isEqualTo(count(in, x -> x.amount() > 0));
			assertThat(t.get("sum_outgoing_amount_" + n).asDouble()).as(n)
				.isCloseTo(-in.stream().filter(x -> x.amount() < 0).mapToDouble(Tx::amount).sum(), within(0.005));
			assertThat(t.get("days_without_transactions_" + n).asInt()).as(n)
				.isEqualTo(daily.size() - (int) in.stream().map(Tx::date).distinct().count());
			List<Tx> flow = in.stream().filter(x -> !x.internal()).toList();
			double positive = flow.stream().filter(x -> x.amount() > 0).mapToDouble(Tx::amount).sum();
			double negative = -flow.stream().filter(x -> x.amount() < 0).mapToDouble(Tx::amount).sum();
			JsonNode c = insights.get("cashflow_metrics");
			assertThat(c.get("sum_positive_" + n).asDouble()).as(n).isCloseTo(positive, within(0.005));
			assertThat(c.get("sum_negative_" + n).asDouble()).as(n).isCloseTo(negative, within(0.005));
			assertThat(c.get("net_cashflow_" + n).asDouble()).as(n).isCloseTo(positive - negative, within(0.005));
			if (negative == 0) {
				assertThat(c.get("positive_to_negative_ratio_" + n).isNull()).as(n).isTrue();
			}
			else {
				assertThat(c.get("positive_to_negative_ratio_" + n).asDouble()).as(n)
					.isCloseTo(positive / negative, within(1e-4));
			}
		}
		Map<String, Double> net = new TreeMap<>();
		asset.stream()
			.filter(x -> !x.internal() && x.category() != null && x.date().isAfter(TODAY.minusDays(90)))
			.forEach(x -> net.merge(x.category(), x.amount(), Double::sum));
		Map<String, Double> actual = new TreeMap<>();
		insights.get("category_metrics").forEach(m -> actual.put(m.get("category").asString(), m.get("net_amount_3m").asDouble()));
		assertThat(actual.keySet()).isEqualTo(net.keySet());
		net.forEach((k, v) -> assertThat(actual.get(k)).as(k).isCloseTo(v, within(0.005)));
	}

	private static double min(List<Double> values) {
		return values.stream().mapToDouble(x -> x).min().orElseThrow();
	}

	private static <T> int count(List<T> values, Predicate<T> test) {
		return (int) values.stream().filter(test).count();
	}

	private JsonNode compute() {
		List<ObjectNode> transactions = new ArrayList<>();
		for (int i = 0; i < this.txs.size(); i++) {
			Tx t = this.txs.get(i);
			transactions.add(JSON.objectNode()
				.put("internal_identification", "t" + i)
				.put("account", t.account())
				.put("value_date", t.date().toString())
				.put("amount", Math.abs(t.amount()))
				.put("type", t.amount() < 0 ? "OUTFLOW" : "INFLOW")
				.put("category", t.category()));
		}
		return RiskInsightsCalculator.compute(this.accounts, transactions, TODAY);
	}

	private ObjectNode account(String id, String category, double current) {
		ObjectNode account = JSON.objectNode().put("internal_identification", id).put("category", category).put("currency", "USD");
		account.putObject("balance").put("current", current);
		this.accounts.add(account);
		return account;
	}

	private void tx(String account, LocalDate date, double amount, String category) {
		tx(account, date, amount, category, false);
	}

	private void tx(String account, LocalDate date, double amount, String category, boolean internal) {
		if (!date.isAfter(TODAY)) {
			this.txs.add(new Tx(account, date, amount, category, internal));
		}
	}

}
