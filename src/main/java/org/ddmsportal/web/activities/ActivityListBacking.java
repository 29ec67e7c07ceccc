package org.ddmsportal.web.activities;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ddmsportal.application.communication.ActivityService;
import org.ddmsportal.domain.communication.Activity;
import org.ddmsportal.domain.communication.ActivityCriteria;
import org.ddmsportal.domain.communication.ActivityKind;
import org.ddmsportal.web.shared.ListPage;

/** /app/activities/list: seminars, webinars, meetings, workshops, publications and press releases. */
@Named
@ViewScoped
public class ActivityListBacking extends ListPage<Activity> {

    private static final long serialVersionUID = 1L;

    @Inject
    ActivityService service;

    @PostConstruct
    void init() {
        list(ActivityCriteria.class, Activity::getId, service::search, service::mayCreate);
    }

    public ActivityKind[] getKinds() { return ActivityKind.values(); }
}
