package org.ddmsportal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.organisation.OrganisationCriteria;
import org.ddmsportal.domain.organisation.OrganisationRepository;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;

@ApplicationScoped
public class JpaOrganisationRepository extends JpaStore implements OrganisationRepository {

    /** Fetch joins load type, country and parent with the page: one query, not one per row. */
    private static final ListQuery<Organisation> LIST = ListQuery.of(Organisation.class,
            "SELECT COUNT(o) FROM Organisation o LEFT JOIN o.type t LEFT JOIN o.country c LEFT JOIN o.parent p",
            "SELECT o FROM Organisation o LEFT JOIN FETCH o.type t LEFT JOIN FETCH o.country c LEFT JOIN FETCH o.parent p",
            Map.of("name", "o.name", "acronym", "o.acronym", "type", "t.sortOrder", "country", "c.alpha2",
                    "city", "o.city", "modifiedAt", "o.modifiedAt", "territorialCode", "o.territorialCode"),
            "o.name, o.id");

    @Override
    public Optional<Organisation> find(long id) {
        return first("SELECT o FROM Organisation o JOIN FETCH o.type JOIN FETCH o.country"
                        + " LEFT JOIN FETCH o.parent WHERE o.id = :id", Organisation.class, "id", id);
    }

    @Override
    public Optional<Organisation> findByCode(String code) {
        return first("SELECT o FROM Organisation o WHERE o.code = :code", Organisation.class, "code", code);
    }

    @Override
    public Page<Organisation> search(OrganisationCriteria criteria, PageRequest request) {
        JpqlWhere where = new JpqlWhere()
                .contains(criteria.text(), "o.name", "o.acronym", "o.city", "o.code", "o.territorialCode")
                .contains(criteria.name(), "o.name", "o.acronym")
                .contains(criteria.city(), "o.city")
                .equal(criteria.type(), "t.code")
                .equal(criteria.country(), "c.alpha2");
        return LIST.page(em, where, request);
    }

    @Override
    public long countReferences(Organisation organisation) {
        long children = count("SELECT COUNT(o) FROM Organisation o WHERE o.parent = :org", "org", organisation);
        long contacts = count("SELECT COUNT(c) FROM Contact c WHERE c.organisation = :org", "org", organisation);
        long partnerships = count("SELECT COUNT(DISTINCT p) FROM Partnership p LEFT JOIN p.partners pp"
                        + " WHERE p.lead = :org OR pp.organisation = :org", "org", organisation);
        long agreements = count("SELECT COUNT(ap) FROM AgreementParty ap WHERE ap.organisation = :org", "org",
                organisation);
        long data = count("SELECT COUNT(d) FROM Dataset d WHERE d.provider = :org", "org", organisation);
        long pilots = count("SELECT COUNT(DISTINCT p) FROM Pilot p LEFT JOIN p.partners pp"
                        + " WHERE p.city = :org OR p.lead = :org OR pp = :org", "org", organisation);
        long decisions = count("SELECT COUNT(d) FROM Decision d WHERE d.city = :org", "org", organisation);
        return children + contacts + partnerships + agreements + data + pilots + decisions;
    }

    @Override
    public List<Organisation> withTerritorialCodes(java.util.Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return list("SELECT o FROM Organisation o WHERE o.territorialCode IN :codes"
                        + " AND o.coordinates.latitude IS NOT NULL ORDER BY o.name",
                        Organisation.class, "codes", codes);
    }

    @Override
    public void add(Organisation organisation) {
        insert(organisation);
    }

    @Override
    public void remove(Organisation organisation) {
        delete(organisation);
        em.flush();
    }
}
