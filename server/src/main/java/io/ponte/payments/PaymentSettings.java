package io.ponte.payments;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The sandbox payer banks' timing ({@code ponte.sandbox.payments.*}), by the organization's sandbox clock.
 *
 * @param settlementDelay how long after the payer approves a payment its Pix order runs (a clock advance past it
 *        settles the payment at once)
 * @param consentTimeout how long a payment consent waits for the payer before the intent fails as
 *        {@code consent_expired}
 * @param pauseAfterDebit fault injection for crash tests: how long the instance running a charge waits between
 *        the payer bank's debit and recording its outcome (zero outside those tests)
 */
@ConfigurationProperties("ponte.sandbox.payments")
record PaymentSettings(Duration settlementDelay, Duration consentTimeout, Duration pauseAfterDebit) {
}
