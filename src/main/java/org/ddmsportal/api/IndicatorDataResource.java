package org.ddmsportal.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.ddmsportal.api.v1.support.ApiException;
import org.ddmsportal.api.v1.support.ProblemKind;
import org.ddmsportal.application.data.IndicatorService;
import org.ddmsportal.application.data.SdmxWriter;
import org.ddmsportal.domain.data.Indicator;
import org.ddmsportal.domain.data.Observation;

/**
 * An indicator's data, public, confidential values never included:
 * {@code GET /api/indicators/{code}/data.csv} (SDMX-CSV 2.0) and {@code /data.json} (SDMX-JSON 2.0).
 */
@Path("/indicators/{code}")
public class IndicatorDataResource {

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

    @GET
    @Path("data.csv")
    public Response csv(@PathParam("code") String code) {
        return published(code, this::csvOf);
    }

    private Response csvOf(Indicator indicator) {
        StreamingOutput body = out -> {
            var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            var printer = SdmxWriter.csv(writer);
            indicators.exportPublic(indicator, o -> SdmxWriter.csvRow(printer, indicator, o));
            printer.flush();
        };
        return Response.ok(body, "application/vnd.sdmx.data+csv;version=2.0.0;charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + indicator.getCode() + ".csv\"").build();
    }

    @GET
    @Path("data.json")
    public Response json(@PathParam("code") String code) {
        return published(code, this::jsonOf);
    }

    private Response jsonOf(Indicator indicator) {
        List<Observation> rows = new ArrayList<>();
        try {
            indicators.exportPublic(indicator, o -> {
                if (rows.size() == MAX_JSON_OBSERVATIONS) {
                    throw new TooMany();
                }
                rows.add(o);
            });
        } catch (TooMany e) {
            throw new ApiException(ProblemKind.PAYLOAD_TOO_LARGE, "api.public.data.tooMany", MAX_JSON_OBSERVATIONS);
        }
        var names = indicators.territoryNames(rows.stream().map(Observation::territory).collect(java.util.stream.Collectors.toSet()));
        StreamingOutput body = out -> SdmxWriter.json(indicator, rows, names, out);
        return Response.ok(body, "application/vnd.sdmx.data+json;version=2.0.0;charset=utf-8").build();
    }

    /** The answer for the indicator of that code; 404 if there is none. */
    private Response published(String code, Function<Indicator, Response> answer) {
        return indicators.byCode(code).map(answer)
                .orElseThrow(() -> new ApiException(ProblemKind.NOT_FOUND, "api.public.indicator.notFound"));
    }
}
