package org.ddmsportal.application.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ddmsportal.application.audit.AuditService;
import org.ddmsportal.application.audit.AuditTrail;
import org.ddmsportal.application.shared.AccessDeniedException;
import org.ddmsportal.application.shared.IdentityAccounts;
import org.ddmsportal.application.shared.InvalidInputException;
import org.ddmsportal.application.shared.NotFoundException;
import org.ddmsportal.application.shared.Versions;
import org.ddmsportal.application.workflow.Lifecycle;
import org.ddmsportal.application.workflow.TransitionRefusedException;
import org.ddmsportal.application.workflow.WorkflowEngine;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.agreement.AgreementAccess;
import org.ddmsportal.domain.agreement.AgreementDocument;
import org.ddmsportal.domain.agreement.AgreementParty;
import org.ddmsportal.domain.agreement.AgreementRepository;
import org.ddmsportal.domain.agreement.DataSharingTerms;
import org.ddmsportal.domain.agreement.DocumentKind;
import org.ddmsportal.domain.agreement.PartyRole;
import org.ddmsportal.domain.agreement.TermsChecklist;
import org.ddmsportal.domain.audit.AuditEntry;
import org.ddmsportal.domain.contact.Contact;
import org.ddmsportal.domain.contact.ContactRepository;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.organisation.OrganisationRepository;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.partnership.PartnershipRepository;
import org.ddmsportal.domain.shared.Lengths;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;
import org.ddmsportal.domain.shared.Role;
import org.ddmsportal.domain.workflow.Transition;
import org.ddmsportal.domain.workflow.WorkflowEvent;

/**
 * Use cases of agreements: drafting, the lifecycle of {@code workflows/agreement.json}, signing,
 * amendments and verification.
 *
 * <p>Scope: administrators everything; NSI managers and staff of the agreement's country manage
 * it (staff draft and submit, managers send and terminate, as the workflow file says);
 * coordinators read all; a contact reads the agreements their organisation is party to. Signing
 * is by turn: only the signatory contact whose turn it is (approvers first, then signers in
 * their order) approves, signs or declines — whatever page or URL they come from.
 */
@ApplicationScoped
@Transactional
public class AgreementService implements Lifecycle<Agreement> {

    public static final String SEND_FOR_SIGNATURE = "sendForSignature";

    @Inject
    AgreementRepository agreements;

    @Inject
    PartnershipRepository partnerships;

    @Inject
    OrganisationRepository organisations;

    @Inject
    ContactRepository contacts;

    @Inject
    WorkflowEngine workflow;

    @Inject
    AuditTrail audit;

    @Inject
    AuditService auditLog;

    @Inject
    AgreementDocuments documents;

    @Inject
    AgreementNotifications notifications;

    @Inject
    IdentityAccounts identity;

    // ---- reading -------------------------------------------------------------------------

    /** The agreements the actor may read, filtered, sorted and paged by the database. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Agreement> search(@NotNull Actor actor, @NotNull PageRequest request) {
        Map<String, String> filters = new HashMap<>(request.filters());
        if (!actor.isAdmin() && !actor.has(Role.COORDINATOR)) {
            if (actor.isNsi()) {
                filters.put("country", actor.countryCode() == null ? "--" : actor.countryCode());
            } else {
                filters.put("visibleToContact", (actor.organisationCode() == null ? "--" : actor.organisationCode())
                        + " " + (actor.email() == null ? "--" : actor.email()));
            }
        }
        return agreements.search(new PageRequest(request.first(), request.size(), request.sortField(),
                request.ascending(), filters, request.search()));
    }

    /** The agreements waiting for the actor's own approval or signature now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Agreement> awaitingMe(@NotNull Actor actor) {
        if (actor.email() == null) {
            return List.of();
        }
        return agreements.search(new PageRequest(0, 50, "modifiedAt", false,
                        Map.of("partyEmail", actor.email(), "status", Agreement.OUT_FOR_SIGNATURE), null)).rows()
                .stream().filter(a -> a.currentParty().filter(p -> p.isSignatory(actor.email())).isPresent())
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Agreement> find(@NotNull Actor actor, long id) {
        return agreements.find(id).filter(a -> mayRead(actor, a));
    }

    /** The agreement, if the actor may read it; otherwise "not found" (its existence is not disclosed). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Agreement get(@NotNull Actor actor, long id) {
        return find(actor, id).orElseThrow(NotFoundException::new);
    }

    /** Who reads an agreement: see {@link AgreementAccess}. */
    public boolean mayRead(Actor actor, Agreement a) {
        return AgreementAccess.mayRead(actor, a.getCountryCode(),
                a.getParties().stream().map(p -> p.getOrganisation().getCode()).toList(),
                a.getParties().stream().map(p -> p.getContact() == null ? null : p.getContact().getEmail())
                        .filter(Objects::nonNull).toList());
    }

    public boolean mayManage(Actor actor, Agreement a) {
        return AgreementAccess.mayManage(actor, a.getCountryCode());
    }

    public boolean mayCreate(@NotNull Actor actor, @NotNull Partnership partnership) {
        return actor.isAdmin() || (actor.isNsi() && actor.inCountry(partnership.getCountry().getAlpha2()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TermsChecklist.Result checklist(@NotNull Actor actor, long id) {
        return TermsChecklist.check(get(actor, id));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public String workflowName() {
        return Agreement.WORKFLOW;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Transition> availableTransitions(@NotNull Actor actor, @NotNull Agreement agreement) {
        return workflow.available(actor, agreement, a -> mayManage(a, agreement));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WorkflowEvent> lifecycle(@NotNull Actor actor, long id) {
        get(actor, id);
        return workflow.events(Agreement.WORKFLOW, id);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> history(@NotNull Actor actor, long id) {
        return auditLog.history(actor, "Agreement", id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> states() {
        return workflow.definition(Agreement.WORKFLOW).states();
    }

    /** The document as XHTML (preview of a draft, or of the document as sent). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String preview(@NotNull Actor actor, long id) {
        return documents.html(get(actor, id));
    }

    /**
     * The PDF the actor should see: the signed one with its certificate once complete, the one
     * sent for signature while out for signature, and a fresh rendering of a draft.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AgreementPdf pdf(@NotNull Actor actor, long id) {
        Agreement a = get(actor, id);
        for (DocumentKind kind : List.of(DocumentKind.FINAL, DocumentKind.SENT)) {
            Optional<AgreementDocument> doc = agreements.document(id, kind);
            if (doc.isPresent()) {
                return new AgreementPdf(a.getReference() + (kind == DocumentKind.FINAL ? "-signed" : "") + ".pdf",
                        doc.get().getContent(), doc.get().getSha256());
            }
        }
        byte[] draft = documents.pdf(a);
        return new AgreementPdf(a.getReference() + "-draft.pdf", draft, AgreementDocument.sha256(draft));
    }

    /** A PDF with its file name and SHA-256. */
    public record AgreementPdf(String fileName, byte[] content, String sha256) {
    }

    /** The contacts who may sign for an organisation (for the party picker). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Contact> signatoryOptions(@NotNull Actor actor, long organisationId) {
        return contacts.search(new PageRequest(0, 200, "fullName", true,
                Map.of("organisationId", Long.toString(organisationId)), null)).rows();
    }

    // ---- drafting ------------------------------------------------------------------------

    public long create(@NotNull Actor actor, @NotNull @Valid AgreementForm form) {
        Partnership partnership = partnerships.find(form.getPartnershipId())
                .orElseThrow(() -> new InvalidInputException("error.agreement.unknownPartnership"));
        if (!mayCreate(actor, partnership)) {
            throw new AccessDeniedException();
        }
        String country = partnership.getCountry().getAlpha2();
        int year = LocalDate.now().getYear();
        String reference = "%s-%d-%04d".formatted(country, year, agreements.nextNumber(country, year));
        Agreement agreement;
        try {
            agreement = new Agreement(reference, form.getKind(), form.getTitle(), partnership,
                    workflow.initialState(Agreement.WORKFLOW), actor.email());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("error.invalidInput");
        }
        apply(agreement, form);
        audit.created(actor, agreement, agreement.getReference(), agreements::add);
        return agreement.getId();
    }

    public void update(@NotNull Actor actor, long id, @NotNull @Valid AgreementForm form) {
        Agreement agreement = get(actor, id);
        if (!mayManage(actor, agreement)) {
            throw new AccessDeniedException();
        }
        Versions.check(agreement, form.getVersion());
        if (!agreement.isEditable()) {
            throw new InvalidInputException(agreement.isFrozen() ? "error.agreement.frozen" : "error.agreement.notDraft");
        }
        var before = agreement.auditSnapshot();
        try {
            agreement.retitle(form.getTitle());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("error.invalidInput");
        }
        apply(agreement, form);
        audit.updated(actor, agreement, agreement.getReference(), before);
    }

    /** An amendment of a signed agreement: a new draft linked to it, starting from its parties and terms. */
    public long amend(@NotNull Actor actor, long id) {
        Agreement original = get(actor, id);
        if (!mayManage(actor, original)) {
            throw new AccessDeniedException();
        }
        if (!original.isFrozen()) {
            throw new InvalidInputException("error.agreement.amendOnlySigned");
        }
        String country = original.getCountryCode();
        int year = LocalDate.now().getYear();
        String reference = "%s-%d-%04d".formatted(country, year, agreements.nextNumber(country, year));
        Agreement amendment = original.amendment(reference, workflow.initialState(Agreement.WORKFLOW), actor.email());
        audit.created(actor, amendment, amendment.getReference(), agreements::add);
        return amendment.getId();
    }

    private void apply(Agreement agreement, AgreementForm form) {
        try {
            agreement.describe(form.getEffectiveDate(), form.getExpiryDate(), form.getRenewalNoticeDays(),
                    form.getReviewDate());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("error.agreement.dates");
        }
        try {
            agreement.replaceTerms(new DataSharingTerms()
                    .items(form.getItemsCovered()).purposes(form.getPurposes()).legalBasis(form.getLegalBasis())
                    .personalData(form.getPersonalData(), form.getPersonalDataCategories())
                    .confidentiality(form.getConfidentiality(), form.getDisclosureControl(), form.getMinCellCount())
                    .uses(form.getPermittedUses(), form.getProhibitedUses())
                    .access(form.getAccessMethod(), form.getFrequency())
                    .retention(form.getRetentionPeriod(), form.getDeletionDuty())
                    .breaches(form.getBreachProcedure()).proprietaryRights(form.getProprietaryRights())
                    .publication(form.getPublicationAllowed(), form.getPublicationClearance())
                    .costs(form.getCosts()).term(form.getTerm()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("error.invalidInput");
        }
        List<Agreement.PartyEntry> entries = new ArrayList<>();
        for (AgreementForm.PartyRow row : form.getParties()) {
            Organisation organisation = organisations.find(row.getOrganisationId())
                    .orElseThrow(() -> new InvalidInputException("error.unknownOrganisation"));
            Contact contact = null;
            if (row.getContactId() != null) {
                contact = contacts.find(row.getContactId())
                        .orElseThrow(() -> new InvalidInputException("error.agreement.unknownContact"));
            }
            entries.add(new Agreement.PartyEntry(organisation, contact, row.getRole(), row.getOrder()));
        }
        try {
            agreement.replaceParties(entries);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("error.agreement.parties");
        }
    }

    // ---- lifecycle -----------------------------------------------------------------------

    /**
     * Moves the agreement along its lifecycle ({@code version} is the one the user saw). Sending
     * for signature fixes the PDF: it is rendered once, stored with its SHA-256, and is what
     * every party sees and signs; signatory contacts without an account get one.
     */
    @Override
    public void transition(@NotNull Actor actor, long id, long version, @NotNull String transition, String comment) {
        Agreement agreement = get(actor, id);
        Versions.check(agreement, version);
        boolean sending = SEND_FOR_SIGNATURE.equals(transition);
        if (sending) {
            agreement.resetSignatures();
            agreements.removeDocument(id, DocumentKind.SENT);
        }
        workflow.fire(actor, agreement, transition, comment, a -> mayManage(a, agreement), agreement.getReference());
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

    // ---- signing -------------------------------------------------------------------------

    /** What the signing panel shows: whether it is the actor's turn, and the hash of the document to sign. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SigningTurn> turn(@NotNull Actor actor, long id) {
        Agreement a = get(actor, id);
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
        Agreement a = get(actor, id);
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
        Agreement a = get(actor, id);
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

    // ---- verification and the machine-readable twin ---------------------------------------

    /** What a PDF is, for an agreement reference. */
    public enum Verdict {
        /** Exactly the signed document with its certificate of completion. */
        SIGNED,
        /** Exactly the document as sent for signature (without the certificate). */
        SENT,
        /** Not this agreement's document: changed, or another file. */
        DIFFERENT,
        /** No agreement has this reference, or it has not been signed. */
        UNKNOWN
    }

    /** Public: anyone holding a copy can check it. Reveals nothing but the verdict and the hash. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Verdict verify(String reference, byte[] pdf) {
        if (reference == null || pdf == null) {
            return Verdict.UNKNOWN;
        }
        Optional<Agreement> agreement = agreements.findByReference(reference.strip().toUpperCase(Locale.ROOT));
        if (agreement.isEmpty() || !agreement.get().isFrozen()) {
            return Verdict.UNKNOWN;
        }
        String sha = AgreementDocument.sha256(pdf);
        long id = agreement.get().getId();
        if (agreements.document(id, DocumentKind.FINAL).map(d -> d.getSha256().equals(sha)).orElse(false)) {
            return Verdict.SIGNED;
        }
        if (agreements.document(id, DocumentKind.SENT).map(d -> d.getSha256().equals(sha)).orElse(false)) {
            return Verdict.SENT;
        }
        return Verdict.DIFFERENT;
    }

    /** Public: the ODRL/DPV JSON-LD of a signed data-sharing agreement, as stored at signature. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> odrl(String reference) {
        return agreements.findByReference(reference.strip().toUpperCase(Locale.ROOT))
                .filter(Agreement::isFrozen)
                .flatMap(a -> agreements.document(a.getId(), DocumentKind.ODRL))
                .map(d -> new String(d.getContent(), StandardCharsets.UTF_8));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
