package org.ddmsportal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ddmsportal.application.data.ImportProblem;
import org.ddmsportal.application.data.ObservationReader;
import org.ddmsportal.application.data.ObservationRow;
import org.ddmsportal.application.data.ObservationSink;
import org.ddmsportal.domain.data.ObservationStatus;
import org.junit.jupiter.api.Test;

/** The observation file reader on its own: layouts, every kind of problem, where it is reported. */
class ObservationReaderTest {

    private static final Map<String, Long> INDICATORS = Map.of("POP", 1L, "PT.ACCESS", 2L);

    private final List<ObservationRow> written = new ArrayList<>();
    private final ObservationSink sink = new ObservationSink() {
        @Override
        public void accept(ObservationRow row) {
            written.add(row);
        }

        @Override
        public long finish() {
            return written.size();
        }
    };

    private ObservationReader.Result read(String file, String defaultIndicator) {
        return new ObservationReader(code -> Optional.ofNullable(INDICATORS.get(code)), defaultIndicator)
                .read(new StringReader(file), sink);
    }

    @Test
    void plainCsvWithAnIndicatorColumn() {
        var r = read("indicator,territory,period,value,status\nPOP,RS11,2024,1681000,final\n"
                + "PT.ACCESS,RS11,2024-Q3,78.2,provisional\nPOP,3064011,2024-03,534813,\n", null);
        assertTrue(r.valid());
        assertEquals(ObservationReader.Layout.CSV, r.layout());
        assertEquals(3, r.written());
        assertEquals(new ObservationRow(3, 2, "RS11", "2024-Q3", new BigDecimal("78.2"), ObservationStatus.PROVISIONAL, false),
                written.get(1));
        assertEquals(ObservationStatus.FINAL, written.get(2).status(), "no status means final");
    }

    @Test
    void sdmxCsvInTheOfficialLayoutWithLabelsSemicolonsAndActions() {
        var r = read("\uFEFFSTRUCTURE;STRUCTURE_ID;STRUCTURE_NAME;ACTION;REF_AREA;TIME_PERIOD;OBS_VALUE;UNIT_MEASURE;OBS_STATUS;CONF_STATUS\n"
                + "dataflow;DDMS:DF_LOCAL_INDICATORS(1.0);Local indicators;I;RS11: Belgrade;2024;78.2;PC;A;F\n"
                + "dataflow;DDMS:DF_LOCAL_INDICATORS(1.0);Local indicators;R;RS12;2024;71;PC;P;C\n"
                + "dataflow;DDMS:DF_LOCAL_INDICATORS(1.0);Local indicators;D;RS13;2023;;;;\n", "PT.ACCESS");
        assertTrue(r.valid(), () -> r.problems().toString());
        assertEquals(ObservationReader.Layout.SDMX_CSV, r.layout());
        assertEquals("RS11", written.get(0).territory(), "the code of a 'code: label' value");
        assertEquals(ObservationStatus.CONFIDENTIAL, written.get(1).status());
        assertTrue(written.get(2).delete());
        assertEquals(2L, written.get(0).indicatorId());
    }

    @Test
    void everyProblemNamesItsLineAndColumnAndNothingReachesTheSinkAfterIt() {
        var r = read("indicator,territory,period,value,status\n"
                + "POP,RS11,2024,1,final\n"
                + "NOPE,RS11,2024,1,final\n"
                + "POP,RS 11,2024,1,final\n"
                + "POP,RS11,24,1,final\n"
                + "POP,RS11,2024,1e999999999,final\n"
                + "POP,RS11,2024,1,maybe\n"
                + "POP,RS11,2024\n"
                + "POP,RS11,2024,,final\n", null);
        assertEquals(7, r.problemCount());
        assertEquals(List.of(
                new ImportProblem(3, "indicator", "import.indicator", "NOPE"),
                new ImportProblem(4, "territory", "import.territory", "RS 11"),
                new ImportProblem(5, "period", "import.period", "24"),
                new ImportProblem(6, "value", "import.value", "1e999999999"),
                new ImportProblem(7, "status", "import.status", "maybe"),
                new ImportProblem(8, "", "import.columnCount", "3"),
                new ImportProblem(9, "value", "import.required", "")), r.problems());
        assertEquals(0, r.written());
        assertEquals(1, written.size(), "the sink saw the first line only; the use case rolls it back");
    }

    @Test
    void missingColumnsAndEmptyFilesAreReportedOnTheHeader() {
        var r = read("territory,period\nRS11,2024\n", null);
        assertEquals(List.of(new ImportProblem(1, "value", "import.missingColumn", "value"),
                new ImportProblem(1, "indicator", "import.missingColumn", "indicator")), r.problems());
        assertEquals("import.empty", read("", null).problems().get(0).key());
        assertEquals("import.structure", read("STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,TIME_PERIOD,OBS_VALUE\n"
                + "table,X,I,RS11,2024,1\n", "POP").problems().get(0).key());
        assertEquals("import.malformed", read("territory,period,value\n\"RS11,2024,1\n", "POP").problems().get(0).key());
    }
}
