package org.ddmsportal.domain.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.ddmsportal.domain.shared.Lengths;

/**
 * One fired transition: which record moved from which state to which, by whom, when and why
 * (the comment every transition asks for). Append-only, like the audit trail.
 */
@Entity
@Table(name = "workflow_event")
public class WorkflowEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "workflow", nullable = false, updatable = false, length = Lengths.SHORT)
    private String workflow;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private Long subjectId;

    @Column(name = "transition_name", nullable = false, updatable = false, length = Lengths.SHORT)
    private String transition;

    @Column(name = "from_state", nullable = false, updatable = false, length = Lengths.SHORT)
    private String fromState;

    @Column(name = "to_state", nullable = false, updatable = false, length = Lengths.SHORT)
    private String toState;

    @Column(name = "comment_text", nullable = false, updatable = false, length = Lengths.DESCRIPTION)
    private String comment;

    @Column(name = "actor", nullable = false, updatable = false, length = Lengths.USERNAME)
    private String actor;

    @Column(name = "at", nullable = false, updatable = false)
    private Instant at;

    protected WorkflowEvent() {
        // for JPA
    }

    public WorkflowEvent(String workflow, Long subjectId, String transition, String fromState, String toState,
                         String comment, String actor, Instant at) {
        this.workflow = Objects.requireNonNull(workflow);
        this.subjectId = Objects.requireNonNull(subjectId);
        this.transition = Objects.requireNonNull(transition);
        this.fromState = Objects.requireNonNull(fromState);
        this.toState = Objects.requireNonNull(toState);
        this.comment = Objects.requireNonNull(comment);
        this.actor = Objects.requireNonNull(actor);
        this.at = Objects.requireNonNull(at);
    }

    public Long getId() {
        return id;
    }

    public String getWorkflow() {
        return workflow;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getTransition() {
        return transition;
    }

    public String getFromState() {
        return fromState;
    }

    public String getToState() {
        return toState;
    }

    public String getComment() {
        return comment;
    }

    public String getActor() {
        return actor;
    }

    public Instant getAt() {
        return at;
    }
}
