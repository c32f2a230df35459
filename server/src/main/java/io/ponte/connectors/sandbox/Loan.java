package io.ponte.connectors.sandbox;

import java.time.LocalDate;

/**
 * A personal loan amortised on the Price table: equal instalments, each paying the month's interest on the
 * outstanding principal and the rest off the principal. The outstanding principal is the present value of the
 * instalments left, never their sum.
 */
record Loan(String contract, long principalCents, double monthlyRate, int instalments, LocalDate start) {

	long instalmentCents() {
		return Math.round(this.principalCents * this.monthlyRate / (1 - Math.pow(1 + this.monthlyRate, -this.instalments)));
	}

	/** Due date of instalment {@code n} (1-based): monthly from the month after the start. */
	LocalDate due(int n) {
		return this.start.plusMonths(n);
	}

	LocalDate end() {
		return due(this.instalments);
	}

	/** Principal still owed after {@code paid} instalments. */
	long outstandingAfter(int paid) {
		if (paid >= this.instalments) {
			return 0;
		}
		double left = this.instalments - paid;
		return Math.round(instalmentCents() * (1 - Math.pow(1 + this.monthlyRate, -left)) / this.monthlyRate);
	}
}
