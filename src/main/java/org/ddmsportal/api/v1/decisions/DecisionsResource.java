package org.ddmsportal.api.v1.decisions;

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
import java.util.Set;
import org.ddmsportal.api.v1.support.ApiResponses;
import org.ddmsportal.api.v1.support.Caller;
import org.ddmsportal.api.v1.support.ListBody;
import org.ddmsportal.api.v1.support.Paging;
import org.ddmsportal.api.v1.support.QueryValues;
import org.ddmsportal.api.v1.support.RecordEndpoint;
import org.ddmsportal.api.v1.support.Representation;
import org.ddmsportal.api.v1.support.Sort;
import org.ddmsportal.application.decision.DecisionService;
import org.ddmsportal.domain.decision.Decision;
import org.ddmsportal.domain.decision.DecisionCriteria;
import org.ddmsportal.domain.decision.DecisionPolicy;
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
 * {@code /api/v1/decisions}: the policy decisions pilots informed, through {@link DecisionService} —
 * the same editing use cases and typed criteria ({@link DecisionCriteria}) as the decisions' pages; shaped
 * like {@code OrganisationsResource}.
 */
@Path("/v1/decisions")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Decisions", description = "Policy decisions of cities, and the indicators and pilots that informed them")
@SecurityRequirement(name = "bearer")
public class DecisionsResource {

    /** The fields the list sorts by: those of the decisions' table (JpaDecisionRepository). */
    static final Set<String> SORTABLE = Set.of("title", "city", "decidedOn", "body", "country");

    @Inject
    DecisionService decisions;

    @Inject
    Caller caller;

    @Context
    UriInfo uriInfo;

    private RecordEndpoint<Decision> records() {
        return new RecordEndpoint<>(caller, uriInfo, "decisions", decisions::get, Representation.detail(DecisionDto::of));
    }

    @GET
    @Operation(operationId = "listDecisions", summary = "List decisions", description = "Filters are those of the decisions' table.")
    @APIResponse(responseCode = "200", description = "One page")
    public Response list(
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit,
            @Parameter(description = "title, city, decidedOn, body or country; - for descending") @QueryParam("sort") String sort,
            @Parameter(description = "Title, body or summary contains") @QueryParam("q") String text,
            @Parameter(description = "Title contains") @QueryParam("title") String title,
            @Parameter(description = "The city's country (ISO 3166-1 alpha-2)") @QueryParam("country") String country,
            @Parameter(description = "The city's id") @QueryParam("cityId") String cityId,
            @Parameter(description = "A pilot's id") @QueryParam("pilotId") String pilotId,
            @Parameter(description = "An indicator's id") @QueryParam("indicatorId") String indicatorId) {
        Actor actor = caller.actor();
        Paging paging = Paging.of(offset, limit);
        DecisionCriteria criteria = new DecisionCriteria(DecisionPolicy.listScope(actor), text, title, country, QueryValues.id("cityId", cityId),
                QueryValues.id("pilotId", pilotId), QueryValues.id("indicatorId", indicatorId));
        return ListBody.ok(decisions.search(actor, criteria, paging.request(Sort.parse(sort, SORTABLE))), paging, uriInfo,
                Representation.summary(DecisionDto::of));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDecisions", summary = "Read a decision")
    @APIResponse(responseCode = "200", description = "The decision; its version as ETag",
            content = @Content(schema = @Schema(implementation = DecisionDto.class)),
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent as If-None-Match")
    public Response get(@PathParam("id") long id, @Context Request request) {
        return records().read(id, request);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createDecisions", summary = "Record a decision", description = "For a city of a country the caller manages, or the city's own contact.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag of the new record",
            content = @Content(schema = @Schema(implementation = DecisionDto.class)))
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    public Response create(DecisionInput input) {
        return records().create(decisions, input, DecisionInput::toForm);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateDecisions", summary = "Change a decision", description = "Replaces its fields; If-Match with the ETag read.")
    @APIResponse(responseCode = "200", description = "Changed; the new ETag",
            content = @Content(schema = @Schema(implementation = DecisionDto.class)))
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    public Response update(@PathParam("id") long id,
            @Parameter(description = "The ETag of the version the change was made from", required = true)
            @HeaderParam("If-Match") String ifMatch, DecisionInput input) {
        return records().update(decisions, id, ifMatch, input, DecisionInput::toForm);
    }
}
