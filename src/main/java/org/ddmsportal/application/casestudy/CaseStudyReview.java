package org.ddmsportal.application.casestudy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ddmsportal.application.audit.AuditTrail;
import org.ddmsportal.application.shared.AccessDeniedException;
import org.ddmsportal.application.shared.ConcurrentEditException;
import org.ddmsportal.application.shared.Clocks;
import org.ddmsportal.application.shared.InvalidInputException;
import org.ddmsportal.application.shared.NotFoundException;
import org.ddmsportal.application.shared.Versions;
import org.ddmsportal.application.workflow.Lifecycle;
import org.ddmsportal.application.workflow.TransitionRefusedException;
import org.ddmsportal.application.workflow.WorkflowEngine;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.agreement.AgreementCriteria;
import org.ddmsportal.domain.agreement.AgreementParty;
import org.ddmsportal.domain.agreement.AgreementRepository;
import org.ddmsportal.domain.audit.AuditEntry;
import org.ddmsportal.domain.casestudy.CaseStudy;
import org.ddmsportal.domain.casestudy.CaseStudyContent;
import org.ddmsportal.domain.casestudy.CaseStudyPolicy;
import org.ddmsportal.domain.casestudy.CaseStudyRepository;
import org.ddmsportal.domain.casestudy.Clearance;
import org.ddmsportal.domain.casestudy.ReviewComment;
import org.ddmsportal.domain.casestudy.Rubric;
import org.ddmsportal.domain.casestudy.Section;
import org.ddmsportal.domain.casestudy.Submission;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.reference.OrganisationType;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.PageRequest;
import org.ddmsportal.domain.shared.Role;
import org.ddmsportal.domain.shared.Scope;
import org.ddmsportal.domain.workflow.AutoComment;
import org.ddmsportal.domain.workflow.Transition;
import org.ddmsportal.domain.workflow.WorkflowEvent;

/**
 * The review of case studies along {@code workflows/case-study.json}: submission, taking, the
 * rubric, comments, the decisions, the partners' clearances and publication, and the review
 * material (submissions, their diffs, comments, the lifecycle) under
 * {@link CaseStudyPolicy#mayReadReview}. Transitions go through the workflow engine; every
 * change is audited.
 */
@ApplicationScoped
@Transactional
public class CaseStudyReview implements Lifecycle<CaseStudy> {

    @Inject
    CaseStudyQueries queries;

    @Inject
    CaseStudyRepository caseStudies;

    @Inject
    AgreementRepository agreements;

    @Inject
    WorkflowEngine workflow;

    @Inject
    AuditTrail audit;

    @Inject
    CaseStudyNotifications notifications;

    @Inject
    Clock clock;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public String workflowName() {
        return CaseStudy.WORKFLOW;
    }

    /** The case study's history (audit entries), under the review material's rule. */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> history(@NotNull Actor actor, long id) {
        return queries.history(actor, id);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> history(@NotNull Actor actor, @NotNull CaseStudy c) {
        return queries.history(actor, c);
    }

    @Override
    public void transition(@NotNull Actor actor, long id, long version, @NotNull String name, String comment) {
        CaseStudy c = queries.get(actor, id);
        Versions.check(c, version);
        if (CaseStudyPolicy.REVIEWER_DECISIONS.contains(name) && actor.has(Role.COORDINATOR)
                && !CaseStudyPolicy.isReviewer(actor, c)) {
            throw new AccessDeniedException();
        }
        if ("withdraw".equals(name) && !CaseStudyPolicy.mayMove(actor, c, name)) {
            throw new AccessDeniedException();
        }
        // what entering a state does (reviewer, clearances, submissions) is in workflows/case-study.json
        workflow.fire(actor, c, name, comment, a -> CaseStudyPolicy.mayMove(a, c, name), c.getTitle());
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
            List<Agreement> list = agreements.search(AgreementCriteria.of(Scope.all()).withPartnershipId(p.getId()),
                    new PageRequest(0, 500, null, true, null, null)).rows();
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
        CaseStudy c = queries.get(actor, id);
        if (!CaseStudyPolicy.isReviewer(actor, c) || c.getReviewer() == null) {
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
        CaseStudy c = queries.get(actor, id);
        if (!CaseStudyPolicy.mayComment(actor, c)) {
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
                actor.username(), actor.displayName(), Clocks.stamp(clock));
        caseStudies.addComment(comment);
        audit.acted(actor, c, c.getTitle(), "comment", anchored.name() + ": " + comment.getBody());
        notifications.commented(actor, c, comment, CaseStudyPolicy.mayAuthor(actor, c) && !actor.has(Role.COORDINATOR));
        return comment.getId();
    }

    /**
     * The partner's contact clears the case study, or refuses with a reason, on the version of the
     * clearance they saw: another contact's decision made meanwhile is a conflict, not overwritten.
     */
    public void clear(@NotNull Actor actor, long id, long clearanceId, long version, boolean cleared, String comment) {
        CaseStudy c = queries.get(actor, id);
        Clearance clearance = c.getClearances().stream().filter(cl -> cl.getId() == clearanceId).findFirst()
                .orElseThrow(NotFoundException::new);
        if (!CaseStudyPolicy.mayClear(actor, clearance)) {
            throw new AccessDeniedException();
        }
        if (clearance.getVersion() != version) {
            throw clearance.getDecidedAt() == null ? new ConcurrentEditException(c.getModifiedByShown(), c.getModifiedAt())
                    : new ConcurrentEditException(java.util.Objects.requireNonNullElse(clearance.getDecidedName(),
                            String.valueOf(clearance.getDecidedBy())), clearance.getDecidedAt());
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
                Clocks.stamp(clock));
        audit.acted(actor, c, c.getTitle(), "clearance", clearance.getOrganisation().getName() + " ("
                + clearance.getAgreement().getReference() + "): " + clearance.getStatus()
                + (clearance.getComment() == null ? "" : " — " + clearance.getComment()));
        if (cleared && c.isCleared()) {
            workflow.fireAutomatic(actor, c, "release", AutoComment.of("lifecycle.auto.caseStudy.release"),
                    c.getTitle());
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
                .filter(cl -> CaseStudyPolicy.mayClear(actor, cl)).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Transition> availableTransitions(@NotNull Actor actor, @NotNull CaseStudy c) {
        return workflow.available(actor, c, a -> CaseStudyPolicy.isInvolved(a, c)).stream()
                .filter(t -> CaseStudyPolicy.mayMove(actor, c, t.name()))
                .filter(t -> !CaseStudyPolicy.REVIEWER_DECISIONS.contains(t.name()) || CaseStudyPolicy.isReviewer(actor, c))
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WorkflowEvent> lifecycle(@NotNull Actor actor, long id) {
        return lifecycle(actor, queries.get(actor, id));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WorkflowEvent> lifecycle(@NotNull Actor actor, @NotNull CaseStudy c) {
        queries.requireReview(actor, c);
        return workflow.events(CaseStudy.WORKFLOW, c.getId());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Submission> submissions(@NotNull Actor actor, long id) {
        return submissions(actor, queries.get(actor, id));
    }

    /** The submissions of a case study already loaded (the rules checked on it, not read again). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Submission> submissions(@NotNull Actor actor, @NotNull CaseStudy c) {
        queries.requireReview(actor, c);
        return caseStudies.submissions(c.getId());
    }

    /** What changed from submission {@code from} to {@code to} (0 = the current text). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SubmissionDiff.SectionDiff> diff(@NotNull Actor actor, long id, int from, int to) {
        return diff(actor, queries.get(actor, id), from, to);
    }

    /** {@link #diff(Actor, long, int, int)} of a case study already loaded (checked on it, not read again). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SubmissionDiff.SectionDiff> diff(@NotNull Actor actor, @NotNull CaseStudy c, int from, int to) {
        queries.requireReview(actor, c);
        List<Submission> all = caseStudies.submissions(c.getId());
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
        return comments(actor, queries.get(actor, id));
    }

    /** The review comments of a case study already loaded (the rules checked on it, not read again). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReviewComment> comments(@NotNull Actor actor, @NotNull CaseStudy c) {
        queries.requireRead(actor, c);
        if (!CaseStudyPolicy.mayReadReview(actor, c)) {
            return List.of();
        }
        return caseStudies.comments(c.getId());
    }
}
