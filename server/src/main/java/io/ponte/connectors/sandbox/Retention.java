package io.ponte.connectors.sandbox;

import io.ponte.connectors.sandbox.Cfdi.Party;
import io.ponte.connectors.sandbox.Cfdi.Tax;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One CFDI de retenciones e información de pagos 2.0 as the SAT stamped it: the facts both the JSON tax retention
 * and its XML are rendered from, so the two cannot disagree. Amounts are in cents; the totals are computed from
 * the withholdings, never stored beside them.
 *
 * @param uuid the retention's own folio fiscal (its stamp's UUID)
 * @param code SAT's c_CveRetenc ({@code 1}: servicios profesionales)
 * @param internalFolio the payer's FolioInt: the series and folio of the supplier's invoice it paid
 */
record Retention(String uuid, LocalDateTime issuedAt, LocalDateTime stampedAt, int code, Party sender,
		Party receiver, String internalFolio, long operationCents, long exemptCents, List<Withholding> withholdings) {

	/** The most days a company takes to pay a freelancer's invoice, and so to certify what it withheld. */
	static final int MAX_LAG_DAYS = 5;

	/**
	 * One tax withheld: ISR or IVA on a base. ISR withheld from a RESICO freelancer is a provisional payment of
	 * their yearly tax; IVA withheld is definitive (SAT's c_TipoPagoRet {@code 04} and {@code 01}).
	 */
	record Withholding(Tax tax) {

		long baseCents() {
			return this.tax.baseCents();
		}

		long amountCents() {
			return this.tax.amountCents();
		}

		/** SAT's c_Impuesto code ({@code 001} ISR, {@code 002} IVA). */
		String taxCode() {
			return this.tax.code();
		}

		boolean provisional() {
			return this.tax.tax().equals("ISR");
		}

		/** SAT's c_TipoPagoRet. */
		String paymentType() {
			return provisional() ? "04" : "01";
		}

	}

	/**
	 * What the client company certifies having withheld from a freelancer's invoice, issued when it pays it (a
	 * few days after the invoice): the fee (before VAT) is the operation, all of it taxable, and each tax the
	 * invoice retained is one withholding, on the same base at the same rate.
	 */
	static Retention of(Cfdi invoice) {
		long seed = Draws.mix(Draws.seed(invoice.uuid()), "retention");
		int lag = 1 + Math.floorMod(seed, MAX_LAG_DAYS);
		LocalDateTime issued = invoice.issuedAt().toLocalDate().plusDays(lag).atTime(9, 0)
			.plusMinutes(Math.floorMod(seed >>> 8, 9 * 60));
		List<Withholding> withholdings = new ArrayList<>();
		for (Cfdi.Concept concept : invoice.concepts()) {
			concept.retained().forEach(tax -> withholdings.add(new Withholding(tax)));
		}
		return new Retention(Cfdi.folioFiscal(seed), issued, issued.plusMinutes(1 + Math.floorMod(seed >>> 20, 4)), 1,
				invoice.receiver(), invoice.sender(), invoice.series() + invoice.folio(),
				invoice.subtotalCents() - invoice.discountCents(), 0, List.copyOf(withholdings));
	}

	long taxableCents() {
		return this.operationCents - this.exemptCents;
	}

	long retainedCents() {
		return this.withholdings.stream().mapToLong(Withholding::amountCents).sum();
	}

}
