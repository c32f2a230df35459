package io.ponte.connectors.sandbox;

import static io.ponte.connectors.sandbox.Statement.JSON;
import static io.ponte.connectors.sandbox.Statement.money;

import io.ponte.connectors.FetchRequest;
import io.ponte.connectors.sandbox.ChileanTaxpayer.Counterparty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import tools.jackson.databind.node.ObjectNode;

/**
 * A taxpayer's electronic tax documents (DTE) as the SII's purchase and sales register (RCV) lists them: the
 * facturas, notes and monthly boleta summaries they issued (OUTFLOW) and the ones their suppliers issued to them
 * (INFLOW). Each month is drawn from its own stream and folios run on from earlier months, so history never
 * changes; a document shows once the SII has it acknowledged. IVA is 19% of the net, rounded to the peso; exempt
 * amounts stay outside it: {@code total = net + IVA + exempt}.
 */
final class ChileanInvoiceDocuments {

	/** The DTE types the sandbox issues, by their SII codes. */
	enum Dte {

		FACTURA(33), FACTURA_EXENTA(34), BOLETA(39), NOTA_DEBITO(56), NOTA_CREDITO(61);

		final int code;

		Dte(int code) {
			this.code = code;
		}

	}

	/** The RUT boletas carry when the buyer is not identified (66.666.666-6). */
	static final Counterparty FINAL_CONSUMER = new Counterparty("66666666-6", "CONSUMIDOR FINAL");

	static final BigDecimal IVA_RATE = new BigDecimal("0.19");

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	/** One document and its amounts, in pesos. */
	record Invoice(Dte dte, boolean outflow, String folio, LocalDate issued, ZonedDateTime received,
			ZonedDateTime acknowledged, LocalDate claimed, Counterparty counterparty, long net, long vat, long exempt,
			boolean fixedAsset, Integer nonRefundableCode, Invoice reference, int summarized) {

		long total() {
			return this.net + this.vat + this.exempt;
		}

	}

	private final ChileanTaxpayer taxpayer;

	private final Instant asOf;

	private final LocalDate today;

	private final Counterparty self;

	ChileanInvoiceDocuments(ChileanTaxpayer taxpayer, Instant asOf) {
		this.taxpayer = taxpayer;
		this.asOf = asOf;
		this.today = LocalDate.ofInstant(asOf, ChileanTaxpayer.ZONE);
		this.self = new Counterparty(taxpayer.rut, taxpayer.registeredName());
	}

	/** IVA on a net amount: 19%, half up to the peso. */
	static long iva(long net) {
		return BigDecimal.valueOf(net).multiply(IVA_RATE).setScale(0, RoundingMode.HALF_UP).longValueExact();
	}

	List<ObjectNode> invoices(FetchRequest request) {
		LocalDate from = request.from() != null ? request.from() : LocalDate.MIN;
		LocalDate to = request.to() != null && request.to().isBefore(this.today) ? request.to() : this.today;
		List<ObjectNode> documents = new ArrayList<>();
		for (Invoice invoice : history()) {
			boolean wanted = request.type() == null || request.type().equals(invoice.outflow() ? "OUTFLOW" : "INFLOW");
			if (wanted && !invoice.issued().isBefore(from) && !invoice.issued().isAfter(to)) {
				documents.add(render(invoice));
			}
		}
		return documents;
	}

	/** Every document the SII has acknowledged as of the instant, oldest first. */
	List<Invoice> history() {
		List<Invoice> all = new ArrayList<>();
		if (this.taxpayer.dataset == Persona.Dataset.NO_DATA) {
			return all;
		}
		Map<Dte, Long> folios = new EnumMap<>(Dte.class);
		SplittableRandom start = Draws.stream(this.taxpayer.seed, "folios");
		for (Dte dte : Dte.values()) {
			folios.put(dte, 1L + start.nextInt(400));
		}
		YearMonth last = YearMonth.from(this.today);
		for (YearMonth month = YearMonth.from(this.taxpayer.firstDocumentDay()); !month.isAfter(last); month = month
			.plusMonths(1)) {
			for (Invoice invoice : month(month, folios)) {
				if (!invoice.acknowledged().toInstant().isAfter(this.asOf)) {
					all.add(invoice);
				}
			}
		}
		return all;
	}

	private List<Invoice> month(YearMonth month, Map<Dte, Long> folios) {
		SplittableRandom random = Draws.stream(this.taxpayer.seed, "invoices",
				month.getYear() * 12L + month.getMonthValue());
		LocalDate first = month.atDay(1).isBefore(this.taxpayer.firstDocumentDay())
				? this.taxpayer.firstDocumentDay() : month.atDay(1);
		LocalDate end = month.atEndOfMonth();
		Persona.Dataset dataset = this.taxpayer.dataset;
		boolean consumers = this.taxpayer.sellsToConsumers(end) && dataset != Persona.Dataset.LOW;
		boolean exemptSeller = !this.taxpayer.activity.vatAffected();
		boolean exemptLine = this.taxpayer.activitiesOn(end).stream().anyMatch(a -> !a.vatAffected());
		long scale = Math.round(this.taxpayer.monthlySales * (0.7 + random.nextDouble() * 0.6));
		long b2b = consumers ? scale / 4 : scale;

		int count = switch (dataset) {
			case LOW -> 1;
			case FULL -> 8 + random.nextInt(5);
			default -> consumers ? random.nextInt(4) : 2 + random.nextInt(8);
		};
		List<Invoice> sales = new ArrayList<>();
		for (long amount : split(random, b2b, count)) {
			Counterparty customer = Draws.pick(random, this.taxpayer.customers);
			LocalDate day = day(random, first, end);
			if (exemptSeller || (exemptLine && random.nextInt(5) == 0)) {
				sales.add(own(random, Dte.FACTURA_EXENTA, day, customer, 0, amount, null));
			}
			else {
				long exempt = random.nextInt(10) == 0 ? amount * (5 + random.nextInt(16)) / 100 : 0;
				sales.add(own(random, Dte.FACTURA, day, customer, amount - exempt, exempt, null));
			}
		}
		sales = numbered(sales, folios);
		List<Invoice> notes = new ArrayList<>();
		boolean full = dataset == Persona.Dataset.FULL;
		if (!sales.isEmpty() && dataset != Persona.Dataset.LOW && (full || random.nextInt(100) < 15)) {
			Invoice credited = Draws.pick(random, sales);
			int share = 10 + random.nextInt(91);
			notes.add(own(random, Dte.NOTA_CREDITO, day(random, credited.issued(), end), credited.counterparty(),
					credited.net() * share / 100, credited.exempt() * share / 100, credited));
		}
		if (!sales.isEmpty() && dataset != Persona.Dataset.LOW
				&& (full ? month.getMonthValue() % 3 == 0 : random.nextInt(100) < 5)) {
			Invoice debited = Draws.pick(random, sales);
			long interest = Math.max(1_000, (debited.net() + debited.exempt()) * (1 + random.nextInt(4)) / 100);
			notes.add(own(random, Dte.NOTA_DEBITO, day(random, debited.issued(), end), debited.counterparty(),
					exemptSeller ? 0 : interest, exemptSeller ? interest : 0, debited));
		}
		List<Invoice> all = new ArrayList<>(sales);
		all.addAll(numbered(notes, folios));
		if (consumers && end.isBefore(this.today)) {
			all.add(boletas(random, end, folios, scale - b2b));
		}
		all.addAll(purchases(random, first, end, exemptSeller, scale));
		all.sort(Comparator.comparing(Invoice::issued));
		return all;
	}

	/** A document the taxpayer issues, numbered later in date order. */
	private Invoice own(SplittableRandom random, Dte dte, LocalDate day, Counterparty customer, long net, long exempt,
			Invoice reference) {
		ZonedDateTime received = received(random, day);
		return new Invoice(dte, true, null, day, received, received.plusMinutes(5 + random.nextInt(600)), null,
				customer, net, dte == Dte.FACTURA_EXENTA ? 0 : iva(net), exempt, false, null, reference, 0);
	}

	/** Gives each document the next folio of its type, in date order (the SII authorizes folios in ranges). */
	private static List<Invoice> numbered(List<Invoice> invoices, Map<Dte, Long> folios) {
		List<Invoice> sorted = new ArrayList<>(invoices);
		sorted.sort(Comparator.comparing(Invoice::issued));
		List<Invoice> numbered = new ArrayList<>();
		for (Invoice i : sorted) {
			long folio = folios.merge(i.dte(), 1L, Long::sum) - 1;
			numbered.add(new Invoice(i.dte(), i.outflow(), Long.toString(folio), i.issued(), i.received(),
					i.acknowledged(), i.claimed(), i.counterparty(), i.net(), i.vat(), i.exempt(), i.fixedAsset(),
					i.nonRefundableCode(), i.reference(), i.summarized()));
		}
		return numbered;
	}

	/**
	 * The month's boletas to the public, as the SII summarizes them once the month is over: gross prices, so the
	 * net is the total over 1.19 and IVA the rest.
	 */
	private Invoice boletas(SplittableRandom random, LocalDate end, Map<Dte, Long> folios, long gross) {
		int count = 80 + random.nextInt(520);
		long folio = folios.merge(Dte.BOLETA, (long) count, Long::sum) - count;
		long net = BigDecimal.valueOf(gross).divide(new BigDecimal("1.19"), 0, RoundingMode.HALF_UP).longValueExact();
		ZonedDateTime summarized = end.plusDays(1).atTime(3, random.nextInt(60)).atZone(ChileanTaxpayer.ZONE);
		return new Invoice(Dte.BOLETA, true, Long.toString(folio), end, summarized, summarized, null, FINAL_CONSUMER,
				net, gross - net, 0, false, null, null, count);
	}

	/**
	 * Facturas from the taxpayer's suppliers, about a third of sales: some for fixed assets, a few whose IVA is
	 * no credit (rejected expenses; or all of them for a seller of exempt services), now and then one claimed,
	 * and a supplier's credit note.
	 */
	private List<Invoice> purchases(SplittableRandom random, LocalDate first, LocalDate end, boolean exemptSeller,
			long scale) {
		List<Invoice> purchases = new ArrayList<>();
		Persona.Dataset dataset = this.taxpayer.dataset;
		if (dataset == Persona.Dataset.LOW) {
			return purchases;
		}
		int count = dataset == Persona.Dataset.FULL ? 6 + random.nextInt(4) : 1 + random.nextInt(6);
		Map<String, Integer> perSupplier = new HashMap<>();
		long monthIndex = end.getYear() * 12L + end.getMonthValue();
		List<Invoice> facturas = new ArrayList<>();
		for (long net : split(random, scale * 35 / 100, count)) {
			Counterparty supplier = Draws.pick(random, this.taxpayer.suppliers);
			LocalDate day = day(random, first, end);
			boolean fixedAsset = random.nextInt(10) == 0;
			Integer nonRefundable = exemptSeller ? Integer.valueOf(1) : random.nextInt(20) == 0 ? 3 : null;
			ZonedDateTime received = received(random, day);
			LocalDate claimed = random.nextInt(33) == 0 ? day.plusDays(1 + random.nextInt(7)) : null;
			facturas.add(new Invoice(Dte.FACTURA, false, supplierFolio(supplier, monthIndex, perSupplier), day,
					received, received.plusMinutes(30 + random.nextInt(2_880)), claimed, supplier, net, iva(net), 0,
					fixedAsset, nonRefundable, null, 0));
		}
		purchases.addAll(facturas);
		if (!facturas.isEmpty() && (dataset == Persona.Dataset.FULL || random.nextInt(100) < 8)) {
			Invoice credited = Draws.pick(random, facturas);
			long net = credited.net() * (10 + random.nextInt(91)) / 100;
			LocalDate day = day(random, credited.issued(), end);
			ZonedDateTime received = received(random, day);
			purchases.add(new Invoice(Dte.NOTA_CREDITO, false,
					supplierFolio(credited.counterparty(), monthIndex, perSupplier), day, received,
					received.plusMinutes(30 + random.nextInt(2_880)), null, credited.counterparty(), net, iva(net), 0,
					false, credited.nonRefundableCode(), credited, 0));
		}
		return purchases;
	}

	/** A supplier's folio: its own numbering, running on month after month. */
	private static String supplierFolio(Counterparty supplier, long monthIndex, Map<String, Integer> perSupplier) {
		long base = 1_000 + Math.floorMod(Draws.seed("CL folios\n" + supplier.rut()), 500_000L);
		int sequence = perSupplier.merge(supplier.rut(), 1, Integer::sum);
		return Long.toString(base + (monthIndex - 24_000) * 200 + sequence);
	}

	/** {@code total} pesos in {@code parts} uneven amounts of at least 10,000 pesos that add up to it. */
	private static List<Long> split(SplittableRandom random, long total, int parts) {
		List<Long> amounts = new ArrayList<>();
		if (parts == 0) {
			return amounts;
		}
		double[] weights = new double[parts];
		double sum = 0;
		for (int i = 0; i < parts; i++) {
			weights[i] = 0.3 + random.nextDouble();
			sum += weights[i];
		}
		long left = total;
		for (int i = 0; i < parts - 1; i++) {
			long amount = Math.max(10_000, Math.round(total * weights[i] / sum));
			amounts.add(amount);
			left -= amount;
		}
		amounts.add(Math.max(10_000, left));
		return amounts;
	}

	private static LocalDate day(SplittableRandom random, LocalDate first, LocalDate last) {
		return first.plusDays(random.nextLong(last.toEpochDay() - first.toEpochDay() + 1));
	}

	/** When the SII received a document issued on {@code day}: during the working day, Chilean time. */
	private static ZonedDateTime received(SplittableRandom random, LocalDate day) {
		return day.atTime(8 + random.nextInt(11), random.nextInt(60), random.nextInt(60)).atZone(ChileanTaxpayer.ZONE);
	}

	private ObjectNode render(Invoice invoice) {
		Counterparty sender = invoice.outflow() ? this.self : invoice.counterparty();
		Counterparty receiver = invoice.outflow() ? invoice.counterparty() : this.self;
		boolean claimed = invoice.claimed() != null && !invoice.claimed().isAfter(this.today);
		ObjectNode node = JSON.objectNode();
		node.put("internal_identification", sender.rut() + "/" + invoice.dte().code + "/" + invoice.folio());
		node.put("type", invoice.outflow() ? "OUTFLOW" : "INFLOW");
		node.put("document_code", invoice.dte().code);
		node.put("folio", invoice.folio());
		node.put("issue_date", invoice.issued().toString());
		node.put("received_at", TIMESTAMP.format(invoice.received()));
		node.put("acknowledged_at", TIMESTAMP.format(invoice.acknowledged()));
		if (claimed) {
			node.put("claim_date", invoice.claimed().toString());
		}
		else {
			node.putNull("claim_date");
		}
		node.put("status", claimed ? "REJECTED" : "REGISTERED");
		node.put("category", invoice.fixedAsset() ? "Activo Fijo" : "Del Giro");
		node.put("currency", "CLP");
		node.put("sender_id", sender.rut());
		node.put("sender_name", sender.name());
		node.put("receiver_id", receiver.rut());
		node.put("receiver_name", receiver.name());
		node.put("net_amount", pesos(invoice.net()));
		node.put("vat_amount", pesos(invoice.vat()));
		node.put("total_amount", pesos(invoice.total()));
		if (invoice.outflow()) {
			node.putNull("purchase_invoice_details");
			salesDetails(node.putObject("sales_invoice_details"), invoice);
		}
		else {
			purchaseDetails(node.putObject("purchase_invoice_details"), invoice);
			node.putNull("sales_invoice_details");
		}
		ObjectNode summary = node.putObject("summary_invoice_details");
		if (invoice.dte() == Dte.BOLETA) {
			summary.put("month", YearMonth.from(invoice.issued()).toString());
			summary.put("updated_at", TIMESTAMP.format(invoice.received()));
			summary.put("total_documents", invoice.summarized());
			summary.put("tax_exempt_amount", pesos(invoice.exempt()));
		}
		return node;
	}

	private static void salesDetails(ObjectNode details, Invoice invoice) {
		for (String zero : List.of("construction_sector_tax_credit", "tax_free_trade_zone_amount",
				"container_deposit_guarantee", "non_billable_amount", "domestic_transportation_amount",
				"international_transportation_amount", "vat_total_withheld", "vat_partially_withheld",
				"vat_non_withheld", "vat_third_party", "vat_past_due")) {
			details.put(zero, pesos(0));
		}
		details.put("is_free_of_charge", false);
		details.put("periodic_billing_type", false);
		details.putNull("total_amount_for_period");
		details.putNull("branch_code");
		details.put("tax_exempt_amount", pesos(invoice.exempt()));
		details.put("credit_or_debit_note_on_purchase", invoice.reference() != null);
		details.putNull("additional_tax_code");
		details.putNull("additional_tax_rate");
		details.putNull("additional_tax_amount");
		details.put("vat_sales", pesos(invoice.vat()));
		details.putNull("invoice_settlement_sender_id");
		details.putNull("invoice_settlement_net_commission");
		details.putNull("invoice_settlement_exempt_commission");
		details.putNull("invoice_settlement_vat_commission");
		reference(details, invoice);
		details.putNull("foreign_recipient_id");
		details.putNull("foreign_recipient_nationality");
	}

	private static void purchaseDetails(ObjectNode details, Invoice invoice) {
		boolean credit = invoice.nonRefundableCode() == null;
		details.put("vat_refundable_amount", pesos(credit ? invoice.vat() : 0));
		details.put("vat_non_refundable_amount", pesos(credit ? 0 : invoice.vat()));
		if (credit) {
			details.putNull("vat_non_refundable_code");
		}
		else {
			details.put("vat_non_refundable_code", invoice.nonRefundableCode());
		}
		details.put("net_amount_fixed_assets", pesos(invoice.fixedAsset() ? invoice.net() : 0));
		details.put("vat_fixed_assets", pesos(invoice.fixedAsset() ? invoice.vat() : 0));
		for (String zero : List.of("vat_common_use", "tax_non_credit_amount", "vat_non_withheld",
				"tax_cigarettes_amount", "tax_cigar_amount", "tax_processed_tobacco_amount")) {
			details.put(zero, pesos(0));
		}
		details.put("tax_exempt_amount", pesos(invoice.exempt()));
		details.put("credit_or_debit_note_on_purchase", invoice.reference() != null);
		details.putNull("additional_tax_amount");
		details.putNull("additional_tax_rate");
		details.putNull("additional_tax_code");
	}

	private static void reference(ObjectNode details, Invoice invoice) {
		if (invoice.reference() != null) {
			details.put("reference_document_type", Integer.toString(invoice.reference().dte().code));
			details.put("reference_document_folio", invoice.reference().folio());
		}
		else {
			details.putNull("reference_document_type");
			details.putNull("reference_document_folio");
		}
	}

	private static BigDecimal pesos(long pesos) {
		return money(pesos * 100);
	}

}
