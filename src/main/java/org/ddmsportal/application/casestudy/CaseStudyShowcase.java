package org.ddmsportal.application.casestudy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ddmsportal.domain.casestudy.Attachment;
import org.ddmsportal.domain.casestudy.CaseStudy;
import org.ddmsportal.domain.casestudy.CaseStudyCriteria;
import org.ddmsportal.domain.casestudy.CaseStudyRepository;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;
import org.ddmsportal.domain.shared.Scope;

/**
 * The public showcase: published case studies, newest first, the pilots they tell about, one
 * by its slug and its attachments. Open to the public; nothing unpublished.
 */
@ApplicationScoped
@Transactional
public class CaseStudyShowcase {

    @Inject
    CaseStudyRepository caseStudies;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CaseStudy> published(@NotNull PageRequest request) {
        return caseStudies.search(CaseStudyCriteria.fromTable(Scope.all(), request.filters(), request.search())
                .withOnlyPublished(true), new PageRequest(request.first(), request.size(), "publishedAt", false, null, null));
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
