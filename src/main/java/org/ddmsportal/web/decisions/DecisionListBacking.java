package org.ddmsportal.web.decisions;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ddmsportal.application.decision.DecisionService;
import org.ddmsportal.domain.decision.Decision;
import org.ddmsportal.domain.decision.DecisionCriteria;
import org.ddmsportal.web.shared.ListPage;

/** /app/decisions/list: the decision register. */
@Named
@ViewScoped
public class DecisionListBacking extends ListPage<Decision> {

    private static final long serialVersionUID = 1L;

    @Inject
    DecisionService service;

    @PostConstruct
    void init() {
        list(DecisionCriteria.class, Decision::getId, service::search, service::mayCreate);
    }
}
