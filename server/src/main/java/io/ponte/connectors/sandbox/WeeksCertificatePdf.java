package io.ponte.connectors.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import tools.jackson.databind.JsonNode;

/**
 * IMSS's constancia de semanas cotizadas of an employment-records report, as a PDF (Apache PDFBox): the worker,
 * their CURP and NSS, the weeks contributed and each job of the history with its employer registration, dates and
 * base daily salary, as the JSON report gives them.
 */
final class WeeksCertificatePdf {

	static final String TYPE = "CONSTANCIA_DE_SEMANAS_COTIZADAS";

	private static final float MARGIN = 50;

	private static final float LINE = 14;

	private WeeksCertificatePdf() {
	}

	/** The PDF of {@code report} (an {@code EmploymentRecord} document as the sandbox made it). */
	static byte[] of(JsonNode report) {
		JsonNode personal = report.get("personal_data");
		List<String> lines = new ArrayList<>();
		lines.add("Nombre: " + personal.get("official_name").asString());
		for (JsonNode document : personal.get("document_ids")) {
			lines.add(document.get("document_type").asString() + ": " + document.get("document_number").asString());
		}
		lines.add("Fecha de emision: " + report.get("report_date").asString());
		lines.add("Semanas cotizadas: " + report.get("social_security_summary").get("weeks_contributed").asString());
		lines.add("");
		for (JsonNode job : report.get("employment_records")) {
			lines.add(job.get("employer").asString());
			lines.add("  Registro patronal " + job.get("employer_id").asString() + ", " + job.get("state").asString());
			lines.add("  Alta " + job.get("start_date").asString() + ", baja "
					+ (job.get("end_date").isNull() ? "vigente" : job.get("end_date").asString()) + ", "
					+ job.get("weeks_employed").asString() + " semanas");
			lines.add("  Salario base de cotizacion: $" + job.get("most_recent_base_salary").asString() + " diarios");
		}
		try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
			PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			int next = 0;
			while (next < lines.size() || pdf.getNumberOfPages() == 0) {
				PDPage page = new PDPage(PDRectangle.LETTER);
				pdf.addPage(page);
				try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
					float y = page.getMediaBox().getHeight() - MARGIN;
					text.beginText();
					text.setFont(bold, 13);
					text.newLineAtOffset(MARGIN, y);
					text.showText("Instituto Mexicano del Seguro Social - Constancia de semanas cotizadas");
					text.setFont(regular, 10);
					text.newLineAtOffset(0, -2 * LINE);
					y -= 2 * LINE;
					while (next < lines.size() && y > MARGIN + LINE) {
						text.showText(lines.get(next++));
						text.newLineAtOffset(0, -LINE);
						y -= LINE;
					}
					text.endText();
				}
			}
			pdf.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
