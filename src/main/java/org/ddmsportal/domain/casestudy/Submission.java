package org.ddmsportal.domain.casestudy;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;
import org.ddmsportal.domain.shared.GeneratedIdEntity;

/** The content of a case study as it was submitted for review, numbered 1, 2, … Never changes. */
@Entity
@Table(name = "case_study_submission")
@Getter
public class Submission extends GeneratedIdEntity {

    @Column(name = "case_study_id", nullable = false, updatable = false)
    private long caseStudyId;

    @Column(name = "number", nullable = false, updatable = false)
    private int number;

    @Embedded
    private CaseStudyContent content;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "submitted_by", nullable = false, updatable = false, length = 100)
    private String submittedBy;

    protected Submission() {
        // for JPA
    }

    public Submission(long caseStudyId, int number, CaseStudyContent content, Instant submittedAt, String submittedBy) {
        this.caseStudyId = caseStudyId;
        this.number = number;
        this.content = content.copy();
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
    }
}
