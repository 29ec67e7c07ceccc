package org.ddmsportal.application.workflow;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.ddmsportal.domain.audit.AuditEntry;
import org.ddmsportal.domain.shared.AbstractEntity;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.workflow.Transition;
import org.ddmsportal.domain.workflow.WorkflowEvent;
import org.ddmsportal.domain.workflow.Workflowable;

/**
 * The lifecycle use cases of an aggregate that follows a workflow of {@code workflows/}: what the
 * user may fire now, firing one, and the record's lifecycle and history. The service of every such
 * aggregate offers them under its own read and scope rules, so that one lifecycle panel (the web
 * layer's {@code ddms:lifecycle}) serves every workflow, and a new one gets it by implementing this.
 *
 * <p>The constraints here are the implementations' own: Bean Validation refuses an implementation
 * that declares other parameter constraints than the method it implements.
 *
 * @param <E> the aggregate
 */
public interface Lifecycle<E extends Workflowable> {

    /** The workflow's name (its file in {@code workflows/}), e.g. {@code partnership}. */
    String workflowName();

    /** The transitions the actor could fire now (role, state and scope; guards are checked on firing). */
    List<Transition> availableTransitions(@NotNull Actor actor, @NotNull E subject);

    /**
     * Fires a transition with the actor's comment; {@code version} is the one the user saw, so a
     * record changed in between is not moved on stale information.
     */
    void transition(@NotNull Actor actor, long id, long version, @NotNull String transition, String comment);

    /** The record's workflow events (the lifecycle tab). */
    List<WorkflowEvent> lifecycle(@NotNull Actor actor, long id);

    /**
     * The workflow events of a record the caller has already loaded within the actor's scope (a
     * record's page): the read rule is checked on it, and it is not read again. By default the
     * id's answer, for an aggregate whose lifecycle has no read rule of its own beyond the page's.
     */
    default List<WorkflowEvent> lifecycle(@NotNull Actor actor, @NotNull E subject) {
        return lifecycle(actor, ((AbstractEntity) subject).getId());
    }

    /** The record's audit entries. */
    List<AuditEntry> history(@NotNull Actor actor, long id);

    /** The audit entries of a record already loaded within the actor's scope (checked on it, not read again). */
    default List<AuditEntry> history(@NotNull Actor actor, @NotNull E subject) {
        return history(actor, ((AbstractEntity) subject).getId());
    }
}
