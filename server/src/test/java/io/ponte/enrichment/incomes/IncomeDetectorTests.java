package io.ponte.enrichment.incomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** What the income detector makes of money people send, from statement lines alone. */
class IncomeDetectorTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private final List<ObjectNode> transactions = new ArrayList<>();

	private final List<ObjectNode> accounts = new ArrayList<>();

	@BeforeEach
	void anAccount() {
		this.accounts.add(JSON.objectNode().put("internal_identification", "chk").put("category", "CHECKING_ACCOUNT"));
	}

	@Test
	void manyPeopleWhoPayAndAreNeverPaidAreCustomersOfAFreelancer() {
		String[] customers = { "ANA LIMA", "JOAO SOUZA", "CARLA DIAS", "PEDRO ROCHA", "BEATRIZ NUNES", "LUCAS MELO" };
		for (int month = 0; month < 8; month++) {
			for (int k = 0; k < 3; k++) {
				credit(TODAY.minusMonths(month).minusDays(3 * k), 80 + 17 * k + month,
						"PIX RECEBIDO " + customers[(month + k) % customers.length]);
			}
		}

		List<IncomeStream> streams = detect();

		assertThat(streams).singleElement().satisfies(stream -> {
			assertThat(stream.type()).isEqualTo("FREELANCE");
			assertThat(stream.frequency()).isEqualTo("IRREGULAR");
			assertThat(stream.credits()).hasSize(24);
		});
	}

	@Test
	void friendsTheUserAlsoPaysAreNotCustomers() {
		String[] friends = { "ANA LIMA", "JOAO SOUZA", "CARLA DIAS", "PEDRO ROCHA", "BEATRIZ NUNES", "LUCAS MELO" };
		for (int month = 0; month < 8; month++) {
			for (int k = 0; k < 3; k++) {
				String friend = friends[(month + k) % friends.length];
				credit(TODAY.minusMonths(month).minusDays(3 * k), 80 + 17 * k + month, "PIX RECEBIDO " + friend);
				debit(TODAY.minusMonths(month).minusDays(3 * k + 1), 55 + k, "PIX ENVIADO " + friend);
			}
		}

		assertThat(detect()).isEmpty();
	}

	@Test
	void aFewRelativesSendingMoneyEveryMonthAreFamilyHelpNotIncome() {
		for (int month = 0; month < 12; month++) {
			credit(TODAY.minusMonths(month).minusDays(2), 300 + 23 * (month % 5), "PIX RECEBIDO MARIA SILVA");
			if (month % 2 == 0) {
				credit(TODAY.minusMonths(month).minusDays(9), 150 + 11 * month, "PIX RECEBIDO JOSE SILVA");
			}
		}

		assertThat(detect()).isEmpty();
	}

	@Test
	void aTenantPayingTheSameRentEveryMonthIsIncomeAlthoughAPerson() {
		for (int month = 0; month < 6; month++) {
			credit(TODAY.minusMonths(month).withDayOfMonth(5), 1500, "PIX RECEBIDO ROBERTO ALVES");
		}

		assertThat(detect()).singleElement().satisfies(stream -> {
			assertThat(stream.frequency()).isEqualTo("MONTHLY");
			assertThat(stream.amountPerPeriod()).isEqualTo(1500.0);
		});
	}

	private List<IncomeStream> detect() {
		return IncomeDetector.detect(this.transactions, this.accounts, TODAY.minusDays(364), TODAY);
	}

	private void credit(LocalDate date, double amount, String description) {
		add(date, amount, description, "INFLOW");
	}

	private void debit(LocalDate date, double amount, String description) {
		add(date, amount, description, "OUTFLOW");
	}

	private void add(LocalDate date, double amount, String description, String type) {
		this.transactions.add(JSON.objectNode()
			.put("internal_identification", "t" + this.transactions.size())
			.put("account", "chk")
			.put("value_date", date.toString())
			.put("amount", amount)
			.put("type", type)
			.put("description", description));
	}

}
