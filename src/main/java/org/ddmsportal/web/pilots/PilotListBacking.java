package org.ddmsportal.web.pilots;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import lombok.Getter;
import org.ddmsportal.application.pilot.PilotService;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.domain.pilot.PilotCriteria;
import org.ddmsportal.web.shared.ListAddress;
import org.ddmsportal.web.shared.ServiceLazyModel;

/** /app/pilots/list: pilots, filtered by country, status and GSBPM phase. */
@Named
@ViewScoped
public class PilotListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PilotService service;

    @Inject
    CurrentActor currentActor;

    @Getter private ServiceLazyModel<Pilot> model;
    @Getter private ListAddress address;

    @PostConstruct
    void init() {
        address = ListAddress.of(PilotCriteria.class);
        model = new ServiceLazyModel<>(request -> service.search(currentActor.get(), request), Pilot::getId, address);
    }

    public boolean isMayCreate() {
        return service.mayCreate(currentActor.get());
    }

    public List<String> getStates() {
        return service.states();
    }
}
