package org.ddmsportal.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.ddmsportal.application.agreement.OdrlProfile;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@code GET /api/odrl/profile}: the portal's ODRL profile, which the agreements' ODRL twins name (public). */
@Path("/odrl/profile")
@RequestScoped
public class OdrlProfileResource {

    @Inject
    @ConfigProperty(name = "app.portal.url", defaultValue = "http://localhost:8080")
    String portalUrl;

    @GET
    @Produces("text/turtle")
    public Response profile() {
        // the same base as the policies that name the profile (Notifications.portalUrl)
        return Response.ok(OdrlProfile.turtle(portalUrl), "text/turtle; charset=UTF-8").build();
    }
}
