package org.ddmsportal.web.data;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ddmsportal.application.data.DatasetService;
import org.ddmsportal.application.data.IndicatorForm;
import org.ddmsportal.application.data.IndicatorService;
import org.ddmsportal.application.pilot.PilotService;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.domain.data.Dataset;
import org.ddmsportal.domain.data.Indicator;
import org.ddmsportal.domain.data.SdgEntry;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.web.shared.Ids;
import org.ddmsportal.web.shared.Texts;
import org.omnifaces.util.Faces;

/** /app/indicators/edit[?id=…][&pilot=…]: define or change an indicator. */
@Named
@ViewScoped
public class IndicatorEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IndicatorService service;

    @Inject
    DatasetService datasets;

    @Inject
    PilotService pilots;

    @Inject
    CurrentActor currentActor;

    private String idParam;
    private String pilotParam;
    private Long id;
    private IndicatorForm form;
    private String title;
    private transient List<SdgEntry> sdgIndicators;
    private transient List<Dataset> datasetOptions;
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
            form = new IndicatorForm();
            form.setPilotId(Ids.parse(pilotParam));
            return;
        }
        Indicator indicator = service.find(currentActor.get(), id).orElse(null);
        if (indicator == null) {
            Faces.responseSendError(404, "not found");
            return;
        }
        form = IndicatorForm.of(indicator);
        title = indicator.getCode();
    }

    public String save() {
        return Texts.attempt(() -> {
            if (id == null) {
                id = service.create(currentActor.get(), form);
                Texts.info("indicator.created");
            } else {
                service.update(currentActor.get(), id, form);
                Texts.info("saved");
            }
            return "/app/indicators/view?faces-redirect=true&id=" + id;
        });
    }

    public List<SdgEntry> getSdgIndicators() {
        if (sdgIndicators == null) {
            sdgIndicators = service.sdgIndicators();
        }
        return sdgIndicators;
    }

    public List<Dataset> getDatasetOptions() {
        if (datasetOptions == null) {
            datasetOptions = datasets.options(currentActor.get());
        }
        return datasetOptions;
    }

    public List<Pilot> getPilotOptions() {
        if (pilotOptions == null) {
            pilotOptions = pilots.options(currentActor.get());
        }
        return pilotOptions;
    }

    public String getTitle() {
        return id == null ? Texts.get("indicator.new") : title;
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

    public String getPilotParam() {
        return pilotParam;
    }

    public void setPilotParam(String pilotParam) {
        this.pilotParam = pilotParam;
    }

    public IndicatorForm getForm() {
        return form;
    }
}
