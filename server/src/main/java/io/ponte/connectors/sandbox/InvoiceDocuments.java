package io.ponte.connectors.sandbox;

import static io.ponte.connectors.sandbox.Statement.JSON;
import static io.ponte.connectors.sandbox.Statement.money;

import io.ponte.connectors.sandbox.Cfdi.Concept;
import io.ponte.connectors.sandbox.Cfdi.Tax;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The taxpayer's CFDIs as the SAT's portal lists them, rendered as Belvo's invoices (with the CFDI 4.0 XML when
 * asked). The CFDIs themselves come from {@link TaxpayerCfdis}: pay slips from the bank's own salary credits,
 * invoices for the freelance work the bank was paid for, and the receipts of what the person bought.
 */
final class InvoiceDocuments {

	private final Statement statement;

	InvoiceDocuments(Statement statement) {
		this.statement = statement;
	}

	/** The invoices dated in the window of that direction ({@code type} null: both), XML included when asked. */
	List<ObjectNode> invoices(LocalDate from, LocalDate to, String type, boolean xml) {
		List<ObjectNode> documents = new ArrayList<>();
		for (Cfdi cfdi : TaxpayerCfdis.of(this.statement).between(from, to)) {
			if (type == null || type.equals(cfdi.direction())) {
				documents.add(invoice(cfdi, xml));
			}
		}
		return documents;
	}

	static ObjectNode invoice(Cfdi cfdi, boolean xml) {
		ObjectNode node = JSON.objectNode();
		node.put("internal_identification", cfdi.uuid());
		node.put("invoice_identification", cfdi.uuid());
		node.put("invoice_date", cfdi.issuedAt().toLocalDate().toString());
		node.put("status", "Vigente");
		node.put("invoice_type", cfdi.invoiceType());
		node.put("type", cfdi.direction());
		node.put("sender_id", cfdi.sender().rfc());
		node.put("sender_name", cfdi.sender().name());
		node.put("sender_fiscal_regime", cfdi.sender().regime());
		node.put("sender_tax_fraud_status", "NO_TAX_FRAUD_STATUS");
		node.put("receiver_id", cfdi.receiver().rfc());
		node.put("receiver_name", cfdi.receiver().name());
		node.put("receiver_fiscal_regime", cfdi.receiver().regime());
		node.put("receiver_postal_code", cfdi.receiver().postcode());
		node.put("receiver_tax_fraud_status", "NO_TAX_FRAUD_STATUS");
		node.putNull("cancelation_status");
		node.putNull("cancelation_update_date");
		node.put("certification_date", cfdi.stampedAt().toLocalDate().toString());
		node.put("certification_authority", Cfdi.SAT_RFC);
		node.put("payment_type", cfdi.paymentForm());
		node.put("payment_type_description", paymentFormName(cfdi.paymentForm()));
		node.put("payment_method", cfdi.paymentMethod());
		node.put("payment_method_description", "Pago en una sola exhibición");
		node.put("usage", cfdi.usage());
		node.put("version", "4.0");
		node.put("place_of_issue", cfdi.sender().postcode());
		node.put("export_type", "01");
		node.put("series", cfdi.series());
		node.put("folio", cfdi.folio());
		node.put("currency", "MXN");
		node.put("exchange_rate", 1);
		node.put("subtotal_amount", money(cfdi.subtotalCents()));
		node.put("discount_amount", money(cfdi.discountCents()));
		node.put("tax_amount", money(cfdi.transferredCents()));
		node.put("total_amount", money(cfdi.totalCents()));
		ArrayNode details = node.putArray("invoice_details");
		for (Concept concept : cfdi.concepts()) {
			details.add(detail(concept));
		}
		node.set("tax_details", taxDetails(cfdi));
		node.putArray("related_invoices");
		node.putArray("payments");
		if (cfdi.payslip() != null) {
			node.set("payroll", payroll(cfdi.payslip()));
		}
		else {
			node.putNull("payroll");
		}
		if (xml) {
			node.put("xml", CfdiXml.of(cfdi));
		}
		else {
			node.putNull("xml");
		}
		return node;
	}

	private static ObjectNode detail(Concept concept) {
		ObjectNode node = JSON.objectNode();
		node.put("description", concept.description());
		node.put("product_identification", concept.product());
		node.put("quantity", concept.quantity());
		node.put("unit_code", concept.unitCode());
		node.put("unit_description", concept.unitName());
		node.put("unit_amount", money(concept.unitCents()));
		node.put("discount", money(concept.discountCents()));
		node.put("tax_subject_code", concept.taxObject());
		node.put("pre_tax_amount", money(concept.baseCents()));
		BigDecimal vat = concept.transferred().isEmpty() ? BigDecimal.ZERO : concept.transferred().get(0).rate();
		node.put("tax_percentage", percent(vat));
		node.put("tax_amount", money(concept.transferredCents()));
		node.put("total_amount", money(concept.baseCents() + concept.transferredCents() - concept.retainedCents()));
		ArrayNode retained = node.putArray("retained_taxes");
		for (Tax tax : concept.retained()) {
			ObjectNode item = retained.addObject();
			item.put("tax_type", "Tasa");
			item.put("tax", tax.tax());
			item.put("tax_percentage", percent(tax.rate()));
			item.put("retained_tax_amount", money(tax.amountCents()));
		}
		ArrayNode transferred = node.putArray("transferred_taxes");
		for (Tax tax : concept.transferred()) {
			ObjectNode item = transferred.addObject();
			item.put("tax_type", "Tasa");
			item.put("tax", tax.tax());
			item.put("tax_percentage", percent(tax.rate()));
			item.put("transferred_tax_amount", money(tax.amountCents()));
		}
		return node;
	}

	private static ObjectNode taxDetails(Cfdi cfdi) {
		ObjectNode node = JSON.objectNode();
		node.put("total_tax_retained", money(cfdi.retainedCents()));
		node.put("total_tax_transferred", money(cfdi.transferredCents()));
		ArrayNode retained = node.putArray("retained_taxes");
		ArrayNode transferred = node.putArray("transferred_taxes");
		for (Concept concept : cfdi.concepts()) {
			for (Tax tax : concept.retained()) {
				ObjectNode item = retained.addObject();
				item.put("tax_type", "Tasa");
				item.put("tax", tax.tax());
				item.put("tax_percentage", percent(tax.rate()));
				item.put("pre_tax_amount", money(tax.baseCents()));
				item.put("tax_amount", money(tax.amountCents()));
			}
			for (Tax tax : concept.transferred()) {
				ObjectNode item = transferred.addObject();
				item.put("tax_type", "Tasa");
				item.put("tax", tax.tax());
				item.put("tax_percentage", percent(tax.rate()));
				item.put("pre_tax_amount", money(tax.baseCents()));
				item.put("tax_amount", money(tax.amountCents()));
			}
		}
		return node;
	}

	private static ObjectNode payroll(Cfdi.Payslip slip) {
		ObjectNode node = JSON.objectNode();
		node.put("version", "1.2");
		node.put("type", slip.type());
		node.put("payment_date", slip.paidOn().toString());
		node.put("date_from", slip.from().toString());
		node.put("date_to", slip.to().toString());
		node.put("days", slip.days());
		node.put("amount", money(slip.earnedCents()));
		node.put("periodicity", slip.periodicity());
		ObjectNode earning = node.putArray("earnings_breakdown").addObject();
		earning.put("type", slip.earning());
		earning.put("taxable_amount", money(slip.taxedCents()));
		earning.put("vat_free_amount", money(slip.exemptCents()));
		ArrayNode deductions = node.putArray("tax_deductions");
		if (slip.incomeTaxCents() > 0) {
			deductions.addObject().put("type", "INCOME_TAX").put("amount", money(slip.incomeTaxCents()));
		}
		if (slip.socialSecurityCents() > 0) {
			deductions.addObject().put("type", "SOCIAL_SECURITY").put("amount", money(slip.socialSecurityCents()));
		}
		node.putArray("other_payments");
		return node;
	}

	/** A rate (0.160000) as the percentage the spec shows (16). */
	static BigDecimal percent(BigDecimal rate) {
		return rate.movePointRight(2).stripTrailingZeros();
	}

	/** SAT's c_FormaPago names. */
	static String paymentFormName(String code) {
		return switch (code) {
			case "01" -> "Efectivo";
			case "03" -> "Transferencia electrónica de fondos";
			case "04" -> "Tarjeta de crédito";
			case "28" -> "Tarjeta de débito";
			default -> "Por definir";
		};
	}

}
