package org.ddmsportal.web.partnerships;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.ddmsportal.application.partnership.PartnershipService;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.partnership.PartnershipCriteria;
import org.ddmsportal.web.shared.ListAddress;
import org.ddmsportal.web.shared.ServiceLazyModel;

/** /app/partnerships/list: partnerships, filtered by country, status, domain and partner type. */
@Named
@ViewScoped
public class PartnershipListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PartnershipService service;

    @Inject
    CurrentActor currentActor;

    @Getter private ServiceLazyModel<Partnership> model;
    @Getter private ListAddress address;
    @Getter @Setter private String status;

    @PostConstruct
    void init() {
        address = ListAddress.of(PartnershipCriteria.class);
        model = new ServiceLazyModel<>(request -> service.search(currentActor.get(), request), Partnership::getId, address);
    }

    public boolean isMayCreate() {
        return service.mayCreate(currentActor.get());
    }

    /** The status filter, e.g. from a dashboard link (?status=ACTIVE). */
    public String getStatus() {
        return status;
    }

    public List<String> getStates() {
        return service.states();
    }
}
