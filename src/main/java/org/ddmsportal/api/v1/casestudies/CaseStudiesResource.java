package org.ddmsportal.api.v1.casestudies;

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
import org.ddmsportal.api.v1.support.ListFilters;
import org.ddmsportal.api.v1.support.Paging;
import org.ddmsportal.api.v1.support.Preconditions;
import org.ddmsportal.api.v1.support.QueryValues;
import org.ddmsportal.api.v1.support.RecordEndpoint;
import org.ddmsportal.api.v1.support.Representation;
import org.ddmsportal.api.v1.support.Sort;
import org.ddmsportal.application.casestudy.CaseStudyQueries;
import org.ddmsportal.application.casestudy.CaseStudyReview;
import org.ddmsportal.domain.casestudy.CaseStudy;
import org.ddmsportal.domain.casestudy.CaseStudyCriteria;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.PageRequest;
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
 * {@code /api/v1/case-studies}: case studies through {@link CaseStudyQueries} (the list's scope is
 * the actor's, {@code CaseStudyPolicy.visibleCountry}, set by the use case from the caller — the
 * list's filters go in as the table's, read by {@link CaseStudyCriteria#fromTable}) and their
 * review through {@link CaseStudyReview}: the lifecycle moves of {@code workflows/case-study.json}
 * (a coordinator takes a submitted one into review, requests changes, approves; the same roles,
 * reviewer rule and guards as the review page) and the reviewer's rubric. Authoring stays on the
 * pages.
 */
@Path("/v1/case-studies")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Case studies", description = "Case studies of the pilots and their review by the coordinators")
@SecurityRequirement(name = "bearer")
public class CaseStudiesResource {

    /** The fields the list sorts by: those of the case studies' table (JpaCaseStudyRepository). */
    static final Set<String> SORTABLE = Set.of("title", "country", "status", "modifiedAt", "publishedAt");

    @Inject
    CaseStudyQueries caseStudies;

    @Inject
    CaseStudyReview review;

    @Inject
    Caller caller;

    @Context
    UriInfo uriInfo;

    private RecordEndpoint<CaseStudy> records() {
        return new RecordEndpoint<>(caller, uriInfo, "case-studies", caseStudies::get, Representation.detail(CaseStudyDto::of));
    }

    private LifecycleEndpoint<CaseStudy> lifecycle() {
        return new LifecycleEndpoint<>(records(), review);
    }

    @GET
    @Operation(operationId = "listCaseStudies", summary = "List case studies", description = "Those the caller may read (a country's own, every "
            + "submitted one for coordinators, published ones for all); filters are those of the case studies' table.")
    @APIResponse(responseCode = "200", description = "One page")
    public Response list(
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit,
            @Parameter(description = "title, country, status, modifiedAt or publishedAt; - for descending")
            @QueryParam("sort") String sort,
            @Parameter(description = "Title or text contains") @QueryParam("q") String text,
            @Parameter(description = "Title contains") @QueryParam("title") String title,
            @Parameter(description = "Country (ISO 3166-1 alpha-2)") @QueryParam("country") String country,
            @Parameter(description = "Review state", example = "SUBMITTED") @QueryParam("status") String status,
            @Parameter(description = "The reviewer's user name") @QueryParam("reviewer") String reviewer,
            @Parameter(description = "A pilot's id") @QueryParam("pilotId") String pilotId,
            @Parameter(description = "A partnership's id") @QueryParam("partnershipId") String partnershipId) {
        Actor actor = caller.actor();
        Paging paging = Paging.of(offset, limit);
        Sort order = Sort.parse(sort, SORTABLE);
        ListFilters filters = new ListFilters().put("title", title).put("country", country)
                .put("status", QueryValues.state("status", status, caseStudies.states()))
                .put("reviewer", reviewer).put("pilot", QueryValues.id("pilotId", pilotId))
                .put("partnership", QueryValues.id("partnershipId", partnershipId));
        PageRequest request = paging.request(order, filters.map(), text);
        return ListBody.ok(caseStudies.search(actor, request), paging, uriInfo, Representation.summary(CaseStudyDto::of));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCaseStudies", summary = "Read a case study")
    @APIResponse(responseCode = "200", description = "The case study; its version as ETag",
            content = @Content(schema = @Schema(implementation = CaseStudyDto.class)),
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent as If-None-Match")
    public Response get(@PathParam("id") long id, @Context Request request) {
        return records().read(id, request);
    }

    // --- review ------------------------------------------------------------------------------

    @GET
    @Path("/{id}/rubric")
    @Operation(operationId = "rubricCaseStudies", summary = "The reviewer's rubric", description = "For those who may read the review material.")
    @APIResponse(responseCode = "200", description = "The rubric; the case study's version as ETag",
            content = @Content(schema = @Schema(implementation = RubricDto.class)))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    public Response rubric(@PathParam("id") long id) {
        CaseStudy caseStudy = caseStudies.getReview(caller.actor(), id);
        return Response.ok(RubricDto.of(caseStudy.getRubric())).tag(Preconditions.etag(caseStudy.getVersion())).build();
    }

    @PUT
    @Path("/{id}/rubric")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "assessCaseStudies", summary = "Assess the case study", description = "By its reviewer, as on the review page; "
            + "If-Match with the case study's ETag.")
    @APIResponse(responseCode = "200", description = "Assessed; the case study with its new ETag",
            content = @Content(schema = @Schema(implementation = CaseStudyDto.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    public Response assess(@PathParam("id") long id,
            @Parameter(description = "The ETag of the version read", required = true) @HeaderParam("If-Match") String ifMatch,
            RubricDto rubric) {
        return records().change(id, ifMatch,
                (actor, caseStudyId, version) -> review.assess(actor, caseStudyId, version, ApiResponses.required(rubric).toRubric()));
    }

    @GET
    @Path("/{id}/transitions")
    @Operation(operationId = "transitionsCaseStudies", summary = "The review moves the caller may make now",
            description = "take, requestChanges, approve, publish for its reviewer; submit, resubmit for its country.")
    @APIResponse(responseCode = "200", description = "The moves (their guards are checked when fired)")
    public List<LifecycleDtos.TransitionDto> transitions(@PathParam("id") long id) {
        return lifecycle().transitions(id);
    }

    @POST
    @Path("/{id}/transitions/{transition}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "fireCaseStudies", summary = "Make a review move", description = "As on the review page: take (a coordinator takes a "
            + "submitted case study into review), requestChanges and approve (its reviewer; approval needs the rubric "
            + "met), …; the same roles, reviewer rule, guards and comment rule; If-Match with the ETag read.")
    @APIResponse(responseCode = "200", description = "Moved; the record with its new ETag",
            content = @Content(schema = @Schema(implementation = CaseStudyDto.class)))
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    public Response fire(@PathParam("id") long id, @PathParam("transition") String transition,
            @Parameter(description = "The ETag of the version read", required = true) @HeaderParam("If-Match") String ifMatch,
            LifecycleDtos.TransitionInput input) {
        return lifecycle().fire(id, transition, ifMatch, input);
    }

    @GET
    @Path("/{id}/events")
    @Operation(operationId = "eventsCaseStudies", summary = "The case study's review events")
    @APIResponse(responseCode = "200", description = "The moves made, newest first")
    public List<LifecycleDtos.EventDto> events(@PathParam("id") long id) {
        return lifecycle().events(id);
    }
}
