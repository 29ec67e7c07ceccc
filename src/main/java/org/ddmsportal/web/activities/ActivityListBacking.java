package org.ddmsportal.web.activities;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import lombok.Getter;
import org.ddmsportal.application.communication.CommunicationService;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.domain.communication.Activity;
import org.ddmsportal.domain.communication.ActivityKind;
import org.ddmsportal.domain.communication.ActivityCriteria;
import org.ddmsportal.web.shared.ListAddress;
import org.ddmsportal.web.shared.ServiceLazyModel;

/** /app/activities/list: seminars, webinars, meetings, workshops, publications and press releases. */
@Named
@ViewScoped
public class ActivityListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommunicationService service;

    @Inject
    CurrentActor currentActor;

    @Getter private ServiceLazyModel<Activity> model;
    @Getter private ListAddress address;

    @PostConstruct
    void init() {
        address = ListAddress.of(ActivityCriteria.class);
        model = new ServiceLazyModel<>(service::activities, Activity::getId, address);
    }

    public boolean isMayCreate() { return service.mayCreateActivity(currentActor.get()); }

    public ActivityKind[] getKinds() { return ActivityKind.values(); }
}
