package org.ddmsportal.domain.casestudy;

/**
 * The structured template of a case study: what every case study tells, in this order. Review
 * comments are anchored to a section (or to the summary).
 */
public enum Section {
    SUMMARY,
    MOTIVATION,
    ORGANISATIONAL_CONTEXT,
    DATA_CONTEXT,
    APPROACH,
    RESULTS,
    DECISION_IMPACT,
    NEXT_STEPS
}
