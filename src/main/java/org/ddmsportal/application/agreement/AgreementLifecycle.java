package org.ddmsportal.application.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.ddmsportal.application.shared.Versions;
import org.ddmsportal.application.audit.AuditService;
import org.ddmsportal.application.workflow.Lifecycle;
import org.ddmsportal.application.workflow.WorkflowEngine;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.audit.AuditEntry;
import org.ddmsportal.domain.agreement.AgreementPolicy;
import org.ddmsportal.domain.agreement.AgreementRepository;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.workflow.Transition;
import org.ddmsportal.domain.workflow.WorkflowEvent;

/**
 * The lifecycle of {@code workflows/agreement.json}: what the actor may do next, moving the
 * agreement along, and its history. Staff draft and submit, managers send and terminate, as the
 * workflow file says; what entering a state does is the workflow file's ({@link AgreementEntryEffects}).
 */
@ApplicationScoped
@Transactional
public class AgreementLifecycle implements Lifecycle<Agreement> {

    @Inject
    AgreementQueries queries;

    @Inject
    AgreementRepository agreements;

    @Inject
    WorkflowEngine workflow;

    @Inject
    AuditService auditLog;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public String workflowName() {
        return Agreement.WORKFLOW;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Transition> availableTransitions(@NotNull Actor actor, @NotNull Agreement agreement) {
        return workflow.available(actor, agreement, a -> AgreementPolicy.mayManage(a, agreement));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WorkflowEvent> lifecycle(@NotNull Actor actor, long id) {
        return lifecycle(actor, queries.get(actor, id));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WorkflowEvent> lifecycle(@NotNull Actor actor, @NotNull Agreement agreement) {
        queries.requireRead(actor, agreement);
        return workflow.events(Agreement.WORKFLOW, agreement.getId());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> history(@NotNull Actor actor, long id) {
        return history(actor, queries.get(actor, id));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> history(@NotNull Actor actor, @NotNull Agreement agreement) {
        queries.requireRead(actor, agreement);
        return auditLog.history(actor, agreement);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> states() {
        return workflow.definition(Agreement.WORKFLOW).states();
    }

    /**
     * Moves the agreement along its lifecycle ({@code version} is the one the user saw). What
     * entering a state does (fixing the PDF sent for signature, a new signing round on return to
     * draft) is declared in {@code workflows/agreement.json}: see {@link AgreementEntryEffects}.
     */
    @Override
    public void transition(@NotNull Actor actor, long id, long version, @NotNull String transition, String comment) {
        Agreement agreement = queries.get(actor, id);
        Versions.check(agreement, version);
        workflow.fire(actor, agreement, transition, comment, a -> AgreementPolicy.mayManage(a, agreement),
                agreement.getReference());
    }
}
