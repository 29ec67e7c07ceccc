package org.ddmsportal.web.indicators;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.ddmsportal.application.data.IndicatorForm;
import org.ddmsportal.application.data.IndicatorService;
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

    @Getter @Setter private String pilotParam;
    private transient List<SdgEntry> sdgIndicators;

    public IndicatorEditBacking() {
        super("indicators", "indicator", IndicatorForm::new, IndicatorForm::of, Indicator::getCode);
    }

    @Override
    protected void prepareNew(IndicatorForm form) {
        form.setPilotId(Ids.parse(pilotParam));
    }

    public List<SdgEntry> getSdgIndicators() {
        if (sdgIndicators == null) {
            sdgIndicators = service.sdgIndicators();
        }
        return sdgIndicators;
    }
}
