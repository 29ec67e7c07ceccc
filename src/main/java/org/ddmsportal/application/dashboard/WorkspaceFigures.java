package org.ddmsportal.application.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.ddmsportal.application.audit.ChangeMarks;
import org.ddmsportal.application.data.DatasetService;
import org.ddmsportal.application.partnership.PartnershipService;
import org.ddmsportal.application.shared.MarkedCache;
import org.ddmsportal.domain.data.Dataset;
import org.ddmsportal.domain.data.DatasetCriteria;
import org.ddmsportal.domain.data.DatasetPolicy;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;
import org.ddmsportal.domain.shared.Scope;

/**
 * The workspace's figures ({@code /app/index}): the datasets whose agreement is not in force and
 * the partnerships per status. They are the same for everyone with the same scope and change only
 * when the data does, so they are kept per scope under the audit trail's change mark and the day
 * ({@link ChangeMarks}), as the dashboards and My tasks are: the coordinator's count over every
 * country's datasets runs once per change, not on every visit to the workspace.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WorkspaceFigures {

    /** How many of the lapsed datasets the workspace names. */
    public static final int LAPSED_SHOWN = 10;

    /** A dataset whose agreement is not in force, as the workspace names it (no entity kept between requests). */
    public record LapsedDataset(long id, String title, String agreementReference, String agreementStatus) {
    }

    @Inject
    DatasetService datasets;

    @Inject
    PartnershipService partnerships;

    @Inject
    ChangeMarks marks;

    private MarkedCache<DatasetCriteria, Page<LapsedDataset>> lapsed;

    private MarkedCache<Scope, List<Map.Entry<String, Long>>> statusCounts;

    @PostConstruct
    void createCaches() {
        lapsed = marks.newCache(1_000);
        statusCounts = marks.newCache(1_000);
    }

    /**
     * The first {@value #LAPSED_SHOWN} datasets (by title) whose agreement is not in force, among
     * those the actor may list, of one country ({@code null}: all), and how many there are.
     */
    public Page<LapsedDataset> lapsedDatasets(@NotNull Actor actor, String country) {
        DatasetCriteria criteria = DatasetCriteria.all().withLapsed(true).withCountry(country)
                .withScope(DatasetPolicy.listScope(actor));
        ChangeMarks.Mark mark = marks.current();
        return lapsed.get(criteria, mark, () -> {
            Page<Dataset> page = datasets.search(actor, criteria, new PageRequest(0, LAPSED_SHOWN, "title", true, null, null));
            return new Page<>(page.rows().stream().map(WorkspaceFigures::lapsedDataset).toList(), page.total());
        });
    }

    /** Partnerships per status, in the lifecycle's order, among those the actor may list. */
    public List<Map.Entry<String, Long>> partnershipStatusCounts(@NotNull Actor actor) {
        ChangeMarks.Mark mark = marks.current();
        return statusCounts.get(Scope.of(actor), mark, () -> partnerships.statusCounts(actor).entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue())).toList());
    }

    private static LapsedDataset lapsedDataset(Dataset d) {
        return new LapsedDataset(d.getId(), d.getTitle(), d.getAgreement().getReference(), d.getAgreement().getStatus());
    }
}
