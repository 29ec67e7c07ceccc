package org.ddmsportal.api.v1.lessons;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.ddmsportal.api.v1.support.ApiException;
import org.ddmsportal.api.v1.support.ApiResponses;
import org.ddmsportal.api.v1.support.Caller;
import org.ddmsportal.api.v1.support.ListBody;
import org.ddmsportal.api.v1.support.Paging;
import org.ddmsportal.api.v1.support.QueryValues;
import org.ddmsportal.application.casestudy.LessonService;
import org.ddmsportal.domain.casestudy.Lesson;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/lessons}: the lessons learned of one case study, partnership or pilot, through
 * {@link LessonService#attachedTo} — the lessons panel's use case, with the case study's read
 * rule. A record has few lessons: they are read whole and paged here.
 */
@Path("/v1/lessons")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Lessons", description = "Lessons learned on case studies, partnerships and pilots")
@SecurityRequirement(name = "bearer")
public class LessonsResource {

    @Inject
    LessonService lessons;

    @Inject
    Caller caller;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listLessons", summary = "List the lessons of a record", description = "Exactly one of caseStudyId, partnershipId, pilotId.")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public Response list(
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit,
            @Parameter(description = "A case study's id") @QueryParam("caseStudyId") String caseStudyId,
            @Parameter(description = "A partnership's id") @QueryParam("partnershipId") String partnershipId,
            @Parameter(description = "A pilot's id") @QueryParam("pilotId") String pilotId) {
        Actor actor = caller.actor();
        Paging paging = Paging.of(offset, limit);
        Long caseStudy = QueryValues.id("caseStudyId", caseStudyId);
        Long partnership = QueryValues.id("partnershipId", partnershipId);
        Long pilot = QueryValues.id("pilotId", pilotId);
        int given = (caseStudy == null ? 0 : 1) + (partnership == null ? 0 : 1) + (pilot == null ? 0 : 1);
        if (given != 1) {
            throw ApiException.parameter("caseStudyId", "api.lessons.owner");
        }
        List<Lesson> all = caseStudy != null ? lessons.attachedTo(actor, LessonService.CASE_STUDY, caseStudy)
                : partnership != null ? lessons.attachedTo(actor, LessonService.PARTNERSHIP, partnership)
                : lessons.attachedTo(actor, LessonService.PILOT, pilot);
        int from = Math.min(paging.offset(), all.size());
        int to = Math.min(from + paging.limit(), all.size());
        return ListBody.ok(new Page<>(all.subList(from, to), all.size()), paging, uriInfo, LessonDto::of);
    }
}
