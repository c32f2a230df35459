package io.ponte.enrichment.recurring;

import io.ponte.enrichment.Cadence;
import io.ponte.enrichment.Movement;
import io.ponte.enrichment.LinkMovements;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * Finds monthly charges in the debits of a link's checking, savings and credit-card accounts over the last 365
 * days. Debits are grouped by account and by the description's stable words; a group is a recurring expense
 * when it charges about once a month (median gap of 26 to 35 days, so jitter and weekend shifts pass; or whole
 * months apart, some of them one month, so bounced debits pass) around one day of the month, in at least three
 * months, rarely more than one day in a month (a supermarket visited often is not a subscription), at amounts
 * near their median (a price rise or a variable utility bill pass; scattered one-off purchases do not). Moves
 * between the user's own accounts are left out, and salary is a credit, never a debit.
 */
public final class RecurringDetector {

	private static final List<String> ACCOUNTS = List.of("CHECKING_ACCOUNT", "SAVINGS_ACCOUNT", "CREDIT_CARD");

	/** Cash, interest and penalties of credit lines are not a service the user subscribed to. */
	private static final List<String> NOT_A_CHARGE = List.of("RETIRO", "SAQUE", "JUROS", "IOF", "INTERESES",
			"RECARGA", "PAGO TARDIO", "MULTA", "ATRASO");

	/** A card instalment ({@code 04/10}): the parts of one purchase, not a recurring expense. */
	private static final java.util.regex.Pattern INSTALMENT = java.util.regex.Pattern.compile("\\b\\d{2}/\\d{2}\\b");

	private static final double MONTH_DAYS = 365.25 / 12;

	private RecurringDetector() {
	}

	public static List<RecurringExpense> detect(List<ObjectNode> transactions, List<ObjectNode> accounts,
			LocalDate from, LocalDate to) {
		return detect(LinkMovements.read(transactions, accounts), from, to);
	}

	/** The recurring expenses of a link's movements, from debits dated {@code from..to}. */
	public static List<RecurringExpense> detect(LinkMovements movements, LocalDate from, LocalDate to) {
		List<Movement> all = movements.of(ACCOUNTS, from, to);
		Map<String, List<Movement>> groups = new LinkedHashMap<>();
		for (Movement m : all) {
			if (!m.inflow() && !movements.ownTransfer(m) && !m.key().isEmpty()) {
				groups.computeIfAbsent(m.account() + "|" + m.key(), k -> new ArrayList<>()).add(m);
			}
		}
		List<RecurringExpense> found = new ArrayList<>();
		for (List<Movement> charges : groups.values()) {
			if (monthly(charges) && steady(charges)) {
				Movement last = charges.getLast();
				found.add(new RecurringExpense(last.account(), ExpenseNames.name(last.key()),
						ExpenseNames.category(last.key()), ExpenseNames.paymentType(last.key()), List.copyOf(charges)));
			}
		}
		return found;
	}

	private static boolean monthly(List<Movement> charges) {
		long months = charges.stream().map(m -> YearMonth.from(m.date())).distinct().count();
		// instalments in arrears are paid two or three on one day: one payment day, several charges
		long days = charges.stream().map(Movement::date).distinct().count();
		if (months < 3 || days > months * 1.2) {
			return false;
		}
		if (charges.stream()
			.anyMatch(m -> NOT_A_CHARGE.stream().anyMatch(m.key()::contains)
					|| "CREDIT_CARD".equals(m.accountCategory()) && INSTALMENT.matcher(m.description()).find())) {
			return false;
		}
		List<LocalDate> dates = charges.stream().map(Movement::date).toList();
		return (Cadence.of(dates) == Cadence.MONTHLY || monthlyWithGaps(dates)) && onOneDayOfTheMonth(dates);
	}

	/**
	 * A monthly charge with months missing (a debit that bounced for want of money, a card without headroom): every
	 * gap a whole number of months, within a few days, and at least two gaps of one month, so a bill that comes every
	 * two months is not taken for a monthly one.
	 */
	private static boolean monthlyWithGaps(List<LocalDate> sorted) {
		List<LocalDate> dates = sorted.stream().distinct().toList();
		int oneMonth = 0;
		for (int i = 1; i < dates.size(); i++) {
			long gap = ChronoUnit.DAYS.between(dates.get(i - 1), dates.get(i));
			long months = Math.round(gap / MONTH_DAYS);
			if (months < 1 || Math.abs(gap - months * MONTH_DAYS) > 5) {
				return false;
			}
			oneMonth += months == 1 ? 1 : 0;
		}
		return oneMonth >= 2;
	}

	/**
	 * Three in five charges within four days of one day of the month: a bill or a subscription falls due on a date
	 * (moved by weekends and holidays), a habit (the same café about once a month) on any day.
	 */
	private static boolean onOneDayOfTheMonth(List<LocalDate> dates) {
		int best = 0;
		for (int anchor = 1; anchor <= 31; anchor++) {
			int near = 0;
			for (LocalDate date : dates) {
				int distance = Math.abs(date.getDayOfMonth() - anchor);
				near += Math.min(distance, 31 - distance) <= 4 ? 1 : 0;
			}
			best = Math.max(best, near);
		}
		return best >= 0.6 * dates.size();
	}

	/**
	 * Four in five charges within 35% of the median: rises and seasonal bills pass, random baskets do not.
	 */
	private static boolean steady(List<Movement> charges) {
		double median = Cadence.median(charges.stream().mapToDouble(Movement::amount).toArray());
		long near = charges.stream().filter(m -> Math.abs(m.amount() - median) <= 0.35 * median).count();
		return near >= 0.8 * charges.size();
	}

}
