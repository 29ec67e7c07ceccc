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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.ddmsportal.api.v1.support.ApiLinks;
import org.ddmsportal.api.v1.support.ApiResponses;
import org.ddmsportal.api.v1.support.Caller;
import org.ddmsportal.api.v1.support.ListBody;
import org.ddmsportal.api.v1.support.Paging;
import org.ddmsportal.api.v1.support.Preconditions;
import org.ddmsportal.api.v1.support.Sort;
import org.ddmsportal.application.registry.OrganisationService;
import org.ddmsportal.application.shared.AccessDeniedException;
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
 *   <li>read: the DTO with its {@code ETag} (and 304 for a matching {@code If-None-Match});</li>
 *   <li>write: {@link Preconditions#require} (428 / 412) then the use case with that version,
 *   which checks it again; the answer is the record as now, with its new ETag;</li>
 *   <li>failures are exceptions: the mappers write the problems.</li>
 * </ul>
 */
@Path("/v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Organisations", description = "The registry of organisations (NSIs, cities, partners)")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
@APIResponse(responseCode = "500", ref = ApiResponses.SERVER_ERROR)
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

    @GET
    @Operation(operationId = "listOrganisations", summary = "List organisations", description = "Filters are those of the registry's table.")
    @APIResponse(responseCode = "200", description = "One page",
            headers = @Header(name = "Link", description = "RFC 8288 links: first, prev, next, last"))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    public Response list(
            @Parameter(description = "Index of the first item (default 0)") @QueryParam("offset") String offset,
            @Parameter(description = "Items per page (default 25, at most 100)") @QueryParam("limit") String limit,
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
        return ListBody.ok(organisations.search(actor, criteria, paging.request(Sort.parse(sort, SORTABLE))), paging,
                uriInfo.getRequestUri(), o -> OrganisationDto.of(o, ApiLinks.of(uriInfo)));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getOrganisations", summary = "Read an organisation")
    @APIResponse(responseCode = "200", description = "The organisation; its version as ETag",
            content = @Content(schema = @Schema(implementation = OrganisationDto.class)),
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent as If-None-Match")
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public Response get(@PathParam("id") long id, @Context Request request) {
        Organisation organisation = organisations.get(caller.actor(), id);
        EntityTag etag = Preconditions.etag(organisation.getVersion());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        if (notModified != null) {
            return notModified.build();
        }
        return Response.ok(OrganisationDto.of(organisation, ApiLinks.of(uriInfo))).tag(etag).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createOrganisations", summary = "Record an organisation", description = "In a country the caller manages.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag of the new record",
            content = @Content(schema = @Schema(implementation = OrganisationDto.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "413", ref = ApiResponses.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public Response create(OrganisationInput input) {
        Actor actor = caller.actor();
        long id = organisations.create(actor, ApiResponses.required(input).toForm(null));
        Organisation created = organisations.get(actor, id);
        return Response.created(ApiLinks.of(uriInfo).uri("organisations", id))
                .tag(Preconditions.etag(created.getVersion()))
                .entity(OrganisationDto.of(created, ApiLinks.of(uriInfo))).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateOrganisations", summary = "Change an organisation", description = "Replaces its fields; If-Match with the ETag read.")
    @APIResponse(responseCode = "200", description = "Changed; the new ETag",
            content = @Content(schema = @Schema(implementation = OrganisationDto.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "413", ref = ApiResponses.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @APIResponse(responseCode = "428", ref = ApiResponses.PRECONDITION_REQUIRED)
    public Response update(@PathParam("id") long id,
            @Parameter(description = "The ETag of the version the change was made from", required = true)
            @HeaderParam("If-Match") String ifMatch, OrganisationInput input) {
        Actor actor = caller.actor();
        Organisation current = organisations.get(actor, id);
        if (!organisations.mayEdit(actor, current)) {
            throw new AccessDeniedException();   // the policy's answer first: 403 before 428/412
        }
        long version = Preconditions.require(ifMatch, current.getVersion());
        organisations.update(actor, id, ApiResponses.required(input).toForm(version));
        Organisation changed = organisations.get(actor, id);
        return Response.ok(OrganisationDto.of(changed, ApiLinks.of(uriInfo)))
                .tag(Preconditions.etag(changed.getVersion())).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteOrganisations", summary = "Delete an organisation", description = "Only one nothing refers to; If-Match with the ETag read.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiResponses.PRECONDITION_REQUIRED)
    public Response delete(@PathParam("id") long id,
            @Parameter(description = "The ETag of the version read", required = true) @HeaderParam("If-Match") String ifMatch) {
        Actor actor = caller.actor();
        Organisation current = organisations.get(actor, id);
        organisations.delete(actor, id, Preconditions.require(ifMatch, current.getVersion()));
        return Response.noContent().build();
    }
}
