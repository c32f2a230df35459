package io.ponte.payments;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A payment intent as the API shows it: the spec's {@code PaymentIntentOfpi} (paid to a bank account) or
 * {@code PaymentIntentPixKeys} (paid to a Pix key). The nested objects whose shape depends on the intent's kind
 * and state ({@code payment_method_details}, {@code payment_method_information}, {@code next_step}) are written as
 * maps by {@link PaymentIntentViews}.
 */
record PaymentIntent(UUID id, UUID customer, @JsonInclude(JsonInclude.Include.NON_NULL) UUID externalId,
		OffsetDateTime createdAt, UUID createdBy, OffsetDateTime updatedAt, String status, String amount,
		String currency, String description,
		@JsonInclude(JsonInclude.Include.NON_NULL) String statementDescription, String selectedPaymentMethodType,
		List<String> allowedPaymentMethodTypes, Map<String, Object> paymentMethodDetails,
		Map<String, Object> paymentMethodInformation, String failureCode, String failureMessage,
		Map<String, String> metadata, List<Charge> charges, String provider, Map<String, Object> lastError,
		Map<String, Object> nextStep) {

	static final String PROVIDER = "belvo";

	static final String METHOD = "open_finance";

	/** A charge: the spec's {@code ChargeBrazil} (to a bank account) or {@code ChargeBrazilPix} (to a Pix key). */
	record Charge(UUID id, OffsetDateTime createdAt, OffsetDateTime updatedAt, UUID createdBy, UUID customer,
			UUID paymentIntent, String status, String amount, String currency, String description,
			@JsonInclude(JsonInclude.Include.NON_NULL) String statementDescription, UUID beneficiary,
			String provider, String paymentMethodType, Map<String, Object> paymentMethodDetails,
			Map<String, Object> paymentMethodInformation,
			@JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Object> payerInformation,
			List<Transaction> transactions, String failureCode, String failureMessage,
			Map<String, String> metadata) {
	}

	/**
	 * Money that moved: the spec's {@code paymentTransaction}. The schema requires {@code charge} without
	 * declaring it; Ponte sends the charge's id there. {@code payer} is the empty object the spec describes for
	 * Open Finance payments (the payer's account is known to their bank, not to the beneficiary).
	 */
	record Transaction(UUID id, OffsetDateTime createdAt, UUID createdBy, String amount, String currency,
			String description, String transactionType, UUID beneficiary, Map<String, Object> payer,
			UUID paymentIntent, UUID customer, UUID charge) {
	}

}
