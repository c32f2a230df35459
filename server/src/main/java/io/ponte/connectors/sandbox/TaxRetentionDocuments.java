package io.ponte.connectors.sandbox;

import static io.ponte.connectors.sandbox.Statement.JSON;
import static io.ponte.connectors.sandbox.Statement.money;

import io.ponte.connectors.sandbox.Retention.Withholding;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The CFDIs de retenciones a sandbox taxpayer has, rendered as Belvo's tax retentions (with their XML when
 * asked). They come from the taxpayer's own invoices ({@link TaxpayerCfdis}): each company a RESICO freelancer
 * invoiced withheld ISR and IVA on paying, and certifies it with one retention per invoice. A salaried person
 * has none (their employer's withholdings are on the pay slips), and no sandbox person withholds tax from
 * anyone, so what a taxpayer issued ({@code OUTFLOW}) is always empty.
 */
final class TaxRetentionDocuments {

	/** Mexico City's offset: SAT documents carry local times, Belvo's fields are UTC. */
	private static final int UTC_OFFSET_HOURS = 6;

	private final Statement statement;

	TaxRetentionDocuments(Statement statement) {
		this.statement = statement;
	}

	/** The retentions issued in the window of that direction ({@code type} null: both), XML included when asked. */
	List<ObjectNode> retentions(LocalDate from, LocalDate to, String type, boolean xml) {
		List<ObjectNode> documents = new ArrayList<>();
		if ("OUTFLOW".equals(type)) {
			return documents;
		}
		for (Retention retention : received(from, to)) {
			documents.add(retention(retention, xml));
		}
		return documents;
	}

	/** The retentions companies certified to the taxpayer in the window, oldest first, none after today. */
	List<Retention> received(LocalDate from, LocalDate to) {
		LocalDate last = to.isAfter(this.statement.today) ? this.statement.today : to;
		// a retention follows its invoice by a few days: the invoices of the days before the window count
		LocalDate invoicedFrom = from.isAfter(LocalDate.of(1900, 1, 1)) ? from.minusDays(Retention.MAX_LAG_DAYS) : from;
		List<Retention> retentions = new ArrayList<>();
		for (Cfdi invoice : TaxpayerCfdis.of(this.statement).between(invoicedFrom, last)) {
			if (!invoice.direction().equals("OUTFLOW") || invoice.retainedCents() == 0) {
				continue;
			}
			Retention retention = Retention.of(invoice);
			LocalDate issued = retention.issuedAt().toLocalDate();
			boolean stamped = !stampedUtc(retention).isAfter(this.statement.asOf);
			if (stamped && !issued.isBefore(from) && !issued.isAfter(last)) {
				retentions.add(retention);
			}
		}
		retentions.sort(Comparator.comparing(Retention::issuedAt).thenComparing(Retention::uuid));
		return retentions;
	}

	static ObjectNode retention(Retention retention, boolean xml) {
		ObjectNode node = JSON.objectNode();
		node.put("internal_identification", retention.uuid());
		node.put("invoice_identification", retention.uuid());
		node.put("version", "2.0");
		node.put("code", retention.code());
		node.put("issued_at", utc(retention.issuedAt()));
		node.put("certified_at", utc(retention.stampedAt()));
		node.putNull("cancelled_at");
		node.put("sender_id", retention.sender().rfc());
		node.put("sender_name", retention.sender().name());
		node.put("receiver_nationality", "NATIONAL");
		node.put("receiver_id", retention.receiver().rfc());
		node.put("receiver_name", retention.receiver().name());
		node.put("total_invoice_amount", money(retention.operationCents()));
		node.put("total_taxable_amount", money(retention.taxableCents()));
		node.put("total_exempt_amount", money(retention.exemptCents()));
		node.put("total_retained_amount", money(retention.retainedCents()));
		ArrayNode breakdown = node.putArray("retention_breakdown");
		for (Withholding withholding : retention.withholdings()) {
			ObjectNode item = breakdown.addObject();
			item.put("base_amount", money(withholding.baseCents()));
			item.put("tax_type", withholding.taxCode());
			item.put("retained_amount", money(withholding.amountCents()));
			item.put("payment_status", withholding.provisional() ? "PROVISIONED" : "PAID");
		}
		if (xml) {
			node.put("xml", RetentionXml.of(retention));
		}
		else {
			node.putNull("xml");
		}
		return node;
	}

	private static String utc(LocalDateTime local) {
		return local.plusHours(UTC_OFFSET_HOURS).format(Statement.MILLIS);
	}

	private static Instant stampedUtc(Retention retention) {
		return retention.stampedAt().plusHours(UTC_OFFSET_HOURS).toInstant(ZoneOffset.UTC);
	}

}
