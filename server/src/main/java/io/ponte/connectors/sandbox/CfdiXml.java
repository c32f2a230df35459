package io.ponte.connectors.sandbox;

import io.ponte.connectors.sandbox.Cfdi.Concept;
import io.ponte.connectors.sandbox.Cfdi.Payslip;
import io.ponte.connectors.sandbox.Cfdi.Tax;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A CFDI's XML as the SAT stamps it: a CFDI 4.0 {@code cfdi:Comprobante} with its issuer, receiver, concepts and
 * taxes, the Nómina 1.2 complement for pay slips and the stamp ({@code tfd:TimbreFiscalDigital}) carrying the
 * UUID. Built with the JDK's DOM and serializer, so it is well-formed and escaped by construction.
 */
final class CfdiXml {

	static final String CFDI = "http://www.sat.gob.mx/cfd/4";

	static final String TFD = "http://www.sat.gob.mx/TimbreFiscalDigital";

	static final String NOMINA = "http://www.sat.gob.mx/nomina12";

	static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

	static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

	private CfdiXml() {
	}

	static String of(Cfdi cfdi) {
		try {
			Document doc = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder().newDocument();
			Element root = doc.createElementNS(CFDI, "cfdi:Comprobante");
			doc.appendChild(root);
			root.setAttributeNS(XSI, "xsi:schemaLocation",
					CFDI + " http://www.sat.gob.mx/sitio_internet/cfd/4/cfdv40.xsd");
			root.setAttribute("Version", "4.0");
			root.setAttribute("Serie", cfdi.series());
			root.setAttribute("Folio", cfdi.folio());
			root.setAttribute("Fecha", cfdi.issuedAt().format(SECONDS));
			root.setAttribute("FormaPago", cfdi.paymentForm());
			root.setAttribute("SubTotal", amount(cfdi.subtotalCents()));
			if (cfdi.discountCents() > 0) {
				root.setAttribute("Descuento", amount(cfdi.discountCents()));
			}
			root.setAttribute("Moneda", "MXN");
			root.setAttribute("Total", amount(cfdi.totalCents()));
			root.setAttribute("TipoDeComprobante", cfdi.voucherType());
			root.setAttribute("Exportacion", "01");
			root.setAttribute("MetodoPago", cfdi.paymentMethod());
			root.setAttribute("LugarExpedicion", cfdi.sender().postcode());

			Element sender = child(root, CFDI, "cfdi:Emisor");
			sender.setAttribute("Rfc", cfdi.sender().rfc());
			sender.setAttribute("Nombre", cfdi.sender().name());
			sender.setAttribute("RegimenFiscal", cfdi.sender().regime());
			Element receiver = child(root, CFDI, "cfdi:Receptor");
			receiver.setAttribute("Rfc", cfdi.receiver().rfc());
			receiver.setAttribute("Nombre", cfdi.receiver().name());
			receiver.setAttribute("DomicilioFiscalReceptor", cfdi.receiver().postcode());
			receiver.setAttribute("RegimenFiscalReceptor", cfdi.receiver().regime());
			receiver.setAttribute("UsoCFDI", cfdi.usage());

			Element concepts = child(root, CFDI, "cfdi:Conceptos");
			for (Concept concept : cfdi.concepts()) {
				concept(child(concepts, CFDI, "cfdi:Concepto"), concept);
			}
			taxes(root, cfdi);
			Element complement = child(root, CFDI, "cfdi:Complemento");
			if (cfdi.payslip() != null) {
				payslip(complement, cfdi);
			}
			Element stamp = child(complement, TFD, "tfd:TimbreFiscalDigital");
			stamp.setAttribute("Version", "1.1");
			stamp.setAttribute("UUID", cfdi.uuid());
			stamp.setAttribute("FechaTimbrado", cfdi.stampedAt().format(SECONDS));
			stamp.setAttribute("RfcProvCertif", Cfdi.SAT_RFC);
			stamp.setAttribute("NoCertificadoSAT", "00001000000509846663");
			return serialize(doc);
		}
		catch (ParserConfigurationException | TransformerException ex) {
			throw new IllegalStateException("The JDK cannot build XML", ex);
		}
	}

	private static void concept(Element element, Concept concept) {
		element.setAttribute("ClaveProdServ", concept.product());
		element.setAttribute("Cantidad", String.valueOf(concept.quantity()));
		element.setAttribute("ClaveUnidad", concept.unitCode());
		element.setAttribute("Unidad", concept.unitName());
		element.setAttribute("Descripcion", concept.description());
		element.setAttribute("ValorUnitario", amount(concept.unitCents()));
		element.setAttribute("Importe", amount(concept.amountCents()));
		if (concept.discountCents() > 0) {
			element.setAttribute("Descuento", amount(concept.discountCents()));
		}
		element.setAttribute("ObjetoImp", concept.taxObject());
		if (concept.transferred().isEmpty() && concept.retained().isEmpty()) {
			return;
		}
		Element taxes = child(element, CFDI, "cfdi:Impuestos");
		taxList(taxes, "cfdi:Traslados", "cfdi:Traslado", concept.transferred());
		taxList(taxes, "cfdi:Retenciones", "cfdi:Retencion", concept.retained());
	}

	private static void taxList(Element parent, String listName, String itemName, List<Tax> taxes) {
		if (taxes.isEmpty()) {
			return;
		}
		Element list = child(parent, CFDI, listName);
		for (Tax tax : taxes) {
			Element item = child(list, CFDI, itemName);
			item.setAttribute("Base", amount(tax.baseCents()));
			item.setAttribute("Impuesto", tax.code());
			item.setAttribute("TipoFactor", "Tasa");
			item.setAttribute("TasaOCuota", tax.rate().setScale(6).toPlainString());
			item.setAttribute("Importe", amount(tax.amountCents()));
		}
	}

	/** The voucher's tax summary: totals, and each tax summed by tax and rate (here one concept's each). */
	private static void taxes(Element root, Cfdi cfdi) {
		List<Tax> transferred = cfdi.concepts().stream().flatMap(c -> c.transferred().stream()).toList();
		List<Tax> retained = cfdi.concepts().stream().flatMap(c -> c.retained().stream()).toList();
		if (transferred.isEmpty() && retained.isEmpty()) {
			return;
		}
		Element taxes = child(root, CFDI, "cfdi:Impuestos");
		if (!retained.isEmpty()) {
			taxes.setAttribute("TotalImpuestosRetenidos", amount(cfdi.retainedCents()));
			Element list = child(taxes, CFDI, "cfdi:Retenciones");
			for (Tax tax : retained) {
				Element item = child(list, CFDI, "cfdi:Retencion");
				item.setAttribute("Impuesto", tax.code());
				item.setAttribute("Importe", amount(tax.amountCents()));
			}
		}
		if (!transferred.isEmpty()) {
			taxes.setAttribute("TotalImpuestosTrasladados", amount(cfdi.transferredCents()));
			taxList(taxes, "cfdi:Traslados", "cfdi:Traslado", transferred);
		}
	}

	private static void payslip(Element complement, Cfdi cfdi) {
		Payslip slip = cfdi.payslip();
		Element payroll = child(complement, NOMINA, "nomina12:Nomina");
		payroll.setAttribute("Version", "1.2");
		payroll.setAttribute("TipoNomina", slip.type());
		payroll.setAttribute("FechaPago", slip.paidOn().toString());
		payroll.setAttribute("FechaInicialPago", slip.from().toString());
		payroll.setAttribute("FechaFinalPago", slip.to().toString());
		payroll.setAttribute("NumDiasPagados", String.valueOf(slip.days()));
		payroll.setAttribute("TotalPercepciones", amount(slip.earnedCents()));
		if (slip.deductedCents() > 0) {
			payroll.setAttribute("TotalDeducciones", amount(slip.deductedCents()));
		}
		Element receiver = child(payroll, NOMINA, "nomina12:Receptor");
		receiver.setAttribute("Curp", slip.curp());
		receiver.setAttribute("TipoContrato", "01");
		receiver.setAttribute("TipoRegimen", "02");
		receiver.setAttribute("NumEmpleado", cfdi.receiver().rfc().substring(0, 4));
		receiver.setAttribute("PeriodicidadPago", slip.periodicityCode());
		receiver.setAttribute("ClaveEntFed", "CMX");
		Element earnings = child(payroll, NOMINA, "nomina12:Percepciones");
		earnings.setAttribute("TotalSueldos", amount(slip.earnedCents()));
		earnings.setAttribute("TotalGravado", amount(slip.taxedCents()));
		earnings.setAttribute("TotalExento", amount(slip.exemptCents()));
		Element earning = child(earnings, NOMINA, "nomina12:Percepcion");
		earning.setAttribute("TipoPercepcion", switch (slip.earning()) {
			case "CHRISTMAS_BONUS" -> "002";
			case "PROFIT_SHARING" -> "003";
			default -> "001";
		});
		earning.setAttribute("Clave", slip.earning());
		earning.setAttribute("Concepto", slip.earning());
		earning.setAttribute("ImporteGravado", amount(slip.taxedCents()));
		earning.setAttribute("ImporteExento", amount(slip.exemptCents()));
		if (slip.deductedCents() > 0) {
			Element deductions = child(payroll, NOMINA, "nomina12:Deducciones");
			if (slip.socialSecurityCents() > 0) {
				deductions.setAttribute("TotalOtrasDeducciones", amount(slip.socialSecurityCents()));
			}
			if (slip.incomeTaxCents() > 0) {
				deductions.setAttribute("TotalImpuestosRetenidos", amount(slip.incomeTaxCents()));
			}
			deduction(deductions, "001", "SOCIAL_SECURITY", slip.socialSecurityCents());
			deduction(deductions, "002", "INCOME_TAX", slip.incomeTaxCents());
		}
	}

	private static void deduction(Element deductions, String code, String name, long cents) {
		if (cents > 0) {
			Element item = child(deductions, NOMINA, "nomina12:Deduccion");
			item.setAttribute("TipoDeduccion", code);
			item.setAttribute("Clave", name);
			item.setAttribute("Concepto", name);
			item.setAttribute("Importe", amount(cents));
		}
	}

	static Element child(Element parent, String namespace, String name) {
		Element child = parent.getOwnerDocument().createElementNS(namespace, name);
		parent.appendChild(child);
		return child;
	}

	static String amount(long cents) {
		return BigDecimal.valueOf(cents, 2).toPlainString();
	}

	static String serialize(Document doc) throws TransformerException {
		var transformer = TransformerFactory.newDefaultInstance().newTransformer();
		transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
		StringWriter out = new StringWriter();
		transformer.transform(new DOMSource(doc), new StreamResult(out));
		return out.toString();
	}

}
