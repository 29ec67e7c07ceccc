package org.ddmsportal.web.organisations;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.ddmsportal.application.registry.OrganisationService;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.organisation.OrganisationCriteria;
import org.ddmsportal.web.shared.ListAddress;
import org.ddmsportal.web.shared.ServiceLazyModel;

/** /app/organisations/list: the registry of organisations, paged and filtered on the server. */
@Named
@ViewScoped
public class OrganisationListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationService service;

    @Inject
    CurrentActor currentActor;

    private ServiceLazyModel<Organisation> model;
    private ListAddress address;

    @PostConstruct
    void init() {
        address = ListAddress.of(OrganisationCriteria.class);
        model = new ServiceLazyModel<>(request -> service.search(currentActor.get(), request), Organisation::getId, address);
    }

    public ServiceLazyModel<Organisation> getModel() {
        return model;
    }

    /** The list's filters and order in its address (web.shared.ListAddress). */
    public ListAddress getAddress() {
        return address;
    }

    public boolean isMayCreate() {
        return service.mayCreate(currentActor.get());
    }
}
