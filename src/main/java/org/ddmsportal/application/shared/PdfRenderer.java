package org.ddmsportal.application.shared;

/** Turns XHTML into PDF (fonts embedded) and joins PDFs. */
public interface PdfRenderer {

    byte[] pdf(String xhtml);

    /** The pages of {@code first} followed by those of {@code second}. */
    byte[] append(byte[] first, byte[] second);
}
