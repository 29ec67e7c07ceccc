package org.ddmsportal.domain.communication;

import java.util.List;
import java.util.Optional;
import org.ddmsportal.domain.shared.AggregateRepository;

/** The guidelines library and each guideline's revisions. */
public interface GuidelineRepository extends AggregateRepository<Guideline, GuidelineCriteria> {

    Optional<Guideline> publishedBySlug(String slug);

    boolean slugTaken(String slug);

    /** The guideline's revisions, newest first. */
    List<GuidelineRevision> revisions(long guidelineId);

    void add(GuidelineRevision revision);
}
