package org.ddmsportal.api.v1.activities;

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
import org.ddmsportal.api.v1.support.Paging;
import org.ddmsportal.api.v1.support.QueryValues;
import org.ddmsportal.api.v1.support.RecordEndpoint;
import org.ddmsportal.api.v1.support.Representation;
import org.ddmsportal.api.v1.support.Sort;
import org.ddmsportal.application.communication.ActivityService;
import org.ddmsportal.domain.communication.Activity;
import org.ddmsportal.domain.communication.ActivityCriteria;
import org.ddmsportal.domain.communication.ActivityKind;
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
 * {@code /api/v1/activities} (read): capacity-building and communication activities through
 * {@link ActivityService} with the typed {@link ActivityCriteria} of the activities' table.
 * Recording them stays on the pages.
 */
@Path("/v1/activities")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Activities", description = "Capacity-building and communication activities (read)")
@SecurityRequirement(name = "bearer")
public class ActivitiesResource {

    /** The fields the list sorts by: those of the activities' table (JpaActivityRepository). */
    static final Set<String> SORTABLE = Set.of("title", "heldOn", "kind");

    @Inject
    ActivityService activities;

    @Inject
    Caller caller;

    @Context
    UriInfo uriInfo;

    private RecordEndpoint<Activity> records() {
        return new RecordEndpoint<>(caller, uriInfo, "activities",
                activities::get,
                Representation.detail(ActivityDto::of));
    }

    @GET
    @Operation(operationId = "listActivities", summary = "List activities", description = "Filters are those of the activities' table.")
    @APIResponse(responseCode = "200", description = "One page")
    public Response list(
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit,
            @Parameter(description = "title, heldOn or kind; - for descending") @QueryParam("sort") String sort,
            @Parameter(description = "Title, place or outcome contains") @QueryParam("q") String text,
            @Parameter(description = "Title contains") @QueryParam("title") String title,
            @Parameter(description = "Kind") @QueryParam("kind") String kind,
            @Parameter(description = "Country (ISO 3166-1 alpha-2)") @QueryParam("country") String country,
            @Parameter(description = "Held on or after (ISO date)") @QueryParam("from") String from,
            @Parameter(description = "Held on or before (ISO date)") @QueryParam("to") String to,
            @Parameter(description = "true: public events only", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("public") String publicOnly) {
        Actor actor = caller.actor();
        Paging paging = Paging.of(offset, limit);
        ActivityCriteria criteria = new ActivityCriteria(text, title, QueryValues.constant("kind", kind, ActivityKind.class),
                country, QueryValues.date("from", from), QueryValues.date("to", to),
                QueryValues.flag("public", publicOnly));
        return ListBody.ok(activities.search(actor, criteria, paging.request(Sort.parse(sort, SORTABLE))), paging, uriInfo,
                Representation.summary(ActivityDto::of));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getActivities", summary = "Read an activity")
    @APIResponse(responseCode = "200", description = "The activity; its version as ETag",
            content = @Content(schema = @Schema(implementation = ActivityDto.class)),
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent as If-None-Match")
    public Response get(@PathParam("id") long id, @Context Request request) {
        return records().read(id, request);
    }
}
