package org.ddmsportal.infrastructure.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class OpenHtmlPdfRendererTest {

    private static final String PAGE = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>%s</p></body></html>";

    @Test
    void aControlCharacterInARecordsTextDoesNotCostTheWholeDocument() throws IOException {
        // an organisation's name pasted with a terminal colour code, as the template escapes it, and raw
        String name = "a&#27;[31mb &#x1B;c \u001Bd &#0; Beograd";
        byte[] pdf = new OpenHtmlPdfRenderer().pdf(String.format(PAGE, name));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("a[31mb c d Beograd"), text);
        }
    }

    @Test
    void theCharactersXmlHoldsAreKeptAsWritten() {
        String page = String.format(PAGE, "tab&#9;line&#10;&#x20AC; &amp; &#128512; é");
        assertEquals(page, OpenHtmlPdfRenderer.xmlCharactersOnly(page));
        assertEquals("ab", OpenHtmlPdfRenderer.xmlCharactersOnly("a&#xFFFE;\u0007b"));
    }
}
