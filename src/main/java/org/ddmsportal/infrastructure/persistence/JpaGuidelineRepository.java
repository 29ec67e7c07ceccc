package org.ddmsportal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ddmsportal.domain.communication.Guideline;
import org.ddmsportal.domain.communication.GuidelineCriteria;
import org.ddmsportal.domain.communication.GuidelineRepository;
import org.ddmsportal.domain.communication.GuidelineRevision;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;

@ApplicationScoped
public class JpaGuidelineRepository extends JpaStore implements GuidelineRepository {

    private static final ListQuery<Guideline> LIST = ListQuery.from(Guideline.class, "g", " FROM Guideline g",
            Map.of("title", "g.title", "category", "g.category", "modifiedAt", "g.modifiedAt", "revision", "g.revision"),
            "g.category, g.title");

    @Override
    public Optional<Guideline> find(long id) {
        return byId(Guideline.class, id);
    }

    @Override
    public Optional<Guideline> publishedBySlug(String slug) {
        return first("SELECT g FROM Guideline g WHERE g.slug = :slug AND g.published = TRUE",
                Guideline.class, "slug", slug);
    }

    @Override
    public boolean slugTaken(String slug) {
        return count("SELECT COUNT(g) FROM Guideline g WHERE g.slug = :slug", "slug", slug) > 0;
    }

    @Override
    public Page<Guideline> search(GuidelineCriteria criteria, PageRequest request) {
        JpqlWhere where = new JpqlWhere()
                .contains(criteria.text(), "g.title", "g.summary")
                .contains(criteria.title(), "g.title")
                .equal(criteria.category(), "g.category")
                .condition(criteria.publishedOnly() ? Boolean.TRUE : null, "g.published = :%1$s");
        return LIST.page(em, where, request);
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
}
