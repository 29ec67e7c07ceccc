package org.ddmsportal.api.v1.indicators;

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
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ddmsportal.api.v1.support.ApiException;
import org.ddmsportal.api.v1.support.ApiResponses;
import org.ddmsportal.api.v1.support.ApiTexts;
import org.ddmsportal.api.v1.support.Caller;
import org.ddmsportal.api.v1.support.ListBody;
import org.ddmsportal.api.v1.support.ListFilters;
import org.ddmsportal.api.v1.support.Paging;
import org.ddmsportal.api.v1.support.Problem;
import org.ddmsportal.api.v1.support.ProblemKind;
import org.ddmsportal.api.v1.support.QueryValues;
import org.ddmsportal.api.v1.support.RecordEndpoint;
import org.ddmsportal.api.v1.support.Representation;
import org.ddmsportal.api.v1.support.Sort;
import org.ddmsportal.application.data.ImportProblem;
import org.ddmsportal.application.data.ImportRefusedException;
import org.ddmsportal.application.data.IndicatorService;
import org.ddmsportal.application.data.ObservationReader;
import org.ddmsportal.application.data.Utf8Reader;
import org.ddmsportal.domain.data.Indicator;
import org.ddmsportal.domain.data.IndicatorCriteria;
import org.ddmsportal.domain.data.IndicatorPolicy;
import org.ddmsportal.domain.data.ObservationStatus;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/indicators}: indicators and their observations through {@link IndicatorService}
 * — the same editing use cases, typed criteria ({@link IndicatorCriteria}), observation pages
 * (confidential values only for those who may change the indicator) and the same importer as
 * the indicator's page ({@link ObservationReader}: SDMX-CSV 2.0 or plain CSV, all or nothing —
 * one bad line and nothing is stored, the 422 problem lists every line's error).
 */
@Path("/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Indicators", description = "Indicators, their observations and the import of observation files")
@SecurityRequirement(name = "bearer")
public class IndicatorsResource {

    /** The fields the list sorts by: those of the indicators' table (JpaIndicatorRepository). */
    static final Set<String> SORTABLE = Set.of("code", "name", "unit", "country", "sdg", "modifiedAt");

    /** The fields the observations sort by: those of the indicator page's table (JdbcObservationStore). */
    static final Set<String> OBSERVATIONS_SORTABLE = Set.of("territory", "period", "value", "status");

    /** The media types of an observation file: SDMX-CSV and plain CSV (text/plain accepted for curl's sake). */
    static final String SDMX_CSV = "application/vnd.sdmx.data+csv";

    @Inject
    IndicatorService indicators;

    @Inject
    Caller caller;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    private RecordEndpoint<Indicator> records() {
        return new RecordEndpoint<>(caller, uriInfo, "indicators", indicators::get, Representation.detail(IndicatorDto::of));
    }

    @GET
    @Operation(operationId = "listIndicators", summary = "List indicators", description = "Filters are those of the indicators' table.")
    @APIResponse(responseCode = "200", description = "One page")
    public Response list(
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit,
            @Parameter(description = "code, name, unit, country, sdg or modifiedAt; - for descending")
            @QueryParam("sort") String sort,
            @Parameter(description = "Code or name contains") @QueryParam("q") String text,
            @Parameter(description = "Code contains") @QueryParam("code") String code,
            @Parameter(description = "Name contains") @QueryParam("name") String name,
            @Parameter(description = "Country (ISO 3166-1 alpha-2)") @QueryParam("country") String country,
            @Parameter(description = "SDG goal", example = "7") @QueryParam("sdgGoal") String sdgGoal,
            @Parameter(description = "Its pilot's id") @QueryParam("pilotId") String pilotId,
            @Parameter(description = "One of its datasets' id") @QueryParam("datasetId") String datasetId) {
        Actor actor = caller.actor();
        Paging paging = Paging.of(offset, limit);
        IndicatorCriteria criteria = new IndicatorCriteria(IndicatorPolicy.listScope(actor), text, code, name, country, sdgGoal,
                QueryValues.id("pilotId", pilotId), QueryValues.id("datasetId", datasetId));
        return ListBody.ok(indicators.search(actor, criteria, paging.request(Sort.parse(sort, SORTABLE))), paging, uriInfo,
                Representation.summary(IndicatorDto::of));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getIndicators", summary = "Read an indicator")
    @APIResponse(responseCode = "200", description = "The indicator; its version as ETag",
            content = @Content(schema = @Schema(implementation = IndicatorDto.class)),
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent as If-None-Match")
    public Response get(@PathParam("id") long id, @Context Request request) {
        return records().read(id, request);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createIndicators", summary = "Record an indicator", description = "For a pilot or datasets of a country the caller manages.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag of the new record",
            content = @Content(schema = @Schema(implementation = IndicatorDto.class)))
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    public Response create(IndicatorInput input) {
        return records().create(indicators, input, IndicatorInput::toForm);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateIndicators", summary = "Change an indicator", description = "Replaces its fields; If-Match with the ETag read.")
    @APIResponse(responseCode = "200", description = "Changed; the new ETag",
            content = @Content(schema = @Schema(implementation = IndicatorDto.class)))
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    public Response update(@PathParam("id") long id,
            @Parameter(description = "The ETag of the version the change was made from", required = true)
            @HeaderParam("If-Match") String ifMatch, IndicatorInput input) {
        return records().update(indicators, id, ifMatch, input, IndicatorInput::toForm);
    }

    // --- observations ------------------------------------------------------------------------

    @GET
    @Path("/{id}/observations")
    @Operation(operationId = "observationsIndicators", summary = "List an indicator's observations", description = "Confidential values only for those who may "
            + "change the indicator, as on its page. Newest period first unless sorted.")
    @APIResponse(responseCode = "200", description = "One page")
    public Response observations(@PathParam("id") long id,
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit,
            @Parameter(description = "territory, period, value or status; - for descending") @QueryParam("sort") String sort,
            @Parameter(description = "Territory code starts with") @QueryParam("territory") String territory,
            @Parameter(description = "Period starts with", example = "2024") @QueryParam("period") String period,
            @Parameter(description = "FINAL, PROVISIONAL or CONFIDENTIAL") @QueryParam("status") String status) {
        Actor actor = caller.actor();
        Paging paging = Paging.of(offset, limit);
        Sort order = Sort.parse(sort, OBSERVATIONS_SORTABLE);
        ObservationStatus s = QueryValues.constant("status", status, ObservationStatus.class);
        ListFilters filters = new ListFilters().put("territory", territory).put("period", period)
                .put("status", s == null ? null : String.valueOf(s.code()));
        PageRequest request = paging.request(order, filters.map(), null);
        return ListBody.ok(indicators.observations(actor, id, request), paging, uriInfo.getRequestUri(),
                ObservationDtos.ObservationDto::of);
    }

    @POST
    @Path("/{id}/observations")
    @Consumes({"text/csv", SDMX_CSV, MediaType.TEXT_PLAIN})
    @Operation(operationId = "importObservationsIndicators", summary = "Import observations", description = "An SDMX-CSV 2.0 or plain CSV file (UTF-8) for this "
            + "indicator, read by the same importer as the indicator's page: every line is checked first; if any is "
            + "wrong nothing is stored and the 422 problem lists the lines' errors (field: \"line N column\"). Keys "
            + "already stored are updated, ACTION D deletes. The indicator's record is not changed (no If-Match).")
    @RequestBody(required = true, content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
                    example = "territory,period,value,status\nRS11,2024,1702.5,final\n"),
            @Content(mediaType = SDMX_CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "200", description = "Imported: what was stored",
            content = @Content(schema = @Schema(implementation = ObservationDtos.ImportDto.class)))
    @APIResponse(responseCode = "413", ref = ApiResponses.PAYLOAD_TOO_LARGE)
    public ObservationDtos.ImportDto importObservations(@PathParam("id") long id, InputStream file) {
        Actor actor = caller.actor();
        Locale locale = ApiTexts.localeOf(headers);
        try (Reader reader = new Utf8Reader(file)) {
            ObservationReader.Result result = indicators.importObservations(actor, id, reader, "api");
            return ObservationDtos.ImportDto.of(result, lines(result.warnings(), locale));
        } catch (ImportRefusedException refused) {
            throw new ApiException(ProblemKind.VALIDATION, "api.import.refused",
                    refused.result().problems().stream().map(p -> new Problem.FieldError(field(p), text(locale, p)))
                            .toList(), Map.of(), refused.result().problemCount());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<ObservationDtos.LineDto> lines(List<ImportProblem> problems, Locale locale) {
        return problems.stream().map(p -> new ObservationDtos.LineDto(p.line(), p.column(), text(locale, p))).toList();
    }

    /** The problem's field: {@code line 4 value} (line of the file, 1 = header, and column as in the file). */
    static String field(ImportProblem p) {
        return "line " + p.line() + (p.column() == null || p.column().isBlank() ? "" : " " + p.column());
    }

    private static String text(Locale locale, ImportProblem p) {
        return ApiTexts.text(locale, p.key(), p.value(), p.expected());
    }
}
