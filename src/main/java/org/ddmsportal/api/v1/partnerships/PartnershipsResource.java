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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.ddmsportal.api.v1.support.ApiResponses;
import org.ddmsportal.api.v1.support.Caller;
import org.ddmsportal.api.v1.support.LifecycleDtos;
import org.ddmsportal.api.v1.support.LifecycleEndpoint;
import org.ddmsportal.api.v1.support.ListBody;
import org.ddmsportal.api.v1.support.Paging;
import org.ddmsportal.api.v1.support.QueryValues;
import org.ddmsportal.api.v1.support.RecordEndpoint;
import org.ddmsportal.api.v1.support.Sort;
import org.ddmsportal.application.partnership.PartnershipService;
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
public class PartnershipsResource {

    /** The fields the list sorts by: those of the partnerships' table (JpaPartnershipRepository). */
    static final Set<String> SORTABLE = Set.of("title", "country", "status", "type", "startDate", "modifiedAt", "lead");

    @Inject
    PartnershipService partnerships;

    @Inject
    Caller caller;

    @Context
    UriInfo uriInfo;

    private RecordEndpoint<Partnership> records() {
        return new RecordEndpoint<>(caller, uriInfo, "partnerships", partnerships::get, PartnershipDto::of);
    }

    private LifecycleEndpoint<Partnership> lifecycle() {
        return new LifecycleEndpoint<>(records(), partnerships);
    }

    @GET
    @Operation(operationId = "listPartnerships", summary = "List partnerships", description = "Filters are those of the partnerships' table.")
    @APIResponse(responseCode = "200", description = "One page")
    public Response list(
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit,
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
        PartnershipCriteria criteria = new PartnershipCriteria(PartnershipPolicy.listScope(actor), text, title, country,
                QueryValues.state("status", status, partnerships.states()),
                QueryValues.constant("type", type, PartnershipType.class), domain, partnerType,
                QueryValues.id("organisationId", organisationId),
                QueryValues.constant("stage", stage, PipelineStage.class),
                QueryValues.constant("health", health, PartnershipHealth.Status.class));
        return ListBody.ok(partnerships.search(actor, criteria, paging.request(Sort.parse(sort, SORTABLE))), paging, uriInfo,
                PartnershipDto::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPartnerships", summary = "Read a partnership")
    @APIResponse(responseCode = "200", description = "The partnership; its version as ETag",
            content = @Content(schema = @Schema(implementation = PartnershipDto.class)),
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent as If-None-Match")
    public Response get(@PathParam("id") long id, @Context Request request) {
        return records().read(id, request);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPartnerships", summary = "Record a partnership", description = "Led by an NSI of a country the caller manages.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag of the new record",
            content = @Content(schema = @Schema(implementation = PartnershipDto.class)))
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    public Response create(PartnershipInput input) {
        return records().create(partnerships, input, PartnershipInput::toForm);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updatePartnerships", summary = "Change a partnership", description = "Replaces its fields; If-Match with the ETag read.")
    @APIResponse(responseCode = "200", description = "Changed; the new ETag",
            content = @Content(schema = @Schema(implementation = PartnershipDto.class)))
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    public Response update(@PathParam("id") long id,
            @Parameter(description = "The ETag of the version the change was made from", required = true)
            @HeaderParam("If-Match") String ifMatch, PartnershipInput input) {
        return records().update(partnerships, id, ifMatch, input, PartnershipInput::toForm);
    }

    @GET
    @Path("/{id}/transitions")
    @Operation(operationId = "transitionsPartnerships", summary = "The lifecycle moves the caller may make now")
    @APIResponse(responseCode = "200", description = "The moves (their guards are checked when fired)")
    public List<LifecycleDtos.TransitionDto> transitions(@PathParam("id") long id) {
        return lifecycle().transitions(id);
    }

    @POST
    @Path("/{id}/transitions/{transition}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "firePartnerships", summary = "Make a lifecycle move", description = "As the lifecycle panel of the partnership's page: "
            + "the same roles, scope, guards and comment rule; If-Match with the ETag read.")
    @APIResponse(responseCode = "200", description = "Moved; the record with its new ETag",
            content = @Content(schema = @Schema(implementation = PartnershipDto.class)))
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    public Response fire(@PathParam("id") long id, @PathParam("transition") String transition,
            @Parameter(description = "The ETag of the version read", required = true) @HeaderParam("If-Match") String ifMatch,
            LifecycleDtos.TransitionInput input) {
        return lifecycle().fire(id, transition, ifMatch, input);
    }

    @GET
    @Path("/{id}/events")
    @Operation(operationId = "eventsPartnerships", summary = "The partnership's lifecycle events")
    @APIResponse(responseCode = "200", description = "The moves made, newest first")
    public List<LifecycleDtos.EventDto> events(@PathParam("id") long id) {
        return lifecycle().events(id);
    }
}
