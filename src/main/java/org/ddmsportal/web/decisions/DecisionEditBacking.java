package org.ddmsportal.web.decisions;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ddmsportal.application.data.IndicatorService;
import org.ddmsportal.application.decision.DecisionForm;
import org.ddmsportal.application.decision.DecisionService;
import org.ddmsportal.application.pilot.PilotService;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.domain.data.Indicator;
import org.ddmsportal.domain.decision.Decision;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.web.shared.Ids;
import org.ddmsportal.web.shared.Texts;
import org.omnifaces.util.Faces;

/** /app/decisions/edit[?id=…]: record or change a decision and what informed it. */
@Named
@ViewScoped
public class DecisionEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DecisionService service;

    @Inject
    IndicatorService indicators;

    @Inject
    PilotService pilots;

    @Inject
    CurrentActor currentActor;

    private String idParam;
    private Long id;
    private DecisionForm form;
    private String title;
    private transient List<Organisation> cityOptions;
    private transient List<Indicator> indicatorOptions;
    private transient List<Pilot> pilotOptions;

    public void load() {
        if (form != null) {
            return;
        }
        id = Ids.parse(idParam);
        if (id == null && idParam != null && !idParam.isBlank()) {
            Faces.responseSendError(404, "not found");
            return;
        }
        if (id == null) {
            form = new DecisionForm();
            return;
        }
        Decision decision = service.find(currentActor.get(), id).orElse(null);
        if (decision == null) {
            Faces.responseSendError(404, "not found");
            return;
        }
        form = DecisionForm.of(decision);
        title = decision.getTitle();
    }

    public String save() {
        return Texts.attempt(() -> {
            if (id == null) {
                id = service.create(currentActor.get(), form);
                Texts.info("decision.created");
            } else {
                service.update(currentActor.get(), id, form);
                Texts.info("saved");
            }
            return "/app/decisions/view?faces-redirect=true&id=" + id;
        });
    }

    public List<Organisation> getCityOptions() {
        if (cityOptions == null) {
            cityOptions = service.cityOptions(currentActor.get());
        }
        return cityOptions;
    }

    public List<Indicator> getIndicatorOptions() {
        if (indicatorOptions == null) {
            indicatorOptions = indicators.options(currentActor.get());
        }
        return indicatorOptions;
    }

    public List<Pilot> getPilotOptions() {
        if (pilotOptions == null) {
            pilotOptions = pilots.options(currentActor.get());
        }
        return pilotOptions;
    }

    public String getTitle() {
        return id == null ? Texts.get("decision.new") : title;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public DecisionForm getForm() {
        return form;
    }
}
