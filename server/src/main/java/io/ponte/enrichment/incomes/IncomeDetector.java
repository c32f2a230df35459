package io.ponte.enrichment.incomes;

import io.ponte.enrichment.Cadence;
import io.ponte.enrichment.Movement;
import io.ponte.enrichment.LinkMovements;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * Finds income streams in the credits of a link's checking and savings accounts over the last 365 days. Credits
 * are grouped by payer (the company document the statement prints, else the description's stable words); within
 * a payer, each kind of credit that comes at a steady cadence is regular pay, and same-cadence kinds add up (an
 * advance and the month's balance are one monthly salary). What a payer sends off-cadence (a 13th salary, an
 * aguinaldo, a severance) is its own irregular stream. Person-to-person credits that arrive many months of the
 * year from companies (a CNPJ or RFC in the description), or from many different people the user never pays, are
 * one freelance stream, unless a company pays every week on the same weekday (a platform's payouts, a stream of
 * its own); what friends and family send (people the user also sends money to, or a few relatives)
 * is not income unless it comes steadily, like rent.
 */
public final class IncomeDetector {

	static final List<String> ACCOUNTS = List.of("CHECKING_ACCOUNT", "SAVINGS_ACCOUNT");

	private static final List<String> PEER_WORDS = List.of("RECEBIDO", "RECIBIDO", "RECEBIDA", "RECIBIDA");

	private static final List<String> SENT_WORDS = List.of("ENVIADO ", "ENVIADA ");

	/** A freelance stream needs person-to-person credits in this many distinct months of the year. */
	private static final int FREELANCE_MONTHS = 6;

	/**
	 * Without a company among the payers, this many different people who send money and are never sent any: a
	 * trade's customers, where family help comes from a few relatives.
	 */
	private static final int FREELANCE_PEOPLE = 5;

	/** Weekly payouts are told from chance after about two months of them. */
	private static final int WEEKLY_PAYOUTS = 8;

	private IncomeDetector() {
	}

	/** The income streams of these stored transactions and accounts, from credits dated {@code from..to}. */
	public static List<IncomeStream> detect(List<ObjectNode> transactions, List<ObjectNode> accounts,
			LocalDate from, LocalDate to) {
		return detect(LinkMovements.read(transactions, accounts), from, to);
	}

	/** The income streams of a link's movements, from credits dated {@code from..to}. */
	public static List<IncomeStream> detect(LinkMovements movements, LocalDate from, LocalDate to) {
		List<Movement> all = movements.of(ACCOUNTS, from, to);
		Map<String, List<Movement>> byPayer = new LinkedHashMap<>();
		List<Movement> peers = new ArrayList<>();
		List<Movement> people = new ArrayList<>();
		for (Movement m : all) {
			if (!m.inflow() || movements.ownTransfer(m)) {
				continue;
			}
			String document = m.document();
			byPayer.computeIfAbsent(document != null && !peer(m) ? document : m.key(), k -> new ArrayList<>()).add(m);
		}
		List<IncomeStream> streams = new ArrayList<>();
		for (List<Movement> credits : byPayer.values()) {
			if (peer(credits.getFirst()) && credits.getFirst().document() != null && weeklyPayouts(credits)) {
				streams.add(new IncomeStream(credits.getLast().account(), credits.getLast().description(), "FREELANCE",
						Cadence.WEEKLY.name(), credits.stream().mapToDouble(Movement::amount).average().orElse(0),
						periods(credits, Cadence.WEEKLY), credits));
			}
			else if (peer(credits.getFirst()) && !regular(credits)) {
				(credits.getFirst().document() != null ? peers : people).addAll(credits);
			}
			else {
				payerStreams(credits, streams);
			}
		}
		Set<String> paidBack = counterpartiesPaid(all);
		List<Movement> customers = people.stream().filter(m -> paidBack.stream().noneMatch(m.key()::endsWith)).toList();
		List<Movement> clients = new ArrayList<>(peers);
		clients.addAll(customers);
		if (months(peers) >= FREELANCE_MONTHS
				|| customers.stream().map(Movement::key).distinct().count() >= FREELANCE_PEOPLE
						&& months(clients) >= FREELANCE_MONTHS) {
			clients.sort(Comparator.comparing(Movement::date));
			streams.add(new IncomeStream(clients.getLast().account(), "VARIOS", "FREELANCE", "IRREGULAR",
					clients.stream().mapToDouble(Movement::amount).sum() / 12, periods(clients, Cadence.MONTHLY),
					clients));
		}
		return streams;
	}

	/**
	 * The names the user sent transfers to. Money that goes both ways is between friends and family (a shared
	 * bill, a loan paid back); customers pay and are not paid.
	 */
	private static Set<String> counterpartiesPaid(List<Movement> movements) {
		Set<String> names = new HashSet<>();
		for (Movement m : movements) {
			if (!m.inflow()) {
				for (String word : SENT_WORDS) {
					int at = m.key().indexOf(word);
					if (at >= 0 && m.key().length() > at + word.length()) {
						names.add(m.key().substring(at + word.length()));
					}
				}
			}
		}
		return names;
	}

	private static long months(List<Movement> movements) {
		return movements.stream().map(m -> YearMonth.from(m.date())).distinct().count();
	}

	private static boolean peer(Movement m) {
		return PEER_WORDS.stream().anyMatch(m.key()::contains);
	}

	/**
	 * Whether what one person sends is regular income (a tenant's rent): four credits or more at a steady cadence
	 * and at a fixed amount, since friends and family also send money about monthly, but never the same sum.
	 */
	private static boolean regular(List<Movement> credits) {
		if (credits.size() < 4 || Cadence.of(credits.stream().map(Movement::date).toList()) == Cadence.IRREGULAR) {
			return false;
		}
		double median = Cadence.median(credits.stream().mapToDouble(Movement::amount).toArray());
		return credits.stream().filter(m -> Math.abs(m.amount() - median) <= median * 0.05).count() >= 0.8
				* credits.size();
	}

	/**
	 * Whether a company's transfers are a platform's weekly payouts (ride-hailing, delivery apps): at a weekly
	 * cadence and nearly all on one weekday, whatever the amounts, which follow the week's work. A freelancer's
	 * client pays on whatever day an invoice falls due, so its transfers spread over the week.
	 */
	private static boolean weeklyPayouts(List<Movement> credits) {
		if (credits.size() < WEEKLY_PAYOUTS
				|| Cadence.of(credits.stream().map(Movement::date).toList()) != Cadence.WEEKLY) {
			return false;
		}
		Map<java.time.DayOfWeek, Long> byDay = credits.stream()
			.collect(java.util.stream.Collectors.groupingBy(m -> m.date().getDayOfWeek(),
					java.util.stream.Collectors.counting()));
		return java.util.Collections.max(byDay.values()) >= 0.8 * credits.size();
	}

	/** A payer's regular streams (one per cadence) and, when it also paid off-cadence, its irregular one. */
	private static void payerStreams(List<Movement> credits, List<IncomeStream> streams) {
		Map<String, List<Movement>> kinds = new LinkedHashMap<>();
		for (Movement m : credits) {
			kinds.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(m);
		}
		Map<Cadence, List<List<Movement>>> regular = new LinkedHashMap<>();
		List<List<Movement>> offCadence = new ArrayList<>();
		for (List<Movement> kind : kinds.values()) {
			Cadence cadence = kind.size() >= 3 ? Cadence.of(kind.stream().map(Movement::date).toList())
					: Cadence.IRREGULAR;
			if (cadence != Cadence.IRREGULAR && steady(kind)) {
				regular.computeIfAbsent(cadence, c -> new ArrayList<>()).add(kind);
			}
			else {
				offCadence.add(kind);
			}
		}
		List<Movement> extras = new ArrayList<>();
		for (List<Movement> kind : offCadence) {
			// a job's first or last months show too few of its salary or its advance to have a cadence of their own
			if (regular.containsKey(Cadence.MONTHLY) && kind.size() >= 2 && OrdinaryPay.names(kind.getFirst().key())) {
				regular.get(Cadence.MONTHLY).add(kind);
			}
			else {
				extras.addAll(kind);
			}
		}
		String payer = credits.getLast().description();
		for (Map.Entry<Cadence, List<List<Movement>>> entry : regular.entrySet()) {
			List<Movement> all = new ArrayList<>();
			double perPeriod = 0;
			for (List<Movement> kind : entry.getValue()) {
				all.addAll(kind);
				perPeriod += kind.stream().mapToDouble(Movement::amount).average().orElse(0);
			}
			all.sort(Comparator.comparing(Movement::date));
			streams.add(new IncomeStream(all.getLast().account(), payer, IncomeTypes.of(all), entry.getKey().name(),
					perPeriod, periods(all, entry.getKey()), all));
		}
		if (!extras.isEmpty()) {
			extras.sort(Comparator.comparing(Movement::date));
			streams.add(new IncomeStream(extras.getLast().account(), payer, IncomeTypes.of(extras),
					extras.size() == 1 ? "SINGLE" : "IRREGULAR",
					extras.stream().mapToDouble(Movement::amount).average().orElse(0), periods(extras, Cadence.MONTHLY),
					extras));
		}
	}

	/** Most amounts within a third of the median: pay with raises and overtime, not scattered one-offs. */
	private static boolean steady(List<Movement> kind) {
		double median = Cadence.median(kind.stream().mapToDouble(Movement::amount).toArray());
		long near = kind.stream().filter(m -> Math.abs(m.amount() - median) <= median / 3).count();
		return near >= 0.75 * kind.size();
	}

	/** How many distinct periods of the cadence hold a credit. */
	static int periods(List<Movement> credits, Cadence cadence) {
		return (int) credits.stream()
			.map(m -> cadence == Cadence.MONTHLY || cadence == Cadence.IRREGULAR ? YearMonth.from(m.date()).toString()
					: m.date().getYear() + "-" + m.date().getDayOfYear() / cadence.days)
			.distinct()
			.count();
	}

}
