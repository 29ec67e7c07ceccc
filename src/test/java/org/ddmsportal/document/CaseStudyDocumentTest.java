package org.ddmsportal.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.ddmsportal.infrastructure.document.MustacheTemplates;
import org.ddmsportal.infrastructure.document.OpenHtmlPdfRenderer;
import org.junit.jupiter.api.Test;

/**
 * The printed case study ({@code templates/documents/case-study.html}) without a container: a
 * section of one very long word (a pasted identifier, a URL) wraps at the margin instead of running
 * off the page — the showcase PDF printed 78 of 5,000 characters.
 */
class CaseStudyDocumentTest {

    @Test
    void aWordLongerThanTheLineWrapsAndIsPrintedWhole() throws Exception {
        String word = "Z".repeat(5000);
        Map<String, Object> model = Map.of("language", "en", "title", "Long words", "country", "Serbia",
                "sections", List.of(Map.of("heading", "Summary", "cssClass", "summary", "html", "<p>" + word + "</p>")));
        byte[] pdf = new OpenHtmlPdfRenderer().pdf(new MustacheTemplates().html("documents/case-study", model));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            float width = doc.getPage(0).getMediaBox().getWidth();
            int[] onThePage = {0};
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    // a glyph drawn past the page's edge is in the file but nobody sees it
                    if ("Z".equals(text.getUnicode()) && text.getXDirAdj() + text.getWidthDirAdj() <= width) {
                        onThePage[0]++;
                    }
                }
            };
            stripper.getText(doc);
            assertEquals(5000, onThePage[0], "every character of the word is printed on the page");
        }
    }
}
