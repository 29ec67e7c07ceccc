package org.ddmsportal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import org.ddmsportal.domain.decision.Decision;
import org.ddmsportal.domain.decision.DecisionCriteria;
import org.ddmsportal.domain.decision.DecisionRepository;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;

@ApplicationScoped
public class JpaDecisionRepository extends PartyScopedStore<Decision> implements DecisionRepository {

    private static final ListQuery<Decision> LIST = ListQuery.from(Decision.class, "d",
            " FROM Decision d LEFT JOIN d.city ci LEFT JOIN ci.country c",
            Map.of("title", "d.title", "city", "ci.name", "decidedOn", "d.decidedOn", "body", "d.body",
                    "country", "c.alpha2"),
            "d.decidedOn DESC, d.id", "d.city", "d.indicators", "d.pilots");

    public JpaDecisionRepository() {
        // the PARTY reach's rule, as DecisionPolicy says it
        super(Decision.class, "d", PartyScopeJpql.decision("d", "x"));
    }

    @Override
    public Optional<Decision> find(long id) {
        return first("SELECT d FROM Decision d JOIN FETCH d.city ci JOIN FETCH ci.country WHERE d.id = :id",
                Decision.class, "id", id);
    }

    @Override
    public Page<Decision> search(DecisionCriteria criteria, PageRequest request) {
        JpqlWhere where = where(criteria.scope())
                .contains(criteria.text(), "d.title", "d.body", "d.summary", "ci.name")
                .contains(criteria.title(), "d.title")
                .equal(criteria.country(), "c.alpha2")
                .equal(criteria.cityId(), "ci.id")
                .condition(criteria.pilotId(),
                        "EXISTS (SELECT p FROM Decision d2 JOIN d2.pilots p WHERE d2 = d AND p.id = :%1$s)")
                .condition(criteria.indicatorId(),
                        "EXISTS (SELECT i FROM Decision d3 JOIN d3.indicators i WHERE d3 = d AND i.id = :%1$s)");
        return LIST.page(em, where, request);
    }
}
