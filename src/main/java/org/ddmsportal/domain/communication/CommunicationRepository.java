package org.ddmsportal.domain.communication;

import java.util.List;
import java.util.Optional;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;

/**
 * Guidelines (filters {@code category}, {@code published}, {@code title}; search on title and
 * summary), their revisions, dissemination activities (filters {@code kind}, {@code country},
 * {@code from}/{@code to} dates, {@code public}; sort {@code heldOn}, {@code title}) and stakeholders.
 */
public interface CommunicationRepository {

    Optional<Guideline> guideline(long id);

    Optional<Guideline> publishedGuideline(String slug);

    boolean guidelineSlugTaken(String slug);

    Page<Guideline> guidelines(PageRequest request);

    void add(Guideline guideline);

    List<GuidelineRevision> revisions(long guidelineId);

    void add(GuidelineRevision revision);

    Optional<Activity> activity(long id);

    Page<Activity> activities(PageRequest request);

    void add(Activity activity);

    List<Stakeholder> stakeholders(long pilotId);

    Optional<Stakeholder> stakeholder(long id);

    void add(Stakeholder stakeholder);

    void remove(Stakeholder stakeholder);
}
