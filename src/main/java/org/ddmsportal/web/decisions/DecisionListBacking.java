package org.ddmsportal.web.decisions;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import lombok.Getter;
import org.ddmsportal.application.decision.DecisionService;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.domain.decision.Decision;
import org.ddmsportal.domain.decision.DecisionCriteria;
import org.ddmsportal.web.shared.ListAddress;
import org.ddmsportal.web.shared.ServiceLazyModel;

/** /app/decisions/list: the decision register. */
@Named
@ViewScoped
public class DecisionListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DecisionService service;

    @Inject
    CurrentActor currentActor;

    @Getter private ServiceLazyModel<Decision> model;
    @Getter private ListAddress address;

    @PostConstruct
    void init() {
        address = ListAddress.of(DecisionCriteria.class);
        model = new ServiceLazyModel<>(request -> service.search(currentActor.get(), request), Decision::getId, address);
    }

    public boolean isMayCreate() {
        return service.mayCreate(currentActor.get());
    }
}
