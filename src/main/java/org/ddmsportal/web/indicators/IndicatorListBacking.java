package org.ddmsportal.web.indicators;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ddmsportal.application.data.IndicatorService;
import org.ddmsportal.domain.data.Indicator;
import org.ddmsportal.domain.data.IndicatorCriteria;
import org.ddmsportal.domain.data.SdgEntry;
import org.ddmsportal.web.shared.ListPage;

/** /app/indicators/list: indicators, filtered by country and SDG goal. */
@Named
@ViewScoped
public class IndicatorListBacking extends ListPage<Indicator> {

    private static final long serialVersionUID = 1L;

    @Inject
    IndicatorService service;

    private transient List<SdgEntry> goals;

    @PostConstruct
    void init() {
        list(IndicatorCriteria.class, Indicator::getId, service::search, service::mayCreate);
    }

    public List<SdgEntry> getGoals() {
        if (goals == null) {
            goals = service.sdgGoals();
        }
        return goals;
    }
}
