package org.ddmsportal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ddmsportal.domain.communication.Activity;
import org.ddmsportal.domain.communication.ActivityCriteria;
import org.ddmsportal.domain.communication.CommunicationRepository;
import org.ddmsportal.domain.communication.Guideline;
import org.ddmsportal.domain.communication.GuidelineCriteria;
import org.ddmsportal.domain.communication.GuidelineRevision;
import org.ddmsportal.domain.communication.Stakeholder;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;

@ApplicationScoped
public class JpaCommunicationRepository extends JpaStore implements CommunicationRepository {

    private static final ListQuery<Guideline> GUIDELINES = ListQuery.from(Guideline.class, "g", " FROM Guideline g",
            Map.of("title", "g.title", "category", "g.category", "modifiedAt", "g.modifiedAt", "revision", "g.revision"),
            "g.category, g.title");
    private static final ListQuery<Activity> ACTIVITIES = ListQuery.from(Activity.class, "a", " FROM Activity a",
            Map.of("title", "a.title", "heldOn", "a.heldOn", "kind", "a.kind"),
            "a.heldOn DESC, a.id", "a.countries", "a.attendance");

    @Override
    public Optional<Guideline> guideline(long id) {
        return byId(Guideline.class, id);
    }

    @Override
    public Optional<Guideline> publishedGuideline(String slug) {
        return first("SELECT g FROM Guideline g WHERE g.slug = :slug AND g.published = TRUE",
                Guideline.class, "slug", slug);
    }

    @Override
    public boolean guidelineSlugTaken(String slug) {
        return count("SELECT COUNT(g) FROM Guideline g WHERE g.slug = :slug", "slug", slug) > 0;
    }

    @Override
    public Page<Guideline> guidelines(GuidelineCriteria criteria, PageRequest request) {
        JpqlWhere where = new JpqlWhere()
                .contains(criteria.text(), "g.title", "g.summary")
                .contains(criteria.title(), "g.title")
                .equal(criteria.category(), "g.category")
                .condition(criteria.publishedOnly() ? Boolean.TRUE : null, "g.published = :%1$s");
        return GUIDELINES.page(em, where, request);
    }

    @Override
    public void add(Guideline guideline) {
        insert(guideline);
    }

    @Override
    public List<GuidelineRevision> revisions(long guidelineId) {
        return list("SELECT r FROM GuidelineRevision r WHERE r.guidelineId = :id ORDER BY r.revision DESC",
                GuidelineRevision.class, "id", guidelineId);
    }

    @Override
    public void add(GuidelineRevision revision) {
        em.persist(revision);
    }

    @Override
    public Optional<Activity> activity(long id) {
        return byId(Activity.class, id);
    }

    @Override
    public Page<Activity> activities(ActivityCriteria criteria, PageRequest request) {
        JpqlWhere where = new JpqlWhere()
                .contains(criteria.text(), "a.title", "a.place", "a.audience")
                .contains(criteria.title(), "a.title")
                .equal(criteria.kind(), "a.kind")
                .condition(criteria.country(),
                        "a.country.alpha2 = :%1$s OR EXISTS (SELECT k FROM Activity a2 JOIN a2.countries k"
                                + " WHERE a2 = a AND k.alpha2 = :%1$s)")
                .condition(criteria.from(), "a.heldOn >= :%1$s")
                .condition(criteria.to(), "a.heldOn <= :%1$s")
                .condition(criteria.publicOnly() ? Boolean.TRUE : null, "a.publicEvent = :%1$s");
        return ACTIVITIES.page(em, where, request);
    }

    @Override
    public void add(Activity activity) {
        insert(activity);
    }

    @Override
    public List<Stakeholder> stakeholders(long pilotId) {
        return list("SELECT s FROM Stakeholder s WHERE s.pilot.id = :id ORDER BY s.name",
                Stakeholder.class, "id", pilotId);
    }

    @Override
    public Optional<Stakeholder> stakeholder(long id) {
        return byId(Stakeholder.class, id);
    }

    @Override
    public void add(Stakeholder stakeholder) {
        insert(stakeholder);
    }

    @Override
    public void remove(Stakeholder stakeholder) {
        em.remove(stakeholder);
    }
}
