package org.ddmsportal.web.partnerships;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
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

    private ServiceLazyModel<Partnership> model;
    private ListAddress address;
    private String status;

    @PostConstruct
    void init() {
        address = ListAddress.of(PartnershipCriteria.class);
        model = new ServiceLazyModel<>(request -> service.search(currentActor.get(), request), Partnership::getId, address);
    }

    public ServiceLazyModel<Partnership> getModel() {
        return model;
    }

    /** The list's filters and order in its address (web.shared.ListAddress). */
    public ListAddress getAddress() {
        return address;
    }

    public boolean isMayCreate() {
        return service.mayCreate(currentActor.get());
    }

    /** The status filter, e.g. from a dashboard link (?status=ACTIVE). */
    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public List<String> getStates() {
        return service.states();
    }
}
