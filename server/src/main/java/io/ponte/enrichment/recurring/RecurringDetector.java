package io.ponte.enrichment.recurring;

import io.ponte.enrichment.Cadence;
import io.ponte.enrichment.Movement;
import io.ponte.enrichment.LinkMovements;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * Finds monthly charges in the debits of a link's checking, savings and credit-card accounts over the last 365
 * days. Debits are grouped by account and by the description's stable words; a group is a recurring expense
 * when it charges about once a month (median gap of 26 to 35 days, so a skipped month, jitter and weekend shifts
 * pass) in at least three months, rarely more than once in a month (a supermarket visited often is not a
 * subscription), at amounts near their median (a price rise or a variable utility bill pass; scattered one-off
 * purchases do not). Moves between the user's own accounts are left out, and salary is a credit, never a debit.
 */
public final class RecurringDetector {

	private static final List<String> ACCOUNTS = List.of("CHECKING_ACCOUNT", "SAVINGS_ACCOUNT", "CREDIT_CARD");

	/** Cash, interest and penalties of credit lines are not a service the user subscribed to. */
	private static final List<String> NOT_A_CHARGE = List.of("RETIRO", "SAQUE", "JUROS", "IOF", "INTERESES",
			"RECARGA", "PAGO TARDIO", "MULTA", "ATRASO");

	/** A card instalment ({@code 04/10}): the parts of one purchase, not a recurring expense. */
	private static final java.util.regex.Pattern INSTALMENT = java.util.regex.Pattern.compile("\\b\\d{2}/\\d{2}\\b");

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
		if (months < 3 || charges.size() > months * 1.2) {
			return false;
		}
		if (charges.stream()
			.anyMatch(m -> NOT_A_CHARGE.stream().anyMatch(m.key()::contains)
					|| "CREDIT_CARD".equals(m.accountCategory()) && INSTALMENT.matcher(m.description()).find())) {
			return false;
		}
		return Cadence.of(charges.stream().map(Movement::date).toList()) == Cadence.MONTHLY;
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
