package io.ponte.connectors.sandbox;

/**
 * What one transaction says, before the ledger gives it an account, a time and a balance: the statement text a
 * bank shows, plus (kept apart from it) the truth the sandbox planted: category, stream and whether it only
 * moves money between the person's own accounts.
 */
record Booking(String description, String merchant, String website, String category, String subcategory,
		String operationType, Integer mcc, Counterparty counterparty, String stream, int installment,
		int installments, boolean internal) {

	/** Who is on the other side of a transfer, as the bank identifies them. */
	record Counterparty(boolean company, String name, String document, String bankCode, String agency,
			String number, String checkDigit) {

		static Counterparty company(String name, String document) {
			return new Counterparty(true, name, document, null, null, null, null);
		}

	}

	static Booking of(String description, String category, String subcategory, String operationType) {
		return new Booking(description, null, null, category, subcategory, operationType, null, null, null, 0, 0,
				false);
	}

	/** A card purchase at a merchant of the catalogue. */
	static Booking purchase(String description, Merchants.Merchant merchant, String operationType) {
		return new Booking(description, merchant.name(), merchant.website(), merchant.category(),
				merchant.subcategory(), operationType, merchant.mcc(), null, null, 0, 0, false);
	}

	Booking merchant(String name, String site, int code) {
		return new Booking(this.description, name, site, this.category, this.subcategory, this.operationType, code,
				this.counterparty, this.stream, this.installment, this.installments, this.internal);
	}

	Booking with(Counterparty party) {
		return new Booking(this.description, this.merchant, this.website, this.category, this.subcategory,
				this.operationType, this.mcc, party, this.stream, this.installment, this.installments, this.internal);
	}

	Booking stream(String id) {
		return new Booking(this.description, this.merchant, this.website, this.category, this.subcategory,
				this.operationType, this.mcc, this.counterparty, id, this.installment, this.installments,
				this.internal);
	}

	Booking instalment(int number, int of) {
		return new Booking(this.description, this.merchant, this.website, this.category, this.subcategory,
				this.operationType, this.mcc, this.counterparty, this.stream, number, of, this.internal);
	}

	Booking internalTransfer() {
		return new Booking(this.description, this.merchant, this.website, this.category, this.subcategory,
				this.operationType, this.mcc, this.counterparty, this.stream, this.installment, this.installments,
				true);
	}

	Booking describedAs(String text) {
		return new Booking(text, this.merchant, this.website, this.category, this.subcategory, this.operationType,
				this.mcc, this.counterparty, this.stream, this.installment, this.installments, this.internal);
	}

}
