package io.ponte.payments;

/** Why a payment failed: the {@code failure_code} and {@code failure_message} of intents, charges and webhooks. */
enum PaymentFailure {

	CONSENT_EXPIRED("consent_expired", "The payment consent was not accepted in time."),
	PAYMENT_REJECTED("payment_rejected", "The payer rejected the payment at their bank."),
	INSUFFICIENT_FUNDS("insufficient_funds", "The payer's bank refused the payment: insufficient funds."),
	INSTITUTION_UNAVAILABLE("institution_unavailable",
			"The payer's institution is unavailable: it could not create the payment consent."),
	PAYMENT_TIMEOUT("payment_timeout", "The payer's bank did not answer the payment order in time."),
	PAYMENT_CANCELED("payment_canceled", "The payment was canceled before it was made.");

	private final String code;

	private final String message;

	PaymentFailure(String code, String message) {
		this.code = code;
		this.message = message;
	}

	String code() {
		return this.code;
	}

	String message() {
		return this.message;
	}

	/** The failure a payer bank's refusal reason stands for. */
	static PaymentFailure ofBankReason(String reason) {
		return "payment_timeout".equals(reason) ? PAYMENT_TIMEOUT : INSUFFICIENT_FUNDS;
	}

}
