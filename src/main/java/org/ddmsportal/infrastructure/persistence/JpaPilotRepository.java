package org.ddmsportal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.domain.pilot.PilotCriteria;
import org.ddmsportal.domain.pilot.PilotRepository;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;

@ApplicationScoped
public class JpaPilotRepository extends PartyScopedStore<Pilot> implements PilotRepository {

    private static final ListQuery<Pilot> LIST = ListQuery.from(Pilot.class, "p", " FROM Pilot p LEFT JOIN p.city ci LEFT JOIN ci.country c",
            Map.of("title", "p.title", "city", "ci.name", "country", "c.alpha2", "status", "p.status",
                    "phase", "p.phase", "modifiedAt", "p.modifiedAt"),
            "p.title, p.id", "p.city", "p.city.country", "p.lead", "p.datasets", "p.datasets.agreement");

    public JpaPilotRepository() {
        // the PARTY reach's rule, as PilotPolicy says it
        super(Pilot.class, "p", PartyScopeJpql.pilot("p", "x"));
    }

    @Override
    public Optional<Pilot> find(long id) {
        // with the datasets its page lists with their provider and lapse (their agreement): one
        // statement, not two per dataset
        return em.createQuery("SELECT p FROM Pilot p JOIN FETCH p.city ci JOIN FETCH ci.country JOIN FETCH p.lead"
                        + " LEFT JOIN FETCH p.datasets WHERE p.id = :id", Pilot.class)
                .setHint(JpqlWhere.LEFT_FETCH, "p.datasets.provider").setHint(JpqlWhere.LEFT_FETCH, "p.datasets.agreement")
                .setParameter("id", id).getResultList().stream().findFirst();
    }

    @Override
    public Page<Pilot> search(PilotCriteria criteria, PageRequest request) {
        JpqlWhere where = where(criteria.scope())
                .contains(criteria.text(), "p.title", "p.policyQuestion", "ci.name")
                .contains(criteria.title(), "p.title")
                .equal(criteria.country(), "c.alpha2")
                .equal(criteria.status(), "p.status")
                .equal(criteria.phase(), "p.phase")
                .equal(criteria.cityId(), "ci.id")
                .condition(criteria.partnershipId(),
                        "EXISTS (SELECT ps FROM Pilot p2 JOIN p2.partnerships ps WHERE p2 = p AND ps.id = :%1$s)")
                .condition(criteria.datasetId(),
                        "EXISTS (SELECT d FROM Pilot p3 JOIN p3.datasets d WHERE p3 = p AND d.id = :%1$s)")
                // as JpaDashboardRepository.overdueMilestones counts them
                .condition(criteria.overdue() ? today() : null,
                        "EXISTS (SELECT m FROM Milestone m WHERE m.pilot = p AND m.doneOn IS NULL AND m.due < :%1$s)");
        return LIST.page(em, where, request);
    }

    @Override
    public long countInCountry(String alpha2) {
        return count("SELECT COUNT(p) FROM Pilot p WHERE p.city.country.alpha2 = :c", "c", alpha2);
    }
}
