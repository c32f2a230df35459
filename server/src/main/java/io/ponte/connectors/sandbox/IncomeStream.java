package io.ponte.connectors.sandbox;

import java.time.LocalDate;

/**
 * An income stream the sandbox planted, for the published truth that income detection is scored against.
 *
 * @param id matches {@link Credit#stream()} of every credit it produced
 * @param type {@code SALARY}, {@code BONUS}, {@code FREELANCE}, {@code PENSION}, {@code GOVERNMENT} or
 * {@code SEVERANCE}
 * @param frequency {@code WEEKLY}, {@code FORTNIGHTLY}, {@code MONTHLY}, {@code BIMONTHLY}, {@code YEARLY},
 * {@code IRREGULAR} or {@code ONE_OFF}
 * @param payer the payer's name as statements show it
 * @param amountCents the latest regular amount: per credit, except monthly salaries (the month's total, advance
 * included), yearly bonuses (the year's total) and irregular income (a typical month)
 * @param startDate the date of its first credit
 * @param endDate the date of its last credit, null while it goes on
 * @param kind the situation it stands for, for scores broken down by it
 */
record IncomeStream(String id, String type, String frequency, String payer, long amountCents, LocalDate startDate,
		LocalDate endDate, PlantedKind kind) {
}
