package org.ddmsportal.web.partnerships;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.ddmsportal.application.partnership.PartnershipService;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.partnership.PartnershipCriteria;
import org.ddmsportal.web.shared.ListPage;

/** /app/partnerships/list: partnerships, filtered by country, status, domain and partner type. */
@Named
@ViewScoped
public class PartnershipListBacking extends ListPage<Partnership> {

    private static final long serialVersionUID = 1L;

    @Inject
    PartnershipService service;

    @Getter @Setter private String status;

    @PostConstruct
    void init() {
        list(PartnershipCriteria.class, Partnership::getId, service::search, service::mayCreate);
        statuses(getStates());
    }

    /** The status filter, e.g. from a dashboard link (?status=ACTIVE); none for a status the workflow has not. */
    public String getStatus() {
        return status(status, getStates());
    }

    public List<String> getStates() {
        return service.states();
    }
}
