package org.ddmsportal.api.v1.partnerships;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import java.util.Set;
import org.ddmsportal.api.v1.support.ApiLinks;
import org.ddmsportal.api.v1.support.ApiResponses;
import org.ddmsportal.api.v1.support.Caller;
import org.ddmsportal.api.v1.support.ListBody;
import org.ddmsportal.api.v1.support.Paging;
import org.ddmsportal.api.v1.support.LifecycleDtos;
import org.ddmsportal.api.v1.support.Preconditions;
import org.ddmsportal.api.v1.support.QueryValues;
import org.ddmsportal.api.v1.support.Sort;
import org.ddmsportal.application.partnership.PartnershipService;
import org.ddmsportal.application.shared.AccessDeniedException;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.partnership.PartnershipCriteria;
import org.ddmsportal.domain.partnership.PartnershipPolicy;
import org.ddmsportal.domain.partnership.PartnershipHealth;
import org.ddmsportal.domain.partnership.PartnershipType;
import org.ddmsportal.domain.partnership.PipelineStage;
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
 * {@code /api/v1/partnerships}: partnerships through {@link PartnershipService} — the same
 * editing use cases, typed criteria ({@link PartnershipCriteria}) and lifecycle
 * ({@code workflows/partnership.json}, fired through the service's {@code Lifecycle} use cases as on
 * the page's lifecycle panel) — so the scope is exactly the pages'. Shaped like
 * {@code OrganisationsResource}, plus the lifecycle's three operations ({@link LifecycleDtos}).
 */
@Path("/v1/partnerships")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Partnerships", description = "Partnerships of NSIs with cities and partners, and their lifecycle")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
@APIResponse(responseCode = "500", ref = ApiResponses.SERVER_ERROR)
public class PartnershipsResource {

    /** The fields the list sorts by: those of the partnerships' table (JpaPartnershipRepository). */
    static final Set<String> SORTABLE = Set.of("title", "country", "status", "type", "startDate", "modifiedAt", "lead");

    @Inject
    PartnershipService partnerships;

    @Inject
    Caller caller;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listPartnerships", summary = "List partnerships", description = "Filters are those of the partnerships' table.")
    @APIResponse(responseCode = "200", description = "One page",
            headers = @Header(name = "Link", description = "RFC 8288 links: first, prev, next, last"))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    public Response list(
            @Parameter(description = "Index of the first item (default 0)") @QueryParam("offset") String offset,
            @Parameter(description = "Items per page (default 25, at most 100)") @QueryParam("limit") String limit,
            @Parameter(description = "title, country, status, type, startDate, modifiedAt or lead; - for descending")
            @QueryParam("sort") String sort,
            @Parameter(description = "Title, objectives or lead contains") @QueryParam("q") String text,
            @Parameter(description = "Title contains") @QueryParam("title") String title,
            @Parameter(description = "The lead's country (ISO 3166-1 alpha-2)") @QueryParam("country") String country,
            @Parameter(description = "Lifecycle state") @QueryParam("status") String status,
            @Parameter(description = "Partnership type") @QueryParam("type") String type,
            @Parameter(description = "Policy domain code") @QueryParam("domain") String domain,
            @Parameter(description = "Organisation type code of a partner") @QueryParam("partnerType") String partnerType,
            @Parameter(description = "The lead's or a partner's id") @QueryParam("organisationId") String organisationId,
            @Parameter(description = "Stage of the partnership pipeline (open partnerships)") @QueryParam("stage") String stage,
            @Parameter(description = "Computed status: ON_TRACK, AT_RISK or OFF_TRACK (open partnerships)")
            @QueryParam("health") String health) {
        Actor actor = caller.actor();
        Paging paging = Paging.of(offset, limit);
        PartnershipCriteria criteria = new PartnershipCriteria(PartnershipPolicy.listScope(actor), text, title, country, status,
                QueryValues.constant("type", type, PartnershipType.class), domain, partnerType,
                QueryValues.id("organisationId", organisationId),
                QueryValues.constant("stage", stage, PipelineStage.class),
                QueryValues.constant("health", health, PartnershipHealth.Status.class));
        return ListBody.ok(partnerships.search(actor, criteria, paging.request(Sort.parse(sort, SORTABLE))), paging,
                uriInfo.getRequestUri(), p -> PartnershipDto.of(p, ApiLinks.of(uriInfo)));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPartnerships", summary = "Read a partnership")
    @APIResponse(responseCode = "200", description = "The partnership; its version as ETag",
            content = @Content(schema = @Schema(implementation = PartnershipDto.class)),
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent as If-None-Match")
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public Response get(@PathParam("id") long id, @Context Request request) {
        Partnership partnership = partnerships.get(caller.actor(), id);
        EntityTag etag = Preconditions.etag(partnership.getVersion());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        if (notModified != null) {
            return notModified.build();
        }
        return Response.ok(PartnershipDto.of(partnership, ApiLinks.of(uriInfo))).tag(etag).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPartnerships", summary = "Record a partnership", description = "Led by an NSI of a country the caller manages.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag of the new record",
            content = @Content(schema = @Schema(implementation = PartnershipDto.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "413", ref = ApiResponses.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public Response create(PartnershipInput input) {
        Actor actor = caller.actor();
        long id = partnerships.create(actor, ApiResponses.required(input).toForm(null));
        Partnership created = partnerships.get(actor, id);
        return Response.created(ApiLinks.of(uriInfo).uri("partnerships", id))
                .tag(Preconditions.etag(created.getVersion()))
                .entity(PartnershipDto.of(created, ApiLinks.of(uriInfo))).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updatePartnerships", summary = "Change a partnership", description = "Replaces its fields; If-Match with the ETag read.")
    @APIResponse(responseCode = "200", description = "Changed; the new ETag",
            content = @Content(schema = @Schema(implementation = PartnershipDto.class)))
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
            @HeaderParam("If-Match") String ifMatch, PartnershipInput input) {
        Actor actor = caller.actor();
        Partnership current = partnerships.get(actor, id);
        if (!partnerships.mayEdit(actor, current)) {
            throw new AccessDeniedException();   // the policy's answer first: 403 before 428/412
        }
        long version = Preconditions.require(ifMatch, current.getVersion());
        partnerships.update(actor, id, ApiResponses.required(input).toForm(version));
        Partnership changed = partnerships.get(actor, id);
        return Response.ok(PartnershipDto.of(changed, ApiLinks.of(uriInfo)))
                .tag(Preconditions.etag(changed.getVersion())).build();
    }

    @GET
    @Path("/{id}/transitions")
    @Operation(operationId = "transitionsPartnerships", summary = "The lifecycle moves the caller may make now")
    @APIResponse(responseCode = "200", description = "The moves (their guards are checked when fired)")
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public List<LifecycleDtos.TransitionDto> transitions(@PathParam("id") long id) {
        Actor actor = caller.actor();
        return LifecycleDtos.transitions(partnerships, actor, partnerships.get(actor, id), ApiLinks.of(uriInfo),
                "partnerships");
    }

    @POST
    @Path("/{id}/transitions/{transition}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "firePartnerships", summary = "Make a lifecycle move", description = "As the lifecycle panel of the partnership's page: "
            + "the same roles, scope, guards and comment rule; If-Match with the ETag read.")
    @APIResponse(responseCode = "200", description = "Moved; the record with its new ETag",
            content = @Content(schema = @Schema(implementation = PartnershipDto.class)))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @APIResponse(responseCode = "428", ref = ApiResponses.PRECONDITION_REQUIRED)
    public Response fire(@PathParam("id") long id, @PathParam("transition") String transition,
            @Parameter(description = "The ETag of the version read", required = true) @HeaderParam("If-Match") String ifMatch,
            LifecycleDtos.TransitionInput input) {
        Actor actor = caller.actor();
        LifecycleDtos.fire(partnerships, actor, partnerships.get(actor, id), ifMatch, transition, input);
        Partnership moved = partnerships.get(actor, id);
        return Response.ok(PartnershipDto.of(moved, ApiLinks.of(uriInfo))).tag(Preconditions.etag(moved.getVersion()))
                .build();
    }

    @GET
    @Path("/{id}/events")
    @Operation(operationId = "eventsPartnerships", summary = "The partnership's lifecycle events")
    @APIResponse(responseCode = "200", description = "The moves made, oldest first")
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public List<LifecycleDtos.EventDto> events(@PathParam("id") long id) {
        Actor actor = caller.actor();
        return LifecycleDtos.events(partnerships, actor, partnerships.get(actor, id));
    }
}
