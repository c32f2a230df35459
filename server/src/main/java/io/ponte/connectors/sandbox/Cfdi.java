package io.ponte.connectors.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One CFDI 4.0 as the SAT stamped it: the facts both the JSON invoice and its XML are rendered from, so the two
 * cannot disagree. Amounts are in cents; every total is computed from the concepts, never stored beside them.
 *
 * @param direction {@code INFLOW} (received by the taxpayer) or {@code OUTFLOW} (issued by the taxpayer)
 * @param voucherType SAT's TipoDeComprobante: {@code I} (ingreso), {@code E} (egreso) or {@code N} (nómina)
 * @param paymentForm SAT's c_FormaPago ({@code 03} transfer, {@code 04} card, {@code 99} to be defined)
 * @param usage SAT's c_UsoCFDI ({@code G03}, {@code D01}, {@code CN01}...)
 */
record Cfdi(String uuid, String series, String folio, LocalDateTime issuedAt, LocalDateTime stampedAt,
		String direction, String voucherType, Party sender, Party receiver, String paymentForm, String paymentMethod,
		String usage, List<Concept> concepts, Payslip payslip) {

	/** SAT's own RFC, the certification provider of CFDIs stamped through its free service. */
	static final String SAT_RFC = "SAT970701NN3";

	/** A stamped UUID (version 4, upper case as the SAT prints it) drawn from a document's seed. */
	static String folioFiscal(long seed) {
		long high = (Draws.mix(seed, "high") & ~0xF000L) | 0x4000L;
		long low = (Draws.mix(seed, "low") & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new java.util.UUID(high, low).toString().toUpperCase(java.util.Locale.ROOT);
	}

	/** A taxpayer on the invoice: RFC, name as registered, tax regime (c_RegimenFiscal) and fiscal postcode. */
	record Party(String rfc, String name, String regime, String postcode) {
	}

	/** A tax on one concept: {@code ISR} or {@code IVA} at a rate (e.g. 0.160000), on the concept's base. */
	record Tax(String tax, BigDecimal rate, long baseCents) {

		long amountCents() {
			return BigDecimal.valueOf(this.baseCents).multiply(this.rate).setScale(0, RoundingMode.HALF_UP).longValueExact();
		}

		/** SAT's c_Impuesto code. */
		String code() {
			return this.tax.equals("ISR") ? "001" : "002";
		}

	}

	/**
	 * One line: quantity × unit price less discount is its base; {@code taxObject} is SAT's ObjetoImp
	 * ({@code 01} not subject, {@code 02} subject).
	 */
	record Concept(String product, String unitCode, String unitName, String description, int quantity,
			long unitCents, long discountCents, String taxObject, List<Tax> transferred, List<Tax> retained) {

		long amountCents() {
			return this.quantity * this.unitCents;
		}

		long baseCents() {
			return amountCents() - this.discountCents;
		}

		long transferredCents() {
			return this.transferred.stream().mapToLong(Tax::amountCents).sum();
		}

		long retainedCents() {
			return this.retained.stream().mapToLong(Tax::amountCents).sum();
		}

	}

	/**
	 * The payroll complement (Nómina 1.2) of a pay slip: the worker's CURP, the period, what was earned (taxed and
	 * exempt) and deducted ({@code INCOME_TAX} is the ISR withheld, {@code SOCIAL_SECURITY} the IMSS quota).
	 *
	 * @param type {@code O} ordinary or {@code E} extraordinary (aguinaldo, PTU)
	 * @param periodicity Belvo's name of SAT's c_PeriodicidadPago
	 */
	record Payslip(String curp, String type, LocalDate paidOn, LocalDate from, LocalDate to, int days,
			String periodicity, String earning, long taxedCents, long exemptCents, long incomeTaxCents,
			long socialSecurityCents) {

		long earnedCents() {
			return this.taxedCents + this.exemptCents;
		}

		long deductedCents() {
			return this.incomeTaxCents + this.socialSecurityCents;
		}

		/** SAT's c_PeriodicidadPago code of the periodicity. */
		String periodicityCode() {
			return switch (this.periodicity) {
				case "DAILY" -> "01";
				case "WEEKLY" -> "02";
				case "FOURTEENTH_DAY" -> "03";
				case "FIFTEENTH_DAY" -> "04";
				case "MONTHLY" -> "05";
				default -> "99";
			};
		}

	}

	long subtotalCents() {
		return this.concepts.stream().mapToLong(Concept::amountCents).sum();
	}

	long discountCents() {
		return this.concepts.stream().mapToLong(Concept::discountCents).sum();
	}

	long transferredCents() {
		return this.concepts.stream().mapToLong(Concept::transferredCents).sum();
	}

	long retainedCents() {
		return this.concepts.stream().mapToLong(Concept::retainedCents).sum();
	}

	/** What the receiver pays: the concepts' bases plus transferred taxes less retained ones. */
	long totalCents() {
		return subtotalCents() - discountCents() + transferredCents() - retainedCents();
	}

	/** The taxpayer's counterparty: the receiver of what they issued, the sender of what they received. */
	Party counterparty() {
		return this.direction.equals("OUTFLOW") ? this.receiver : this.sender;
	}

	/** SAT's name of the voucher type, as the spec's {@code invoice_type} enum spells it. */
	String invoiceType() {
		return switch (this.voucherType) {
			case "E" -> "Egreso";
			case "N" -> "Nómina";
			case "P" -> "Pago";
			case "T" -> "Traslado";
			default -> "Ingreso";
		};
	}

}
