package org.ddmsportal.web.indicators;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.ddmsportal.application.data.IndicatorForm;
import org.ddmsportal.application.data.IndicatorService;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.domain.data.Indicator;
import org.ddmsportal.domain.data.SdgEntry;
import org.ddmsportal.web.shared.EditPage;
import org.ddmsportal.web.shared.Ids;

/** /app/indicators/edit[?id=…][&pilot=…]: define or change an indicator. */
@Named
@ViewScoped
public class IndicatorEditBacking extends EditPage<Indicator, IndicatorForm> {

    private static final long serialVersionUID = 1L;

    @Inject
    IndicatorService service;

    @Inject
    CurrentActor currentActor;

    private String pilotParam;
    private transient List<SdgEntry> sdgIndicators;

    @Override
    protected Optional<Indicator> find(long id) {
        return service.find(currentActor.get(), id);
    }

    @Override
    protected boolean mayEdit(Indicator record) {
        return service.mayEdit(currentActor.get(), record);
    }

    @Override
    protected boolean mayCreate() {
        return service.mayCreate(currentActor.get());
    }

    @Override
    protected IndicatorForm newForm() {
        IndicatorForm form = new IndicatorForm();
        form.setPilotId(Ids.parse(pilotParam));
        return form;
    }

    @Override
    protected IndicatorForm formOf(Indicator record) {
        return IndicatorForm.of(record);
    }

    @Override
    protected String titleOf(Indicator record) {
        return record.getCode();
    }

    @Override
    protected long create(IndicatorForm form) {
        return service.create(currentActor.get(), form);
    }

    @Override
    protected void update(long id, IndicatorForm form) {
        service.update(currentActor.get(), id, form);
    }

    @Override
    protected String folder() {
        return "indicators";
    }

    @Override
    protected String messagePrefix() {
        return "indicator";
    }

    public List<SdgEntry> getSdgIndicators() {
        if (sdgIndicators == null) {
            sdgIndicators = service.sdgIndicators();
        }
        return sdgIndicators;
    }

    public String getPilotParam() {
        return pilotParam;
    }

    public void setPilotParam(String pilotParam) {
        this.pilotParam = pilotParam;
    }

}
