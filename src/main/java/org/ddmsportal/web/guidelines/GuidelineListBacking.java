package org.ddmsportal.web.guidelines;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import lombok.Getter;
import org.ddmsportal.application.communication.CommunicationService;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.domain.communication.Guideline;
import org.ddmsportal.domain.communication.GuidelineCategory;
import org.ddmsportal.domain.communication.GuidelineCriteria;
import org.ddmsportal.web.shared.ListAddress;
import org.ddmsportal.web.shared.ServiceLazyModel;

/** /app/guidelines/list: the guidelines and best-practices library. */
@Named
@ViewScoped
public class GuidelineListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommunicationService service;

    @Inject
    CurrentActor currentActor;

    @Getter private ServiceLazyModel<Guideline> model;
    @Getter private ListAddress address;

    @PostConstruct
    void init() {
        address = ListAddress.of(GuidelineCriteria.class);
        model = new ServiceLazyModel<>(request -> service.guidelines(currentActor.get(), request), Guideline::getId, address);
    }

    public boolean isMayCreate() { return service.mayEditGuidelines(currentActor.get()); }

    public GuidelineCategory[] getCategories() { return GuidelineCategory.values(); }
}
