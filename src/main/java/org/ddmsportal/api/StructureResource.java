package org.ddmsportal.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.ddmsportal.api.v1.support.ApiException;
import org.ddmsportal.api.v1.support.ApiResponses;
import org.ddmsportal.api.v1.support.ProblemKind;
import org.ddmsportal.application.data.SdmxStructure;
import org.ddmsportal.application.shared.PortalAddress;
import org.ddmsportal.domain.data.SdmxDataflow;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The structure of the portal's dataflow, public, as SDMX REST's structure queries ask for it:
 * {@code GET /api/structure/dataflow/DDMS/DF_LOCAL_INDICATORS/1.0} (the address every data
 * message's dataflow link gives) and {@code …/datastructure/DDMS/DSD_LOCAL_INDICATORS/1.0}; the
 * version may be left out or given as {@code latest}, {@code ~}, {@code *} or {@code +}, the agency
 * and id as {@code *}. Each answers the whole structure ({@link SdmxStructure}: dataflow, data
 * structure, concepts, code list), what SDMX REST's {@code references=all} gives. Any other
 * artefact is a 404.
 */
@Path("/structure")
@Tag(name = "Open data: SDMX structure", description = "Without a token: the structure (SDMX-JSON) of the dataflow the data messages name")
public class StructureResource {

    static final String MEDIA_TYPE = "application/vnd.sdmx.structure+json;version=2.0.0;charset=utf-8";
    private static final Set<String> ANY_VERSION = Set.of("latest", "~", "*", "+", SdmxDataflow.VERSION, SdmxDataflow.VERSION + ".0");

    @Inject
    PortalAddress portal;

    @GET
    @Path("{type}/{agency}/{id}/{version}")
    @Produces({"application/vnd.sdmx.structure+json", "application/json"})
    @Operation(operationId = "sdmxStructure", summary = "The structure of the indicators' dataflow (SDMX-JSON 2.0)",
            description = "dataflow/DDMS/DF_LOCAL_INDICATORS/1.0 or datastructure/DDMS/DSD_LOCAL_INDICATORS/1.0: the "
                    + "dataflow, its data structure definition, the concepts and the OBS_STATUS code list.")
    @APIResponse(responseCode = "200", description = "An SDMX-JSON 2.0.0 structure message",
            content = @Content(mediaType = "application/vnd.sdmx.structure+json;version=2.0.0"))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public Response structure(@PathParam("type") String type, @PathParam("agency") String agency,
                              @PathParam("id") String id, @PathParam("version") String version) {
        boolean known = switch (type) {
            case "dataflow" -> any(id) || SdmxDataflow.DATAFLOW.equals(id);
            case "datastructure" -> any(id) || "DSD_LOCAL_INDICATORS".equals(id);
            default -> false;
        };
        if (!known || !(any(agency) || SdmxDataflow.AGENCY.equals(agency)) || !ANY_VERSION.contains(version)) {
            throw new ApiException(ProblemKind.NOT_FOUND, "api.public.structure.notFound");
        }
        return Response.ok(SdmxStructure.message(portal.url() + "/api/structure/" + type + "/" + agency + "/" + id + "/"
                + version).toString(), MEDIA_TYPE).build();
    }

    @GET
    @Path("{type}/{agency}/{id}")
    @Produces({"application/vnd.sdmx.structure+json", "application/json"})
    @Operation(operationId = "sdmxStructureLatest", summary = "The structure of the indicators' dataflow, its latest version")
    @APIResponse(responseCode = "200", description = "An SDMX-JSON 2.0.0 structure message",
            content = @Content(mediaType = "application/vnd.sdmx.structure+json;version=2.0.0"))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public Response latest(@PathParam("type") String type, @PathParam("agency") String agency, @PathParam("id") String id) {
        return structure(type, agency, id, "latest");
    }

    private static boolean any(String part) {
        return "*".equals(part) || "all".equals(part);
    }
}
