package org.ddmsportal.web.guidelines;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ddmsportal.application.communication.GuidelineService;
import org.ddmsportal.domain.communication.Guideline;
import org.ddmsportal.domain.communication.GuidelineCategory;
import org.ddmsportal.domain.communication.GuidelineCriteria;
import org.ddmsportal.web.shared.ListPage;

/** /app/guidelines/list: the guidelines and best-practices library. */
@Named
@ViewScoped
public class GuidelineListBacking extends ListPage<Guideline> {

    private static final long serialVersionUID = 1L;

    @Inject
    GuidelineService service;

    @PostConstruct
    void init() {
        list(GuidelineCriteria.class, Guideline::getId, service::search, service::mayCreate);
    }

    public GuidelineCategory[] getCategories() { return GuidelineCategory.values(); }
}
