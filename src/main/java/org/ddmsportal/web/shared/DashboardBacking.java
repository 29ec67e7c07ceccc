package org.ddmsportal.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.ddmsportal.application.partnership.PartnershipService;
import org.ddmsportal.application.shared.CurrentActor;

/** /app/index: the workspace — where the user's partnerships stand. */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    PartnershipService partnerships;

    @Inject
    CurrentActor currentActor;

    private List<Map.Entry<String, Long>> statusCounts;

    /** Partnerships per status (own country, or all for administrators and coordinators). */
    public List<Map.Entry<String, Long>> getStatusCounts() {
        if (statusCounts == null) {
            statusCounts = List.copyOf(partnerships.statusCounts(currentActor.get()).entrySet());
        }
        return statusCounts;
    }
}
