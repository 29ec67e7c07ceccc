package org.ddmsportal.application.casestudy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ddmsportal.application.audit.AuditService;
import org.ddmsportal.application.shared.AccessDeniedException;
import org.ddmsportal.application.shared.NotFoundException;
import org.ddmsportal.application.workflow.WorkflowEngine;
import org.ddmsportal.domain.audit.AuditEntry;
import org.ddmsportal.domain.casestudy.CaseStudy;
import org.ddmsportal.domain.casestudy.CaseStudyCriteria;
import org.ddmsportal.domain.casestudy.CaseStudyPolicy;
import org.ddmsportal.domain.casestudy.CaseStudyRepository;
import org.ddmsportal.domain.reference.Country;
import org.ddmsportal.domain.reference.ReferenceRepository;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;
import org.ddmsportal.domain.shared.Role;
import org.ddmsportal.domain.shared.Scope;

/**
 * Reading case studies under {@link CaseStudyPolicy}: the lists, what waits for the actor on the
 * workspace, one case study, its review material and history.
 */
@ApplicationScoped
@Transactional
public class CaseStudyQueries {

    @Inject
    CaseStudyRepository caseStudies;

    @Inject
    ReferenceRepository reference;

    @Inject
    WorkflowEngine workflow;

    @Inject
    AuditService auditLog;

    /** The case studies the actor may list ({@link CaseStudyPolicy#visibleCountry}), filtered, sorted and paged. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CaseStudy> search(@NotNull Actor actor, @NotNull PageRequest request) {
        return caseStudies.search(CaseStudyCriteria.fromTable(Scope.of(actor), request.filters(), request.search()),
                request);
    }

    /**
     * What waits for the actor, for the workspace: for coordinators, submitted case studies and
     * resubmitted ones they review; for NSI users, their country's case studies with changes
     * requested; for a partner's contact, those waiting for their organisation's clearance.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseStudy> needingAttention(@NotNull Actor actor) {
        CaseStudyCriteria all = CaseStudyCriteria.of(Scope.all());
        List<CaseStudyCriteria> queries = new ArrayList<>();
        if (actor.isAdmin() || actor.has(Role.COORDINATOR)) {
            queries.add(all.withStatus("SUBMITTED"));
            queries.add(all.withStatus("RESUBMITTED").withReviewer(actor.username()));
        }
        if (actor.isNsi() && actor.countryCode() != null) {
            queries.add(all.withStatus(CaseStudy.CHANGES_REQUESTED).withCountry(actor.countryCode()));
        }
        if (actor.has(Role.CONTACT) && actor.organisationCode() != null) {
            queries.add(all.withClearanceBy(actor.organisationCode()));
        }
        List<CaseStudy> found = new ArrayList<>();
        for (CaseStudyCriteria criteria : queries) {
            found.addAll(caseStudies.search(criteria, new PageRequest(0, 20, "modifiedAt", false, null, null)).rows());
        }
        return found;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CaseStudy> find(@NotNull Actor actor, long id) {
        return caseStudies.find(id).filter(c -> CaseStudyPolicy.mayRead(actor, c));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CaseStudy get(@NotNull Actor actor, long id) {
        return find(actor, id).orElseThrow(NotFoundException::new);
    }

    /** The case study, if the actor may read it and its review material ({@link CaseStudyPolicy#mayReadReview}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CaseStudy getReview(@NotNull Actor actor, long id) {
        return requireReview(actor, get(actor, id));
    }

    /**
     * The read rule on a case study the caller has already loaded (a page passing its record):
     * "not found" as {@link #get} answers, without reading it again.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CaseStudy requireRead(@NotNull Actor actor, @NotNull CaseStudy c) {
        if (!CaseStudyPolicy.mayRead(actor, c)) {
            throw new NotFoundException();
        }
        return c;
    }

    /** {@link #getReview} on a case study already loaded: the read rule, then the review material's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CaseStudy requireReview(@NotNull Actor actor, @NotNull CaseStudy c) {
        requireRead(actor, c);
        if (!CaseStudyPolicy.mayReadReview(actor, c)) {
            throw new AccessDeniedException();
        }
        return c;
    }

    /** The case study's history (audit entries), under the review material's rule. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> history(@NotNull Actor actor, long id) {
        return history(actor, get(actor, id));
    }

    /** The history of a case study already loaded (the rules checked on it, not read again). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> history(@NotNull Actor actor, @NotNull CaseStudy c) {
        requireReview(actor, c);
        return auditLog.history(actor, c);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Country> countryOptions(@NotNull Actor actor) {
        if (actor.isAdmin()) {
            return reference.allCountries();
        }
        return actor.countryCode() == null ? List.of() : reference.country(actor.countryCode()).stream().toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> states() {
        return workflow.definition(CaseStudy.WORKFLOW).states();
    }
}
