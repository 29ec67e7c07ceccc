package org.ddmsportal.api.v1.indicators;

import java.math.BigDecimal;
import java.util.List;
import org.ddmsportal.application.data.ImportCounts;
import org.ddmsportal.application.data.ObservationReader;
import org.ddmsportal.domain.data.Observation;
import org.ddmsportal.domain.data.ObservationStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Observations as the API shows them, and what an import did. */
public final class ObservationDtos {

    private ObservationDtos() {
    }

    /** One observation: territory, period, value and status (confidential ones only to those who may change the indicator). */
    @Schema(name = "Observation")
    public record ObservationDto(String territory, String period,
                          BigDecimal value,
                          ObservationStatus status) {

        static ObservationDto of(Observation o) {
            return new ObservationDto(o.territory(), o.period(), o.value(), o.status());
        }
    }

    /** What an import stored (all lines, or none: a refused file is a 422 problem listing its line errors). */
    @Schema(name = "ObservationImport")
    public record ImportDto(ObservationReader.Layout layout,
                     long rows,
                     long inserted, long updated, long deleted, long unchanged,
                     List<LineDto> warnings) {

        static ImportDto of(ObservationReader.Result result, List<LineDto> warnings) {
            ImportCounts c = result.counts() == null ? ImportCounts.NONE : result.counts();
            return new ImportDto(result.layout(), result.rows(), c.inserted(), c.updated(), c.deleted(), c.unchanged(),
                    warnings);
        }
    }

    /** A remark on one line of a file. */
    @Schema(name = "ImportLine")
    public record LineDto(long line, String column,
                   String message) {
    }
}
