package org.ddmsportal.web.datasets;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import lombok.Getter;
import org.ddmsportal.application.data.DatasetService;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.domain.agreement.Confidentiality;
import org.ddmsportal.domain.data.Dataset;
import org.ddmsportal.domain.data.SourceKind;
import org.ddmsportal.domain.data.DatasetCriteria;
import org.ddmsportal.web.shared.ListAddress;
import org.ddmsportal.web.shared.ServiceLazyModel;

/** /app/datasets/list: datasets, filtered by country, source kind, confidentiality and lapsed agreements. */
@Named
@ViewScoped
public class DatasetListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DatasetService service;

    @Inject
    CurrentActor currentActor;

    @Getter private ServiceLazyModel<Dataset> model;
    @Getter private ListAddress address;

    @PostConstruct
    void init() {
        address = ListAddress.of(DatasetCriteria.class);
        model = new ServiceLazyModel<>(request -> service.search(currentActor.get(), request), Dataset::getId, address);
    }

    public boolean isMayCreate() {
        return service.mayCreate(currentActor.get());
    }

    public SourceKind[] getSourceKinds() {
        return SourceKind.values();
    }

    public Confidentiality[] getConfidentialities() {
        return Confidentiality.values();
    }
}
