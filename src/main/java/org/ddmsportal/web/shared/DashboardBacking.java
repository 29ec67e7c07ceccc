package org.ddmsportal.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.ddmsportal.application.agreement.AgreementService;
import org.ddmsportal.application.partnership.PartnershipService;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.domain.agreement.Agreement;

/** /app/index: the workspace — what waits for the user's signature, where the partnerships stand. */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    PartnershipService partnerships;

    @Inject
    CurrentActor currentActor;

    @Inject
    AgreementService agreements;

    private List<Agreement> awaitingMe;

    private List<Map.Entry<String, Long>> statusCounts;

    /** Agreements whose next approval or signature is the user's. */
    public List<Agreement> getAwaitingMe() {
        if (awaitingMe == null) {
            awaitingMe = agreements.awaitingMe(currentActor.get());
        }
        return awaitingMe;
    }

    /** Partnerships per status (own country, or all for administrators and coordinators). */
    public List<Map.Entry<String, Long>> getStatusCounts() {
        if (statusCounts == null) {
            statusCounts = List.copyOf(partnerships.statusCounts(currentActor.get()).entrySet());
        }
        return statusCounts;
    }
}
