package org.ddmsportal.web.casestudies;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import lombok.Getter;
import org.ddmsportal.application.casestudy.CaseStudyQueries;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.domain.casestudy.CaseStudy;
import org.ddmsportal.domain.casestudy.CaseStudyPolicy;
import org.ddmsportal.domain.casestudy.CaseStudyCriteria;
import org.ddmsportal.web.shared.ListAddress;
import org.ddmsportal.web.shared.ServiceLazyModel;

/** /app/case-studies/list: the case studies the user may read (own country's, published, all for coordinators). */
@Named
@ViewScoped
public class CaseStudyListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseStudyQueries service;

    @Inject
    CurrentActor currentActor;

    @Getter private ServiceLazyModel<CaseStudy> model;
    @Getter private ListAddress address;

    @PostConstruct
    void init() {
        address = ListAddress.of(CaseStudyCriteria.class);
        model = new ServiceLazyModel<>(request -> service.search(currentActor.get(), request), CaseStudy::getId, address);
    }

    public boolean isMayCreate() {
        return CaseStudyPolicy.mayCreate(currentActor.get());
    }

    public List<String> getStates() {
        return service.states();
    }
}
