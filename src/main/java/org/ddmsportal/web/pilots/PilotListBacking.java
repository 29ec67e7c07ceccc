package org.ddmsportal.web.pilots;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ddmsportal.application.pilot.PilotService;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.domain.pilot.PilotCriteria;
import org.ddmsportal.web.shared.ListPage;

/** /app/pilots/list: pilots, filtered by country, status and GSBPM phase. */
@Named
@ViewScoped
public class PilotListBacking extends ListPage<Pilot> {

    private static final long serialVersionUID = 1L;

    @Inject
    PilotService service;

    @PostConstruct
    void init() {
        list(PilotCriteria.class, Pilot::getId, service::search, service::mayCreate);
        statuses(getStates());
    }

    public List<String> getStates() {
        return service.states();
    }
}
