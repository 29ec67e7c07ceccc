package org.ddmsportal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.data.Dataset;
import org.ddmsportal.domain.data.DatasetCriteria;
import org.ddmsportal.domain.data.DatasetRepository;
import org.ddmsportal.domain.data.ProducingPilot;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;

@ApplicationScoped
public class JpaDatasetRepository extends PartyScopedStore<Dataset> implements DatasetRepository {

    /**
     * The dataset's country is stored (the pilot city's, else the partnership lead's, else the
     * provider's — see {@link Dataset#getCountry()}), so the filter uses an index instead of a
     * rule over six joins. So is its provider's name, so the order by provider reads an index
     * ({@code ix_dataset_provider_title}) instead of sorting every dataset joined to its provider.
     */
    private static final ListQuery<Dataset> LIST = ListQuery.from(Dataset.class, "d",
            " FROM Dataset d LEFT JOIN d.provider pr LEFT JOIN d.country c LEFT JOIN d.agreement a",
            Map.of("title", "d.title", "provider", "d.providerName", "country", "c.alpha2", "sourceKind", "d.sourceKind",
                    "confidentiality", "d.confidentiality", "modifiedAt", "d.modifiedAt", "periodicity", "d.periodicity"),
            "d.title, d.id", "d.provider", "d.agreement", "d.country");

    public JpaDatasetRepository() {
        // the PARTY reach's rule, as DatasetPolicy says it
        super(Dataset.class, "d", PartyScopeJpql.dataset("d", "x"));
    }

    @Override
    public Optional<Dataset> find(long id) {
        return first("SELECT d FROM Dataset d JOIN FETCH d.provider pr JOIN FETCH pr.country"
                        + " LEFT JOIN FETCH d.agreement WHERE d.id = :id", Dataset.class, "id", id);
    }

    @Override
    public Page<Dataset> search(DatasetCriteria criteria, PageRequest request) {
        JpqlWhere where = where(criteria.scope())
                .contains(criteria.text(), "d.title", "d.description", "pr.name", "pr.acronym")
                .contains(criteria.title(), "d.title")
                .equal(criteria.country(), "c.alpha2")
                .equal(criteria.sourceKind(), "d.sourceKind")
                .equal(criteria.confidentiality(), "d.confidentiality")
                .equal(criteria.providerId(), "pr.id")
                .equal(criteria.agreementId(), "a.id")
                .equal(criteria.pilotId(), "d.pilot.id")
                .equal(criteria.partnershipId(), "d.partnership.id")
                .condition(criteria.lapsed() ? today() : null, "a IS NOT NULL AND (a.status <> '" + Agreement.ACTIVE
                        + "' OR a.expiryDate < :%1$s)")
                // as JpaDashboardRepository.datasetCoverage counts them
                .condition(criteria.uncovered() ? "NSI" : null, "a IS NULL AND pr.type.code <> :%1$s");
        return LIST.page(em, where, request);
    }

    @Override
    public void relocateFor(ProducingPilot pilot) {
        em.createQuery("UPDATE Dataset d SET d.country = :c WHERE d.pilot = :p")
                .setParameter("c", pilot.getCountry()).setParameter("p", pilot).executeUpdate();
    }

    @Override
    public void relocateFor(Partnership partnership) {
        em.createQuery("UPDATE Dataset d SET d.country = :c WHERE d.pilot IS NULL AND d.partnership = :p")
                .setParameter("c", partnership.getCountry()).setParameter("p", partnership).executeUpdate();
    }

    @Override
    public void renameProvider(Organisation organisation) {
        em.createQuery("UPDATE Dataset d SET d.providerName = :n WHERE d.provider = :o")
                .setParameter("n", organisation.getName()).setParameter("o", organisation).executeUpdate();
    }

    @Override
    public void relocateFor(Organisation organisation) {
        em.createQuery("UPDATE Dataset d SET d.country = :c WHERE d.pilot IS NULL AND d.partnership IS NULL"
                        + " AND d.provider = :o")
                .setParameter("c", organisation.getCountry()).setParameter("o", organisation).executeUpdate();
        em.createQuery("UPDATE Dataset d SET d.country = :c WHERE d.pilot IS NULL AND d.partnership IN"
                        + " (SELECT p FROM Partnership p WHERE p.lead = :o)")
                .setParameter("c", organisation.getCountry()).setParameter("o", organisation).executeUpdate();
        em.createQuery("UPDATE Dataset d SET d.country = :c WHERE d.pilot IN (SELECT p FROM Pilot p WHERE p.city = :o)")
                .setParameter("c", organisation.getCountry()).setParameter("o", organisation).executeUpdate();
    }
}
