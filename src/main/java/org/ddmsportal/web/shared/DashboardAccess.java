package org.ddmsportal.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.domain.dashboard.DashboardPolicy;

/** Which dashboards the menu offers the signed-in user: {@link DashboardPolicy}'s answer, as the pages give it. */
@Named
@RequestScoped
public class DashboardAccess {

    @Inject
    CurrentActor current;

    public boolean isNsi() {
        return current.find().map(DashboardPolicy::mayReadNsi).orElse(false);
    }

    public boolean isCoordinator() {
        return current.find().map(DashboardPolicy::mayReadCoordinator).orElse(false);
    }
}
