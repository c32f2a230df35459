package io.ponte.connectors.sandbox;

import io.ponte.connectors.sandbox.Household.Obligation;
import io.ponte.connectors.sandbox.Ledger.Entry;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers the truth of a replayed history: the ledger tags each booking with the stream that produced it, so
 * the truth lists exactly the transactions a stream made, never a reconstruction.
 */
final class PlantedTruth {

	private PlantedTruth() {
	}

	static SandboxTruth of(Statement statement) {
		Persona p = statement.persona;
		Map<String, List<Entry>> byStream = new HashMap<>();
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
					stream.endDate(), ids(produced)));
		}
		List<SandboxTruth.Stream> expenses = new ArrayList<>();
		YearMonth month = YearMonth.from(statement.today);
		for (Obligation obligation : p.household.obligations) {
			List<Entry> produced = byStream.get(obligation.id());
			if (produced != null) {
				boolean going = obligation.dueIn(month) || obligation.dueIn(month.minusMonths(1))
						|| obligation.everyMonths() > 2;
				expenses.add(stream(p, produced, obligation.name(), obligation.type(), obligation.frequency(),
						going ? null : produced.getLast().date()));
			}
		}
		Loan loan = p.borrowing.loan;
		if (loan != null && byStream.containsKey("loan")) {
			LocalDate end = statement.ledger.loanPaid >= loan.instalments() ? loan.end() : null;
			expenses.add(stream(p, byStream.get("loan"), statement.br ? "Empréstimo pessoal " + loan.contract()
					: "Crédito personal " + loan.contract(), "LOAN", "MONTHLY", end));
		}
		if (byStream.containsKey("fee")) {
			expenses.add(stream(p, byStream.get("fee"), statement.br ? "Tarifa pacote de serviços"
					: "Comisión manejo de cuenta", "BANK_FEE", "MONTHLY", null));
		}
		return new SandboxTruth(List.copyOf(incomes), List.copyOf(expenses), List.copyOf(internal), categories);
	}

	private static SandboxTruth.Stream stream(Persona p, List<Entry> produced, String name, String type,
			String frequency, LocalDate end) {
		Entry last = produced.getLast();
		return new SandboxTruth.Stream(p.accountId(last.account()), name, type, frequency,
				Statement.money(last.cents()), produced.getFirst().date(), end, ids(produced));
	}

	private static List<String> ids(List<Entry> entries) {
		List<String> ids = new ArrayList<>(entries.size());
		for (Entry entry : entries) {
			ids.add(entry.id());
		}
		return ids;
	}

}
