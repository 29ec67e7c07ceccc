package org.ddmsportal.web.decisions;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.ddmsportal.application.data.IndicatorService;
import org.ddmsportal.application.decision.DecisionForm;
import org.ddmsportal.application.decision.DecisionService;
import org.ddmsportal.application.pilot.PilotService;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.domain.data.Indicator;
import org.ddmsportal.domain.decision.Decision;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.web.shared.EditPage;

/** /app/decisions/edit[?id=…]: record or change a decision and what informed it. */
@Named
@ViewScoped
public class DecisionEditBacking extends EditPage<Decision, DecisionForm> {

    private static final long serialVersionUID = 1L;

    @Inject
    DecisionService service;

    @Inject
    IndicatorService indicators;

    @Inject
    PilotService pilots;

    @Inject
    CurrentActor currentActor;

    private transient List<Organisation> cityOptions;
    private transient List<Indicator> indicatorOptions;
    private transient List<Pilot> pilotOptions;

    @Override
    protected Optional<Decision> find(long id) {
        return service.find(currentActor.get(), id);
    }

    @Override
    protected boolean mayEdit(Decision record) {
        return service.mayEdit(currentActor.get(), record);
    }

    @Override
    protected boolean mayCreate() {
        return service.mayCreate(currentActor.get());
    }

    @Override
    protected DecisionForm newForm() {
        return new DecisionForm();
    }

    @Override
    protected DecisionForm formOf(Decision record) {
        return DecisionForm.of(record);
    }

    @Override
    protected String titleOf(Decision record) {
        return record.getTitle();
    }

    @Override
    protected long create(DecisionForm form) {
        return service.create(currentActor.get(), form);
    }

    @Override
    protected void update(long id, DecisionForm form) {
        service.update(currentActor.get(), id, form);
    }

    @Override
    protected String folder() {
        return "decisions";
    }

    @Override
    protected String messagePrefix() {
        return "decision";
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

}
