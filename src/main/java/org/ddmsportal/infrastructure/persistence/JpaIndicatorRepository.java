package org.ddmsportal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ddmsportal.domain.data.Indicator;
import org.ddmsportal.domain.data.IndicatorCriteria;
import org.ddmsportal.domain.data.IndicatorRepository;
import org.ddmsportal.domain.data.SdgEntry;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;

@ApplicationScoped
public class JpaIndicatorRepository extends PartyScopedStore<Indicator> implements IndicatorRepository {

    private static final ListQuery<Indicator> LIST = ListQuery.from(Indicator.class, "i",
            " FROM Indicator i LEFT JOIN i.country c LEFT JOIN i.sdg s",
            Map.of("code", "i.code", "name", "i.name.en", "unit", "i.unit", "country", "c.alpha2",
                    "sdg", "s.sortKey", "modifiedAt", "i.modifiedAt"),
            "i.code", "i.country", "i.sdg", "i.datasets", "i.datasets.agreement");

    public JpaIndicatorRepository() {
        // the PARTY reach's rule, as IndicatorPolicy says it
        super(Indicator.class, "i", PartyScopeJpql.indicator("i", "x"));
    }

    @Override
    public Optional<Indicator> find(long id) {
        // with the datasets its page lists with their lapse (their agreement): one statement, not one per dataset
        return em.createQuery("SELECT i FROM Indicator i JOIN FETCH i.country LEFT JOIN FETCH i.sdg"
                        + " LEFT JOIN FETCH i.datasets d WHERE i.id = :id ORDER BY d.title", Indicator.class)
                .setHint(JpqlWhere.LEFT_FETCH, "i.datasets.agreement")
                .setParameter("id", id).getResultList().stream().findFirst();
    }

    @Override
    public Optional<Indicator> findByCode(String code) {
        return first("SELECT i FROM Indicator i JOIN FETCH i.country WHERE i.code = :code",
                Indicator.class, "code", code);
    }

    @Override
    public Page<Indicator> search(IndicatorCriteria criteria, PageRequest request) {
        JpqlWhere where = where(criteria.scope())
                .contains(criteria.text(), "i.code", "i.name.en", "i.name.fr", "i.name.ru", "i.definition")
                .contains(criteria.code(), "i.code")
                .contains(criteria.name(), "i.name.en", "i.name.fr", "i.name.ru")
                .equal(criteria.country(), "c.alpha2")
                .equal(criteria.sdgGoal(), "SUBSTRING(s.code, 1, LOCATE('.', s.code) - 1)")
                .equal(criteria.pilotId(), "i.pilot.id")
                .condition(criteria.datasetId(),
                        "EXISTS (SELECT d FROM Indicator i2 JOIN i2.datasets d WHERE i2 = i AND d.id = :%1$s)");
        return LIST.page(em, where, request);
    }

    @Override
    public Optional<SdgEntry> sdg(String code) {
        return code == null ? Optional.empty() : byId(SdgEntry.class, code);
    }

    @Override
    public List<SdgEntry> sdgEntries(String level) {
        return list("SELECT s FROM SdgEntry s WHERE s.level = :level ORDER BY s.sortKey",
                SdgEntry.class, "level", level);
    }
}
