package org.ddmsportal.domain.data;

/**
 * How often a dataset is updated, with the matching term of the EU frequency vocabulary
 * (http://publications.europa.eu/resource/authority/frequency) used in the DCAT-AP catalogue.
 */
public enum Periodicity {
    DAILY("DAILY"),
    WEEKLY("WEEKLY"),
    MONTHLY("MONTHLY"),
    QUARTERLY("QUARTERLY"),
    ANNUAL("ANNUAL"),
    IRREGULAR("IRREG"),
    ONCE("NEVER");

    private final String euFrequency;

    Periodicity(String euFrequency) {
        this.euFrequency = euFrequency;
    }

    public String euFrequency() {
        return euFrequency;
    }
}
