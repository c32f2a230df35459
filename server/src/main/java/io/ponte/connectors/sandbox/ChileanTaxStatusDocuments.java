package io.ponte.connectors.sandbox;

import static io.ponte.connectors.sandbox.Statement.JSON;
import static io.ponte.connectors.sandbox.Statement.money;

import io.ponte.connectors.sandbox.ChileanInvoiceDocuments.Dte;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The taxpayer's registration at the SII (carpeta tributaria): identity, address, the lines of business their
 * invoices come from, the Pro Pyme regime, the DTE types they are authorized to issue (the ones they do issue)
 * and, for some, the property tax (contribuciones) of their home.
 */
final class ChileanTaxStatusDocuments {

	/** The Pro Pyme regimes were created by the 2020 tax reform (Ley 21.210). */
	private static final LocalDate PRO_PYME_SINCE = LocalDate.of(2020, 1, 1);

	private final ChileanTaxpayer taxpayer;

	private final LocalDate today;

	ChileanTaxStatusDocuments(ChileanTaxpayer taxpayer, Instant asOf) {
		this.taxpayer = taxpayer;
		this.today = LocalDate.ofInstant(asOf, ChileanTaxpayer.ZONE);
	}

	List<ObjectNode> taxStatus() {
		ChileanTaxpayer t = this.taxpayer;
		if (t.dataset == Persona.Dataset.NO_DATA || t.startDate.isAfter(this.today)) {
			return List.of();
		}
		ObjectNode node = JSON.objectNode();
		node.put("internal_identification", t.rut);
		ObjectNode entity = node.putObject("entity_details");
		entity.put("incorporation_date", t.startDate.toString());
		entity.put("start_date", t.startDate.toString());
		entity.putNull("end_date");
		entity.put("document_id_type", "RUT");
		entity.put("document_id_number", t.rut);
		entity.put("name", t.registeredName());

		ObjectNode address = node.putArray("addresses").addObject();
		address.put("type", "PRIMARY");
		address.put("date", t.startDate.toString());
		address.put("address", Documents.plain(t.address()));
		ObjectNode email = node.putArray("emails").addObject();
		email.put("type", "CONTACT");
		email.put("email", t.email);
		ObjectNode phone = node.putArray("phone_numbers").addObject();
		phone.put("type", "MOBILE");
		phone.put("number", t.phone);

		ArrayNode activities = node.putArray("economic_activities");
		List<ChileCatalogue.Activity> registered = t.activitiesOn(this.today);
		for (ChileCatalogue.Activity activity : registered) {
			ObjectNode a = activities.addObject();
			a.put("type", activity == t.activity ? "PRIMARY" : "SECONDARY");
			a.put("activity", activity.description());
			a.put("code", activity.code());
			a.put("tax_category", 1);
			a.put("vat_affected", activity.vatAffected());
			a.put("start_date", (activity == t.activity ? t.startDate : t.secondActivityStart).toString());
		}
		node.putArray("legal_representative");
		node.putArray("equity_holders");
		node.putArray("company_partnership_stakes");

		ArrayNode regimes = node.putArray("regimes");
		if (!this.today.isBefore(PRO_PYME_SINCE)) {
			ObjectNode regime = regimes.addObject();
			regime.put("type", t.transparentRegime ? "Régimen Pro Pyme Transparente (14 D N°8)"
					: "Régimen Pro Pyme General (14 D N°3)");
			regime.put("start_date", (t.startDate.isAfter(PRO_PYME_SINCE) ? t.startDate : PRO_PYME_SINCE).toString());
		}
		authorizedDocuments(node.putArray("authorized_tax_documents"), registered);
		propertyTax(node.putArray("property_tax_liabilities"));
		ObjectNode office = node.putObject("fiscal_office");
		office.put("name", t.comuna.office());
		office.put("address", t.comuna.name() + ", " + t.comuna.region());
		return List.of(node);
	}

	/** The DTE types the taxpayer issues, each authorized when they started issuing electronically. */
	private void authorizedDocuments(ArrayNode documents, List<ChileCatalogue.Activity> registered) {
		ChileanTaxpayer t = this.taxpayer;
		boolean affected = registered.stream().anyMatch(ChileCatalogue.Activity::vatAffected);
		boolean exempt = registered.stream().anyMatch(a -> !a.vatAffected());
		boolean consumers = t.sellsToConsumers(this.today) && t.dataset != Persona.Dataset.LOW;
		LocalDate authorized = t.firstDocumentDay();
		if (affected) {
			authorize(documents, Dte.FACTURA, "FACTURA ELECTRONICA", authorized);
		}
		if (exempt) {
			authorize(documents, Dte.FACTURA_EXENTA, "FACTURA NO AFECTA O EXENTA ELECTRONICA", authorized);
		}
		if (consumers) {
			authorize(documents, Dte.BOLETA, "BOLETA ELECTRONICA", authorized);
		}
		authorize(documents, Dte.NOTA_DEBITO, "NOTA DE DEBITO ELECTRONICA", authorized);
		authorize(documents, Dte.NOTA_CREDITO, "NOTA DE CREDITO ELECTRONICA", authorized);
	}

	private void authorize(ArrayNode documents, Dte dte, String name, LocalDate date) {
		ObjectNode document = documents.addObject();
		document.put("type", dte.code + " " + name);
		document.put("document_limit", dte == Dte.BOLETA ? 10_000 : 1_000);
		document.put("authorization_date", date.toString());
	}

	/**
	 * Contribuciones of the home of about a third of taxpayers (and the documented full user): four yearly
	 * installments, due in April, June, September and November; last year's November one sometimes unpaid.
	 */
	private void propertyTax(ArrayNode liabilities) {
		ChileanTaxpayer t = this.taxpayer;
		SplittableRandom random = Draws.stream(t.seed, "property");
		boolean owner = t.dataset == Persona.Dataset.FULL || (t.dataset == Persona.Dataset.REGULAR && random.nextInt(3) == 0);
		if (!owner) {
			return;
		}
		long installment = 40_000 + random.nextInt(260) * 1_000L;
		boolean overdue = t.dataset == Persona.Dataset.FULL || random.nextInt(4) == 0;
		ObjectNode property = liabilities.addObject();
		property.put("property_id", "%d-%d".formatted(100 + random.nextInt(9_000), 1 + random.nextInt(300)));
		property.put("district", t.comuna.name());
		property.put("address", Documents.plain(t.address()));
		property.put("type", "HABITACIONAL");
		ArrayNode overduePayments = property.putArray("overdue_tax_payments");
		ArrayNode scheduled = property.putArray("scheduled_tax_payments");
		int year = this.today.getYear();
		if (overdue) {
			installment(overduePayments, year - 1, 4, installment);
		}
		for (int i = 1; i <= 4; i++) {
			LocalDate due = dueDate(year, i);
			if (due.isAfter(this.today)) {
				installment(scheduled, year, i, installment);
			}
		}
	}

	private static void installment(ArrayNode payments, int year, int number, long pesos) {
		ObjectNode payment = payments.addObject();
		payment.put("year", year);
		payment.put("installment", number);
		payment.put("due_date", dueDate(year, number).toString());
		payment.put("amount_due", money(pesos * 100));
	}

	private static LocalDate dueDate(int year, int installment) {
		int month = switch (installment) {
			case 1 -> 4;
			case 2 -> 6;
			case 3 -> 9;
			default -> 11;
		};
		return LocalDate.of(year, month, 30);
	}

}
