package io.ponte.connectors.sandbox;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A credit card's cycles: what was owed at each closing (the bill), its minimum, and how it was paid. The bill's
 * total is the card's balance at closing, so unpaid amounts, interest and fees carry into the next bill.
 */
final class CardAccount {

	/** A billing cycle, closing on {@code closing} and due on {@code due} (moved to a business day). */
	record Cycle(String id, LocalDate closing, LocalDate due) {
	}

	/** A payment toward a bill: {@code type} is the spec's FULL, MINIMUM or OTHER (partial). */
	record Payment(LocalDate date, long cents, String type) {
	}

	/** A closed bill. {@code interestCents} are the finance charges it carries. */
	record Bill(Cycle cycle, long totalCents, long minimumCents, long interestCents, List<Payment> payments) {

		long paidCents() {
			long paid = 0;
			for (Payment payment : this.payments) {
				paid += payment.cents();
			}
			return paid;
		}

	}

	private final Persona persona;

	private final BusinessCalendar calendar;

	final List<Bill> bills = new ArrayList<>();

	CardAccount(Persona persona) {
		this.persona = persona;
		this.calendar = BusinessCalendar.of(persona.country);
	}

	/** The cycle a purchase on {@code date} is billed in. */
	Cycle cycleOf(LocalDate date) {
		int day = this.persona.borrowing.closingDay;
		LocalDate closing = date.getDayOfMonth() <= day ? date.withDayOfMonth(day)
				: date.plusMonths(1).withDayOfMonth(day);
		return cycle(closing);
	}

	Cycle cycle(LocalDate closing) {
		return new Cycle(this.persona.tag + "-bill-" + closing.getYear() + "%02d".formatted(closing.getMonthValue()),
				closing, this.calendar.onOrAfter(closing.plusDays(this.persona.borrowing.dueAfterDays)));
	}

	boolean closesOn(LocalDate date) {
		return date.getDayOfMonth() == this.persona.borrowing.closingDay;
	}

	/** Closes the cycle ending today with what is owed; the minimum is 15% (at least a small floor). */
	Bill close(LocalDate date, long owed, long interest) {
		long floor = this.persona.country == Country.BR ? 50_00 : 250_00;
		long minimum = owed <= 0 ? 0 : Math.min(owed, Math.max(floor, owed * 15 / 100));
		Bill bill = new Bill(cycle(date), owed, minimum, interest, new ArrayList<>());
		this.bills.add(bill);
		return bill;
	}

	/** The last bill whose due date is {@code date}, if any. */
	Bill dueOn(LocalDate date) {
		for (int i = this.bills.size() - 1; i >= 0 && i >= this.bills.size() - 2; i--) {
			if (this.bills.get(i).cycle().due().equals(date)) {
				return this.bills.get(i);
			}
		}
		return null;
	}

	Bill last() {
		return this.bills.isEmpty() ? null : this.bills.getLast();
	}

}
