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
 * How the sandbox produces one resource from a person's {@link Statement}. Each resource family has its own
 * documents class (owners, accounts, transactions, bills, investments, exchanges); a new resource costs a
 * method there and one line in {@link #FOR}.
 */
@FunctionalInterface
interface SandboxGenerator {

	List<ObjectNode> generate(Statement statement, FetchRequest request);

	/** The generator of each resource the sandbox serves. */
	Map<ResourceKind, SandboxGenerator> FOR = new EnumMap<>(Map.ofEntries(
			Map.entry(ResourceKind.OWNERS, current(s -> new OwnerDocuments(s).owners())),
			Map.entry(ResourceKind.ACCOUNTS, current(s -> new AccountDocuments(s).accounts())),
			Map.entry(ResourceKind.BALANCES, current(s -> new AccountDocuments(s).balances())),
			Map.entry(ResourceKind.INVESTMENTS, current(s -> new InvestmentDocuments(s).investments())),
			Map.entry(ResourceKind.TRANSACTIONS,
					dated((s, from, to) -> new TransactionDocuments(s).transactions(from, to))),
			Map.entry(ResourceKind.INVESTMENT_TRANSACTIONS,
					dated((s, from, to) -> new InvestmentDocuments(s).investmentTransactions(from, to))),
			Map.entry(ResourceKind.EXCHANGES, dated((s, from, to) -> new ExchangeDocuments(s).exchanges(from, to))),
			Map.entry(ResourceKind.BILLS, windowed((s, from, to) -> new BillDocuments(s).bills(from, to))),
			Map.entry(ResourceKind.INVOICES, (s, r) -> new InvoiceDocuments(s).invoices(
					r.from() != null ? r.from() : LocalDate.MIN, r.to() != null ? r.to() : s.today, r.type(),
					r.attachments())),
			Map.entry(ResourceKind.TAX_RETENTIONS, (s, r) -> new TaxRetentionDocuments(s).retentions(
					r.from() != null ? r.from() : LocalDate.MIN, r.to() != null ? r.to() : s.today, r.type(),
					r.attachments())),
			Map.entry(ResourceKind.FINANCIAL_STATEMENTS, current(s -> new FinancialStatementDocuments(s).statements())),
			Map.entry(ResourceKind.TAX_RETURNS, (s, r) -> new TaxReturnDocuments(s).returns(r)),
			Map.entry(ResourceKind.TAX_STATUS, (s, r) -> new TaxStatusDocuments(s).taxStatus(r.attachments())),
			Map.entry(ResourceKind.TAX_COMPLIANCE_STATUS,
					(s, r) -> new TaxStatusDocuments(s).taxComplianceStatus(r.attachments())),
			// employment: Brazil's INSS by a window of dates, Mexico's IMSS as it stands
			Map.entry(ResourceKind.EMPLOYMENTS,
					dated((s, from, to) -> employment(s).brazilianEmployments(from, to))),
			Map.entry(ResourceKind.EMPLOYMENT_RECORDS,
					(s, request) -> employment(s).mexicanEmploymentRecords(request.attachments())),
			Map.entry(ResourceKind.CURRENT_EMPLOYMENTS, current(s -> employment(s).mexicanCurrentEmployments()))));

	private static EmploymentDocuments employment(Statement statement) {
		return new EmploymentDocuments(statement.persona, statement.today);
	}

	/** A resource shown as it stands at the instant (owners, accounts, balances): the window does not apply. */
	static SandboxGenerator current(Function<Statement, List<ObjectNode>> documents) {
		return (statement, request) -> documents.apply(statement);
	}

	/** A dated history: items dated in the window, never after the instant's day. */
	static SandboxGenerator dated(Window documents) {
		return (statement, request) -> {
			LocalDate today = statement.today;
			LocalDate last = request.to() == null || request.to().isAfter(today) ? today : request.to();
			LocalDate first = request.from() != null ? request.from() : LocalDate.MIN;
			return documents.between(statement, first, last);
		};
	}

	/** Bills by due date: a closed bill may fall due after today, so an absent end is unbounded. */
	static SandboxGenerator windowed(Window documents) {
		return (statement, request) -> documents.between(statement,
				request.from() != null ? request.from() : LocalDate.MIN,
				request.to() != null ? request.to() : LocalDate.MAX);
	}

	/** A documents method taking a window. */
	@FunctionalInterface
	interface Window {

		List<ObjectNode> between(Statement statement, LocalDate first, LocalDate last);

	}

}
