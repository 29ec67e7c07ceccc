package org.ddmsportal.api.v1.datasets;

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
import org.ddmsportal.api.v1.support.Sort;
import org.ddmsportal.application.data.DatasetService;
import org.ddmsportal.domain.agreement.Confidentiality;
import org.ddmsportal.domain.data.Dataset;
import org.ddmsportal.domain.data.DatasetCriteria;
import org.ddmsportal.domain.data.DatasetPolicy;
import org.ddmsportal.domain.data.SourceKind;
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
 * {@code /api/v1/datasets}: the dataset catalogue through {@link DatasetService} — the same
 * editing use cases and typed criteria ({@link DatasetCriteria}) as the datasets' pages; shaped
 * like {@code OrganisationsResource}.
 */
@Path("/v1/datasets")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Datasets", description = "The catalogue of datasets used by pilots and indicators")
@SecurityRequirement(name = "bearer")
public class DatasetsResource {

    /** The fields the list sorts by: those of the datasets' table (JpaDatasetRepository). */
    static final Set<String> SORTABLE = Set.of("title", "provider", "country", "sourceKind", "confidentiality",
            "modifiedAt", "periodicity");

    @Inject
    DatasetService datasets;

    @Inject
    Caller caller;

    @Context
    UriInfo uriInfo;

    private RecordEndpoint<Dataset> records() {
        return new RecordEndpoint<>(caller, uriInfo, "datasets", datasets::get, DatasetDto::of);
    }

    @GET
    @Operation(operationId = "listDatasets", summary = "List datasets", description = "Filters are those of the datasets' table.")
    @APIResponse(responseCode = "200", description = "One page")
    public Response list(
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit,
            @Parameter(description = "title, provider, country, sourceKind, confidentiality, modifiedAt or periodicity; "
                    + "- for descending") @QueryParam("sort") String sort,
            @Parameter(description = "Title, description or provider contains") @QueryParam("q") String text,
            @Parameter(description = "Title contains") @QueryParam("title") String title,
            @Parameter(description = "The provider's country (ISO 3166-1 alpha-2)") @QueryParam("country") String country,
            @Parameter(description = "Kind of source") @QueryParam("sourceKind") String sourceKind,
            @Parameter(description = "Confidentiality") @QueryParam("confidentiality") String confidentiality,
            @Parameter(description = "The provider's id") @QueryParam("providerId") String providerId,
            @Parameter(description = "The agreement's id") @QueryParam("agreementId") String agreementId,
            @Parameter(description = "A pilot's id") @QueryParam("pilotId") String pilotId,
            @Parameter(description = "The partnership's id") @QueryParam("partnershipId") String partnershipId,
            @Parameter(description = "true: only those whose agreement has lapsed", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("lapsed") String lapsed,
            @Parameter(description = "true: only those from a partner (not the NSI) with no agreement", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("uncovered") String uncovered) {
        Actor actor = caller.actor();
        Paging paging = Paging.of(offset, limit);
        DatasetCriteria criteria = new DatasetCriteria(DatasetPolicy.listScope(actor), text, title, country,
                QueryValues.constant("sourceKind", sourceKind, SourceKind.class),
                QueryValues.constant("confidentiality", confidentiality, Confidentiality.class),
                QueryValues.id("providerId", providerId), QueryValues.id("agreementId", agreementId),
                QueryValues.id("pilotId", pilotId), QueryValues.id("partnershipId", partnershipId),
                QueryValues.flag("lapsed", lapsed), QueryValues.flag("uncovered", uncovered));
        return ListBody.ok(datasets.search(actor, criteria, paging.request(Sort.parse(sort, SORTABLE))), paging, uriInfo,
                DatasetDto::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDatasets", summary = "Read a dataset")
    @APIResponse(responseCode = "200", description = "The dataset; its version as ETag",
            content = @Content(schema = @Schema(implementation = DatasetDto.class)),
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent as If-None-Match")
    public Response get(@PathParam("id") long id, @Context Request request) {
        return records().read(id, request);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createDatasets", summary = "Record a dataset", description = "Provided by an organisation of a country the caller manages.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag of the new record",
            content = @Content(schema = @Schema(implementation = DatasetDto.class)))
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    public Response create(DatasetInput input) {
        return records().create(datasets, input, DatasetInput::toForm);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateDatasets", summary = "Change a dataset", description = "Replaces its fields; If-Match with the ETag read.")
    @APIResponse(responseCode = "200", description = "Changed; the new ETag",
            content = @Content(schema = @Schema(implementation = DatasetDto.class)))
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    public Response update(@PathParam("id") long id,
            @Parameter(description = "The ETag of the version the change was made from", required = true)
            @HeaderParam("If-Match") String ifMatch, DatasetInput input) {
        return records().update(datasets, id, ifMatch, input, DatasetInput::toForm);
    }
}
