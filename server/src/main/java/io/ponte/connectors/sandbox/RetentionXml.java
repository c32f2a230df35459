package io.ponte.connectors.sandbox;

import static io.ponte.connectors.sandbox.CfdiXml.SECONDS;
import static io.ponte.connectors.sandbox.CfdiXml.TFD;
import static io.ponte.connectors.sandbox.CfdiXml.XSI;
import static io.ponte.connectors.sandbox.CfdiXml.amount;
import static io.ponte.connectors.sandbox.CfdiXml.child;

import io.ponte.connectors.sandbox.Retention.Withholding;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.TransformerException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A retention's XML as the SAT stamps it: a {@code retenciones:Retenciones} 2.0 with its issuer, national
 * receiver, period, totals and one {@code ImpRetenidos} per tax withheld, and the stamp carrying the UUID. Built
 * with the JDK's DOM, like {@link CfdiXml}, so it is well-formed and escaped by construction.
 */
final class RetentionXml {

	static final String RETENCIONES = "http://www.sat.gob.mx/esquemas/retencionpago/2";

	private RetentionXml() {
	}

	static String of(Retention retention) {
		try {
			Document doc = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder().newDocument();
			Element root = doc.createElementNS(RETENCIONES, "retenciones:Retenciones");
			doc.appendChild(root);
			root.setAttributeNS(XSI, "xsi:schemaLocation",
					RETENCIONES + " http://www.sat.gob.mx/esquemas/retencionpago/2/retencionpagov2.xsd");
			root.setAttribute("Version", "2.0");
			root.setAttribute("FolioInt", retention.internalFolio());
			root.setAttribute("FechaExp", retention.issuedAt().format(SECONDS));
			root.setAttribute("LugarExpRetenc", retention.sender().postcode());
			root.setAttribute("CveRetenc", "%02d".formatted(retention.code()));

			Element sender = child(root, RETENCIONES, "retenciones:Emisor");
			sender.setAttribute("RfcE", retention.sender().rfc());
			sender.setAttribute("NomDenRazSocE", retention.sender().name());
			sender.setAttribute("RegimenFiscalE", retention.sender().regime());
			Element receiver = child(root, RETENCIONES, "retenciones:Receptor");
			receiver.setAttribute("NacionalidadR", "Nacional");
			Element national = child(receiver, RETENCIONES, "retenciones:Nacional");
			national.setAttribute("RfcR", retention.receiver().rfc());
			national.setAttribute("NomDenRazSocR", retention.receiver().name());
			national.setAttribute("DomicilioFiscalR", retention.receiver().postcode());

			Element period = child(root, RETENCIONES, "retenciones:Periodo");
			String month = "%02d".formatted(retention.issuedAt().getMonthValue());
			period.setAttribute("MesIni", month);
			period.setAttribute("MesFin", month);
			period.setAttribute("Ejercicio", String.valueOf(retention.issuedAt().getYear()));

			Element totals = child(root, RETENCIONES, "retenciones:Totales");
			totals.setAttribute("MontoTotOperacion", amount(retention.operationCents()));
			totals.setAttribute("MontoTotGrav", amount(retention.taxableCents()));
			totals.setAttribute("MontoTotExent", amount(retention.exemptCents()));
			totals.setAttribute("MontoTotRet", amount(retention.retainedCents()));
			for (Withholding withholding : retention.withholdings()) {
				Element item = child(totals, RETENCIONES, "retenciones:ImpRetenidos");
				item.setAttribute("BaseRet", amount(withholding.baseCents()));
				item.setAttribute("ImpuestoRet", withholding.taxCode());
				item.setAttribute("MontoRet", amount(withholding.amountCents()));
				item.setAttribute("TipoPagoRet", withholding.paymentType());
			}

			Element complement = child(root, RETENCIONES, "retenciones:Complemento");
			Element stamp = child(complement, TFD, "tfd:TimbreFiscalDigital");
			stamp.setAttribute("Version", "1.1");
			stamp.setAttribute("UUID", retention.uuid());
			stamp.setAttribute("FechaTimbrado", retention.stampedAt().format(SECONDS));
			stamp.setAttribute("RfcProvCertif", Cfdi.SAT_RFC);
			stamp.setAttribute("NoCertificadoSAT", "00001000000509846663");
			return CfdiXml.serialize(doc);
		}
		catch (ParserConfigurationException | TransformerException ex) {
			throw new IllegalStateException("The JDK cannot build XML", ex);
		}
	}

}
