package org.ddmsportal.infrastructure.document;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("the PDF could not be made: " + e.getMessage(), e);
        }
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
