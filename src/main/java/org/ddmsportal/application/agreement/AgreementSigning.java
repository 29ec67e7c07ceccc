package org.ddmsportal.application.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.ddmsportal.application.audit.AuditTrail;
import org.ddmsportal.application.shared.AccessDeniedException;
import org.ddmsportal.application.shared.Clocks;
import org.ddmsportal.application.shared.InvalidInputException;
import org.ddmsportal.application.workflow.TransitionRefusedException;
import org.ddmsportal.application.workflow.WorkflowEngine;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.agreement.AgreementDocument;
import org.ddmsportal.domain.agreement.AgreementParty;
import org.ddmsportal.domain.agreement.AgreementRepository;
import org.ddmsportal.domain.agreement.DocumentKind;
import org.ddmsportal.domain.agreement.PartyRole;
import org.ddmsportal.domain.agreement.PartyStatus;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Lengths;
import org.ddmsportal.domain.workflow.AutoComment;

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
    AgreementNotifications notifications;

    @Inject
    Clock clock;

    /** What the signing panel shows: whether it is the actor's turn, and the hash of the document to sign. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SigningTurn> turn(@NotNull Actor actor, long id) {
        return turn(actor, queries.get(actor, id));
    }

    /** {@link #turn(Actor, long)} for an agreement the caller has already loaded (checked on it, not read again). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SigningTurn> turn(@NotNull Actor actor, @NotNull Agreement agreement) {
        Agreement a = queries.requireRead(actor, agreement);
        return a.currentParty().filter(p -> p.isSignatory(actor.email()))
                .flatMap(p -> agreements.document(a.getId(), DocumentKind.SENT)
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
        // entering SIGNED stores the signed document (freezeDocument), which the completion mail attaches
        workflow.fireAutomatic(actor, a, "complete", AutoComment.of("lifecycle.auto.agreement.complete"),
                a.getReference());
        notifications.completed(a, agreements.document(id, DocumentKind.FINAL).orElseThrow().getId());
        if (a.getEffectiveDate() == null || !a.getEffectiveDate().isAfter(LocalDate.now(clock))) {
            workflow.fireAutomatic(actor, a, "activate", AutoComment.of("lifecycle.auto.agreement.activateOnSigning"),
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
        // who had approved or signed in this round: entering DRAFT voids it, and they are told
        Map<String, String> voided = new LinkedHashMap<>();   // e-mail → organisation (one party may be two rows)
        a.signingQueue().stream().filter(p -> p != party && p.getStatus() != PartyStatus.PENDING && p.getContact() != null)
                .forEach(p -> voided.putIfAbsent(p.getContact().getEmail(), p.getOrganisation().getName()));
        a.recordDecline(party, actor.username(), now(), ip, userAgent, sent.getSha256());
        audit.updated(actor, a, a.getReference() + " — DECLINED " + party.getOrganisation().getName(), before);
        // entering DRAFT starts a new signing round (discardSignatures)
        workflow.fireAutomatic(actor, a, "decline", AutoComment.of("lifecycle.auto.agreement.decline",
                party.getOrganisation().getName(), reason.strip()), a.getReference());
        notifications.voided(a, voided, actor.displayName(), party.getOrganisation().getName() + ": " + reason.strip());
    }

    private AgreementParty turnOf(Actor actor, Agreement a) {
        if (!Agreement.OUT_FOR_SIGNATURE.equals(a.getStatus())) {
            throw new InvalidInputException("error.agreement.notOutForSignature");
        }
        AgreementParty current = a.currentParty().orElseThrow(AccessDeniedException::new);
        if (!current.isSignatory(actor.email())) {
            // A party that has acted already (its page was stale), one acting before its turn, or
            // someone who is no party at all.
            Optional<AgreementParty> done = a.signingQueue().stream()
                    .filter(p -> p.isSignatory(actor.email()) && p.getStatus() != PartyStatus.PENDING).findFirst();
            if (done.isPresent()) {
                throw new InvalidInputException("error.agreement.alreadyActed", done.get().getOrganisation().getName());
            }
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

    private Instant now() {
        return Clocks.stamp(clock);
    }
}
