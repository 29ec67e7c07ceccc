package org.ddmsportal.domain.agreement;

import lombok.RequiredArgsConstructor;

/**
 * The kind of legal basis an agreement's data is shared under, as a concept of the W3C Data
 * Privacy Vocabulary (DPV 2.2, {@code legal_basis.ttl}): the agreement's machine-readable twin
 * types its {@code dpv:hasLegalBasis} with it. The GDPR's Art. 6(1) bases, and the public-interest
 * and official-authority ones NSIs usually share under (national statistics laws).
 */
@RequiredArgsConstructor
public enum LegalBasisKind {
    PUBLIC_INTEREST("PublicInterest"),
    OFFICIAL_AUTHORITY("OfficialAuthorityOfController"),
    LEGAL_OBLIGATION("LegalObligation"),
    CONTRACT("Contract"),
    CONSENT("Consent"),
    LEGITIMATE_INTEREST("LegitimateInterest"),
    VITAL_INTEREST("VitalInterest");

    private final String dpvConcept;

    /** The DPV concept as a compact IRI, e.g. {@code dpv:PublicInterest}. */
    public String dpv() {
        return "dpv:" + dpvConcept;
    }
}
