package org.ddmsportal.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.ddmsportal.application.data.CatalogueService;

/**
 * The open data catalogue, DCAT-AP 3, public datasets only:
 * {@code GET /api/catalogue} (Turtle, or JSON-LD when asked for {@code application/ld+json}),
 * {@code /api/catalogue.ttl} and {@code /api/catalogue.jsonld}.
 */
@Path("/")
public class CatalogueResource {

    static final String TURTLE = "text/turtle;charset=utf-8";
    static final String JSON_LD = "application/ld+json;charset=utf-8";

    @Inject
    CatalogueService catalogue;

    @GET
    @Path("catalogue")
    @Produces({"text/turtle", "application/ld+json"})
    public Response negotiated(@jakarta.ws.rs.HeaderParam("Accept") String accept) {
        boolean jsonLd = accept != null && accept.contains("application/ld+json")
                && !accept.contains("text/turtle");
        return jsonLd ? jsonLd() : turtle();
    }

    @GET
    @Path("catalogue.ttl")
    public Response turtle() {
        return Response.ok((StreamingOutput) out -> catalogue.write(out, false), TURTLE).build();
    }

    @GET
    @Path("catalogue.jsonld")
    public Response jsonLd() {
        return Response.ok((StreamingOutput) out -> catalogue.write(out, true), JSON_LD).build();
    }
}
