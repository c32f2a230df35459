package io.ponte.connectors.sandbox;

import io.ponte.connectors.FetchRequest;
import io.ponte.connectors.ResourceKind;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.node.ObjectNode;

/**
 * How the sandbox produces one resource from a person's replayed history. A new resource costs a generator
 * method on {@link SandboxDocuments} and one line in {@link #FOR}; the connector itself does not change.
 */
@FunctionalInterface
interface SandboxGenerator {

	List<ObjectNode> generate(Persona persona, FetchRequest request, LocalDate today);

	/** The generator of each resource the sandbox serves. */
	Map<ResourceKind, SandboxGenerator> FOR = new EnumMap<>(Map.of(
			ResourceKind.OWNERS, current(SandboxDocuments::owners),
			ResourceKind.ACCOUNTS, current(SandboxDocuments::accounts),
			ResourceKind.BALANCES, current(SandboxDocuments::balances),
			ResourceKind.INVESTMENTS, current(SandboxDocuments::investments),
			ResourceKind.TRANSACTIONS, dated(SandboxDocuments::transactions),
			ResourceKind.INVESTMENT_TRANSACTIONS, dated(SandboxDocuments::investmentTransactions),
			ResourceKind.EXCHANGES, windowed(SandboxDocuments::exchanges, false),
			ResourceKind.BILLS, windowed(SandboxDocuments::bills, true)));

	/** A resource shown as it stands today (owners, accounts, balances): the window does not apply. */
	static SandboxGenerator current(Function<SandboxDocuments, List<ObjectNode>> documents) {
		return (persona, request, today) -> documents
			.apply(new SandboxDocuments(persona, Ledger.replay(persona, today, today), today));
	}

	/**
	 * A dated history (transactions): only the window is replayed, up to its last day or today, whichever
	 * comes first, so a short window costs a short replay.
	 */
	static SandboxGenerator dated(Window documents) {
		return (persona, request, today) -> {
			LocalDate last = request.to() == null || request.to().isAfter(today) ? today : request.to();
			LocalDate first = request.from() != null ? request.from() : LocalDate.MIN;
			return documents.between(new SandboxDocuments(persona, Ledger.replay(persona, last, today), today),
					first, last);
		};
	}

	/**
	 * Items of today's state picked by a window: exchanges by when they were requested, bills by due date (a
	 * bill may fall due after today, so {@code openEnded} leaves an absent end unbounded).
	 */
	static SandboxGenerator windowed(Window documents, boolean openEnded) {
		return (persona, request, today) -> {
			LocalDate first = request.from() != null ? request.from() : LocalDate.MIN;
			LocalDate last = request.to() != null ? (openEnded || !request.to().isAfter(today) ? request.to() : today)
					: openEnded ? LocalDate.MAX : today;
			return documents.between(new SandboxDocuments(persona, Ledger.replay(persona, today, today), today),
					first, last);
		};
	}

	/** A generator method taking a window. */
	@FunctionalInterface
	interface Window {

		List<ObjectNode> between(SandboxDocuments documents, LocalDate first, LocalDate last);

	}

}
