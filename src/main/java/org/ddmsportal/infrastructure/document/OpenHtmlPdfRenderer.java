package org.ddmsportal.infrastructure.document;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.ddmsportal.application.shared.PdfRenderer;

/**
 * XHTML to PDF with openhtmltopdf (PDFBox). The DejaVu fonts (from jasperreports-fonts) are
 * embedded as the family "DejaVu Sans" / "DejaVu Serif": the templates use them, so accents and
 * Cyrillic render the same on every machine, whatever fonts the server has.
 */
@ApplicationScoped
public class OpenHtmlPdfRenderer implements PdfRenderer {

    private static final String FONTS = "net/sf/jasperreports/fonts/dejavu/";

    @Override
    public byte[] pdf(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            font(builder, "DejaVuSans.ttf", "DejaVu Sans", 400, false);
            font(builder, "DejaVuSans-Bold.ttf", "DejaVu Sans", 700, false);
            font(builder, "DejaVuSans-Oblique.ttf", "DejaVu Sans", 400, true);
            font(builder, "DejaVuSansMono.ttf", "DejaVu Sans Mono", 400, false);
            builder.withHtmlContent(xmlCharactersOnly(xhtml), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("the PDF could not be made: " + e.getMessage(), e);
        }
    }

    /**
     * The document without the characters XML 1.0 cannot hold — control characters other than tab
     * and line breaks, written or as references ({@code &#27;}, the escape a pasted terminal colour
     * code leaves) — which the parser refuses with the whole document: one organisation's name
     * with an ESC made Serbia's country report a 500. They have no glyph to lose.
     */
    static String xmlCharactersOnly(String xhtml) {
        Matcher m = NOT_XML.matcher(xhtml);
        if (!m.find()) {
            return xhtml;
        }
        StringBuilder kept = new StringBuilder(xhtml.length());
        do {
            String reference = m.group(1) != null ? m.group(1) : m.group(2);
            boolean drop = reference == null
                    || !isXmlCharacter(m.group(1) != null ? parse(reference, 10) : parse(reference, 16));
            m.appendReplacement(kept, drop ? "" : Matcher.quoteReplacement(m.group()));
        } while (m.find());
        m.appendTail(kept);
        return kept.toString();
    }

    /** A raw control character, or any numeric character reference (kept when XML allows it). */
    private static final Pattern NOT_XML = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]|&#([0-9]{1,8});|&#[xX]([0-9a-fA-F]{1,6});");

    private static int parse(String digits, int radix) {
        try {
            return Integer.parseInt(digits, radix);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean isXmlCharacter(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    private static void font(PdfRendererBuilder builder, String file, String family, int weight, boolean italic) {
        builder.useFont(() -> {
            InputStream in = OpenHtmlPdfRenderer.class.getClassLoader().getResourceAsStream(FONTS + file);
            if (in == null) {
                throw new IllegalStateException("font missing from the class path: " + FONTS + file);
            }
            return in;
        }, family, weight, italic ? PdfRendererBuilder.FontStyle.ITALIC : PdfRendererBuilder.FontStyle.NORMAL, true);
    }

    @Override
    public byte[] append(byte[] first, byte[] second) {
        try (PDDocument target = Loader.loadPDF(first);
             PDDocument source = Loader.loadPDF(new RandomAccessReadBuffer(second));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new PDFMergerUtility().appendDocument(target, source);
            target.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("the PDFs could not be joined: " + e.getMessage(), e);
        }
    }
}
