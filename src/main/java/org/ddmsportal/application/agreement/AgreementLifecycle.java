package org.ddmsportal.application.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.ddmsportal.application.shared.IdentityAccounts;
import org.ddmsportal.application.shared.Versions;
import org.ddmsportal.application.workflow.WorkflowEngine;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.agreement.AgreementDocument;
import org.ddmsportal.domain.agreement.AgreementParty;
import org.ddmsportal.domain.agreement.AgreementPolicy;
import org.ddmsportal.domain.agreement.AgreementRepository;
import org.ddmsportal.domain.agreement.DocumentKind;
import org.ddmsportal.domain.contact.Contact;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.workflow.Transition;
import org.ddmsportal.domain.workflow.WorkflowEvent;

/**
 * The lifecycle of {@code workflows/agreement.json}: what the actor may do next, moving the
 * agreement along, and its history. Staff draft and submit, managers send and terminate, as the
 * workflow file says; sending for signature fixes the document every party signs.
 */
@ApplicationScoped
@Transactional
public class AgreementLifecycle {

    public static final String SEND_FOR_SIGNATURE = "sendForSignature";

    @Inject
    AgreementQueries queries;

    @Inject
    AgreementRepository agreements;

    @Inject
    WorkflowEngine workflow;

    @Inject
    AgreementDocuments documents;

    @Inject
    IdentityAccounts identity;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Transition> availableTransitions(@NotNull Actor actor, @NotNull Agreement agreement) {
        return workflow.available(actor, agreement, a -> AgreementPolicy.mayManage(a, agreement));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WorkflowEvent> lifecycle(@NotNull Actor actor, long id) {
        queries.get(actor, id);
        return workflow.events(Agreement.WORKFLOW, id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> states() {
        return workflow.definition(Agreement.WORKFLOW).states();
    }

    /**
     * Moves the agreement along its lifecycle ({@code version} is the one the user saw). Sending
     * for signature fixes the PDF: it is rendered once, stored with its SHA-256, and is what
     * every party sees and signs; signatory contacts without an account get one.
     */
    public void transition(@NotNull Actor actor, long id, long version, @NotNull String transition, String comment) {
        Agreement agreement = queries.get(actor, id);
        Versions.check(agreement, version);
        boolean sending = SEND_FOR_SIGNATURE.equals(transition);
        if (sending) {
            agreement.resetSignatures();
            agreements.removeDocument(id, DocumentKind.SENT);
        }
        workflow.fire(actor, agreement, transition, comment, a -> AgreementPolicy.mayManage(a, agreement),
                agreement.getReference());
        if (sending) {
            for (AgreementParty p : agreement.signingQueue()) {
                Contact c = p.getContact();
                identity.ensureContactAccount(c.getEmail(), c.getFullName(),
                        p.getOrganisation().getCountry().getAlpha2(), p.getOrganisation().getCode());
            }
            agreements.addDocument(new AgreementDocument(id, DocumentKind.SENT, documents.pdf(agreement), now()));
        }
        if (Agreement.DRAFT.equals(agreement.getStatus())) {
            // back to draft (recalled): the next round signs a new document
            agreement.resetSignatures();
            agreements.removeDocument(id, DocumentKind.SENT);
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
