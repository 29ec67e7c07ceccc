package org.ddmsportal.web.agreements;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.ddmsportal.application.agreement.AgreementLifecycle;
import org.ddmsportal.application.agreement.AgreementQueries;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.agreement.AgreementCriteria;
import org.ddmsportal.domain.agreement.AgreementKind;
import org.ddmsportal.web.shared.ListPage;

/** /app/agreements/list: the agreements the user may read, filtered by status, kind and country. */
@Named
@ViewScoped
public class AgreementListBacking extends ListPage<Agreement> {

    private static final long serialVersionUID = 1L;

    @Inject
    AgreementQueries service;

    @Inject
    AgreementLifecycle lifecycle;

    @Getter @Setter private String status;

    @PostConstruct
    void init() {
        list(AgreementCriteria.class, Agreement::getId, service::search);
        statuses(getStates());
    }

    /** The status filter from the address; none for a status the workflow has not. */
    public String getStatus() {
        return status(status, getStates());
    }

    public List<String> getStates() {
        return lifecycle.states();
    }

    public AgreementKind[] getKinds() {
        return AgreementKind.values();
    }
}
