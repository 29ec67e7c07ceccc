package org.ddmsportal.domain.casestudy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import lombok.Getter;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.shared.GeneratedIdEntity;

/**
 * A partner's clearance of a case study, required when a data-sharing agreement behind it says
 * publications need the partner's clearance: one per agreement and partner organisation.
 */
@Entity
@Table(name = "case_study_clearance")
@Getter
public class Clearance extends GeneratedIdEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_study_id", nullable = false)
    private CaseStudy caseStudy;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agreement_id", nullable = false)
    private Agreement agreement;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ClearanceStatus status = ClearanceStatus.PENDING;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_name", length = 200)
    private String decidedName;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "comment")
    private String comment;

    /** Each decision is made on the version its contact saw (V28). */
    @Version
    @Column(nullable = false)
    private long version;

    protected Clearance() {
        // for JPA
    }

    Clearance(CaseStudy caseStudy, Agreement agreement, Organisation organisation) {
        this.caseStudy = Objects.requireNonNull(caseStudy);
        this.agreement = Objects.requireNonNull(agreement);
        this.organisation = Objects.requireNonNull(organisation);
    }

    public void decide(boolean cleared, String username, String name, String why, Instant at) {
        this.status = cleared ? ClearanceStatus.CLEARED : ClearanceStatus.REFUSED;
        this.decidedBy = username;
        this.decidedName = name;
        this.comment = why == null || why.isBlank() ? null : why.strip();
        this.decidedAt = at;
    }

    public boolean concerns(Agreement a, Organisation o) {
        return agreement.equals(a) && organisation.equals(o);
    }
}
