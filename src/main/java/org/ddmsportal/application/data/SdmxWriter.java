package org.ddmsportal.application.data;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ddmsportal.domain.data.Indicator;
import org.ddmsportal.domain.data.Observation;
import org.ddmsportal.application.shared.SpreadsheetText;
import org.ddmsportal.domain.data.ObservationStatus;

/**
 * Writes an indicator's observations as SDMX-CSV 2.0 and as an SDMX-JSON 2.0 data message, in
 * the portal's one dataflow {@value #DATAFLOW}: dimensions INDICATOR, REF_AREA, TIME_PERIOD;
 * measure OBS_VALUE; attributes UNIT_MEASURE and OBS_STATUS (A normal/final, P provisional).
 * What the CSV writes, {@link ObservationReader} reads back. The CSV is opened in spreadsheets, so
 * its one free-text field, the unit, is written through {@link SpreadsheetText}; codes (checked
 * when stored) and the numeric OBS_VALUE are written as they are.
 */
public final class SdmxWriter {

    public static final String DATAFLOW = "DDMS:DF_LOCAL_INDICATORS(1.0)";
    static final String[] CSV_HEADER = {"STRUCTURE", "STRUCTURE_ID", "ACTION", "INDICATOR", "REF_AREA", "TIME_PERIOD",
        "OBS_VALUE", "UNIT_MEASURE", "OBS_STATUS"};

    private SdmxWriter() {
    }

    /** A CSV printer with the SDMX-CSV header written; print rows with {@link #csvRow}. */
    public static CSVPrinter csv(Writer out) {
        try {
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get());
            printer.printRecord((Object[]) CSV_HEADER);
            return printer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void csvRow(CSVPrinter printer, Indicator indicator, Observation o) {
        try {
            printer.printRecord("dataflow", DATAFLOW, "I", o.indicatorCode(), o.territory(), o.period(),
                    o.value().toPlainString(), SpreadsheetText.safe(indicator.getUnit()), obsStatus(o.status()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An SDMX-JSON 2.0 data message of one indicator's observations. */
    public static void json(Indicator indicator, List<Observation> observations, OutputStream out) {
        Map<String, Integer> areas = new LinkedHashMap<>();
        Map<String, Integer> periods = new LinkedHashMap<>();
        for (Observation o : observations) {
            areas.putIfAbsent(o.territory(), areas.size());
            periods.putIfAbsent(o.period(), periods.size());
        }
        List<String> periodList = new ArrayList<>(periods.keySet());
        try (JsonGenerator g = Json.createGenerator(out)) {
            g.writeStartObject();
            g.writeStartObject("meta")
                    .write("schema", "https://raw.githubusercontent.com/sdmx-twg/sdmx-json/master/data-message/tools/schemas/2.0.0/sdmx-json-data-schema.json")
                    .write("id", "DDMS-" + indicator.getCode())
                    .write("test", false)
                    .write("prepared", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString())
                    .writeStartArray("contentLanguages").write("en").writeEnd()
                    .writeStartObject("sender").write("id", "DDMS").writeEnd()
                    .writeEnd();
            g.writeStartObject("data");
            g.writeStartArray("structures").writeStartObject();
            g.write("name", indicator.nameIn(Locale.ENGLISH));
            g.writeStartObject("dimensions");
            g.writeStartArray("dataSet").writeEnd().writeStartArray("series").writeEnd();
            g.writeStartArray("observation");
            g.writeStartObject().write("id", "INDICATOR").write("name", "Indicator").write("keyPosition", 0)
                    .writeStartArray("values").writeStartObject().write("id", indicator.getCode())
                    .write("name", indicator.nameIn(Locale.ENGLISH)).writeEnd().writeEnd().writeEnd();
            g.writeStartObject().write("id", "REF_AREA").write("name", "Reference area").write("keyPosition", 1)
                    .writeStartArray("values");
            areas.keySet().forEach(a -> g.writeStartObject().write("id", a).writeEnd());
            g.writeEnd().writeEnd();
            g.writeStartObject().write("id", "TIME_PERIOD").write("name", "Time period").write("keyPosition", 2)
                    .writeStartArray("roles").write("TIME_PERIOD").writeEnd().writeStartArray("values");
            periodList.forEach(p -> g.writeStartObject().write("id", p).write("value", p).writeEnd());
            g.writeEnd().writeEnd();
            g.writeEnd().writeEnd(); // observation, dimensions
            g.writeStartObject("measures").writeStartArray("observation").writeStartObject()
                    .write("id", "OBS_VALUE").write("name", "Observation value").writeEnd().writeEnd().writeEnd();
            g.writeStartObject("attributes").writeStartArray("dataSet").writeEnd().writeStartArray("series").writeEnd()
                    .writeStartArray("observation");
            g.writeStartObject().write("id", "UNIT_MEASURE").write("name", "Unit of measure")
                    .writeStartArray("values").writeStartObject().write("id", indicator.getUnit()).writeEnd().writeEnd().writeEnd();
            g.writeStartObject().write("id", "OBS_STATUS").write("name", "Observation status")
                    .writeStartArray("values").writeStartObject().write("id", "A").write("name", "Normal value").writeEnd()
                    .writeStartObject().write("id", "P").write("name", "Provisional value").writeEnd().writeEnd().writeEnd();
            g.writeEnd().writeEnd(); // observation, attributes
            g.writeEnd().writeEnd(); // structure, structures
            g.writeStartArray("dataSets").writeStartObject().write("structure", 0).write("action", "Information")
                    .writeStartObject("observations");
            for (Observation o : observations) {
                g.writeStartArray("0:" + areas.get(o.territory()) + ":" + periods.get(o.period()))
                        .write(o.value()).write(0).write(o.status() == ObservationStatus.PROVISIONAL ? 1 : 0).writeEnd();
            }
            g.writeEnd().writeEnd().writeEnd(); // observations, dataSet, dataSets
            g.writeEnd(); // data
            g.writeEnd();
        }
    }

    static String obsStatus(ObservationStatus status) {
        return status == ObservationStatus.PROVISIONAL ? "P" : "A";
    }
}
