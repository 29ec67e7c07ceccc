package org.ddmsportal.web.datasets;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import lombok.Getter;
import lombok.Setter;
import org.ddmsportal.application.audit.AuditService;
import org.ddmsportal.application.data.DatasetService;
import org.ddmsportal.application.data.IndicatorService;
import org.ddmsportal.application.pilot.PilotService;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.domain.audit.AuditEntry;
import org.ddmsportal.domain.data.Dataset;
import org.ddmsportal.domain.data.Indicator;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.domain.shared.PageRequest;
import org.ddmsportal.web.shared.Ids;
import org.omnifaces.util.Faces;

/** /app/datasets/view?id=…: a dataset, its agreement (flagged when not in force), where it is used. */
@Named
@ViewScoped
public class DatasetViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DatasetService service;

    @Inject
    IndicatorService indicators;

    @Inject
    PilotService pilots;

    @Inject
    AuditService audit;

    @Inject
    CurrentActor currentActor;

    @Getter @Setter private String idParam;
    private Long id;
    private transient Dataset dataset;
    private transient List<Indicator> usedBy;
    private transient List<Pilot> pilotsUsing;
    private transient List<AuditEntry> history;

    public void load() {
        id = Ids.parse(idParam);
        dataset = id == null ? null : service.find(currentActor.get(), id).orElse(null);
        if (dataset == null) {
            Faces.responseSendError(404, "not found");
        }
    }

    public Dataset getDataset() {
        if (dataset == null && id != null) {
            dataset = service.get(currentActor.get(), id);
        }
        return dataset;
    }

    public boolean isMayEdit() {
        return getDataset() != null && service.mayEdit(currentActor.get(), getDataset());
    }

    public List<Indicator> getIndicators() {
        if (usedBy == null) {
            usedBy = indicators.search(currentActor.get(), new PageRequest(0, 100, "code", true,
                    Map.of("dataset", Long.toString(id)), null)).rows();
        }
        return usedBy;
    }

    public List<Pilot> getPilots() {
        if (pilotsUsing == null) {
            pilotsUsing = pilots.search(currentActor.get(), new PageRequest(0, 100, "title", true,
                    Map.of("dataset", Long.toString(id)), null)).rows();
        }
        return pilotsUsing;
    }

    public List<AuditEntry> getHistory() {
        if (history == null) {
            history = audit.history(currentActor.get(), "Dataset", id);
        }
        return history;
    }
}
