package io.ponte.connectors.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ponte.connectors.FetchRequest;
import io.ponte.connectors.ResourceKind;
import io.ponte.connectors.Session;
import io.ponte.connectors.UnsupportedResourceException;
import io.ponte.enrichment.categorization.TransactionCategorizer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
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

/** What every sandbox user's data guarantees, whoever they are and whenever it is generated. */
class SandboxDataTests {

	private static final Instant NOW = Instant.parse("2026-11-24T15:00:00Z");

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

	private static final List<String> USERS = List.of("bnk100", "ana_1987", "carlos", "maria", "u1", "u2", "u3",
			"u4", "u5", "u6", "u7", "u8");

	private final SandboxConnector sandbox = at(NOW);

	private static SandboxConnector at(Instant instant) {
		return new SandboxConnector(Clock.fixed(instant, ZoneOffset.UTC));
	}

	static Session session(String institution, String user) {
		return new Session(institution, institution.contains("_br_") ? "BR" : "MX", user, null);
	}

	private static List<ObjectNode> fetch(SandboxConnector sandbox, String institution, String user,
			ResourceKind kind, LocalDate from, LocalDate to) {
		return sandbox.fetch(session(institution, user), FetchRequest.of(kind).between(from, to));
	}

	private List<ObjectNode> fetch(String institution, String user, ResourceKind kind) {
		return fetch(this.sandbox, institution, user, kind, null, TODAY);
	}

	/** A Brazilian user's transactions as Ponte stores them: categorized by its categorizer, not by the sandbox. */
	private List<ObjectNode> categorized(String institution, String user) {
		List<ObjectNode> transactions = fetch(institution, user, ResourceKind.TRANSACTIONS);
		new TransactionCategorizer().enrich(transactions, "BR");
		return transactions;
	}

	private static BigDecimal decimal(JsonNode node) {
		return node.decimalValue();
	}

	@Test
	void theSameUserAlwaysGetsTheSameData() {
		SandboxConnector other = at(NOW);
		for (ResourceKind kind : SandboxConnector.generated()) {
			FetchRequest request = FetchRequest.of(kind).between(null, TODAY);
			assertThat(other.fetch(session("erebor_br_retail", "ana_1987"), request)).as(kind.name())
				.isEqualTo(this.sandbox.fetch(session("erebor_br_retail", "ana_1987"), request));
		}
	}

	@Test
	void aUsernameIsOnePersonAtEveryBankOfTheCountryWithItsOwnAccountsAtEach() {
		for (String user : List.of("ana_1987", "carlos", "u1")) {
			ObjectNode erebor = fetch("erebor_br_retail", user, ResourceKind.OWNERS).getFirst();
			ObjectNode gringotts = fetch("gringotts_br_retail", user, ResourceKind.OWNERS).getFirst();
			assertThat(gringotts.get("display_name")).isEqualTo(erebor.get("display_name"));
			assertThat(gringotts.at("/document_id/document_number")).isEqualTo(erebor.at("/document_id/document_number"));
			assertThat(gringotts.get("email")).isEqualTo(erebor.get("email"));
			assertThat(incomeCredits("gringotts_br_retail", user)).isEqualTo(incomeCredits("erebor_br_retail", user));
			assertThat(fetch("gringotts_br_retail", user, ResourceKind.ACCOUNTS).getFirst().get("number"))
				.isNotEqualTo(fetch("erebor_br_retail", user, ResourceKind.ACCOUNTS).getFirst().get("number"));
		}
	}

	/** The income credits as (date, amount, description): what must agree across banks. */
	private List<String> incomeCredits(String institution, String user) {
		return categorized(institution, user).stream()
			.filter(t -> "Income & Payments".equals(t.get("category").asString(null)))
			.map(t -> t.get("value_date").asString() + " " + t.get("amount").asString() + " "
					+ t.get("description").asString())
			.toList();
	}

	@Test
	void transactionsComeAsABankGivesThemWithoutCategoryOrMerchantButWithCodesOnCardPurchases() {
		for (String user : USERS) {
			List<ObjectNode> transactions = fetch("erebor_br_retail", user, ResourceKind.TRANSACTIONS);
			assertThat(transactions).isNotEmpty().allSatisfy(tx -> {
				assertThat(tx.has("category") && tx.get("category").isNull()).as("category key, null").isTrue();
				assertThat(tx.has("subcategory") && tx.get("subcategory").isNull()).as("subcategory key, null").isTrue();
				assertThat(tx.has("merchant") && tx.get("merchant").isNull()).as("merchant key, null").isTrue();
				assertThat(tx.get("description").asString()).isNotBlank();
			});
			assertThat(transactions).anySatisfy(tx -> assertThat(tx.get("mcc").isNumber()).isTrue());
		}
	}

	@Test
	void differentUsersAreDifferentPeople() {
		Set<String> names = new HashSet<>();
		Set<String> documents = new HashSet<>();
		Set<Integer> transactionCounts = new HashSet<>();
		for (String user : USERS) {
			ObjectNode owner = fetch("erebor_br_retail", user, ResourceKind.OWNERS).getFirst();
			names.add(owner.get("display_name").asString() + owner.get("birth_date").asString());
			documents.add(owner.at("/document_id/document_number").asString());
			transactionCounts.add(fetch("erebor_br_retail", user, ResourceKind.TRANSACTIONS).size());
		}
		assertThat(names).hasSize(USERS.size());
		assertThat(documents).hasSize(USERS.size());
		assertThat(transactionCounts).hasSizeGreaterThan(USERS.size() / 2);
	}

	@Test
	void theCountryComesFromTheInstitutionAndACountryWithoutPeopleHasNoData() {
		ObjectNode mexican = this.sandbox.fetch(new Session("any_institution", "MX", "u1", null),
				FetchRequest.of(ResourceKind.OWNERS)).getFirst();
		assertThat(mexican.at("/document_id/document_type").asString()).isEqualTo("RFC");
		assertThatThrownBy(() -> this.sandbox.fetch(new Session("naboo_cl_fiscal", "CL", "u1", null),
				FetchRequest.of(ResourceKind.OWNERS))).isInstanceOf(UnsupportedResourceException.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8" })
	void identityDocumentsCarryValidCheckDigits(String user) {
		ObjectNode br = fetch("erebor_br_retail", user, ResourceKind.OWNERS).getFirst();
		assertThat(br.at("/document_id/document_type").asString()).isEqualTo("CPF");
		assertThat(Documents.isValidCpf(br.at("/document_id/document_number").asString())).isTrue();
		assertThat(Documents.isValidCnpj(br.at("/companies_id/0").asString())).isTrue();
		JsonNode employer = br.at("/financial_profile/company_id");
		assertThat(employer.isNull() || Documents.isValidCnpj(employer.asString())).as(employer.toString()).isTrue();

		ObjectNode mx = fetch("gringotts_mx_retail", user, ResourceKind.OWNERS).getFirst();
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
	void runningBalancesAddUpToTheAccountBalances(String institution) {
		int checked = 0;
		for (String user : USERS) {
			List<ObjectNode> transactions = fetch(this.sandbox, institution, user, ResourceKind.TRANSACTIONS, null,
					TODAY);
			for (ObjectNode account : fetch(institution, user, ResourceKind.ACCOUNTS)) {
				String id = account.get("internal_identification").asString();
				boolean liability = account.get("balance_type").asString().equals("LIABILITY");
				BigDecimal running = null;
				for (ObjectNode tx : transactions) {
					if (!tx.get("account").asString().equals(id)) {
						continue;
					}
					BigDecimal amount = decimal(tx.get("amount"));
					boolean inflow = tx.get("type").asString().equals("INFLOW");
					BigDecimal signed = inflow != liability ? amount : amount.negate();
					if (running != null) {
						assertThat(decimal(tx.get("balance"))).as(tx.toString()).isEqualByComparingTo(running.add(signed));
					}
					running = decimal(tx.get("balance"));
				}
				if (running != null) {
					assertThat(decimal(account.at("/balance/current"))).as(user + " " + id).isEqualByComparingTo(running);
					checked++;
				}
			}
		}
		assertThat(checked).isGreaterThan(USERS.size() * 2);
	}

	@Test
	void aBillIsWhatTheCardOwedAtClosingAndItsPaymentsComeFromChecking() {
		int bills = 0;
		for (String user : USERS) {
			List<ObjectNode> transactions = categorized("erebor_br_retail", user);
			Map<String, BigDecimal> owedAtClosing = new HashMap<>();
			Set<String> paidFromChecking = new HashSet<>();
			for (ObjectNode tx : transactions) {
				if (!tx.get("credit_card_data").isNull()) {
					owedAtClosing.put(tx.at("/credit_card_data/bill_internal_identification").asString(),
							decimal(tx.get("balance")));
				}
				if (tx.get("account").asString().endsWith("-chk") && "Credit Card".equals(tx.get("subcategory").asString(null))) {
					paidFromChecking.add(tx.get("value_date").asString() + " " + decimal(tx.get("amount")).toPlainString());
				}
			}
			for (ObjectNode bill : fetch("erebor_br_retail", user, ResourceKind.BILLS)) {
				String id = bill.get("internal_identification").asString();
				if (owedAtClosing.containsKey(id)) {
					assertThat(decimal(bill.get("total_amount"))).as(id)
						.isEqualByComparingTo(owedAtClosing.get(id).max(BigDecimal.ZERO));
				}
				assertThat(decimal(bill.get("minimum_amount"))).isLessThanOrEqualTo(decimal(bill.get("total_amount")));
				for (JsonNode payment : bill.get("payments")) {
					assertThat(paidFromChecking).as(id)
						.contains(payment.get("payment_date").asString() + " " + decimal(payment.get("amount")).toPlainString());
				}
				bills++;
			}
		}
		assertThat(bills).isGreaterThan(50);
	}

	@Test
	void theLatestBillIsShownOnceClosedEvenBeforeItIsDueOrPaid() {
		for (String user : USERS) {
			List<ObjectNode> bills = fetch(this.sandbox, "erebor_br_retail", user, ResourceKind.BILLS, null, null);
			if (bills.isEmpty()) {
				continue;
			}
			ObjectNode last = bills.getLast();
			LocalDate due = LocalDate.parse(last.get("due_date").asString());
			if (due.isAfter(TODAY)) {
				assertThat(last.get("payments")).isEmpty();
				return;
			}
		}
	}

	@Test
	void loansAreAmortisedOnThePriceTable() {
		int loans = 0;
		for (String user : USERS) {
			for (ObjectNode account : fetch("gringotts_br_retail", user, ResourceKind.ACCOUNTS)) {
				JsonNode loan = account.get("loan_data");
				if (loan.isNull()) {
					continue;
				}
				double rate = loan.get("interest_rate").asDouble();
				int total = loan.get("number_of_installments_total").asInt();
				int paid = loan.get("number_of_installments_paid").asInt();
				double instalment = loan.get("monthly_payment").asDouble();
				double principal = loan.get("principal").asDouble();
				assertThat(instalment).isCloseTo(principal * rate / (1 - Math.pow(1 + rate, -total)),
						org.assertj.core.data.Offset.offset(0.02));
				double outstanding = instalment * (1 - Math.pow(1 + rate, -(total - paid))) / rate;
				assertThat(loan.get("outstanding_principal").asDouble()).isCloseTo(outstanding,
						org.assertj.core.data.Offset.offset(0.05));
				assertThat(loan.get("outstanding_principal").asDouble()).isLessThan(instalment * (total - paid) + 0.01);
				assertThat(decimal(account.at("/balance/current"))).isEqualByComparingTo(decimal(loan.get("outstanding_principal")));
				loans++;
			}
		}
		assertThat(loans).isGreaterThan(1);
	}

	@Test
	void nothingIsStampedAfterTheInstantItIsGeneratedFor() {
		for (String user : USERS) {
			for (ObjectNode tx : fetch(this.sandbox, "gringotts_mx_retail", user, ResourceKind.TRANSACTIONS,
					TODAY.minusDays(5), TODAY.plusYears(1))) {
				assertThat(Instant.parse(tx.get("transacted_at").asString())).isBeforeOrEqualTo(NOW);
				assertThat(LocalDate.parse(tx.get("value_date").asString())).isBeforeOrEqualTo(TODAY);
			}
		}
	}

	@Test
	void aLaterInstantContinuesTheSameHistoryAndOnlySettlesWhatWasPending() {
		Instant earlier = Instant.parse("2026-06-10T13:27:00Z");
		SandboxConnector then = at(earlier);
		for (String institution : List.of("erebor_br_retail", "gringotts_mx_retail")) {
			for (String user : USERS) {
				List<ObjectNode> before = fetch(then, institution, user, ResourceKind.TRANSACTIONS, null, TODAY);
				Map<String, ObjectNode> after = new HashMap<>();
				fetch(this.sandbox, institution, user, ResourceKind.TRANSACTIONS, null, TODAY)
					.forEach(t -> after.put(t.get("internal_identification").asString(), t));
				for (ObjectNode tx : before) {
					ObjectNode later = after.get(tx.get("internal_identification").asString());
					assertThat(later).as(user + " " + tx).isNotNull();
					ObjectNode settled = tx.deepCopy();
					settled.put("status", "PROCESSED");
					assertThat(later).isEqualTo(settled);
				}
				long pending = before.stream().filter(t -> t.get("status").asString().equals("PENDING")).count();
				before.stream().filter(t -> t.get("status").asString().equals("PENDING"))
					.forEach(t -> assertThat(Instant.parse(t.get("transacted_at").asString()))
						.isAfter(earlier.minusSeconds(49 * 3600)));
				assertThat(pending).isLessThan(30);
			}
		}
	}

	@Test
	void fetchesHonourTheirWindow() {
		String institution = "gringotts_br_retail";
		Map<String, ObjectNode> all = new HashMap<>();
		fetch(institution, "bnk100", ResourceKind.TRANSACTIONS)
			.forEach(t -> all.put(t.get("internal_identification").asString(), t));
		LocalDate from = LocalDate.of(2025, 3, 10);
		LocalDate to = LocalDate.of(2025, 6, 20);
		List<ObjectNode> window = fetch(this.sandbox, institution, "bnk100", ResourceKind.TRANSACTIONS, from, to);
		assertThat(window).isNotEmpty();
		for (ObjectNode tx : window) {
			assertThat(LocalDate.parse(tx.get("value_date").asString())).isBetween(from, to);
			assertThat(tx).isEqualTo(all.get(tx.get("internal_identification").asString()));
		}
		assertThat(window).hasSize((int) all.values().stream().map(t -> LocalDate.parse(t.get("value_date").asString()))
			.filter(d -> !d.isBefore(from) && !d.isAfter(to)).count());
		fetch(this.sandbox, institution, "bnk100", ResourceKind.BILLS, from, to)
			.forEach(b -> assertThat(LocalDate.parse(b.get("due_date").asString())).isBetween(from, to));
		fetch(this.sandbox, institution, "bnk100", ResourceKind.INVESTMENT_TRANSACTIONS, from, to)
			.forEach(t -> assertThat(LocalDate.parse(t.get("value_date").asString())).isBetween(from, to));
	}

	@Test
	void theFullUserHasEveryProductIncludingRecentInvestmentsAndExchanges() {
		assertThat(fetch("erebor_br_retail", "bnk100", ResourceKind.ACCOUNTS)).hasSize(4);
		Set<String> investments = fetch("erebor_br_retail", "bnk100", ResourceKind.INVESTMENTS).stream()
			.map(i -> i.get("internal_identification").asString())
			.collect(Collectors.toSet());
		assertThat(investments).hasSizeGreaterThanOrEqualTo(2);
		assertThat(fetch("erebor_br_retail", "bnk100", ResourceKind.INVESTMENT_TRANSACTIONS))
			.allSatisfy(t -> assertThat(investments).contains(t.get("investment").asString()));
		// exchanges recur every year, so the last year always has some whenever this runs
		List<ObjectNode> exchanges = fetch(this.sandbox, "erebor_br_retail", "bnk100", ResourceKind.EXCHANGES,
				TODAY.minusYears(1), TODAY);
		assertThat(exchanges).isNotEmpty();
		exchanges.forEach(e -> assertThat(e.get("history")).allSatisfy(
				h -> assertThat(h.get("exchange_id").asString()).isEqualTo(e.get("internal_identification").asString())));
		assertThat(fetch("erebor_mx_retail", "bnk100", ResourceKind.INVESTMENTS)).isEmpty();
		assertThat(fetch("erebor_mx_retail", "bnk100", ResourceKind.EXCHANGES)).isEmpty();
	}

	@Test
	void aCdbIsListedUntilItMaturesThenItsNetValueReturnsToChecking() {
		Statement full = new Statement(Persona.of("erebor_br_retail", Country.BR, "bnk100"), NOW);
		List<Ledger.Application> redeemed = full.ledger.applications.stream()
			.filter(a -> Investing.redeemedBy(a, TODAY))
			.toList();
		assertThat(redeemed).as("the full user's statements span more than a CDB's three years").isNotEmpty();
		Set<String> listed = fetch("erebor_br_retail", "bnk100", ResourceKind.INVESTMENTS).stream()
			.map(i -> i.get("internal_identification").asString())
			.collect(Collectors.toSet());
		for (Ledger.Application cdb : redeemed) {
			assertThat(listed).noneMatch(id -> id.endsWith("-inv-" + cdb.investment()));
			LocalDate maturity = Investing.maturity(cdb);
			assertThat(full.ledger.entries(Persona.AccountKind.CHECKING)).anySatisfy(e -> {
				assertThat(e.date()).isEqualTo(maturity);
				assertThat(e.inflow()).isTrue();
				assertThat(e.booking().description()).isEqualTo("RESGATE CDB VENCIMENTO");
				assertThat(e.cents()).isGreaterThan(cdb.cents());
				assertThat(e.booking().internal()).isTrue();
			});
		}
	}

	@Test
	void theNoDataUserHasNothing() {
		for (ResourceKind kind : SandboxConnector.generated()) {
			assertThat(fetch("erebor_br_retail", "bnk101", kind)).as(kind.name()).isEmpty();
		}
	}

	@Test
	void theLowDataUserHasOneCheckingAccountAndAFewTransactions() {
		assertThat(fetch("erebor_br_retail", "bnk102", ResourceKind.ACCOUNTS)).singleElement()
			.satisfies(a -> assertThat(a.get("category").asString()).isEqualTo("CHECKING_ACCOUNT"));
		assertThat(fetch("erebor_br_retail", "bnk102", ResourceKind.TRANSACTIONS)).hasSizeBetween(3, 120);
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
	}

	@Test
	void thePublishedTruthNamesTheTransactionsEachStreamProduced() {
		for (String user : USERS) {
			SandboxTruth truth = this.sandbox.truth(new io.ponte.connectors.Credentials("erebor_br_retail", "BR", user,
					null, null, null, "x", null), NOW);
			Map<String, ObjectNode> transactions = new HashMap<>();
			fetch(this.sandbox, "erebor_br_retail", user, ResourceKind.TRANSACTIONS, null, TODAY)
				.forEach(t -> transactions.put(t.get("internal_identification").asString(), t));
			assertThat(truth.categories().keySet()).isEqualTo(transactions.keySet());
			List<SandboxTruth.Stream> streams = new ArrayList<>(truth.incomes());
			streams.addAll(truth.recurringExpenses());
			for (SandboxTruth.Stream stream : streams) {
				assertThat(stream.transactions()).as(stream.name()).isNotEmpty();
				assertThat(PlantedKind.valueOf(stream.kind()).decoy()).as(stream.name()).isFalse();
				String type = truth.incomes().contains(stream) ? "INFLOW" : "OUTFLOW";
				for (String id : stream.transactions()) {
					assertThat(transactions.get(id).get("type").asString()).as(stream + " " + id).isEqualTo(type);
				}
			}
			assertThat(truth.decoys()).allSatisfy(decoy -> {
				assertThat(PlantedKind.valueOf(decoy.kind()).decoy()).as(decoy.name()).isTrue();
				assertThat(transactions.keySet()).containsAll(decoy.transactions());
			});
			assertThat(truth.internalTransfers()).allSatisfy(id -> assertThat(transactions).containsKey(id));
			if (!user.equals("bnk101")) {
				assertThat(truth.recurringExpenses()).as(user).isNotEmpty();
			}
		}
	}

}
