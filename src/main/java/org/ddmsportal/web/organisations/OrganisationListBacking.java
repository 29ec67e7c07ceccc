package org.ddmsportal.web.organisations;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import lombok.Getter;
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

    @Getter private ServiceLazyModel<Organisation> model;
    @Getter private ListAddress address;

    @PostConstruct
    void init() {
        address = ListAddress.of(OrganisationCriteria.class);
        model = new ServiceLazyModel<>(request -> service.search(currentActor.get(), request), Organisation::getId, address);
    }

    public boolean isMayCreate() {
        return service.mayCreate(currentActor.get());
    }
}
