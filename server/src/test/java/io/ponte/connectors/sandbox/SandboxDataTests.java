package io.ponte.connectors.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.connectors.FetchRequest;
import io.ponte.connectors.ResourceKind;
import io.ponte.connectors.Session;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class SandboxDataTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

	private final SandboxConnector sandbox = connector();

	private static SandboxConnector connector() {
		return new SandboxConnector(Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC));
	}

	private List<ObjectNode> fetch(String institution, String user, ResourceKind kind, LocalDate from, LocalDate to) {
		return this.sandbox.fetch(new Session(institution, user, null), FetchRequest.of(kind).between(from, to));
	}

	private List<ObjectNode> fetch(String institution, String user, ResourceKind kind) {
		return fetch(institution, user, kind, null, TODAY);
	}

	private static BigDecimal decimal(JsonNode node) {
		return node.decimalValue();
	}

	@Test
	void theSameUserAlwaysGetsTheSameData() {
		SandboxConnector other = connector();
		for (ResourceKind kind : SandboxConnector.generated()) {
			Session session = new Session("erebor_br_retail", "ana_1987", null);
			FetchRequest request = FetchRequest.of(kind).between(null, TODAY);
			assertThat(other.fetch(session, request)).as(kind.name()).isEqualTo(this.sandbox.fetch(session, request));
		}
	}

	@Test
	void differentUsersAndInstitutionsGetDifferentData() {
		Set<String> names = new HashSet<>();
		Set<String> documents = new HashSet<>();
		Set<String> firstTransactions = new HashSet<>();
		for (String user : List.of("user_valid", "bnk100", "ana_1987", "carlos", "maria")) {
			for (String institution : List.of("erebor_br_retail", "gringotts_br_retail")) {
				ObjectNode owner = fetch(institution, user, ResourceKind.OWNERS).getFirst();
				names.add(owner.get("display_name").asString() + owner.get("birth_date").asString());
				documents.add(owner.at("/document_id/document_number").asString());
				firstTransactions.add(fetch(institution, user, ResourceKind.TRANSACTIONS).getFirst().toString());
			}
		}
		assertThat(names).hasSize(10);
		assertThat(documents).hasSize(10);
		assertThat(firstTransactions).hasSize(10);
	}

	@ParameterizedTest
	@ValueSource(strings = { "u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8" })
	void identityDocumentsCarryValidCheckDigits(String user) {
		ObjectNode br = fetch("erebor_br_retail", user, ResourceKind.OWNERS).getFirst();
		assertThat(br.at("/document_id/document_type").asString()).isEqualTo("CPF");
		assertThat(Documents.isValidCpf(br.at("/document_id/document_number").asString())).isTrue();
		assertThat(Documents.isValidCnpj(br.at("/financial_profile/company_id").asString())).isTrue();
		assertThat(Documents.isValidCnpj(br.at("/companies_id/0").asString())).isTrue();

		ObjectNode mx = fetch("gringotts_mx_retail", user, ResourceKind.OWNERS).getFirst();
		assertThat(mx.at("/document_id/document_type").asString()).isEqualTo("RFC");
		String rfc = mx.at("/document_id/document_number").asString();
		String curp = mx.at("/additional_documents/0/number").asString();
		assertThat(Documents.isValidRfc(rfc)).as(rfc).isTrue();
		assertThat(Documents.isValidCurp(curp)).as(curp).isTrue();
		assertThat(curp.substring(0, 10)).isEqualTo(rfc.substring(0, 10));
		ObjectNode checking = fetch("gringotts_mx_retail", user, ResourceKind.ACCOUNTS).getFirst();
		assertThat(Documents.isValidClabe(checking.get("public_identification_value").asString())).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "erebor_br_retail", "gringotts_mx_retail" })
	void thirteenMonthsOfHistoryWithTheSalaryEveryMonth(String institution) {
		SandboxProfile profile = this.sandbox.profile(institution, "bnk100");
		SandboxProfile.Income salary = profile.incomes().getFirst();
		LocalDate from = TODAY.minusMonths(13);
		List<ObjectNode> transactions = fetch(institution, "bnk100", ResourceKind.TRANSACTIONS, from, TODAY);
		assertThat(LocalDate.parse(transactions.getFirst().get("value_date").asString())).isBefore(from.plusDays(3));
		Map<YearMonth, Integer> salaries = new HashMap<>();
		for (ObjectNode tx : transactions) {
			if ("Salary".equals(tx.get("subcategory").asString(null))) {
				LocalDate date = LocalDate.parse(tx.get("value_date").asString());
				assertThat(date.getDayOfMonth()).isEqualTo(salary.dayOfMonth());
				assertThat(decimal(tx.get("amount"))).isEqualByComparingTo(salary.amount());
				assertThat(tx.get("type").asString()).isEqualTo("INFLOW");
				assertThat(tx.get("description").asString()).contains(Documents.plain(salary.payer()).substring(0, 6));
				salaries.merge(YearMonth.from(date), 1, Integer::sum);
			}
		}
		for (YearMonth month = YearMonth.from(from).plusMonths(1); month.isBefore(YearMonth.from(TODAY)); month = month
			.plusMonths(1)) {
			assertThat(salaries).as(month.toString()).containsEntry(month, 1);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "erebor_br_retail", "gringotts_mx_retail" })
	void runningBalancesAddUpToTheAccountBalances(String institution) {
		List<ObjectNode> accounts = fetch(institution, "ana_1987", ResourceKind.ACCOUNTS);
		List<ObjectNode> transactions = fetch(institution, "ana_1987", ResourceKind.TRANSACTIONS);
		List<ObjectNode> balances = fetch(institution, "ana_1987", ResourceKind.BALANCES);
		int checked = 0;
		for (ObjectNode account : accounts) {
			String id = account.get("internal_identification").asString();
			boolean liability = account.get("balance_type").asString().equals("LIABILITY");
			List<ObjectNode> own = transactions.stream().filter(t -> t.get("account").asString().equals(id)).toList();
			if (own.isEmpty()) {
				continue;
			}
			BigDecimal running = null;
			for (ObjectNode tx : own) {
				BigDecimal amount = decimal(tx.get("amount"));
				boolean inflow = tx.get("type").asString().equals("INFLOW");
				BigDecimal signed = inflow != liability ? amount : amount.negate();
				if (running != null) {
					assertThat(decimal(tx.get("balance"))).as(tx.toString()).isEqualByComparingTo(running.add(signed));
				}
				running = decimal(tx.get("balance"));
			}
			assertThat(decimal(account.at("/balance/current"))).as(id).isEqualByComparingTo(running);
			checked++;
			balances.stream()
				.filter(b -> b.get("account_id").asString().equals(id))
				.forEach(b -> assertThat(decimal(b.get("available"))).isEqualByComparingTo(decimal(account.at("/balance/current"))));
		}
		assertThat(checked).isEqualTo(3);
		assertThat(balances).hasSize(2);
	}

	@Test
	void billTotalsAreTheCardPurchasesOfTheirCycleAndArePaidFromChecking() {
		List<ObjectNode> bills = fetch("erebor_br_retail", "bnk100", ResourceKind.BILLS);
		List<ObjectNode> transactions = fetch("erebor_br_retail", "bnk100", ResourceKind.TRANSACTIONS);
		Map<String, BigDecimal> purchases = transactions.stream()
			.filter(t -> !t.get("credit_card_data").isNull() && t.get("type").asString().equals("OUTFLOW"))
			.collect(Collectors.groupingBy(t -> t.at("/credit_card_data/bill_internal_identification").asString(),
					Collectors.reducing(BigDecimal.ZERO, t -> decimal(t.get("amount")), BigDecimal::add)));
		Set<String> cardPaymentsFromChecking = transactions.stream()
			.filter(t -> t.get("account").asString().endsWith("-chk")
					&& "Credit Card".equals(t.get("subcategory").asString(null)))
			.map(t -> t.get("value_date").asString() + " " + decimal(t.get("amount")).toPlainString())
			.collect(Collectors.toSet());
		assertThat(bills).hasSizeGreaterThan(12);
		for (ObjectNode bill : bills) {
			String id = bill.get("internal_identification").asString();
			BigDecimal total = decimal(bill.get("total_amount"));
			assertThat(purchases.get(id)).as(id).isEqualByComparingTo(total);
			assertThat(bill.get("account").asString()).endsWith("-card");
			if (!bill.get("payments").isEmpty()) {
				assertThat(cardPaymentsFromChecking).as(id)
					.contains(bill.get("due_date").asString() + " " + total.toPlainString());
			}
		}
	}

	@Test
	void fetchesHonourTheirWindowAndNeverChangeATransaction() {
		String institution = "gringotts_br_retail";
		Map<String, ObjectNode> all = new HashMap<>();
		fetch(institution, "bnk100", ResourceKind.TRANSACTIONS)
			.forEach(t -> all.put(t.get("internal_identification").asString(), t));
		LocalDate from = LocalDate.of(2025, 3, 10);
		LocalDate to = LocalDate.of(2025, 6, 20);
		List<ObjectNode> window = fetch(institution, "bnk100", ResourceKind.TRANSACTIONS, from, to);
		assertThat(window).isNotEmpty();
		for (ObjectNode tx : window) {
			LocalDate date = LocalDate.parse(tx.get("value_date").asString());
			assertThat(date).isBetween(from, to);
			assertThat(tx).isEqualTo(all.get(tx.get("internal_identification").asString()));
		}
		long expected = all.values().stream().map(t -> LocalDate.parse(t.get("value_date").asString()))
			.filter(d -> !d.isBefore(from) && !d.isAfter(to)).count();
		assertThat(window).hasSize((int) expected);
		fetch(institution, "bnk100", ResourceKind.BILLS, from, to)
			.forEach(b -> assertThat(LocalDate.parse(b.get("due_date").asString())).isBetween(from, to));
		fetch(institution, "bnk100", ResourceKind.INVESTMENT_TRANSACTIONS, from, to)
			.forEach(t -> assertThat(LocalDate.parse(t.get("value_date").asString())).isBetween(from, to));
		assertThat(fetch(institution, "bnk100", ResourceKind.TRANSACTIONS, TODAY.minusDays(3), TODAY.plusYears(1)))
			.allSatisfy(t -> assertThat(LocalDate.parse(t.get("value_date").asString())).isBeforeOrEqualTo(TODAY));
	}

	@Test
	void investmentTransactionsReferToTheInvestmentsAndExchangesCarryTheirHistory() {
		Set<String> investments = fetch("erebor_br_retail", "bnk100", ResourceKind.INVESTMENTS).stream()
			.map(i -> i.get("internal_identification").asString())
			.collect(Collectors.toSet());
		assertThat(investments).hasSize(2);
		assertThat(fetch("erebor_br_retail", "bnk100", ResourceKind.INVESTMENT_TRANSACTIONS))
			.allSatisfy(t -> assertThat(investments).contains(t.get("investment").asString()));
		List<ObjectNode> exchanges = fetch("erebor_br_retail", "bnk100", ResourceKind.EXCHANGES);
		assertThat(exchanges).hasSizeBetween(2, 3);
		exchanges.forEach(e -> assertThat(e.get("history")).allSatisfy(
				h -> assertThat(h.get("exchange_id").asString()).isEqualTo(e.get("internal_identification").asString())));
		assertThat(fetch("erebor_mx_retail", "bnk100", ResourceKind.INVESTMENTS)).isEmpty();
		assertThat(fetch("erebor_mx_retail", "bnk100", ResourceKind.EXCHANGES)).isEmpty();
	}

	@Test
	void theNoDataUserHasNothing() {
		for (ResourceKind kind : SandboxConnector.generated()) {
			assertThat(fetch("erebor_br_retail", "bnk101", kind)).as(kind.name()).isEmpty();
		}
	}

	@Test
	void theLowDataUserHasOneCheckingAccountAndAboutTenTransactions() {
		List<ObjectNode> accounts = fetch("erebor_br_retail", "bnk102", ResourceKind.ACCOUNTS);
		assertThat(accounts).singleElement()
			.satisfies(a -> assertThat(a.get("category").asString()).isEqualTo("CHECKING_ACCOUNT"));
		assertThat(fetch("erebor_br_retail", "bnk102", ResourceKind.TRANSACTIONS)).hasSizeBetween(7, 13);
		for (ResourceKind kind : List.of(ResourceKind.BILLS, ResourceKind.INVESTMENTS,
				ResourceKind.INVESTMENT_TRANSACTIONS, ResourceKind.EXCHANGES)) {
			assertThat(fetch("erebor_br_retail", "bnk102", kind)).as(kind.name()).isEmpty();
		}
	}

	@Test
	void theNegativeUserIsOverdrawn() {
		ObjectNode checking = fetch("gringotts_mx_retail", "bnk103", ResourceKind.ACCOUNTS).getFirst();
		assertThat(checking.get("category").asString()).isEqualTo("CHECKING_ACCOUNT");
		assertThat(decimal(checking.at("/balance/current"))).isNegative();
		assertThat(decimal(checking.at("/overdraft/used"))).isPositive();
		// the Open Finance balance has no negative available amount (schema minimum 0): nothing is available
		assertThat(decimal(fetch("gringotts_mx_retail", "bnk103", ResourceKind.BALANCES).getFirst().get("available")))
			.isZero();
		assertThat(fetch("gringotts_mx_retail", "bnk103", ResourceKind.TRANSACTIONS, TODAY.minusMonths(13), TODAY))
			.allSatisfy(t -> {
				if (t.get("account").asString().endsWith("-chk")) {
					assertThat(decimal(t.get("balance"))).isNegative();
				}
			});
	}

	@Test
	void plantedRecurringExpensesShowUpEveryMonthOnTheirDay() {
		String institution = "gringotts_br_retail";
		SandboxProfile profile = this.sandbox.profile(institution, "carlos");
		List<ObjectNode> transactions = fetch(institution, "carlos", ResourceKind.TRANSACTIONS, TODAY.minusMonths(13),
				TODAY);
		assertThat(profile.recurringExpenses()).hasSizeGreaterThanOrEqualTo(7);
		List<SandboxProfile.Expense> all = new java.util.ArrayList<>(profile.recurringExpenses());
		all.add(profile.rent());
		for (SandboxProfile.Expense expense : all) {
			for (int back = 1; back <= 12; back++) {
				LocalDate day = YearMonth.from(TODAY).minusMonths(back).atDay(expense.dayOfMonth());
				List<ObjectNode> found = transactions.stream()
					.filter(t -> t.get("value_date").asString().equals(day.toString()))
					.filter(t -> t.get("subcategory").asString("").equals(expense.subcategory()))
					.filter(t -> t.get("description").asString().contains(Documents.plain(expense.merchant()).split(" ")[0])
							|| !t.get("merchant").isNull()
									&& t.at("/merchant/merchant_name").asString().equals(expense.merchant()))
					.toList();
				assertThat(found).as(expense + " on " + day).isNotEmpty();
				BigDecimal amount = decimal(found.getFirst().get("amount"));
				if (expense.amountVaries()) {
					assertThat(amount.doubleValue()).isBetween(expense.amount().doubleValue() * 0.79,
							expense.amount().doubleValue() * 1.21);
				}
				else {
					assertThat(amount).isEqualByComparingTo(expense.amount());
				}
			}
		}
	}

}
