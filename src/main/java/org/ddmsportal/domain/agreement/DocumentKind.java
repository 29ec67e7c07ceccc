package org.ddmsportal.domain.agreement;

/**
 * The stored documents of an agreement: the PDF as sent for signature, the signed PDF with its
 * certificate, and the ODRL/DPV JSON-LD twin of a signed data-sharing agreement.
 */
public enum DocumentKind {
    SENT,
    FINAL,
    ODRL
}
