package org.ddmsportal.web.indicators;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import lombok.Getter;
import org.ddmsportal.application.data.IndicatorService;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.domain.data.Indicator;
import org.ddmsportal.domain.data.SdgEntry;
import org.ddmsportal.domain.data.IndicatorCriteria;
import org.ddmsportal.web.shared.ListAddress;
import org.ddmsportal.web.shared.ServiceLazyModel;

/** /app/indicators/list: indicators, filtered by country and SDG goal. */
@Named
@ViewScoped
public class IndicatorListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IndicatorService service;

    @Inject
    CurrentActor currentActor;

    @Getter private ServiceLazyModel<Indicator> model;
    @Getter private ListAddress address;
    private transient List<SdgEntry> goals;

    @PostConstruct
    void init() {
        address = ListAddress.of(IndicatorCriteria.class);
        model = new ServiceLazyModel<>(request -> service.search(currentActor.get(), request), Indicator::getId, address);
    }

    public boolean isMayCreate() {
        return service.mayCreate(currentActor.get());
    }

    public List<SdgEntry> getGoals() {
        if (goals == null) {
            goals = service.sdgGoals();
        }
        return goals;
    }
}
