package org.ddmsportal.domain.agreement;

import lombok.RequiredArgsConstructor;

/**
 * What kind of personal data an agreement shares, as a concept of the W3C Data Privacy
 * Vocabulary (DPV 2.2, {@code personal_data.ttl}); the twin types its {@code dpv:hasPersonalData}
 * with it. Special categories are those of GDPR Art. 9 (health, ethnic origin, …).
 */
@RequiredArgsConstructor
public enum PersonalDataKind {
    PERSONAL("PersonalData"),
    PSEUDONYMISED("PseudonymisedData"),
    SENSITIVE("SensitivePersonalData"),
    SPECIAL_CATEGORY("SpecialCategoryPersonalData");

    private final String dpvConcept;

    /** The DPV concept as a compact IRI, e.g. {@code dpv:PseudonymisedData}. */
    public String dpv() {
        return "dpv:" + dpvConcept;
    }
}
