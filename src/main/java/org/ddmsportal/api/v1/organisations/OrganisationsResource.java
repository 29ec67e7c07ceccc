package org.ddmsportal.api.v1.organisations;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.ddmsportal.api.v1.support.ApiResponses;
import org.ddmsportal.api.v1.support.Caller;
import org.ddmsportal.api.v1.support.ListBody;
import org.ddmsportal.api.v1.support.Paging;
import org.ddmsportal.api.v1.support.RecordEndpoint;
import org.ddmsportal.api.v1.support.Sort;
import org.ddmsportal.application.organisation.OrganisationService;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.organisation.OrganisationCriteria;
import org.ddmsportal.domain.shared.Actor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/organisations}: the organisation registry, through the same use cases as the
 * pages ({@link OrganisationService}: reading open to every signed-in user, changes by
 * {@code RegistryPolicy}). The model of a resource:
 * <ul>
 *   <li>list: {@link Paging} + {@link Sort} (the repository's sort keys) + the filters of the
 *   aggregate's criteria record ({@link OrganisationCriteria}'s components, same names) →
 *   {@link ListBody#ok};</li>
 *   <li>read, create, change, delete: {@link RecordEndpoint} (ETag and 304; If-Match, 428 / 412,
 *   then the use case with that version, which checks it again; the record as now, with its new ETag);</li>
 *   <li>OpenAPI: the operation's own responses only; {@code StandardResponses} adds the problems
 *   every operation of its shape answers (401, 404, 412, …);</li>
 *   <li>failures are exceptions: the mappers write the problems.</li>
 * </ul>
 */
@Path("/v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Organisations", description = "The registry of organisations (NSIs, cities, partners)")
@SecurityRequirement(name = "bearer")
public class OrganisationsResource {

    /** The fields the list sorts by: those of the registry's table (JpaOrganisationRepository). */
    static final Set<String> SORTABLE = Set.of("name", "acronym", "type", "country", "city", "modifiedAt",
            "territorialCode");

    @Inject
    OrganisationService organisations;

    @Inject
    Caller caller;

    @Context
    UriInfo uriInfo;

    private RecordEndpoint<Organisation> records() {
        return new RecordEndpoint<>(caller, uriInfo, "organisations", organisations::get, OrganisationDto::of);
    }

    @GET
    @Operation(operationId = "listOrganisations", summary = "List organisations", description = "Filters are those of the registry's table.")
    @APIResponse(responseCode = "200", description = "One page")
    public Response list(
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit,
            @Parameter(description = "name, acronym, type, country, city, modifiedAt or territorialCode; - for descending",
                    example = "-modifiedAt") @QueryParam("sort") String sort,
            @Parameter(description = "Name, acronym, city, code or territorial code contains") @QueryParam("q") String text,
            @Parameter(description = "Name or acronym contains") @QueryParam("name") String name,
            @Parameter(description = "City contains") @QueryParam("city") String city,
            @Parameter(description = "Organisation type code") @QueryParam("type") String type,
            @Parameter(description = "Country (ISO 3166-1 alpha-2)") @QueryParam("country") String country) {
        Actor actor = caller.actor();
        Paging paging = Paging.of(offset, limit);
        OrganisationCriteria criteria = new OrganisationCriteria(text, name, city, type, country);
        return ListBody.ok(organisations.search(actor, criteria, paging.request(Sort.parse(sort, SORTABLE))), paging, uriInfo,
                OrganisationDto::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getOrganisations", summary = "Read an organisation")
    @APIResponse(responseCode = "200", description = "The organisation; its version as ETag",
            content = @Content(schema = @Schema(implementation = OrganisationDto.class)),
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent as If-None-Match")
    public Response get(@PathParam("id") long id, @Context Request request) {
        return records().read(id, request);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createOrganisations", summary = "Record an organisation", description = "In a country the caller manages.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag of the new record",
            content = @Content(schema = @Schema(implementation = OrganisationDto.class)))
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    public Response create(OrganisationInput input) {
        return records().create(organisations, input, OrganisationInput::toForm);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateOrganisations", summary = "Change an organisation", description = "Replaces its fields; If-Match with the ETag read.")
    @APIResponse(responseCode = "200", description = "Changed; the new ETag",
            content = @Content(schema = @Schema(implementation = OrganisationDto.class)))
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    public Response update(@PathParam("id") long id,
            @Parameter(description = "The ETag of the version the change was made from", required = true)
            @HeaderParam("If-Match") String ifMatch, OrganisationInput input) {
        return records().update(organisations, id, ifMatch, input, OrganisationInput::toForm);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteOrganisations", summary = "Delete an organisation", description = "Only one nothing refers to; If-Match with the ETag read.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    public Response delete(@PathParam("id") long id,
            @Parameter(description = "The ETag of the version read", required = true) @HeaderParam("If-Match") String ifMatch) {
        return records().delete(id, ifMatch, organisations::delete);
    }
}
