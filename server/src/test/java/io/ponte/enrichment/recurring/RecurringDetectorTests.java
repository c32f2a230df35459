package io.ponte.enrichment.recurring;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.enrichment.StatementLines;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the recurring-expense detector makes of debits, from statement lines alone. */
class RecurringDetectorTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

	private final StatementLines statement = new StatementLines();

	@Test
	void aBillWhoseDebitBouncedSomeMonthsIsStillMonthly() {
		for (String day : List.of("2026-01-15", "2026-03-16", "2026-05-15", "2026-07-15", "2026-08-17", "2026-09-15")) {
			this.statement.debit(LocalDate.parse(day), 121.55, "DEB AUT CEMIG");
		}

		assertThat(detect()).singleElement().satisfies(bill -> assertThat(bill.charges()).hasSize(6));
	}

	@Test
	void aBillThatComesEveryTwoMonthsIsNotAMonthlyExpense() {
		for (int k = 0; k < 6; k++) {
			this.statement.debit(LocalDate.of(2026, 1, 12).plusMonths(2L * k), 480 + 13 * k, "PAGO CFE SUMINISTRADOR");
		}

		assertThat(detect()).isEmpty();
	}

	@Test
	void instalmentsInArrearsPaidTogetherStayOneMonthlyLoan() {
		for (String day : List.of("2026-03-02", "2026-03-02", "2026-03-02", "2026-04-01", "2026-05-04", "2026-06-01",
				"2026-07-01", "2026-07-01")) {
			this.statement.debit(LocalDate.parse(day), 406.10, "PARCELA EMPRESTIMO 4482913");
		}

		assertThat(detect()).singleElement().satisfies(loan -> assertThat(loan.average()).isEqualTo(406.10));
	}

	@Test
	void theSameCafeAboutOnceAMonthOnAnyDayIsAHabitNotARecurringExpense() {
		// a month apart in the median, at the same price: only the days of the month tell it from a subscription
		for (String day : List.of("2026-01-20", "2026-02-01", "2026-03-03", "2026-04-14", "2026-05-14", "2026-05-25",
				"2026-07-05")) {
			this.statement.debit(LocalDate.parse(day), 19.15, "THE COFFEE 274");
		}

		assertThat(detect()).isEmpty();
	}

	private List<RecurringExpense> detect() {
		return RecurringDetector.detect(this.statement.transactions(), this.statement.accounts(), TODAY.minusDays(364),
				TODAY);
	}

}
