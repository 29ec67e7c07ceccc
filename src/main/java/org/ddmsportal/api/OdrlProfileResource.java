package org.ddmsportal.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.ddmsportal.application.agreement.OdrlProfile;
import org.ddmsportal.application.shared.PortalAddress;

/** {@code GET /api/odrl/profile}: the portal's ODRL profile, which the agreements' ODRL twins name (public). */
@Path("/odrl/profile")
@RequestScoped
public class OdrlProfileResource {

    @Inject
    PortalAddress portal;

    @GET
    @Produces("text/turtle")
    public Response profile() {
        // the same base as the policies that name the profile (PortalAddress)
        return Response.ok(OdrlProfile.turtle(portal.url()), "text/turtle; charset=UTF-8").build();
    }
}
