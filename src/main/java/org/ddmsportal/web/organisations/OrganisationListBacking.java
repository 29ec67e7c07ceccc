package org.ddmsportal.web.organisations;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ddmsportal.application.organisation.OrganisationService;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.organisation.OrganisationCriteria;
import org.ddmsportal.web.shared.ListPage;

/** /app/organisations/list: the registry of organisations, paged and filtered on the server. */
@Named
@ViewScoped
public class OrganisationListBacking extends ListPage<Organisation> {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationService service;

    @PostConstruct
    void init() {
        list(OrganisationCriteria.class, Organisation::getId, service::search, service::mayCreate);
    }
}
