package org.ddmsportal.agreement;

import org.ddmsportal.domain.agreement.AgreementDocument;
import org.ddmsportal.infrastructure.document.MustacheTemplates;
import org.ddmsportal.infrastructure.document.OpenHtmlPdfRenderer;

/**
 * How long the portal takes to make an agreement's PDF (template → XHTML → PDF with embedded
 * fonts), to append the certificate, and to hash the result. Run by {@code bench/agreement-pdf.sh};
 * prints figures, asserts nothing.
 */
public final class AgreementPdfBench {

    private AgreementPdfBench() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        MustacheTemplates templates = new MustacheTemplates();
        OpenHtmlPdfRenderer renderer = new OpenHtmlPdfRenderer();
        var model = AgreementTemplatesTest.model();
        for (int i = 0; i < 5; i++) { // warm-up: class loading, font parsing, JIT
            renderer.pdf(templates.html("documents/agreement-dsa", model));
        }
        long render = 0;
        long certificate = 0;
        long hash = 0;
        int bytes = 0;
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            byte[] sent = renderer.pdf(templates.html("documents/agreement-dsa", model));
            long t1 = System.nanoTime();
            byte[] signed = renderer.append(sent, renderer.pdf(templates.html("documents/agreement-certificate", model)));
            long t2 = System.nanoTime();
            AgreementDocument.sha256(signed);
            long t3 = System.nanoTime();
            render += t1 - t0;
            certificate += t2 - t1;
            hash += t3 - t2;
            bytes = signed.length;
        }
        System.out.printf("rounds: %d%n", rounds);
        System.out.printf("agreement PDF (data-sharing template):   %.1f ms each%n", render / 1e6 / rounds);
        System.out.printf("certificate rendered and appended:       %.1f ms each%n", certificate / 1e6 / rounds);
        System.out.printf("SHA-256 of the signed PDF (%d KB):       %.2f ms each%n", bytes / 1024, hash / 1e6 / rounds);
    }
}
