package org.ddmsportal.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.ddmsportal.application.agreement.AgreementNotifications;
import org.ddmsportal.application.agreement.OdrlProfile;

/** {@code GET /api/odrl/profile}: the portal's ODRL profile, which the agreements' ODRL twins name (public). */
@Path("/odrl/profile")
public class OdrlProfileResource {

    @Inject
    AgreementNotifications notifications;

    @GET
    @Produces("text/turtle")
    public Response profile() {
        return Response.ok(OdrlProfile.turtle(notifications.portalUrl()), "text/turtle; charset=UTF-8").build();
    }
}
