package org.ddmsportal.application.casestudy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ddmsportal.application.audit.AuditService;
import org.ddmsportal.application.audit.AuditTrail;
import org.ddmsportal.application.shared.AccessDeniedException;
import org.ddmsportal.application.shared.Editing;
import org.ddmsportal.application.shared.InvalidInputException;
import org.ddmsportal.application.shared.NotFoundException;
import org.ddmsportal.application.shared.Slugs;
import org.ddmsportal.application.shared.Versions;
import org.ddmsportal.application.workflow.Lifecycle;
import org.ddmsportal.application.workflow.TransitionRefusedException;
import org.ddmsportal.application.workflow.WorkflowEngine;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.audit.AuditEntry;
import org.ddmsportal.domain.agreement.AgreementParty;
import org.ddmsportal.domain.agreement.AgreementRepository;
import org.ddmsportal.domain.casestudy.Attachment;
import org.ddmsportal.domain.casestudy.CaseStudy;
import org.ddmsportal.domain.casestudy.CaseStudyContent;
import org.ddmsportal.domain.casestudy.CaseStudyRepository;
import org.ddmsportal.domain.casestudy.Clearance;
import org.ddmsportal.domain.casestudy.ClearanceStatus;
import org.ddmsportal.domain.casestudy.ReviewComment;
import org.ddmsportal.domain.casestudy.Rubric;
import org.ddmsportal.domain.casestudy.Section;
import org.ddmsportal.domain.casestudy.Submission;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.organisation.RegistryPolicy;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.partnership.PartnershipRepository;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.domain.pilot.PilotRepository;
import org.ddmsportal.domain.reference.Country;
import org.ddmsportal.domain.reference.OrganisationType;
import org.ddmsportal.domain.reference.ReferenceRepository;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;
import org.ddmsportal.domain.shared.Role;
import org.ddmsportal.domain.workflow.Transition;
import org.ddmsportal.domain.workflow.WorkflowEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Case studies and their review. Who may do what:
 * <ul>
 * <li>read: everyone signed in reads published ones; the country's users, coordinators and
 * admins read all; a partner's contact reads those waiting for their clearance;</li>
 * <li>write (text, links, attachments, lessons): NSI users of the country (and admins), in draft
 * or when changes were requested;</li>
 * <li>review (take, rubric, request changes, approve, publish): coordinators and admins; once a
 * coordinator has taken a case study, only they (or an admin) decide on it;</li>
 * <li>clear: a contact of the partner organisation the clearance is asked of.</li>
 * </ul>
 * Every change is audited; transitions go through the workflow engine.
 */
@ApplicationScoped
@Transactional
public class CaseStudyService implements Lifecycle<CaseStudy>, Editing<CaseStudy, CaseStudyForm> {

    /** Transitions only the assigned reviewer (or an admin) decides. */
    private static final Set<String> REVIEWER_DECISIONS = Set.of("requestChanges", "approve", "publish");

    @Inject
    CaseStudyRepository caseStudies;

    @Inject
    ReferenceRepository reference;

    @Inject
    PartnershipRepository partnerships;

    @Inject
    PilotRepository pilots;

    @Inject
    AgreementRepository agreements;

    @Inject
    WorkflowEngine workflow;

    @Inject
    AuditTrail audit;

    @Inject
    AuditService auditLog;

    @Inject
    CaseStudyNotifications notifications;

    @Inject
    @ConfigProperty(name = "app.case-studies.attachment-max-mb", defaultValue = "10")
    int attachmentMaxMb;

    // ---- reading

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CaseStudy> search(@NotNull Actor actor, @NotNull PageRequest request) {
        Map<String, String> filters = new HashMap<>(request.filters());
        filters.remove("visibleTo");
        filters.remove("reviewable");
        filters.remove("published");
        if (!actor.isAdmin() && !actor.has(Role.COORDINATOR)) {
            // NSI users see their own country's in every state; partners' contacts published ones only
            filters.put("visibleTo", actor.isNsi() && actor.countryCode() != null ? actor.countryCode() : "--");
        }
        return caseStudies.search(new PageRequest(request.first(), request.size(), request.sortField(),
                request.ascending(), filters, request.search()));
    }

    /**
     * What waits for the actor, for the workspace: for coordinators, submitted case studies and
     * resubmitted ones they review; for NSI users, their country's case studies with changes
     * requested; for a partner's contact, those waiting for their organisation's clearance.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseStudy> needingAttention(@NotNull Actor actor) {
        List<Map<String, String>> queries = new ArrayList<>();
        if (actor.isAdmin() || actor.has(Role.COORDINATOR)) {
            queries.add(Map.of("status", "SUBMITTED"));
            queries.add(Map.of("status", "RESUBMITTED", "reviewer", actor.username()));
        }
        if (actor.isNsi() && actor.countryCode() != null) {
            queries.add(Map.of("status", CaseStudy.CHANGES_REQUESTED, "country", actor.countryCode()));
        }
        if (actor.has(Role.CONTACT) && actor.organisationCode() != null) {
            queries.add(Map.of("clearanceBy", actor.organisationCode()));
        }
        List<CaseStudy> found = new ArrayList<>();
        for (Map<String, String> filters : queries) {
            found.addAll(caseStudies.search(new PageRequest(0, 20, "modifiedAt", false, filters, null)).rows());
        }
        return found;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CaseStudy> find(@NotNull Actor actor, long id) {
        return caseStudies.find(id).filter(c -> mayRead(actor, c));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CaseStudy get(@NotNull Actor actor, long id) {
        return find(actor, id).orElseThrow(NotFoundException::new);
    }

    public boolean mayRead(@NotNull Actor actor, @NotNull CaseStudy c) {
        return c.isPublished() || actor.isAdmin() || actor.has(Role.COORDINATOR)
                || (actor.isNsi() && actor.inCountry(c.getCountry().getAlpha2()))
                || c.getClearances().stream().anyMatch(cl -> isContactOf(actor, cl.getOrganisation()));
    }

    /**
     * The one read rule for review material — review comments, the lifecycle's comments,
     * submissions and their diffs, the rubric, the history: the authors' side and the
     * coordinators (and admins), whatever the state. A published case study's text is for
     * everyone; how it was reviewed is not (another country's staff, partners' contacts, the
     * public). Every tab, export and API that shows review material asks this.
     */
    public boolean mayReadReview(@NotNull Actor actor, @NotNull CaseStudy c) {
        return actor.isAdmin() || actor.has(Role.COORDINATOR) || mayAuthor(actor, c);
    }

    private CaseStudy getReview(Actor actor, long id) {
        CaseStudy c = get(actor, id);
        if (!mayReadReview(actor, c)) {
            throw new AccessDeniedException();
        }
        return c;
    }

    /** The case study's history (audit entries), under the review material's rule. */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> history(@NotNull Actor actor, long id) {
        getReview(actor, id);
        return auditLog.history(actor, "CaseStudy", id);
    }

    /** NSI users of the case study's country and admins: the authors' side. */
    public boolean mayAuthor(@NotNull Actor actor, @NotNull CaseStudy c) {
        return RegistryPolicy.mayEditOrganisationsOf(actor, c.getCountry());
    }

    /** Whether the actor may change the text now. */
    @Override
    public boolean mayEdit(@NotNull Actor actor, @NotNull CaseStudy c) {
        return mayAuthor(actor, c) && c.isEditable();
    }

    @Override
    public boolean mayCreate(@NotNull Actor actor) {
        return actor.isAdmin() || (actor.isNsi() && actor.countryCode() != null);
    }

    public boolean isReviewer(@NotNull Actor actor, @NotNull CaseStudy c) {
        return actor.isAdmin() || (actor.has(Role.COORDINATOR)
                && (c.getReviewer() == null || c.getReviewer().equals(actor.username())));
    }

    public boolean mayComment(@NotNull Actor actor, @NotNull CaseStudy c) {
        return !CaseStudy.DRAFT.equals(c.getStatus()) && (isReviewer(actor, c) || mayAuthor(actor, c)
                || actor.has(Role.COORDINATOR));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Country> countryOptions(@NotNull Actor actor) {
        if (actor.isAdmin()) {
            return reference.allCountries();
        }
        return actor.countryCode() == null ? List.of() : reference.country(actor.countryCode()).stream().toList();
    }

    // ---- writing

    @Override
    public long create(@NotNull Actor actor, @NotNull @Valid CaseStudyForm form) {
        String code = actor.isAdmin() && form.getCountryCode() != null ? form.getCountryCode() : actor.countryCode();
        Country country = code == null ? null : reference.country(code).orElse(null);
        if (country == null) {
            throw new InvalidInputException("error.caseStudy.country");
        }
        CaseStudy c = new CaseStudy(country, slug(country, form.getTitle()), form.getLanguage(), form.content(),
                workflow.initialState(CaseStudy.WORKFLOW), actor.email());
        if (!mayAuthor(actor, c)) {
            throw new AccessDeniedException();
        }
        link(c, form);
        audit.created(actor, c, c.getTitle(), caseStudies::add);
        return c.getId();
    }

    @Override
    public void update(@NotNull Actor actor, long id, @NotNull @Valid CaseStudyForm form) {
        CaseStudy c = writable(actor, id, form.getVersion());
        var before = c.auditSnapshot();
        c.write(form.getLanguage(), form.content());
        link(c, form);
        audit.updated(actor, c, c.getTitle(), before);
    }

    /** Adds or replaces the translation into {@code form.language}. */
    public void translate(@NotNull Actor actor, long id, @NotNull @Valid CaseStudyForm form) {
        CaseStudy c = writable(actor, id, form.getVersion());
        if (form.getLanguage().equals(c.getLanguage())) {
            throw new InvalidInputException("error.caseStudy.sameLanguage");
        }
        var before = c.auditSnapshot();
        Map<String, CaseStudyContent> all = new HashMap<>(c.getTranslations());
        all.put(form.getLanguage(), form.content());
        c.translate(all);
        audit.updated(actor, c, c.getTitle(), before);
    }

    public void removeTranslation(@NotNull Actor actor, long id, long version, @NotNull String language) {
        CaseStudy c = writable(actor, id, version);
        var before = c.auditSnapshot();
        Map<String, CaseStudyContent> all = new HashMap<>(c.getTranslations());
        all.remove(language);
        c.translate(all);
        audit.updated(actor, c, c.getTitle(), before);
    }

    private CaseStudy writable(Actor actor, long id, Long version) {
        CaseStudy c = get(actor, id);
        if (!mayAuthor(actor, c)) {
            throw new AccessDeniedException();
        }
        if (!c.isEditable()) {
            throw new InvalidInputException("error.caseStudy.notEditable");
        }
        Versions.check(c, version);
        return c;
    }

    private void link(CaseStudy c, CaseStudyForm form) {
        Set<Partnership> ps = new LinkedHashSet<>();
        for (Long pid : new LinkedHashSet<>(form.getPartnershipIds())) {
            Partnership p = partnerships.find(pid).orElseThrow(() -> new InvalidInputException("error.caseStudy.link"));
            if (!p.getCountry().equals(c.getCountry())) {
                throw new InvalidInputException("error.caseStudy.link");
            }
            ps.add(p);
        }
        Set<Pilot> pis = new LinkedHashSet<>();
        for (Long pid : new LinkedHashSet<>(form.getPilotIds())) {
            Pilot p = pilots.find(pid).orElseThrow(() -> new InvalidInputException("error.caseStudy.link"));
            if (!p.getCountry().equals(c.getCountry())) {
                throw new InvalidInputException("error.caseStudy.link");
            }
            pis.add(p);
        }
        c.tellAbout(ps, pis);
    }

    private String slug(Country country, String title) {
        return Slugs.of(country.getAlpha2().toLowerCase(Locale.ROOT), title, null, 90, caseStudies::slugTaken);
    }

    // ---- review

    @Override
    public void transition(@NotNull Actor actor, long id, long version, @NotNull String name, String comment) {
        CaseStudy c = get(actor, id);
        Versions.check(c, version);
        if (REVIEWER_DECISIONS.contains(name) && actor.has(Role.COORDINATOR) && !isReviewer(actor, c)) {
            throw new AccessDeniedException();
        }
        if ("withdraw".equals(name) && !actor.isAdmin() && !actor.has(Role.COORDINATOR) && !mayAuthor(actor, c)) {
            throw new AccessDeniedException();
        }
        if ("take".equals(name)) {
            c.assignReviewer(actor.username(), actor.displayName(), actor.email());
        }
        if ("approve".equals(name)) {
            // the clearances the agreements require are asked for now; publication waits for them
            c.requireClearances(requiredClearances(c));
        }
        workflow.fire(actor, c, name, comment, a -> scope(a, c, name), c.getTitle());
        afterTransition(actor, c, name);
    }

    private boolean scope(Actor actor, CaseStudy c, String transition) {
        return switch (transition) {
            case "submit", "resubmit" -> mayAuthor(actor, c);
            case "withdraw" -> actor.isAdmin() || actor.has(Role.COORDINATOR) || mayAuthor(actor, c);
            default -> actor.isAdmin() || actor.has(Role.COORDINATOR);
        };
    }

    private void afterTransition(Actor actor, CaseStudy c, String name) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        switch (name) {
            case "submit", "resubmit" -> caseStudies.addSubmission(
                    new Submission(c.getId(), c.submitted(), c.getContent(), now, actor.username()));
            case "approve" -> c.getClearances().stream().filter(cl -> cl.getStatus() == ClearanceStatus.PENDING)
                    .forEach(cl -> notifications.clearanceNeeded(c, cl));
            case "publish", "release" -> c.published(now);
            default -> { }
        }
    }

    /**
     * The clearances publication needs: for each data-sharing agreement of the partnerships told
     * about (directly or through a pilot) whose publication clause requires clearance, and which
     * is not terminated or expired, every party organisation that is not a statistical office.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Agreement, List<Organisation>> requiredClearances(@NotNull CaseStudy c) {
        Set<Partnership> ps = new LinkedHashSet<>(c.getPartnerships());
        c.getPilots().forEach(p -> ps.addAll(p.getPartnerships()));
        Map<Agreement, List<Organisation>> required = new LinkedHashMap<>();
        for (Partnership p : ps) {
            List<Agreement> list = agreements.search(new PageRequest(0, 500, null, true,
                    Map.of("partnership", p.getId().toString()), null)).rows();
            for (Agreement a : list) {
                if (!a.isDataSharing() || a.getTerms() == null || !Boolean.TRUE.equals(a.getTerms().getPublicationClearance())
                        || "TERMINATED".equals(a.getStatus()) || "EXPIRED".equals(a.getStatus())) {
                    continue;
                }
                List<Organisation> partners = a.getParties().stream().map(AgreementParty::getOrganisation)
                        .filter(o -> !isStatisticalOffice(o)).distinct().toList();
                if (!partners.isEmpty()) {
                    required.put(a, partners);
                }
            }
        }
        return required;
    }

    private static boolean isStatisticalOffice(Organisation o) {
        String type = o.getType().getCode();
        return OrganisationType.NSI.equals(type) || OrganisationType.NSI_REGIONAL_OFFICE.equals(type);
    }

    /** The reviewer fills in the acceptance rubric while the case study is in review. */
    public void assess(@NotNull Actor actor, long id, long version, @NotNull Rubric rubric) {
        CaseStudy c = get(actor, id);
        if (!isReviewer(actor, c) || c.getReviewer() == null) {
            throw new AccessDeniedException();
        }
        if (!Set.of("IN_REVIEW", "RESUBMITTED").contains(c.getStatus())) {
            throw new InvalidInputException("error.caseStudy.notInReview");
        }
        if (rubric.getNote() != null && rubric.getNote().length() > 4000) {
            throw new InvalidInputException("error.text.tooLong", 4000);
        }
        Versions.check(c, version);
        var before = c.auditSnapshot();
        c.assess(rubric);
        audit.updated(actor, c, c.getTitle(), before);
    }

    public long comment(@NotNull Actor actor, long id, @NotNull Section section, Long parentId, String body) {
        CaseStudy c = get(actor, id);
        if (!mayComment(actor, c)) {
            throw new AccessDeniedException();
        }
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("error.comment.empty");
        }
        if (body.length() > ReviewComment.MAX_LENGTH) {
            throw new InvalidInputException("error.text.tooLong", ReviewComment.MAX_LENGTH);
        }
        Section anchored = section;
        if (parentId != null) {
            ReviewComment parent = caseStudies.comment(parentId).filter(p -> p.getCaseStudyId() == id)
                    .orElseThrow(() -> new InvalidInputException("error.comment.parent"));
            anchored = parent.getSection();
        }
        ReviewComment comment = new ReviewComment(id, parentId, anchored, Math.max(1, c.getSubmissions()), body,
                actor.username(), actor.displayName(), Instant.now().truncatedTo(ChronoUnit.MICROS));
        caseStudies.addComment(comment);
        audit.acted(actor, c, c.getTitle(), "comment", anchored.name() + ": " + comment.getBody());
        notifications.commented(actor, c, comment, mayAuthor(actor, c) && !actor.has(Role.COORDINATOR));
        return comment.getId();
    }

    /** The partner's contact clears the case study, or refuses with a reason. */
    public void clear(@NotNull Actor actor, long id, long clearanceId, boolean cleared, String comment) {
        CaseStudy c = get(actor, id);
        Clearance clearance = c.getClearances().stream().filter(cl -> cl.getId() == clearanceId).findFirst()
                .orElseThrow(NotFoundException::new);
        if (!actor.isAdmin() && !isContactOf(actor, clearance.getOrganisation())) {
            throw new AccessDeniedException();
        }
        if (!CaseStudy.APPROVED.equals(c.getStatus())) {
            throw new InvalidInputException("error.clearance.notApproved");
        }
        if (!cleared && (comment == null || comment.isBlank())) {
            throw TransitionRefusedException.commentRequired();
        }
        if (comment != null && comment.length() > 4000) {
            throw new InvalidInputException("error.text.tooLong", 4000);
        }
        clearance.decide(cleared, actor.username(), actor.displayName(), comment,
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        audit.acted(actor, c, c.getTitle(), "clearance", clearance.getOrganisation().getName() + " ("
                + clearance.getAgreement().getReference() + "): " + clearance.getStatus()
                + (clearance.getComment() == null ? "" : " — " + clearance.getComment()));
        if (cleared && c.isCleared()) {
            workflow.fireAutomatic(actor, c, "release", "Cleared by every partner whose agreement requires it",
                    c.getTitle());
            afterTransition(actor, c, "release");
        } else if (!cleared) {
            notifications.clearanceRefused(actor, c, clearance);
        }
    }

    /** Clearances the actor (a partner's contact) may give now. */
    public List<Clearance> clearancesFor(@NotNull Actor actor, @NotNull CaseStudy c) {
        if (!CaseStudy.APPROVED.equals(c.getStatus())) {
            return List.of();
        }
        return c.getClearances().stream()
                .filter(cl -> actor.isAdmin() || isContactOf(actor, cl.getOrganisation())).toList();
    }

    private static boolean isContactOf(Actor actor, Organisation o) {
        return actor.has(Role.CONTACT) && o.getCode() != null && o.getCode().equals(actor.organisationCode());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public String workflowName() {
        return CaseStudy.WORKFLOW;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Transition> availableTransitions(@NotNull Actor actor, @NotNull CaseStudy c) {
        return workflow.available(actor, c, a -> a.isAdmin() || a.has(Role.COORDINATOR) || mayAuthor(a, c)).stream()
                .filter(t -> scope(actor, c, t.name()))
                .filter(t -> !REVIEWER_DECISIONS.contains(t.name()) || isReviewer(actor, c))
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WorkflowEvent> lifecycle(@NotNull Actor actor, long id) {
        getReview(actor, id);
        return workflow.events(CaseStudy.WORKFLOW, id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> states() {
        return workflow.definition(CaseStudy.WORKFLOW).states();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Submission> submissions(@NotNull Actor actor, long id) {
        getReview(actor, id);
        return caseStudies.submissions(id);
    }

    /** What changed from submission {@code from} to {@code to} (0 = the current text). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SubmissionDiff.SectionDiff> diff(@NotNull Actor actor, long id, int from, int to) {
        CaseStudy c = getReview(actor, id);
        List<Submission> all = caseStudies.submissions(id);
        CaseStudyContent a = content(c, all, from);
        CaseStudyContent b = content(c, all, to);
        return SubmissionDiff.between(a, b);
    }

    private static CaseStudyContent content(CaseStudy c, List<Submission> all, int number) {
        if (number == 0) {
            return c.getContent();
        }
        return all.stream().filter(s -> s.getNumber() == number).findFirst().map(Submission::getContent)
                .orElseThrow(() -> new InvalidInputException("error.caseStudy.noSubmission", number));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReviewComment> comments(@NotNull Actor actor, long id) {
        CaseStudy c = get(actor, id);
        if (!mayReadReview(actor, c)) {
            return List.of();
        }
        return caseStudies.comments(id);
    }

    // ---- attachments

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Attachment> attachments(@NotNull Actor actor, long id) {
        get(actor, id);
        return caseStudies.attachments(id);
    }

    public long maxAttachmentBytes() {
        return attachmentMaxMb * 1024L * 1024L;
    }

    /**
     * Stores an attachment if it is a PDF, PNG or JPEG of at most the configured size; reads at
     * most one byte more than allowed. Refused files leave nothing behind.
     */
    public long attach(@NotNull Actor actor, long id, String fileName, @NotNull InputStream in) {
        CaseStudy c = get(actor, id);
        if (!mayEdit(actor, c)) {
            throw mayAuthor(actor, c) ? new InvalidInputException("error.caseStudy.notEditable") : new AccessDeniedException();
        }
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxAttachmentBytes() + 1));
        } catch (IOException e) {
            throw new InvalidInputException("error.attachment.unreadable");
        }
        if (bytes.length > maxAttachmentBytes()) {
            throw new InvalidInputException("error.attachment.tooLarge", attachmentMaxMb);
        }
        if (bytes.length == 0) {
            throw new InvalidInputException("error.attachment.empty");
        }
        String name = AttachmentRules.safeName(fileName);
        String type = AttachmentRules.contentType(name, bytes)
                .orElseThrow(() -> new InvalidInputException("error.attachment.type"));
        Attachment a = new Attachment(id, name, type, bytes.length, sha256(bytes),
                Instant.now().truncatedTo(ChronoUnit.MICROS), actor.username());
        caseStudies.addAttachment(a, bytes);
        audit.acted(actor, c, c.getTitle(), "attachment", name + " (" + bytes.length + " bytes, SHA-256 "
                + a.getSha256() + ")");
        return a.getId();
    }

    public void removeAttachment(@NotNull Actor actor, long id, long attachmentId) {
        CaseStudy c = get(actor, id);
        if (!mayEdit(actor, c)) {
            throw new AccessDeniedException();
        }
        Attachment a = caseStudies.attachment(attachmentId).filter(x -> x.getCaseStudyId() == id)
                .orElseThrow(NotFoundException::new);
        caseStudies.removeAttachment(a);
        audit.acted(actor, c, c.getTitle(), "attachment", "removed " + a.getFileName());
    }

    /** An attachment and its bytes, if the actor may read the case study (null actor: the public). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AttachmentFile> download(Actor actor, long attachmentId) {
        Optional<Attachment> a = caseStudies.attachment(attachmentId);
        if (a.isEmpty()) {
            return Optional.empty();
        }
        CaseStudy c = caseStudies.find(a.get().getCaseStudyId()).orElse(null);
        if (c == null || (actor == null ? !c.isPublished() : !mayRead(actor, c))) {
            return Optional.empty();
        }
        return caseStudies.content(attachmentId).map(bytes -> new AttachmentFile(a.get(), bytes));
    }

    /** An attachment with its content. */
    public record AttachmentFile(Attachment attachment, byte[] content) {
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- public showcase

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CaseStudy> published(@NotNull PageRequest request) {
        Map<String, String> filters = new HashMap<>(request.filters());
        filters.remove("visibleTo");
        filters.put("published", "true");
        return caseStudies.search(new PageRequest(request.first(), request.size(), "publishedAt", false,
                filters, request.search()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Pilot> publishedPilots() {
        return caseStudies.publishedPilots();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CaseStudy> publishedBySlug(String slug) {
        return slug == null ? Optional.empty() : caseStudies.findPublished(slug);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Attachment> publishedAttachments(@NotNull CaseStudy c) {
        return c.isPublished() ? caseStudies.attachments(c.getId()) : new ArrayList<>();
    }
}
