package org.ddmsportal.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.ddmsportal.api.v1.support.ApiException;
import org.ddmsportal.api.v1.support.ApiResponses;
import org.ddmsportal.api.v1.support.ApiTexts;
import org.ddmsportal.api.v1.support.ProblemKind;
import org.ddmsportal.application.data.IndicatorService;
import org.ddmsportal.application.data.SdmxWriter;
import org.ddmsportal.application.shared.PortalAddress;
import org.ddmsportal.domain.data.Indicator;
import org.ddmsportal.domain.data.Observation;
import org.ddmsportal.domain.data.SdmxDataQuery;
import org.ddmsportal.domain.data.SdmxDataflow;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An indicator's data, public, confidential values never included:
 * {@code GET /api/indicators/{code}/data.csv} (SDMX-CSV 2.0) and {@code /data.json} (SDMX-JSON 2.0),
 * the periods from {@code startPeriod} to {@code endPeriod} ({@link SdmxDataQuery}; the other
 * parameters of an SDMX data query are refused, not ignored). Each file is its own format: an
 * {@code Accept} that takes neither it nor plain CSV/JSON is a 406.
 */
@Path("/indicators/{code}")
@Tag(name = "Open data: SDMX", description = "Without a token: an indicator's public data in SDMX-CSV and SDMX-JSON")
public class IndicatorDataResource {

    private static final String PERIOD = "An SDMX time period (2020, 2020-Q1, 2020-03, 2020-03-31…); the periods that "
            + "share a day with the window from startPeriod to endPeriod are given";

    /**
     * The SDMX-JSON message is built whole (its series and dimension values come before the
     * observations), so it is held in memory: bounded here. The CSV is streamed row by row and has
     * no bound.
     */
    static final int MAX_JSON_OBSERVATIONS = 200_000;

    /** Stops reading observations once the bound is passed. */
    private static final class TooMany extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooMany() {
            super(null, null, false, false);
        }
    }

    @Inject
    IndicatorService indicators;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @Inject
    PortalAddress portal;

    @GET
    @Path("data.csv")
    @Produces({"application/vnd.sdmx.data+csv", "text/csv"})
    @Operation(operationId = "indicatorDataCsv", summary = "An indicator's public data in SDMX-CSV 2.0",
            description = "Streamed, confidential values left out. Other SDMX query parameters (lastNObservations, "
                    + "c[...], detail...) are refused with a 400, not ignored.")
    @APIResponse(responseCode = "200", description = "SDMX-CSV 2.0, dataflow DDMS:DF_LOCAL_INDICATORS(1.0)",
            content = @Content(mediaType = "application/vnd.sdmx.data+csv;version=2.0.0"))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public Response csv(@PathParam("code") String code,
                        @Parameter(description = PERIOD) @QueryParam(SdmxDataQuery.START) String startPeriod,
                        @Parameter(description = PERIOD) @QueryParam(SdmxDataQuery.END) String endPeriod) {
        return published(code, query(startPeriod, endPeriod), this::csvOf);
    }

    private Response csvOf(Indicator indicator, SdmxDataQuery query) {
        StreamingOutput body = out -> {
            var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            var printer = SdmxWriter.csv(writer);
            exportPublic(indicator, query, o -> SdmxWriter.csvRow(printer, indicator, o));
            printer.flush();
        };
        return Response.ok(body, "application/vnd.sdmx.data+csv;version=2.0.0;charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + indicator.getCode() + ".csv\"").build();
    }

    @GET
    @Path("data.json")
    @Produces({"application/vnd.sdmx.data+json", "application/json"})
    @Operation(operationId = "indicatorDataJson", summary = "An indicator's public data as an SDMX-JSON 2.0 data message",
            description = "Confidential values left out; at most 200,000 observations (413 result-too-large beyond: "
                    + "use data.csv). Other SDMX query parameters are refused with a 400, not ignored.")
    @APIResponse(responseCode = "200", description = "An SDMX-JSON 2.0.0 data message",
            content = @Content(mediaType = "application/vnd.sdmx.data+json;version=2.0.0"))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "413", description = "More observations than the JSON message gives: use data.csv")
    public Response json(@PathParam("code") String code,
                         @Parameter(description = PERIOD) @QueryParam(SdmxDataQuery.START) String startPeriod,
                         @Parameter(description = PERIOD) @QueryParam(SdmxDataQuery.END) String endPeriod) {
        return published(code, query(startPeriod, endPeriod), this::jsonOf);
    }

    private Response jsonOf(Indicator indicator, SdmxDataQuery query) {
        List<Observation> rows = new ArrayList<>();
        try {
            exportPublic(indicator, query, o -> {
                if (rows.size() == MAX_JSON_OBSERVATIONS) {
                    throw new TooMany();
                }
                rows.add(o);
            });
        } catch (TooMany e) {
            throw new ApiException(ProblemKind.RESULT_TOO_LARGE, "api.public.data.tooMany", MAX_JSON_OBSERVATIONS);
        }
        var names = indicators.territoryNames(rows.stream().map(Observation::territory).collect(java.util.stream.Collectors.toSet()));
        Locale reader = ApiTexts.localeOf(headers);
        StreamingOutput body = out -> SdmxWriter.json(indicator, rows, names, reader,
                portal.url() + SdmxDataflow.STRUCTURE_PATH, out);
        // its names are in the reader's language: a shared cache keeps one answer per language
        return Response.ok(body, "application/vnd.sdmx.data+json;version=2.0.0;charset=utf-8")
                .header("Vary", "Accept-Language").header("Content-Language", reader.getLanguage()).build();
    }

    private void exportPublic(Indicator indicator, SdmxDataQuery query, Consumer<Observation> each) {
        // periods repeat across territories: each is read against the window once
        Map<String, Boolean> seen = new HashMap<>();
        indicators.exportPublic(indicator, query.equals(SdmxDataQuery.ALL) ? each : o -> {
            if (seen.computeIfAbsent(o.period(), query::includes)) {
                each.accept(o);
            }
        });
    }

    /**
     * The periods asked for; a 400 naming the parameter for a period that is none, a window that
     * ends before it starts, or a parameter of SDMX data queries the portal does not apply.
     */
    private SdmxDataQuery query(String startPeriod, String endPeriod) {
        SdmxDataQuery.notApplied(uriInfo.getQueryParameters().keySet()).ifPresent(name -> {
            throw ApiException.parameter(name, "api.public.data.notApplied", name.length() > 40 ? name.substring(0, 40) : name);
        });
        for (String name : List.of(SdmxDataQuery.START, SdmxDataQuery.END)) {
            List<String> given = uriInfo.getQueryParameters().get(name);
            if (given != null && given.size() > 1) {
                // which one was meant cannot be told; taking the first would give other rows than asked for
                throw ApiException.parameter(name, "api.public.data.twice", name);
            }
        }
        if (startPeriod == null && endPeriod == null) {
            return SdmxDataQuery.ALL;
        }
        LocalDate from = startPeriod == null ? LocalDate.MIN : SdmxDataQuery.start(startPeriod)
                .orElseThrow(() -> ApiException.parameter(SdmxDataQuery.START, "api.public.data.period", SdmxDataQuery.START));
        LocalDate to = endPeriod == null ? LocalDate.MAX : SdmxDataQuery.end(endPeriod)
                .orElseThrow(() -> ApiException.parameter(SdmxDataQuery.END, "api.public.data.period", SdmxDataQuery.END));
        if (to.isBefore(from)) {
            throw ApiException.parameter(SdmxDataQuery.END, "api.public.data.window");
        }
        return new SdmxDataQuery(from, to);
    }

    /** The answer for the indicator of that code; 404 if there is none. */
    private Response published(String code, SdmxDataQuery query, BiFunction<Indicator, SdmxDataQuery, Response> answer) {
        return indicators.byCode(code).map(i -> answer.apply(i, query))
                .orElseThrow(() -> new ApiException(ProblemKind.NOT_FOUND, "api.public.indicator.notFound"));
    }
}
