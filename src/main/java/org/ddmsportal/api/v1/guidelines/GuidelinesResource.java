package org.ddmsportal.api.v1.guidelines;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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
import org.ddmsportal.api.v1.support.Caller;
import org.ddmsportal.api.v1.support.ListBody;
import org.ddmsportal.api.v1.support.ListFilters;
import org.ddmsportal.api.v1.support.Paging;
import org.ddmsportal.api.v1.support.QueryValues;
import org.ddmsportal.api.v1.support.RecordEndpoint;
import org.ddmsportal.api.v1.support.Representation;
import org.ddmsportal.api.v1.support.Sort;
import org.ddmsportal.application.communication.GuidelineService;
import org.ddmsportal.domain.communication.Guideline;
import org.ddmsportal.domain.communication.GuidelineCategory;
import org.ddmsportal.domain.communication.GuidelineCriteria;
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
 * {@code /api/v1/guidelines} (read): the knowledge base through {@link GuidelineService} —
 * published guidelines for everyone, drafts too for those who edit them, as on the pages (the
 * filters go in as the table's, read by {@link GuidelineCriteria#fromTable}). Editing stays on the
 * pages.
 */
@Path("/v1/guidelines")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Guidelines", description = "The knowledge base's guidelines (read)")
@SecurityRequirement(name = "bearer")
public class GuidelinesResource {

    /** The fields the list sorts by: those of the guidelines' table (JpaGuidelineRepository). */
    static final Set<String> SORTABLE = Set.of("title", "category", "modifiedAt", "revision");

    @Inject
    GuidelineService guidelines;

    @Inject
    Caller caller;

    @Context
    UriInfo uriInfo;

    private RecordEndpoint<Guideline> records() {
        return new RecordEndpoint<>(caller, uriInfo, "guidelines",
                guidelines::get,
                Representation.detail(GuidelineDto::of));
    }

    @GET
    @Operation(operationId = "listGuidelines", summary = "List guidelines", description = "Filters are those of the guidelines' table.")
    @APIResponse(responseCode = "200", description = "One page")
    public Response list(
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit,
            @Parameter(description = "title, category, modifiedAt or revision; - for descending") @QueryParam("sort") String sort,
            @Parameter(description = "Title, summary or body contains") @QueryParam("q") String text,
            @Parameter(description = "Title contains") @QueryParam("title") String title,
            @Parameter(description = "Category") @QueryParam("category") String category) {
        Actor actor = caller.actor();
        Paging paging = Paging.of(offset, limit);
        Sort order = Sort.parse(sort, SORTABLE);
        ListFilters filters = new ListFilters().put("title", title)
                .put("category", QueryValues.constant("category", category, GuidelineCategory.class));
        PageRequest request = paging.request(order, filters.map(), text);
        return ListBody.ok(guidelines.search(actor, request), paging, uriInfo,
                Representation.summary(GuidelineDto::of));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getGuidelines", summary = "Read a guideline")
    @APIResponse(responseCode = "200", description = "The guideline; its version as ETag",
            content = @Content(schema = @Schema(implementation = GuidelineDto.class)),
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent as If-None-Match")
    public Response get(@PathParam("id") long id, @Context Request request) {
        return records().read(id, request);
    }
}
