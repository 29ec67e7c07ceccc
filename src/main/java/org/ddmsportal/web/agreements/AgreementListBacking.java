package org.ddmsportal.web.agreements;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.ddmsportal.application.agreement.AgreementLifecycle;
import org.ddmsportal.application.agreement.AgreementQueries;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.agreement.AgreementKind;
import org.ddmsportal.domain.agreement.AgreementCriteria;
import org.ddmsportal.web.shared.ListAddress;
import org.ddmsportal.web.shared.ServiceLazyModel;

/** /app/agreements/list: the agreements the user may read, filtered by status, kind and country. */
@Named
@ViewScoped
public class AgreementListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AgreementQueries service;

    @Inject
    AgreementLifecycle lifecycle;

    @Inject
    CurrentActor currentActor;

    @Getter private ServiceLazyModel<Agreement> model;
    @Getter private ListAddress address;
    @Getter @Setter private String status;

    @PostConstruct
    void init() {
        address = ListAddress.of(AgreementCriteria.class);
        model = new ServiceLazyModel<>(request -> service.search(currentActor.get(), request), Agreement::getId, address);
    }

    public List<String> getStates() {
        return lifecycle.states();
    }

    public AgreementKind[] getKinds() {
        return AgreementKind.values();
    }
}
