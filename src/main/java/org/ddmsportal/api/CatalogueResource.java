package org.ddmsportal.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.ddmsportal.api.v1.support.ApiException;
import org.ddmsportal.api.v1.support.ApiResponses;
import org.ddmsportal.api.v1.support.ProblemKind;
import org.ddmsportal.application.data.CatalogueBuilder;
import org.ddmsportal.application.data.CatalogueService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The open data catalogue, DCAT-AP 3, public datasets only, in pages:
 * {@code GET /api/catalogue} (Turtle, or JSON-LD when asked for {@code application/ld+json}),
 * {@code /api/catalogue.ttl} and {@code /api/catalogue.jsonld}; {@code ?page=N} from 1 (the
 * first page without it). Each page links the others with Hydra ({@code hydra:next} …) and in
 * {@code Link} headers; a page past the last is 404. Each dataset's IRI answers with its own
 * description ({@code /api/catalogue/datasets/{id}}, and its distribution's IRI the same), so a
 * harvester following a dataset's IRI or access URL lands on it (the publishers' IRIs,
 * {@code /api/catalogue/agents/{id}}, do not answer yet). Where the format is negotiated, the {@code Accept}
 * header's order and weights decide (Turtle when it takes both alike) and the answer says
 * {@code Vary: Accept}, so that a shared cache does not give one format for the other.
 */
@Path("/")
@Tag(name = "Open data: DCAT", description = "Without a token: the DCAT-AP catalogue of public datasets")
public class CatalogueResource {

    static final String TURTLE = "text/turtle;charset=utf-8";
    static final String JSON_LD = "application/ld+json;charset=utf-8";

    @Inject
    CatalogueService catalogue;

    @Context
    HttpHeaders headers;

    @GET
    @Path("catalogue")
    @Produces({"text/turtle", "application/ld+json"})
    @Operation(operationId = "catalogue", summary = "The DCAT-AP 3 catalogue of public datasets, a page at a time",
            description = "Turtle or JSON-LD by Accept (its weights and order); ?page=N from 1; Hydra and Link headers "
                    + "to the other pages.")
    @APIResponse(responseCode = "200", description = "A page of the catalogue")
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public Response negotiated(@QueryParam("page") String page) {
        return Response.fromResponse(page(page, "catalogue", jsonLdAsked())).header("Vary", "Accept").build();
    }

    @GET
    @Path("catalogue/datasets/{id}")
    @Produces({"text/turtle", "application/ld+json"})
    @Operation(operationId = "catalogueDataset", summary = "A public dataset's description (its IRI in the catalogue)",
            description = "Turtle or JSON-LD by Accept; a dataset that is not public is a 404.")
    @APIResponse(responseCode = "200", description = "The dataset, its distribution and publisher")
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public Response dataset(@PathParam("id") long id) {
        boolean jsonLd = jsonLdAsked();
        byte[] body = catalogue.dataset(id, jsonLd)
                .orElseThrow(() -> new ApiException(ProblemKind.NOT_FOUND, "api.public.catalogue.noDataset"));
        return Response.ok(body, jsonLd ? JSON_LD : TURTLE).header("Vary", "Accept").build();
    }

    @GET
    @Path("catalogue/datasets/{id}/distribution")
    @Produces({"text/turtle", "application/ld+json"})
    @Operation(operationId = "catalogueDistribution", summary = "A public dataset's distribution (its IRI): the dataset's description")
    @APIResponse(responseCode = "200", description = "The dataset, its distribution and publisher")
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public Response distribution(@PathParam("id") long id) {
        return dataset(id);
    }

    /**
     * Whether the first media type the request accepts (by weight, then by order) that we give is
     * JSON-LD; a type the request refuses ({@code q=0}) is never chosen, also through a wildcard
     * ({@code text/turtle;q=0, *}{@code /*} is JSON-LD).
     */
    private boolean jsonLdAsked() {
        return prefersJsonLd(headers.getRequestHeader(HttpHeaders.ACCEPT));
    }

    /** {@link #jsonLdAsked} for these values of the Accept header ({@link AcceptHeader}; Turtle where both are alike). */
    static boolean prefersJsonLd(List<String> acceptHeader) {
        return "application/ld+json".equals(AcceptHeader.choose(acceptHeader, List.of("text/turtle", "application/ld+json")));
    }

    @GET
    @Path("catalogue.ttl")
    @Operation(operationId = "catalogueTurtle", summary = "The catalogue in Turtle, a page at a time")
    @APIResponse(responseCode = "200", description = "A page of the catalogue")
    public Response turtle(@QueryParam("page") String page) {
        return page(page, "catalogue.ttl", false);
    }

    @GET
    @Path("catalogue.jsonld")
    @Operation(operationId = "catalogueJsonLd", summary = "The catalogue in JSON-LD, a page at a time")
    @APIResponse(responseCode = "200", description = "A page of the catalogue")
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
