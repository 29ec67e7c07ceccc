package org.ddmsportal.application.picker;

/**
 * The portal's autocomplete pickers. Each picks one kind of record within the scope the form it
 * serves allowed before (its option list), so a picker offers — and accepts — nothing the form
 * would refuse or the user may not read. {@link PickerService} holds each scope.
 */
public enum Picker {
    /** Municipalities a pilot may run in: of the user's country (any for administrators). */
    CITY,
    /** Municipalities a decision may be recorded for: of an NSI user's country, or a contact's own city. */
    DECISION_CITY,
    /** NSIs and their regional offices that may lead a pilot or partnership: of the user's country. */
    LEAD,
    /** Any organisation (partners may be international), the user's country first. */
    ORGANISATION,
    /** Organisations a contact may belong to: of an NSI user's country, any for others. */
    CONTACT_ORGANISATION,
    /** Partnerships of the user's country (any for administrators). */
    PARTNERSHIP,
    /** Datasets of the user's country (any for administrators). */
    DATASET,
    /** Indicators of the user's country (any for administrators). */
    INDICATOR,
    /** Pilots of the user's country (any for administrators). */
    PILOT,
    /** Any pilot (an activity may present another country's), the user's country first. */
    ANY_PILOT,
    /** Any indicator, the user's country first. */
    ANY_INDICATOR,
    /** Case studies the user may read: published ones and, for NSI users, their country's. */
    CASE_STUDY,
    /** Data-sharing agreements of the user's country that may govern a dataset. */
    AGREEMENT
}
