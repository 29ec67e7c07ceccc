package org.ddmsportal.domain.task;

/**
 * What a task asks of the user; each is translated as {@code task.kind.<NAME>}. The record it is
 * about is an agreement or a case study ({@link #recordType()}).
 */
public enum TaskKind {
    /** An agreement the user drafted and has not sent for signature. */
    AGREEMENT_DRAFT("agreement"),
    /** An agreement out for signature whose next approval is the user's. */
    AGREEMENT_APPROVE("agreement"),
    /** An agreement out for signature whose next signature is the user's. */
    AGREEMENT_SIGN("agreement"),
    /** An active agreement the user owns whose renewal notice date has come (the expiry reminder). */
    AGREEMENT_RENEW("agreement"),
    /** A signed or active agreement the user owns whose review date is near (the review reminder). */
    AGREEMENT_REVIEW("agreement"),
    /** A case study the user started that is still a draft. */
    CASE_STUDY_DRAFT("case-study"),
    /** A case study of the user's country the coordinators sent back for changes. */
    CASE_STUDY_REVISE("case-study"),
    /** A case study submitted for review (any coordinator), or in review or resubmitted to the user. */
    CASE_STUDY_REVIEW("case-study"),
    /** An approved case study waiting for the user's organisation's clearance. */
    CASE_STUDY_CLEAR("case-study");

    private final String recordType;

    TaskKind(String recordType) {
        this.recordType = recordType;
    }

    /** {@code agreement} or {@code case-study}: which record's page the task opens. */
    public String recordType() {
        return recordType;
    }
}
