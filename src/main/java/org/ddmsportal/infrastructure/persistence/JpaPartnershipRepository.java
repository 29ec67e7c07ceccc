package org.ddmsportal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.partnership.PartnershipCriteria;
import org.ddmsportal.domain.partnership.PartnershipRepository;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;
import org.ddmsportal.domain.shared.Scope;

@ApplicationScoped
public class JpaPartnershipRepository extends PartyScopedStore<Partnership> implements PartnershipRepository {

    /** Partners (with their organisation) and domains of the whole page in one query each. */
    private static final ListQuery<Partnership> LIST = ListQuery.of(Partnership.class,
            "SELECT COUNT(p) FROM Partnership p LEFT JOIN p.lead l LEFT JOIN l.country c",
            "SELECT p FROM Partnership p LEFT JOIN FETCH p.lead l LEFT JOIN FETCH l.country c",
            Map.of("title", "p.title", "country", "c.alpha2", "status", "p.status", "type", "p.type",
                    "startDate", "p.startDate", "modifiedAt", "p.modifiedAt", "lead", "l.name"),
            "p.title, p.id", "p.partners", "p.partners.organisation", "p.domains");

    public JpaPartnershipRepository() {
        // the PARTY reach's rule, as PartnershipPolicy says it
        super(Partnership.class, "p", PartyScopeJpql.partnership("p", "x"));
    }

    @Inject
    PartnershipSignalTable signals;

    @Override
    public Optional<Partnership> find(long id) {
        // with the partners its page lists with their organisation: one statement, not one per partner
        return em.createQuery("SELECT p FROM Partnership p JOIN FETCH p.lead l JOIN FETCH l.country"
                        + " LEFT JOIN FETCH p.partners pp WHERE p.id = :id ORDER BY pp.id", Partnership.class)
                .setHint(JpqlWhere.LEFT_FETCH, "p.partners.organisation")
                .setParameter("id", id).getResultList().stream().findFirst();
    }

    @Override
    public Page<Partnership> search(PartnershipCriteria criteria, PageRequest request) {
        Set<Long> involving = criteria.organisationId() == null ? null : involving(criteria.organisationId());
        if (involving != null && involving.isEmpty()) {
            return new Page<>(List.of(), 0);
        }
        JpqlWhere where = where(criteria.scope())
                .contains(criteria.text(), "p.title", "p.objectives", "l.name", "l.acronym")
                .contains(criteria.title(), "p.title")
                .equal(criteria.country(), "c.alpha2")
                .equal(criteria.status(), "p.status")
                .equal(criteria.type(), "p.type")
                .condition(criteria.domain(),
                        "EXISTS (SELECT d FROM Partnership p2 JOIN p2.domains d WHERE p2 = p AND d.code = :%1$s)")
                .condition(criteria.partnerType(), "EXISTS (SELECT pp FROM PartnershipPartner pp"
                        + " WHERE pp.partnership = p AND pp.organisation.type.code = :%1$s)")
                .condition(involving, "p.id IN :%1$s")
                .condition(criteria.stage() == null ? null : criteria.stage().number(),
                        PartnershipSignalsSql.jpqlStage("p"))
                .condition(criteria.health() == null ? null : criteria.health().name(),
                        PartnershipSignalsSql.jpqlHealth("p"));
        if (criteria.stage() != null || criteria.health() != null) {
            signals.ensureCurrent();
        }
        return LIST.page(em, where, request);
    }

    /**
     * The partnerships an organisation leads or takes part in, by two index reads. Asked as
     * {@code lead = ? OR EXISTS partner} inside the page's query, MariaDB walked the title index
     * over every partnership (38 ms at 20,000; the organisation page, docs/performance.md).
     */
    private Set<Long> involving(long organisation) {
        Set<Long> ids = new HashSet<>(list("SELECT p.id FROM Partnership p WHERE p.lead.id = :o", Long.class,
                "o", organisation));
        ids.addAll(list("SELECT pp.partnership.id FROM PartnershipPartner pp WHERE pp.organisation.id = :o",
                Long.class, "o", organisation));
        return ids;
    }

    @Override
    public Map<String, Long> countByStatus(Scope scope) {
        String country = scope.reach() == Scope.Reach.COUNTRY ? scope.countryOrNone() : null;
        JpqlWhere where = where(scope)
                .equal(country == null ? null : country.toUpperCase(Locale.ROOT), "p.lead.country.alpha2");
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : where.bind(em.createQuery("SELECT p.status, COUNT(p) FROM Partnership p" + where.clause()
                + " GROUP BY p.status", Object[].class)).getResultList()) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }
}
