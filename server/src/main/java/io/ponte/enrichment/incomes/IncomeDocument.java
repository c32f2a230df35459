package io.ponte.enrichment.incomes;

import io.ponte.enrichment.Cadence;
import io.ponte.enrichment.Movement;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The spec's Income object for one link: its streams and the monthly averages and totals by regularity and
 * confidence. Amounts per month divide by the months of the window analysed, so a stream that started late counts
 * for what it brought, not for what it would bring in a whole year.
 */
final class IncomeDocument {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private IncomeDocument() {
	}

	static ObjectNode of(List<IncomeStream> streams, LocalDate from, LocalDate to) {
		double months = Math.max(1, ChronoUnit.DAYS.between(from, to) + 1) / (365.0 / 12);
		ObjectNode income = JSON.objectNode();
		income.put("internal_identification", "incomes");
		ArrayNode items = income.putArray("income_streams");
		Map<String, Double> byConfidence = new TreeMap<>(Map.of("LOW", 0.0, "MEDIUM", 0.0, "HIGH", 0.0));
		double total = 0;
		double regular = 0;
		for (IncomeStream stream : streams) {
			String confidence = confidence(stream);
			items.add(stream(stream, confidence, months, to));
			total += stream.total();
			regular += stream.regular() ? stream.total() : 0;
			byConfidence.merge(confidence, stream.total(), Double::sum);
		}
		income.put("income_source_type", "BANK");
		List<Movement> credits = streams.stream()
			.flatMap(s -> s.credits().stream())
			.sorted(Comparator.comparing(Movement::date))
			.toList();
		if (credits.isEmpty()) {
			income.putNull("first_transaction_date");
			// the spec makes it required and not nullable: with no income, the end of the window analysed
			income.put("last_transaction_date", to.toString());
		}
		else {
			income.put("first_transaction_date", credits.getFirst().date().toString());
			income.put("last_transaction_date", credits.getLast().date().toString());
		}
		List<Integer> days = payDays(streams);
		income.put("best_working_day_to_charge", days.isEmpty() ? to.getDayOfMonth() : days.getFirst());
		ArrayNode good = income.putArray("good_working_days_to_charge");
		days.stream().skip(1).limit(3).forEach(good::add);
		income.put("number_of_income_streams", streams.size());
		income.put("monthly_average", money(total / months));
		income.put("monthly_average_regular", money(regular / months));
		income.put("monthly_average_irregular", money((total - regular) / months));
		for (Map.Entry<String, Double> entry : byConfidence.entrySet()) {
			income.put("monthly_average_" + entry.getKey().toLowerCase() + "_confidence",
					money(entry.getValue() / months));
		}
		income.put("total_income_amount", money(total));
		income.put("total_regular_income_amount", money(regular));
		income.put("total_irregular_income_amount", money(total - regular));
		for (Map.Entry<String, Double> entry : byConfidence.entrySet()) {
			income.put("total_" + entry.getKey().toLowerCase() + "_confidence", money(entry.getValue()));
		}
		return income;
	}

	private static ObjectNode stream(IncomeStream stream, String confidence, double months, LocalDate to) {
		Cadence cadence = stream.regular() ? Cadence.valueOf(stream.frequency()) : Cadence.MONTHLY;
		Movement last = stream.last();
		double[] amounts = stream.credits().stream().mapToDouble(Movement::amount).toArray();
		ObjectNode item = JSON.objectNode();
		item.put("account_id", last.account());
		item.put("income_type", stream.type());
		item.put("frequency", stream.frequency());
		item.put("monthly_average", money(stream.total() / months));
		item.put("monthly_median", money(Cadence.median(monthTotals(stream))));
		item.put("average_income_amount", money(stream.amountPerPeriod()));
		item.put("last_income_amount", money(last.amount()));
		item.put("currency", last.currency());
		item.put("last_income_description", last.description());
		item.put("last_income_date", last.date().toString());
		int lookback = cadence.periodsPerYear;
		long full = Math.max(1, ChronoUnit.DAYS.between(stream.credits().getFirst().date(), to) / cadence.days);
		item.put("stability", ratio(1 - deviation(amounts)));
		item.put("regularity", stream.regular() ? ratio(stream.periodsWithIncome() / (double) Math.min(lookback, full))
				: null);
		item.put("trend", amounts.length < 2 ? null : ratio2(amounts[amounts.length - 1] / amounts[0] - 1));
		item.put("lookback_periods", lookback);
		item.put("full_periods", (int) Math.min(lookback, full));
		item.put("periods_with_income", stream.periodsWithIncome());
		item.put("number_of_incomes", stream.credits().size());
		item.put("confidence", confidence);
		return item;
	}

	/** High: regular pay seen in six periods or more at steady amounts; medium: regular; low: the rest. */
	static String confidence(IncomeStream stream) {
		if (!stream.regular()) {
			return "LOW";
		}
		double[] amounts = stream.credits().stream().mapToDouble(Movement::amount).toArray();
		return stream.periodsWithIncome() >= 6 && deviation(amounts) <= 0.2 ? "HIGH" : "MEDIUM";
	}

	/** The coefficient of variation. */
	private static double deviation(double[] amounts) {
		double mean = java.util.Arrays.stream(amounts).average().orElse(0);
		if (mean == 0) {
			return 0;
		}
		double variance = java.util.Arrays.stream(amounts).map(a -> (a - mean) * (a - mean)).average().orElse(0);
		return Math.sqrt(variance) / mean;
	}

	private static double[] monthTotals(IncomeStream stream) {
		return stream.credits()
			.stream()
			.collect(Collectors.groupingBy(m -> m.date().withDayOfMonth(1), Collectors.summingDouble(Movement::amount)))
			.values()
			.stream()
			.mapToDouble(Double::doubleValue)
			.toArray();
	}

	/** Days of the month on which regular pay arrives, most frequent first: the days a charge finds money. */
	private static List<Integer> payDays(List<IncomeStream> streams) {
		return streams.stream()
			.filter(IncomeStream::regular)
			.flatMap(s -> s.credits().stream())
			.collect(Collectors.groupingBy(m -> Math.min(28, m.date().getDayOfMonth()), Collectors.counting()))
			.entrySet()
			.stream()
			.sorted(Map.Entry.<Integer, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.map(Map.Entry::getKey)
			.toList();
	}

	private static BigDecimal money(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
	}

	private static BigDecimal ratio(double value) {
		return BigDecimal.valueOf(Math.max(0, Math.min(1, value))).setScale(2, RoundingMode.HALF_UP);
	}

	private static BigDecimal ratio2(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
	}

}
