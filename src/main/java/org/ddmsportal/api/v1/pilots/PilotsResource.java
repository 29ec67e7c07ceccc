package org.ddmsportal.api.v1.pilots;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ddmsportal.api.v1.support.ApiException;
import org.ddmsportal.api.v1.support.ApiResponses;
import org.ddmsportal.api.v1.support.ApiTexts;
import org.ddmsportal.api.v1.support.Caller;
import org.ddmsportal.api.v1.support.LifecycleDtos;
import org.ddmsportal.api.v1.support.LifecycleEndpoint;
import org.ddmsportal.api.v1.support.ListBody;
import org.ddmsportal.api.v1.support.Paging;
import org.ddmsportal.api.v1.support.Preconditions;
import org.ddmsportal.api.v1.support.Problem;
import org.ddmsportal.api.v1.support.ProblemKind;
import org.ddmsportal.api.v1.support.QueryValues;
import org.ddmsportal.api.v1.support.RecordEndpoint;
import org.ddmsportal.api.v1.support.Representation;
import org.ddmsportal.api.v1.support.Sort;
import org.ddmsportal.application.pilot.PhaseGateException;
import org.ddmsportal.application.pilot.PilotService;
import org.ddmsportal.domain.pilot.PhaseGates;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.domain.pilot.PilotCriteria;
import org.ddmsportal.domain.pilot.PilotPolicy;
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
 * {@code /api/v1/pilots}: pilots through {@link PilotService} — the same editing use cases,
 * typed criteria ({@link PilotCriteria}), lifecycle ({@code workflows/pilot.json}) and GSBPM phase
 * moves with their gates ({@link PhaseGates}, checked by {@link PilotService#movePhase}) as the
 * pilot's page. Shaped like {@code OrganisationsResource}, plus the lifecycle's three operations
 * and the phase.
 */
@Path("/v1/pilots")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Pilots", description = "Pilot cities' projects, their lifecycle and GSBPM phases")
@SecurityRequirement(name = "bearer")
public class PilotsResource {

    /** The fields the list sorts by: those of the pilots' table (JpaPilotRepository). */
    static final Set<String> SORTABLE = Set.of("title", "city", "country", "status", "phase", "modifiedAt");

    @Inject
    PilotService pilots;

    @Inject
    Caller caller;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    private RecordEndpoint<Pilot> records() {
        return new RecordEndpoint<>(caller, uriInfo, "pilots", pilots::get, Representation.detail(PilotDto::of));
    }

    private LifecycleEndpoint<Pilot> lifecycle() {
        return new LifecycleEndpoint<>(records(), pilots);
    }

    @GET
    @Operation(operationId = "listPilots", summary = "List pilots", description = "Filters are those of the pilots' table.")
    @APIResponse(responseCode = "200", description = "One page")
    public Response list(
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit,
            @Parameter(description = "title, city, country, status, phase or modifiedAt; - for descending",
                    example = "-modifiedAt") @QueryParam("sort") String sort,
            @Parameter(description = "Title, policy question or city contains") @QueryParam("q") String text,
            @Parameter(description = "Title contains") @QueryParam("title") String title,
            @Parameter(description = "The city's country (ISO 3166-1 alpha-2)") @QueryParam("country") String country,
            @Parameter(description = "Lifecycle state") @QueryParam("status") String status,
            @Parameter(description = "GSBPM phase (1 to 8)") @QueryParam("phase") String phase,
            @Parameter(description = "The city's id") @QueryParam("cityId") String cityId,
            @Parameter(description = "One of its partnerships' id") @QueryParam("partnershipId") String partnershipId,
            @Parameter(description = "One of its datasets' id") @QueryParam("datasetId") String datasetId,
            @Parameter(description = "true: only those with a milestone past its due date and not done", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("overdue") String overdue) {
        Actor actor = caller.actor();
        Paging paging = Paging.of(offset, limit);
        PilotCriteria criteria = new PilotCriteria(PilotPolicy.listScope(actor), text, title, country,
                QueryValues.state("status", status, pilots.states()), phase(phase),
                QueryValues.id("cityId", cityId), QueryValues.id("partnershipId", partnershipId),
                QueryValues.id("datasetId", datasetId), QueryValues.flag("overdue", overdue));
        return ListBody.ok(pilots.search(actor, criteria, paging.request(Sort.parse(sort, SORTABLE))), paging, uriInfo,
                Representation.summary(PilotDto::of));
    }

    private static Integer phase(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int phase = Integer.parseInt(value.strip());
            if (phase < Pilot.FIRST_PHASE || phase > Pilot.LAST_PHASE) {
                throw new NumberFormatException();
            }
            return phase;
        } catch (NumberFormatException e) {
            throw ApiException.parameter("phase", "api.parameter.phase", Pilot.FIRST_PHASE, Pilot.LAST_PHASE);
        }
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPilots", summary = "Read a pilot")
    @APIResponse(responseCode = "200", description = "The pilot; its version as ETag",
            content = @Content(schema = @Schema(implementation = PilotDto.class)),
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent as If-None-Match")
    public Response get(@PathParam("id") long id, @Context Request request) {
        return records().read(id, request);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPilots", summary = "Record a pilot", description = "In a country the caller manages; the city a municipality, "
            + "the lead an NSI of its country.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag of the new record",
            content = @Content(schema = @Schema(implementation = PilotDto.class)))
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    public Response create(PilotInput input) {
        return records().create(pilots, input, PilotInput::toForm);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updatePilots", summary = "Change a pilot", description = "Replaces its fields; If-Match with the ETag read.")
    @APIResponse(responseCode = "200", description = "Changed; the new ETag",
            content = @Content(schema = @Schema(implementation = PilotDto.class)))
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    public Response update(@PathParam("id") long id,
            @Parameter(description = "The ETag of the version the change was made from", required = true)
            @HeaderParam("If-Match") String ifMatch, PilotInput input) {
        return records().update(pilots, id, ifMatch, input, PilotInput::toForm);
    }

    // --- GSBPM phase -------------------------------------------------------------------------

    @GET
    @Path("/{id}/phase")
    @Operation(operationId = "phasePilots", summary = "The pilot's GSBPM phase and what the next phase's gate still needs")
    @APIResponse(responseCode = "200", description = "The phase; the pilot's version as ETag",
            content = @Content(schema = @Schema(implementation = PhaseDtos.PhaseDto.class)))
    public Response phase(@PathParam("id") long id) {
        Actor actor = caller.actor();
        Pilot pilot = pilots.get(actor, id);
        boolean last = pilot.getPhase() >= Pilot.LAST_PHASE;
        List<PhaseGates.Missing> missing = last ? List.of() : pilots.missingFor(actor, pilot, pilot.getPhase() + 1);
        Locale locale = ApiTexts.localeOf(headers);
        return Response.ok(new PhaseDtos.PhaseDto(pilot.getPhase(), last ? null : pilot.getPhase() + 1,
                missing.stream().map(m -> new PhaseDtos.MissingDto(m.key(), m.subject(), text(locale, m))).toList(),
                pilot.getVersion())).tag(Preconditions.etag(pilot.getVersion())).build();
    }

    @POST
    @Path("/{id}/phase")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "movePhasePilots", summary = "Move the pilot to another GSBPM phase", description = "As on the pilot's page: forward one "
            + "phase when its gate's evidence is there (else 422 listing what is missing), back with a comment; "
            + "If-Match with the ETag read.")
    @APIResponse(responseCode = "200", description = "Moved; the pilot with its new ETag",
            content = @Content(schema = @Schema(implementation = PilotDto.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    public Response movePhase(@PathParam("id") long id,
            @Parameter(description = "The ETag of the version read", required = true) @HeaderParam("If-Match") String ifMatch,
            PhaseDtos.PhaseMove move) {
        return records().change(id, ifMatch, pilots::mayEdit, (actor, pilotId, version) -> {
            PhaseDtos.PhaseMove body = ApiResponses.required(move);
            if (body.phase() == null) {
                throw new ApiException(ProblemKind.VALIDATION, "api.problem.validation.detail",
                        List.of(new Problem.FieldError("phase", ApiTexts.text(ApiTexts.localeOf(headers), "api.pilot.phaseRequired"))),
                        Map.of());
            }
            try {
                pilots.movePhase(actor, pilotId, version, body.phase(), body.comment());
            } catch (PhaseGateException refused) {
                Locale locale = ApiTexts.localeOf(headers);
                throw new ApiException(ProblemKind.INVALID_INPUT, "api.pilot.gateRefused", refused.missing().stream()
                        .map(m -> new Problem.FieldError("phase", text(locale, m))).toList(), Map.of(),
                        body.phase(), refused.missing().size());
            }
        });
    }

    private static String text(Locale locale, PhaseGates.Missing m) {
        return ApiTexts.text(locale, m.key(), m.subject() == null ? "" : m.subject());
    }

    // --- lifecycle ---------------------------------------------------------------------------

    @GET
    @Path("/{id}/transitions")
    @Operation(operationId = "transitionsPilots", summary = "The lifecycle moves the caller may make now")
    @APIResponse(responseCode = "200", description = "The moves (their guards are checked when fired)")
    public List<LifecycleDtos.TransitionDto> transitions(@PathParam("id") long id) {
        return lifecycle().transitions(id);
    }

    @POST
    @Path("/{id}/transitions/{transition}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "firePilots", summary = "Make a lifecycle move", description = "As the lifecycle panel of the pilot's page: "
            + "the same roles, scope, guards and comment rule; If-Match with the ETag read.")
    @APIResponse(responseCode = "200", description = "Moved; the record with its new ETag",
            content = @Content(schema = @Schema(implementation = PilotDto.class)))
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    public Response fire(@PathParam("id") long id, @PathParam("transition") String transition,
            @Parameter(description = "The ETag of the version read", required = true) @HeaderParam("If-Match") String ifMatch,
            LifecycleDtos.TransitionInput input) {
        return lifecycle().fire(id, transition, ifMatch, input);
    }

    @GET
    @Path("/{id}/events")
    @Operation(operationId = "eventsPilots", summary = "The pilot's lifecycle and phase events")
    @APIResponse(responseCode = "200", description = "The moves made, newest first")
    public List<LifecycleDtos.EventDto> events(@PathParam("id") long id) {
        return lifecycle().events(id);
    }
}
