package io.ponte.connectors.sandbox;

import io.ponte.connectors.sandbox.Household.Obligation;
import io.ponte.connectors.sandbox.Ledger.Entry;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers the truth of a replayed history: the ledger tags each booking with the stream that produced it, so
 * the truth lists exactly the transactions a stream made, never a reconstruction. Decoys are tagged the same way,
 * with ids that say their kind ({@link PlantedKind#decoyId}), and family help with its income source's id.
 */
final class PlantedTruth {

	private PlantedTruth() {
	}

	static SandboxTruth of(Statement statement) {
		Persona p = statement.persona;
		Map<String, List<Entry>> byStream = new LinkedHashMap<>();
		List<String> internal = new ArrayList<>();
		Map<String, SandboxTruth.Category> categories = new LinkedHashMap<>();
		for (Entry entry : statement.ledger.entries) {
			Booking b = entry.booking();
			if (b.stream() != null) {
				byStream.computeIfAbsent(b.stream(), k -> new ArrayList<>()).add(entry);
			}
			if (b.internal()) {
				internal.add(entry.id());
			}
			categories.put(entry.id(), new SandboxTruth.Category(b.category(), b.subcategory()));
		}
		List<SandboxTruth.Stream> incomes = new ArrayList<>();
		for (IncomeStream stream : p.incomes.streams(statement.today)) {
			List<Entry> produced = byStream.get(stream.id());
			if (produced == null) {
				continue;
			}
			incomes.add(new SandboxTruth.Stream(p.accountId(produced.getFirst().account()), stream.payer(),
					stream.type(), stream.frequency(), Statement.money(stream.amountCents()), stream.startDate(),
					stream.endDate(), ids(produced), stream.kind().name()));
		}
		List<SandboxTruth.Stream> expenses = new ArrayList<>();
		YearMonth month = YearMonth.from(statement.today);
		for (Obligation obligation : p.household.obligations) {
			List<Entry> produced = byStream.get(obligation.id());
			if (produced != null) {
				boolean going = obligation.dueIn(month) || obligation.dueIn(month.minusMonths(1))
						|| obligation.everyMonths() > 2;
				SandboxTruth.Stream stream = stream(p, produced, obligation.name(), obligation.type(),
						obligation.frequency(), going ? null : produced.getLast().date(), obligation.kind());
				expenses.add(obligation.type().equals("UTILITY") ? typical(stream, produced, statement.today) : stream);
			}
		}
		Loan loan = p.borrowing.loan;
		if (loan != null && byStream.containsKey("loan")) {
			LocalDate end = statement.ledger.loanPaid >= loan.instalments() ? loan.end() : null;
			expenses.add(stream(p, byStream.get("loan"), statement.br ? "Empréstimo pessoal " + loan.contract()
					: "Crédito personal " + loan.contract(), "LOAN", "MONTHLY", end, PlantedKind.LOAN_INSTALMENT));
		}
		if (byStream.containsKey("fee")) {
			expenses.add(stream(p, byStream.get("fee"), statement.br ? "Tarifa pacote de serviços"
					: "Comisión manejo de cuenta", "BANK_FEE", "MONTHLY", null, PlantedKind.BANK_FEE));
		}
		return new SandboxTruth(List.copyOf(incomes), List.copyOf(expenses), List.copyOf(internal), categories,
				decoys(p, byStream));
	}

	/** Family help and the look-alikes, each as the stream of what it booked. */
	private static List<SandboxTruth.Stream> decoys(Persona p, Map<String, List<Entry>> byStream) {
		List<SandboxTruth.Stream> decoys = new ArrayList<>();
		byStream.forEach((id, produced) -> {
			PlantedKind kind = id.equals("family") ? PlantedKind.FAMILY_HELP : PlantedKind.ofDecoyId(id);
			if (kind != null) {
				Booking b = produced.getLast().booking();
				String name = b.merchant() != null ? b.merchant()
						: b.counterparty() != null ? b.counterparty().name() : b.description();
				decoys.add(stream(p, produced, name, kind.name(), produced.size() == 1 ? "ONE_OFF" : "IRREGULAR",
						produced.getLast().date(), kind));
			}
		});
		return List.copyOf(decoys);
	}

	/**
	 * A utility bill with its typical amount: the average bill of the year before {@code today}, since the latest
	 * one is a season's and a month's consumption, not what the bill usually is.
	 */
	private static SandboxTruth.Stream typical(SandboxTruth.Stream s, List<Entry> produced, LocalDate today) {
		long[] bills = produced.stream()
			.filter(e -> e.date().isAfter(today.minusYears(1)) && !e.date().isAfter(today))
			.mapToLong(Entry::cents)
			.toArray();
		if (bills.length == 0) {
			return s;
		}
		long average = Math.round(Arrays.stream(bills).average().orElseThrow());
		return new SandboxTruth.Stream(s.account(), s.name(), s.type(), s.frequency(), Statement.money(average),
				s.startDate(), s.endDate(), s.transactions(), s.kind());
	}

	private static SandboxTruth.Stream stream(Persona p, List<Entry> produced, String name, String type,
			String frequency, LocalDate end, PlantedKind kind) {
		Entry last = produced.getLast();
		return new SandboxTruth.Stream(p.accountId(last.account()), name, type, frequency,
				Statement.money(last.cents()), produced.getFirst().date(), end, ids(produced), kind.name());
	}

	private static List<String> ids(List<Entry> entries) {
		List<String> ids = new ArrayList<>(entries.size());
		for (Entry entry : entries) {
			ids.add(entry.id());
		}
		return ids;
	}

}
