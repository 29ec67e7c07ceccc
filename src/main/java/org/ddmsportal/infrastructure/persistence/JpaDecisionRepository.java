package org.ddmsportal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ddmsportal.domain.decision.Decision;
import org.ddmsportal.domain.decision.DecisionCriteria;
import org.ddmsportal.domain.decision.DecisionRepository;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;
import org.ddmsportal.domain.shared.Scope;

@ApplicationScoped
public class JpaDecisionRepository extends JpaStore implements DecisionRepository {

    private static final Map<String, String> SORTABLE = Map.of(
            "title", "d.title", "city", "ci.name", "decidedOn", "d.decidedOn", "body", "d.body",
            "country", "c.alpha2");

    /** The PARTY reach's rule ({@code DecisionPolicy}). */
    private static final String PARTY = PartyScopeJpql.decision("d", "x");

    @Override
    public Optional<Decision> find(long id) {
        return first("SELECT d FROM Decision d JOIN FETCH d.city ci JOIN FETCH ci.country WHERE d.id = :id",
                Decision.class, "id", id);
    }

    @Override
    public Page<Decision> search(DecisionCriteria criteria, PageRequest request) {
        JpqlWhere where = new JpqlWhere()
                .condition(criteria.scope().partyOrganisation(), PARTY)
                .contains(criteria.text(), "d.title", "d.body", "d.summary", "ci.name")
                .contains(criteria.title(), "d.title")
                .equal(criteria.country(), "c.alpha2")
                .equal(criteria.cityId(), "ci.id")
                .condition(criteria.pilotId(),
                        "EXISTS (SELECT p FROM Decision d2 JOIN d2.pilots p WHERE d2 = d AND p.id = :%1$s)")
                .condition(criteria.indicatorId(),
                        "EXISTS (SELECT i FROM Decision d3 JOIN d3.indicators i WHERE d3 = d AND i.id = :%1$s)");
        String from = " FROM Decision d LEFT JOIN d.city ci LEFT JOIN ci.country c";
        return where.page(em, "SELECT COUNT(d)" + from,
                "SELECT d" + from,
                JpqlWhere.orderBy(SORTABLE, request.sortField(), request.ascending(), "d.decidedOn DESC, d.id"),
                Decision.class, request, "d.city", "d.indicators", "d.pilots");
    }

    @Override
    public void add(Decision decision) {
        insert(decision);
    }

    @Override
    public Set<Long> readable(Scope scope, Collection<Long> ids) {
        return PartyScopeJpql.readable(em, "Decision", "d", PARTY, scope, ids);
    }
}
