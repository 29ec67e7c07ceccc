package org.ddmsportal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ddmsportal.domain.reference.Country;
import org.ddmsportal.domain.reference.GsbpmPhase;
import org.ddmsportal.domain.reference.OrganisationType;
import org.ddmsportal.domain.reference.PolicyDomain;
import org.ddmsportal.domain.reference.ReferenceRepository;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;

@ApplicationScoped
public class JpaReferenceRepository extends JpaStore implements ReferenceRepository {

    /*
     * Reference data (countries, organisation types, GSBPM phases, policy domains) is read on
     * nearly every page: its entities are in the shared cache ({@code @Cacheable}); its lists are
     * read once per request ({@code web.shared.ReferenceOptions}). EclipseLink's query-results
     * cache hint on these dynamic JPQL queries was tried and measured to do nothing (the bench's
     * general log showed every call reaching MariaDB), so it is not set.
     */

    private static final ListQuery<Country> COUNTRIES = ListQuery.from(Country.class, "c", " FROM Country c",
            Map.of("alpha2", "c.alpha2", "alpha3", "c.alpha3", "numeric", "c.numeric", "name", "c.name.en"), "c.alpha2");

    @Override
    public Optional<Country> country(String alpha2) {
        return first("SELECT c FROM Country c WHERE c.alpha2 = :code",
                Country.class, "code", alpha2 == null ? "" : alpha2.toUpperCase(Locale.ROOT));
    }

    @Override
    public Page<Country> countries(PageRequest request) {
        JpqlWhere where = new JpqlWhere()
                .contains(request.search(), "c.name.en", "c.name.fr", "c.name.ru", "c.alpha2", "c.alpha3")
                .contains(request.filter("name"), "c.name.en", "c.name.fr", "c.name.ru")
                .contains(request.filter("code"), "c.alpha2", "c.alpha3", "c.numeric");
        return COUNTRIES.page(em, where, request);
    }

    @Override
    public List<Country> allCountries() {
        return em.createQuery("SELECT c FROM Country c ORDER BY c.name.en", Country.class).getResultList();
    }

    @Override
    public Optional<OrganisationType> organisationType(String code) {
        return first("SELECT t FROM OrganisationType t WHERE t.code = :code",
                OrganisationType.class, "code", code == null ? "" : code);
    }

    @Override
    public List<OrganisationType> organisationTypes() {
        return em.createQuery("SELECT t FROM OrganisationType t ORDER BY t.sortOrder",
                OrganisationType.class).getResultList();
    }

    @Override
    public List<GsbpmPhase> gsbpmPhases() {
        return em.createQuery("SELECT p FROM GsbpmPhase p ORDER BY p.sortOrder", GsbpmPhase.class).getResultList();
    }

    @Override
    public List<PolicyDomain> policyDomains() {
        return em.createQuery("SELECT d FROM PolicyDomain d ORDER BY d.sortOrder", PolicyDomain.class).getResultList();
    }

    @Override
    public Optional<PolicyDomain> policyDomain(String code) {
        return first("SELECT d FROM PolicyDomain d WHERE d.code = :code", PolicyDomain.class, "code", code);
    }

    @Override
    public void add(PolicyDomain domain) {
        insert(domain);
    }
}
