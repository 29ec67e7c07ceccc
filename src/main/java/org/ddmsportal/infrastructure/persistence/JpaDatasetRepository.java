package org.ddmsportal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.agreement.Confidentiality;
import org.ddmsportal.domain.data.Dataset;
import org.ddmsportal.domain.data.DatasetRepository;
import org.ddmsportal.domain.data.SourceKind;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;

@ApplicationScoped
public class JpaDatasetRepository implements DatasetRepository {

    private static final Map<String, String> SORTABLE = Map.of(
            "title", "d.title", "provider", "pr.name", "sourceKind", "d.sourceKind",
            "confidentiality", "d.confidentiality", "modifiedAt", "d.modifiedAt", "periodicity", "d.periodicity");

    /** The dataset's country: the pilot city's, else the partnership lead's, else the provider's. */
    private static final String COUNTRY = "COALESCE(pc.alpha2, plc.alpha2, prc.alpha2)";

    private static final String FROM = " FROM Dataset d JOIN d.provider pr JOIN pr.country prc"
            + " LEFT JOIN d.agreement a LEFT JOIN d.pilot pi LEFT JOIN pi.city pic LEFT JOIN pic.country pc"
            + " LEFT JOIN d.partnership ps LEFT JOIN ps.lead psl LEFT JOIN psl.country plc";

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Dataset> find(long id) {
        return em.createQuery("SELECT d FROM Dataset d JOIN FETCH d.provider pr JOIN FETCH pr.country"
                        + " LEFT JOIN FETCH d.agreement WHERE d.id = :id", Dataset.class)
                .setParameter("id", id).getResultList().stream().findFirst();
    }

    @Override
    public Page<Dataset> search(PageRequest request) {
        SourceKind kind = enumOf(SourceKind.class, request.filter("sourceKind"));
        Confidentiality confidentiality = enumOf(Confidentiality.class, request.filter("confidentiality"));
        if ((request.filter("sourceKind") != null && kind == null)
                || (request.filter("confidentiality") != null && confidentiality == null)) {
            return new Page<>(List.of(), 0);
        }
        boolean lapsed = "true".equals(request.filter("lapsed"));
        JpqlWhere where = new JpqlWhere()
                .contains(request.search(), "d.title", "d.description", "pr.name", "pr.acronym")
                .contains(request.filter("title"), "d.title")
                .equal(request.filter("country") == null ? null : request.filter("country").toUpperCase(Locale.ROOT), COUNTRY)
                .equal(kind, "d.sourceKind")
                .equal(confidentiality, "d.confidentiality")
                .equal(JpqlWhere.id(request.filter("provider")), "pr.id")
                .equal(JpqlWhere.id(request.filter("agreement")), "a.id")
                .equal(JpqlWhere.id(request.filter("pilot")), "pi.id")
                .equal(JpqlWhere.id(request.filter("partnership")), "ps.id")
                .condition(lapsed ? LocalDate.now() : null, "a IS NOT NULL AND (a.status <> '" + Agreement.ACTIVE
                        + "' OR a.expiryDate < :%1$s)");
        long total = where.bind(em.createQuery("SELECT COUNT(d)" + FROM + where.clause(), Long.class)).getSingleResult();
        List<Dataset> rows = where.bind(em.createQuery("SELECT d" + FROM + where.clause()
                        + JpqlWhere.orderBy(SORTABLE, request.sortField(), request.ascending(), "d.title, d.id"), Dataset.class))
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "d.provider")
                .setHint("eclipselink.batch", "d.agreement")
                .setFirstResult(request.first()).setMaxResults(request.size()).getResultList();
        return new Page<>(rows, total);
    }

    @Override
    public void add(Dataset dataset) {
        em.persist(dataset);
        em.flush();
    }

    @Override
    public List<Dataset> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT d FROM Dataset d WHERE d.id IN :ids", Dataset.class)
                .setParameter("ids", ids).getResultList();
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
