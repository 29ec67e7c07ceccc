package org.ddmsportal.web.casestudies;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ddmsportal.application.casestudy.CaseStudyQueries;
import org.ddmsportal.domain.casestudy.CaseStudy;
import org.ddmsportal.domain.casestudy.CaseStudyCriteria;
import org.ddmsportal.domain.casestudy.CaseStudyPolicy;
import org.ddmsportal.web.shared.ListPage;

/** /app/case-studies/list: the case studies the user may read (own country's, published, all for coordinators). */
@Named
@ViewScoped
public class CaseStudyListBacking extends ListPage<CaseStudy> {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseStudyQueries service;

    @PostConstruct
    void init() {
        list(CaseStudyCriteria.class, CaseStudy::getId, service::search, CaseStudyPolicy::mayCreate);
        statuses(getStates());
    }

    public List<String> getStates() {
        return service.states();
    }
}
