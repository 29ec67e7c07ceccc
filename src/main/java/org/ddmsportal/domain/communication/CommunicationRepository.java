package org.ddmsportal.domain.communication;

import java.util.List;
import java.util.Optional;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;

/**
 * Guidelines (asked for by {@link GuidelineCriteria}), their revisions, dissemination activities
 * (by {@link ActivityCriteria}; sort {@code heldOn}, {@code title}) and stakeholders.
 */
public interface CommunicationRepository {

    Optional<Guideline> guideline(long id);

    Optional<Guideline> publishedGuideline(String slug);

    boolean guidelineSlugTaken(String slug);

    Page<Guideline> guidelines(GuidelineCriteria criteria, PageRequest page);

    void add(Guideline guideline);

    List<GuidelineRevision> revisions(long guidelineId);

    void add(GuidelineRevision revision);

    Optional<Activity> activity(long id);

    Page<Activity> activities(ActivityCriteria criteria, PageRequest page);

    void add(Activity activity);

    List<Stakeholder> stakeholders(long pilotId);

    Optional<Stakeholder> stakeholder(long id);

    void add(Stakeholder stakeholder);

    void remove(Stakeholder stakeholder);
}
