package org.ddmsportal.domain.data;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;

/**
 * How often a dataset is updated, with the matching term of the EU frequency vocabulary
 * (http://publications.europa.eu/resource/authority/frequency) used in the DCAT-AP catalogue.
 */
@RequiredArgsConstructor
public enum Periodicity {
    DAILY("DAILY"),
    WEEKLY("WEEKLY"),
    MONTHLY("MONTHLY"),
    QUARTERLY("QUARTERLY"),
    ANNUAL("ANNUAL"),
    IRREGULAR("IRREG"),
    ONCE("NEVER");

    @Getter @Accessors(fluent = true)
    private final String euFrequency;
}
