package io.ponte.connectors.sandbox;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One credit into the person's checking account, before the ledger books it: the income model's output, kept as
 * plain data so the ledger and the published truth read the same facts.
 *
 * @param stream the id of the {@link IncomeStream} that produced it ({@code family} for family transfers, which
 * are not income)
 * @param localTime the local time of the credit (payroll runs early in the morning, transfers during the day)
 * @param cents the amount credited, always positive
 * @param operationType BR {@code FOLHA_PAGAMENTO}, {@code PIX}, {@code TED}, {@code OUTROS}; MX {@code NOMINA},
 * {@code SPEI}, {@code DEPOSITO}
 * @param subcategory the true income subcategory, or null for transfers that are not income
 */
record Credit(String stream, LocalDate date, LocalTime localTime, long cents, String description, Payer payer,
		String operationType, String subcategory) {
}
