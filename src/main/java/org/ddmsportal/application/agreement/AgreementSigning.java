package org.ddmsportal.application.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.ddmsportal.application.audit.AuditTrail;
import org.ddmsportal.application.shared.AccessDeniedException;
import org.ddmsportal.application.shared.InvalidInputException;
import org.ddmsportal.application.workflow.TransitionRefusedException;
import org.ddmsportal.application.workflow.WorkflowEngine;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.agreement.AgreementDocument;
import org.ddmsportal.domain.agreement.AgreementParty;
import org.ddmsportal.domain.agreement.AgreementRepository;
import org.ddmsportal.domain.agreement.DocumentKind;
import org.ddmsportal.domain.agreement.PartyRole;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Lengths;

/**
 * Signing by turn: only the signatory contact whose turn it is (approvers first, then signers in
 * their order) approves, signs or declines — whatever page or URL they come from. The last
 * signature completes the agreement.
 */
@ApplicationScoped
@Transactional
public class AgreementSigning {

    @Inject
    AgreementQueries queries;

    @Inject
    AgreementRepository agreements;

    @Inject
    WorkflowEngine workflow;

    @Inject
    AuditTrail audit;

    @Inject
    AgreementDocuments documents;

    @Inject
    AgreementNotifications notifications;

    /** What the signing panel shows: whether it is the actor's turn, and the hash of the document to sign. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SigningTurn> turn(@NotNull Actor actor, long id) {
        Agreement a = queries.get(actor, id);
        return a.currentParty().filter(p -> p.isSignatory(actor.email()))
                .flatMap(p -> agreements.document(id, DocumentKind.SENT)
                        .map(d -> new SigningTurn(p.getRole(), p.getOrganisation().getName(), d.getSha256())));
    }

    /** The actor's turn: as approver or signer, for which organisation, on which document. */
    public record SigningTurn(PartyRole role, String organisation, String documentSha256) {
    }

    /**
     * The current party approves or signs the document it was shown ({@code shownSha256}). The
     * last signature completes the agreement: the final PDF with its certificate of completion
     * is stored, the agreement is frozen, and every party is sent the final PDF.
     */
    public void consent(@NotNull Actor actor, long id, @NotNull String shownSha256, String ip, String userAgent) {
        Agreement a = queries.get(actor, id);
        AgreementParty party = turnOf(actor, a);
        AgreementDocument sent = sentDocument(a, shownSha256);
        var before = a.auditSnapshot();
        a.recordConsent(party, actor.username(), now(), ip, userAgent, sent.getSha256());
        audit.updated(actor, a, a.getReference() + " — " + party.getRole() + " " + party.getOrganisation().getName(),
                before);
        if (!a.fullySigned()) {
            notifications.turn(a);
            return;
        }
        workflow.fireAutomatic(actor, a, "complete", "All parties have approved or signed.", a.getReference());
        String odrlSha = null;
        if (a.isDataSharing()) {
            String odrl = AgreementOdrl.jsonLd(a, notifications.portalUrl());
            agreements.addDocument(new AgreementDocument(id, DocumentKind.ODRL, odrl.getBytes(StandardCharsets.UTF_8),
                    now()));
            odrlSha = AgreementOdrl.sha256(odrl);
        }
        byte[] signed = documents.withCertificate(a, sent.getContent(), sent.getSha256(),
                workflow.events(Agreement.WORKFLOW, id), odrlSha);
        AgreementDocument finalDocument = new AgreementDocument(id, DocumentKind.FINAL, signed, now());
        agreements.addDocument(finalDocument);
        notifications.completed(a, finalDocument.getId());
        if (a.getEffectiveDate() == null || !a.getEffectiveDate().isAfter(LocalDate.now())) {
            workflow.fireAutomatic(actor, a, "activate", "The agreement is signed and its effective date has come.",
                    a.getReference());
        }
    }

    /** The current party declines, with a reason; the agreement returns to draft for a new round. */
    public void decline(@NotNull Actor actor, long id, @NotNull String shownSha256, String reason, String ip,
                        String userAgent) {
        Agreement a = queries.get(actor, id);
        AgreementParty party = turnOf(actor, a);
        AgreementDocument sent = sentDocument(a, shownSha256);
        if (reason == null || reason.isBlank()) {
            throw TransitionRefusedException.commentRequired();
        }
        // the comment stored is "<organisation>: <reason>"
        if (reason.strip().length() > WorkflowEngine.MAX_COMMENT - Lengths.NAME - 2) {
            throw TransitionRefusedException.commentTooLong(WorkflowEngine.MAX_COMMENT - Lengths.NAME - 2);
        }
        var before = a.auditSnapshot();
        a.recordDecline(party, actor.username(), now(), ip, userAgent, sent.getSha256());
        audit.updated(actor, a, a.getReference() + " — DECLINED " + party.getOrganisation().getName(), before);
        workflow.fireAutomatic(actor, a, "decline", party.getOrganisation().getName() + ": " + reason.strip(),
                a.getReference());
        agreements.removeDocument(id, DocumentKind.SENT);
        a.resetSignatures();
    }

    private AgreementParty turnOf(Actor actor, Agreement a) {
        if (!Agreement.OUT_FOR_SIGNATURE.equals(a.getStatus())) {
            throw new InvalidInputException("error.agreement.notOutForSignature");
        }
        AgreementParty current = a.currentParty().orElseThrow(AccessDeniedException::new);
        if (!current.isSignatory(actor.email())) {
            // A party acting out of turn, or someone who is no party at all.
            boolean waiting = a.signingQueue().stream().anyMatch(p -> p.isSignatory(actor.email()));
            throw waiting ? new InvalidInputException("error.agreement.notYourTurn") : new AccessDeniedException();
        }
        return current;
    }

    private AgreementDocument sentDocument(Agreement a, String shownSha256) {
        AgreementDocument sent = agreements.document(a.getId(), DocumentKind.SENT)
                .orElseThrow(() -> new InvalidInputException("error.agreement.notOutForSignature"));
        if (!sent.getSha256().equalsIgnoreCase(shownSha256.strip())) {
            throw new InvalidInputException("error.agreement.documentChanged");
        }
        return sent;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
