package io.ponte.connectors.sandbox;

import static io.ponte.connectors.sandbox.Statement.JSON;
import static io.ponte.connectors.sandbox.Statement.money;

import io.ponte.connectors.FetchRequest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The returns a sandbox taxpayer filed with the SAT, computed from their own CFDIs so the two always agree: the
 * yearly return (filed in April after the year: wages and ISR withheld per employer from the pay slips, RESICO
 * income and withholdings from the invoices issued, medical and school receipts as personal deductions) and, for
 * RESICO freelancers, the monthly ISR and VAT return of each month (filed by the 17th of the next).
 */
final class TaxReturnDocuments {

	private final Statement statement;

	private final TaxpayerCfdis cfdis;

	private final Taxpayer taxpayer;

	TaxReturnDocuments(Statement statement) {
		this.statement = statement;
		this.cfdis = TaxpayerCfdis.of(statement);
		this.taxpayer = this.cfdis.taxpayer();
	}

	/** Yearly returns by years, monthly ones by dates; with neither type (a history load) both in the window. */
	List<ObjectNode> returns(FetchRequest request) {
		List<ObjectNode> returns = new ArrayList<>();
		if (this.statement.persona.country != Country.MX || this.taxpayer.regime().equals("616")) {
			return returns;
		}
		boolean pdf = request.attachments();
		if (!"monthly".equals(request.type())) {
			int from = request.years() != null ? request.years().from() : request.from() != null ? request.from().getYear() : 1900;
			int to = request.years() != null ? request.years().to() : this.statement.today.getYear();
			for (int year = Math.max(from, this.statement.today.getYear() - 6); year <= to; year++) {
				ObjectNode yearly = yearly(year, pdf);
				if (yearly != null) {
					returns.add(yearly);
				}
			}
		}
		if (!"yearly".equals(request.type()) && this.taxpayer.issuesInvoices() && request.from() != null) {
			for (YearMonth month = YearMonth.from(request.from()); !month.isAfter(YearMonth.from(request.to())); month = month.plusMonths(1)) {
				ObjectNode monthly = monthly(month, pdf);
				if (monthly != null) {
					returns.add(monthly);
				}
			}
		}
		return returns;
	}

	/** The yearly return of that year, once filed (in April of the next), or null when there is none. */
	ObjectNode yearly(int year, boolean pdf) {
		LocalDateTime filed = LocalDate.of(year + 1, 4, 8 + Math.floorMod(Draws.mix(this.statement.persona.seed, "annual", year), 20))
			.atTime(10 + Math.floorMod(this.statement.persona.seed, 9), 17);
		if (filed.toLocalDate().isAfter(this.statement.today)) {
			return null;
		}
		List<Cfdi> cfdis = this.cfdis.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
		if (cfdis.isEmpty()) {
			return null;
		}
		Map<String, long[]> byEmployer = new LinkedHashMap<>();
		Map<String, String> employerNames = new LinkedHashMap<>();
		long freelanceIncome = 0;
		long freelanceIsrWithheld = 0;
		ObjectNode node = JSON.objectNode();
		ObjectNode deductions = JSON.objectNode();
		ArrayNode medical = deductions.putArray("honorarios_medicos_dentales_hospitalarios");
		ArrayNode school = deductions.putArray("colegiaturas");
		long deductible = 0;
		for (Cfdi cfdi : cfdis) {
			if (cfdi.payslip() != null) {
				long[] sums = byEmployer.computeIfAbsent(cfdi.sender().rfc(), k -> new long[3]);
				employerNames.put(cfdi.sender().rfc(), cfdi.sender().name());
				sums[0] += cfdi.payslip().taxedCents();
				sums[1] += cfdi.payslip().exemptCents();
				sums[2] += cfdi.payslip().incomeTaxCents();
			}
			else if (cfdi.direction().equals("OUTFLOW")) {
				freelanceIncome += cfdi.subtotalCents() - cfdi.discountCents();
				freelanceIsrWithheld += cfdi.concepts().stream().flatMap(c -> c.retained().stream())
					.filter(t -> t.tax().equals("ISR")).mapToLong(Cfdi.Tax::amountCents).sum();
			}
			else if (cfdi.usage().equals("D01") || cfdi.usage().equals("D10")) {
				ObjectNode item = (cfdi.usage().equals("D01") ? medical : school).addObject();
				item.put("rfc_emisor", cfdi.sender().rfc());
				item.put("monto_deducible", money(cfdi.totalCents()));
				deductible += cfdi.totalCents();
			}
		}
		if (byEmployer.isEmpty() && freelanceIncome == 0) {
			return null;
		}
		node.put("internal_identification", "DA-" + this.taxpayer.rfc() + "-" + year);
		node.set("informacion_general", general(year, "Del Ejercicio", filed));
		long taxed = 0;
		long exempt = 0;
		long wageIsr = 0;
		ObjectNode wages = JSON.objectNode();
		ArrayNode payers = wages.putArray("retenedores");
		for (Map.Entry<String, long[]> employer : byEmployer.entrySet()) {
			long[] sums = employer.getValue();
			ObjectNode payer = payers.addObject();
			payer.put("rfc_retenedor", employer.getKey());
			payer.put("nombre_denominacion_razon_social", employerNames.get(employer.getKey()));
			payer.put("ingreso_anual", money(sums[0] + sums[1]));
			payer.put("ingresos_exentos", money(sums[1]));
			payer.put("impuesto_retenido", money(sums[2]));
			payer.put("subsidio_empleo", 0);
			taxed += sums[0];
			exempt += sums[1];
			wageIsr += sums[2];
		}
		wages.put("ingreso_anual", money(taxed + exempt));
		wages.put("ingresos_acumulables", money(taxed));
		wages.put("ingresos_exentos", money(exempt));
		wages.put("impuesto_retenido", money(wageIsr));
		wages.put("subsidio_empleo", 0);
		node.set("sueldos_salarios", byEmployer.isEmpty() ? null : wages);
		if (freelanceIncome > 0) {
			ObjectNode services = node.putObject("servicios_profesionales");
			ObjectNode income = services.putObject("ingresos");
			income.put("ingresos_acumulables", money(freelanceIncome));
			income.putNull("ingresos_exentos");
			income.putNull("otros_ingresos");
			income.put("total_ingresos", money(freelanceIncome));
			services.putObject("retenciones_isr").put("isr_retenido_personas_morales", money(freelanceIsrWithheld));
		}
		else {
			node.putNull("servicios_profesionales");
		}
		node.putNull("dividendos");
		// personal deductions are capped at five UMAs a year or 15% of income, whichever is lower
		long cap = Math.min(Math.round(Payroll.umaMonthlyCents(year) / 30.4 * 365 * 5), (taxed + freelanceIncome) * 15 / 100);
		long applied = Math.min(deductible, cap);
		node.set("deducciones_personales", deductions);
		ObjectNode withheld = node.putObject("retenciones");
		withheld.put("isr_retenido_sueldos_salarios", money(wageIsr));
		withheld.put("isr_retenido_servicios_profesionales", money(freelanceIsrWithheld));
		withheld.put("total_isr_retenido", money(wageIsr + freelanceIsrWithheld));
		long base = Math.max(0, taxed - applied);
		long wageTax = Payroll.isrCents(base / 12, year) * 12;
		long resicoTax = Math.round(freelanceIncome * resicoRate(freelanceIncome));
		long due = wageTax + resicoTax;
		long credited = wageIsr + freelanceIsrWithheld;
		ObjectNode determination = node.putObject("determinacion_impuesto");
		determination.put("ingresos_acumulables", money(taxed + freelanceIncome));
		determination.put("deducciones_personales", money(applied));
		determination.put("base_gravable", money(base + freelanceIncome));
		determination.put("isr_causado", money(due));
		determination.put("isr_retenido", money(credited));
		determination.put("isr_a_cargo", money(Math.max(0, due - credited)));
		determination.put("isr_a_favor", money(Math.max(0, credited - due)));
		attach(node, pdf, "DECLARACIÓN ANUAL " + year, List.of("Ingresos por sueldos y salarios: " + money(taxed + exempt),
				"Ingresos por actividades (RESICO): " + money(freelanceIncome), "ISR retenido: " + money(credited),
				"Deducciones personales aplicadas: " + money(applied), "ISR causado: " + money(due),
				"ISR a cargo: " + money(Math.max(0, due - credited)), "ISR a favor: " + money(Math.max(0, credited - due))));
		return node;
	}

	/** A RESICO freelancer's monthly ISR and VAT return, once filed (by the 17th of the next month). */
	ObjectNode monthly(YearMonth month, boolean pdf) {
		LocalDateTime filed = month.plusMonths(1).atDay(10 + Math.floorMod(Draws.mix(this.statement.persona.seed, "monthly", month.getMonthValue()), 8)).atTime(19, 40);
		if (filed.toLocalDate().isAfter(this.statement.today)) {
			return null;
		}
		List<Cfdi> cfdis = this.cfdis.between(month.atDay(1), month.atEndOfMonth());
		long income = 0;
		long isrWithheld = 0;
		long vatCharged = 0;
		long vatWithheld = 0;
		long vatPaid = 0;
		for (Cfdi cfdi : cfdis) {
			if (cfdi.direction().equals("OUTFLOW")) {
				income += cfdi.subtotalCents() - cfdi.discountCents();
				vatCharged += cfdi.transferredCents();
				for (Cfdi.Concept concept : cfdi.concepts()) {
					for (Cfdi.Tax tax : concept.retained()) {
						if (tax.tax().equals("ISR")) {
							isrWithheld += tax.amountCents();
						}
						else {
							vatWithheld += tax.amountCents();
						}
					}
				}
			}
			else if (cfdi.payslip() == null && cfdi.usage().equals("G03")) {
				vatPaid += cfdi.transferredCents();
			}
		}
		ObjectNode node = JSON.objectNode();
		node.put("internal_identification", "DM-" + this.taxpayer.rfc() + "-" + month);
		node.set("informacion_general", general(month.getYear(), month.getMonth().getDisplayName(java.time.format.TextStyle.FULL,
				java.util.Locale.of("es", "MX")), filed));
		long isrDue = Math.round(income * resicoRate(income * 12));
		ObjectNode isr = node.putObject("isr");
		isr.put("tipo", "RESICO");
		ObjectNode isrDetermination = isr.putObject("determinacion");
		isrDetermination.put("ingresos_periodo", money(income));
		isrDetermination.put("total_ingresos", money(income));
		isrDetermination.put("isr_causado", money(isrDue));
		isrDetermination.put("impuesto_retenido", money(isrWithheld));
		isrDetermination.put("isr_cargo", money(Math.max(0, isrDue - isrWithheld)));
		isr.putObject("detalle_del_pago").put("cantidad_a_pagar", money(Math.max(0, isrDue - isrWithheld)));
		ObjectNode iva = node.putObject("iva");
		ObjectNode ivaDetermination = iva.putObject("determinacion");
		ivaDetermination.put("actividades_gravadas_tasa_16", money(income));
		ivaDetermination.put("actividades_gravadas_tasa_0", 0);
		ivaDetermination.put("actividades_exentas", 0);
		ivaDetermination.put("iva_cobrado_periodo_tasa_16", money(vatCharged));
		ivaDetermination.put("iva_acreditable_periodo", money(vatPaid));
		ivaDetermination.put("iva_retenido", money(vatWithheld));
		long vatBalance = vatCharged - vatWithheld - vatPaid;
		ivaDetermination.put("saldo_a_favor", money(Math.max(0, -vatBalance)));
		ivaDetermination.putNull("impuesto_a_favor");
		iva.putObject("detalle_del_pago").put("cantidad_a_pagar", money(Math.max(0, vatBalance)));
		node.put("type", "monthly");
		attach(node, pdf, "DECLARACIÓN PROVISIONAL O DEFINITIVA " + month, List.of("Ingresos del periodo: " + money(income),
				"ISR causado: " + money(isrDue), "ISR retenido: " + money(isrWithheld), "IVA cobrado: " + money(vatCharged),
				"IVA retenido: " + money(vatWithheld), "IVA acreditable: " + money(vatPaid)));
		return node;
	}

	private ObjectNode general(int year, String period, LocalDateTime filed) {
		ObjectNode general = JSON.objectNode();
		general.put("ejercicio", year);
		general.put("fecha_hora_presentacion", filed + ":00-06:00");
		general.put("numero_operacion", "%011d".formatted(Math.floorMod(Draws.mix(this.statement.persona.seed, period, year), 100_000_000_000L)));
		general.put("periodo_declaracion", period);
		general.put("rfc", this.taxpayer.rfc());
		general.put("tipo_declaracion", "Normal");
		general.put("nombre", this.taxpayer.name());
		return general;
	}

	private void attach(ObjectNode node, boolean pdf, String title, List<String> facts) {
		if (!pdf) {
			node.putNull("pdf");
			node.putNull("receipt_pdf");
			return;
		}
		ObjectNode general = (ObjectNode) node.get("informacion_general");
		List<String> lines = new ArrayList<>(List.of("RFC: " + this.taxpayer.rfc(), "Nombre: " + this.taxpayer.name(),
				"Número de operación: " + general.get("numero_operacion").asString(),
				"Presentada: " + general.get("fecha_hora_presentacion").asString()));
		lines.addAll(facts);
		node.put("pdf", SatPdf.base64(title, lines));
		node.put("receipt_pdf", SatPdf.base64("ACUSE DE RECIBO", lines.subList(0, 4)));
	}

	/** RESICO's ISR rate for individuals by yearly income (Art. 113-E LISR). */
	static double resicoRate(long yearlyCents) {
		return yearlyCents <= 300_000_00L ? 0.01 : yearlyCents <= 600_000_00L ? 0.011
				: yearlyCents <= 1_000_000_00L ? 0.015 : yearlyCents <= 2_500_000_00L ? 0.02 : 0.025;
	}

}
