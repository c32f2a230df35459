package io.ponte.enrichment.incomes;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.enrichment.StatementLines;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the income detector makes of money people send, from statement lines alone. */
class IncomeDetectorTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

	private final StatementLines statement = new StatementLines();

	@Test
	void manyPeopleWhoPayAndAreNeverPaidAreCustomersOfAFreelancer() {
		String[] customers = { "ANA LIMA", "JOAO SOUZA", "CARLA DIAS", "PEDRO ROCHA", "BEATRIZ NUNES", "LUCAS MELO" };
		for (int month = 0; month < 8; month++) {
			for (int k = 0; k < 3; k++) {
				this.statement.credit(TODAY.minusMonths(month).minusDays(3 * k), 80 + 17 * k + month,
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
				this.statement.credit(TODAY.minusMonths(month).minusDays(3 * k), 80 + 17 * k + month, "PIX RECEBIDO " + friend);
				this.statement.debit(TODAY.minusMonths(month).minusDays(3 * k + 1), 55 + k, "PIX ENVIADO " + friend);
			}
		}

		assertThat(detect()).isEmpty();
	}

	@Test
	void aFewRelativesSendingMoneyEveryMonthAreFamilyHelpNotIncome() {
		for (int month = 0; month < 12; month++) {
			this.statement.credit(TODAY.minusMonths(month).minusDays(2), 300 + 23 * (month % 5), "PIX RECEBIDO MARIA SILVA");
			if (month % 2 == 0) {
				this.statement.credit(TODAY.minusMonths(month).minusDays(9), 150 + 11 * month, "PIX RECEBIDO JOSE SILVA");
			}
		}

		assertThat(detect()).isEmpty();
	}

	@Test
	void aTenantPayingTheSameRentEveryMonthIsIncomeAlthoughAPerson() {
		for (int month = 0; month < 6; month++) {
			this.statement.credit(TODAY.minusMonths(month).withDayOfMonth(5), 1500, "PIX RECEBIDO ROBERTO ALVES");
		}

		assertThat(detect()).singleElement().satisfies(stream -> {
			assertThat(stream.frequency()).isEqualTo("MONTHLY");
			assertThat(stream.amountPerPeriod()).isEqualTo(1500.0);
		});
	}

	@Test
	void aPlatformPayingEveryWeekOnTheSameWeekdayIsAWeeklyStreamWhateverTheAmounts() {
		LocalDate wednesday = LocalDate.of(2026, 11, 25);
		for (int week = 0; week < 20; week++) {
			if (week % 7 != 3) {
				this.statement.credit(wednesday.minusWeeks(week), 300 + 97 * (week % 4),
						"PIX RECEBIDO UBER DO BRASIL TECNOLOGIA LTDA 17895646000187");
			}
		}

		assertThat(detect()).singleElement().satisfies(stream -> {
			assertThat(stream.type()).isEqualTo("FREELANCE");
			assertThat(stream.frequency()).isEqualTo("WEEKLY");
			assertThat(stream.credits()).hasSize(17);
		});
	}

	@Test
	void aNewJobsSalaryAndAdvanceAreOneMonthlyPayBeforeEitherShowsACadenceAlone() {
		String employer = " CONTABILIDADE EXATA ASSESSORIA LTDA ME 75294502000171";
		this.statement.credit(LocalDate.of(2026, 9, 18), 6496.00, "ADIANTAMENTO SALARIAL" + employer);
		this.statement.credit(LocalDate.of(2026, 10, 7), 5449.98, "CRED SALARIO" + employer);
		this.statement.credit(LocalDate.of(2026, 10, 19), 6496.00, "ADIANTAMENTO SALARIAL" + employer);
		this.statement.credit(LocalDate.of(2026, 11, 9), 5449.98, "CRED SALARIO" + employer);
		this.statement.credit(LocalDate.of(2026, 11, 19), 6496.00, "ADIANTAMENTO SALARIAL" + employer);
		this.statement.credit(LocalDate.of(2026, 11, 27), 2724.99, "CRED 13 SALARIO" + employer);

		List<IncomeStream> streams = detect();

		assertThat(streams).filteredOn(IncomeStream::regular).singleElement().satisfies(pay -> {
			assertThat(pay.frequency()).isEqualTo("MONTHLY");
			assertThat(pay.amountPerPeriod()).isEqualTo(6496.00 + 5449.98);
		});
		assertThat(streams).as("the 13th salary is not a month's pay")
			.filteredOn(stream -> !stream.regular())
			.singleElement()
			.satisfies(extra -> assertThat(extra.credits()).hasSize(1));
	}

	private List<IncomeStream> detect() {
		return IncomeDetector.detect(this.statement.transactions(), this.statement.accounts(), TODAY.minusDays(364),
				TODAY);
	}

}
