package org.ddmsportal.application.editing;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.ddmsportal.application.audit.AuditService;
import org.ddmsportal.application.shared.EditForm;
import org.ddmsportal.application.shared.Versions;
import org.ddmsportal.application.workflow.Lifecycle;
import org.ddmsportal.application.workflow.WorkflowEngine;
import org.ddmsportal.domain.audit.AuditEntry;
import org.ddmsportal.domain.shared.AbstractEntity;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.workflow.Transition;
import org.ddmsportal.domain.workflow.WorkflowEvent;
import org.ddmsportal.domain.workflow.Workflowable;

/**
 * An {@link EditingService} whose aggregate follows a workflow of {@code workflows/}, moved by
 * whoever may edit the record: the {@link Lifecycle} use cases through the {@link WorkflowEngine},
 * under the service's read and edit rules.
 *
 * @param <E> the aggregate
 * @param <F> its form
 * @param <C> its criteria
 */
public abstract class WorkflowEditingService<E extends AbstractEntity & Workflowable, F extends EditForm, C>
        extends EditingService<E, F, C> implements Lifecycle<E> {

    @Inject
    protected WorkflowEngine workflow;

    @Inject
    protected AuditService auditLog;

    private final String workflowName;

    /** @param workflowName the workflow's name, e.g. {@code Pilot.WORKFLOW} */
    protected WorkflowEditingService(Function<E, String> label, BiPredicate<Actor, E> mayRead,
            BiPredicate<Actor, E> mayEdit, Listing<C> listing, String workflowName) {
        super(label, mayRead, mayEdit, listing);
        this.workflowName = workflowName;
    }

    /**
     * Moves the record along its lifecycle. {@code version} is the version the user saw: a record
     * changed in between is not moved on stale information.
     */
    @Override
    public void transition(@NotNull Actor actor, long id, long version, @NotNull String transition, String comment) {
        E record = get(actor, id);
        Versions.check(record, version);
        workflow.fire(actor, record, transition, comment, a -> mayEdit(a, record), label(record));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public String workflowName() {
        return workflowName;
    }

    /** The lifecycle's states in their declared order (for filters). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> states() {
        return workflow.definition(workflowName).states();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Transition> availableTransitions(@NotNull Actor actor, @NotNull E record) {
        return workflow.available(actor, record, a -> mayEdit(a, record));
    }

    /** The record's workflow events, if the actor may read it (otherwise "not found", as {@link #get}). */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WorkflowEvent> lifecycle(@NotNull Actor actor, long id) {
        return lifecycle(actor, get(actor, id));
    }

    /** The workflow events of a record the caller has loaded: the read rule is checked on it. */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WorkflowEvent> lifecycle(@NotNull Actor actor, @NotNull E record) {
        requireRead(actor, record);
        return events(record.getId());
    }

    /** The events the lifecycle tab shows, latest first; an aggregate with moves of its own adds them. */
    protected List<WorkflowEvent> events(long id) {
        return workflow.events(workflowName, id);
    }

    /** The record's audit entries, if the actor may read it (otherwise "not found", as {@link #get}). */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> history(@NotNull Actor actor, long id) {
        return history(actor, get(actor, id));
    }

    /** The audit entries of a record the caller has loaded: the read rule is checked on it. */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> history(@NotNull Actor actor, @NotNull E record) {
        requireRead(actor, record);
        return auditLog.history(actor, record);
    }
}
