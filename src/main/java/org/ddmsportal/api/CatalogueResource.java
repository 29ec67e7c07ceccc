package org.ddmsportal.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.ddmsportal.api.v1.support.ApiException;
import org.ddmsportal.api.v1.support.ProblemKind;
import org.ddmsportal.application.data.CatalogueBuilder;
import org.ddmsportal.application.data.CatalogueService;

/**
 * The open data catalogue, DCAT-AP 3, public datasets only, in pages:
 * {@code GET /api/catalogue} (Turtle, or JSON-LD when asked for {@code application/ld+json}),
 * {@code /api/catalogue.ttl} and {@code /api/catalogue.jsonld}; {@code ?page=N} from 1 (the
 * first page without it). Each page links the others with Hydra ({@code hydra:next} …) and in
 * {@code Link} headers; a page past the last is 404.
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
    public Response negotiated(@HeaderParam("Accept") String accept, @QueryParam("page") String page) {
        boolean jsonLd = accept != null && accept.contains("application/ld+json")
                && !accept.contains("text/turtle");
        return page(page, "catalogue", jsonLd);
    }

    @GET
    @Path("catalogue.ttl")
    public Response turtle(@QueryParam("page") String page) {
        return page(page, "catalogue.ttl", false);
    }

    @GET
    @Path("catalogue.jsonld")
    public Response jsonLd(@QueryParam("page") String page) {
        return page(page, "catalogue.jsonld", true);
    }

    private Response page(String pageParameter, String path, boolean jsonLd) {
        int page;
        try {
            page = pageParameter == null || pageParameter.isBlank() ? 1 : Integer.parseInt(pageParameter.strip());
        } catch (NumberFormatException e) {
            page = 0;
        }
        if (page < 1) {
            // 0, -1 and what is no number alike: no page has that number, as the problem says
            throw ApiException.parameter("page", "api.public.catalogue.page");
        }
        CatalogueService.Written found = catalogue.written(page, path, jsonLd).orElse(null);
        if (found == null) {
            throw new ApiException(ProblemKind.NOT_FOUND, "api.public.catalogue.noPage");
        }
        CatalogueBuilder.View view = found.view();
        Response.ResponseBuilder response = Response.ok(found.body(), jsonLd ? JSON_LD : TURTLE)
                .header("Link", link(view.pageIri(1), "first"))
                .header("Link", link(view.pageIri(view.lastPage()), "last"));
        if (view.page() > 1) {
            response.header("Link", link(view.pageIri(view.page() - 1), "prev"));
        }
        if (view.page() < view.lastPage()) {
            response.header("Link", link(view.pageIri(view.page() + 1), "next"));
        }
        return response.build();
    }

    private static String link(String url, String rel) {
        return "<" + url + ">; rel=\"" + rel + "\"";
    }
}
