package io.ponte.connectors.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The SAT's printable documents (a tax return's acknowledgement, a certificate): a title and lines of facts on
 * A4 pages, written with Apache PDFBox and answered in Base64, as the spec's binary fields travel in JSON.
 */
final class SatPdf {

	private static final float MARGIN = 56;

	private static final float LEADING = 15;

	private SatPdf() {
	}

	/** The PDF, Base64: the title, then each line (wrapped to new pages as needed). */
	static String base64(String title, List<String> lines) {
		return Base64.getEncoder().encodeToString(bytes(title, lines));
	}

	static byte[] bytes(String title, List<String> lines) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
			PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			document.getDocumentInformation().setTitle(title);
			document.getDocumentInformation().setProducer("Ponte sandbox SAT");
			int next = 0;
			do {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					float y = page.getMediaBox().getHeight() - MARGIN;
					content.beginText();
					content.setFont(bold, 13);
					content.newLineAtOffset(MARGIN, y);
					content.showText(printable(title));
					content.setFont(regular, 10);
					content.setLeading(LEADING);
					content.newLine();
					content.newLine();
					y -= 2 * LEADING;
					while (next < lines.size() && y > MARGIN) {
						content.showText(printable(lines.get(next++)));
						content.newLine();
						y -= LEADING;
					}
					content.endText();
				}
			}
			while (next < lines.size());
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The standard fonts' WinAnsi encoding has Spanish letters but no control characters. */
	private static String printable(String text) {
		return text.replaceAll("[\\p{Cntrl}]", " ");
	}

}
