package org.ddmsportal.application.data;

import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ddmsportal.application.shared.Jsons;
import org.ddmsportal.domain.data.Indicator;
import org.ddmsportal.domain.data.Observation;
import org.ddmsportal.domain.data.ObservationStatus;
import org.ddmsportal.domain.data.SdmxDataflow;

/**
 * Writes an indicator's observations as SDMX-CSV 2.0 and as an SDMX-JSON 2.0 data message, in
 * the portal's one dataflow {@value #DATAFLOW}: dimensions INDICATOR, REF_AREA, TIME_PERIOD;
 * measure OBS_VALUE; attributes UNIT_MEASURE and OBS_STATUS (A normal/final, P provisional).
 * What the CSV writes, {@link ObservationReader} reads back. The CSV is a machine format first:
 * every field is written as it is — no spreadsheet apostrophe, which a script would read as part
 * of the value. It is opened in spreadsheets too, and nothing in it can start a formula: codes are
 * checked when stored, the unit's code never starts with "-" or "@"
 * ({@link SdmxDataflow#unitCode}), OBS_VALUE is a number.
 */
public final class SdmxWriter {

    public static final String DATAFLOW = SdmxDataflow.ID;
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
                    o.value().toPlainString(), SdmxDataflow.unitCode(indicator.getUnit()),
                    obsStatus(o.status()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The official JSON schema of the messages {@link #json} writes, pinned to the release tag
     * (the master branch no longer has the 2.0.0 folder).
     */
    public static final String JSON_SCHEMA =
            "https://raw.githubusercontent.com/sdmx-twg/sdmx-json/v2.0.0/data-message/tools/schemas/2.0.0/sdmx-json-data-schema.json";

    /** An SDMX-JSON 2.0 data message of one indicator's observations, territories named by their code, in English. */
    public static void json(Indicator indicator, List<Observation> observations, OutputStream out) {
        json(indicator, observations, Map.of(), Locale.ENGLISH, null, out);
    }

    /** The languages the portal names an indicator in, each given in {@code names}. */
    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("ru"));

    /**
     * An SDMX-JSON 2.0.0 data message of one indicator's observations, valid against the official
     * schema ({@link #JSON_SCHEMA}): every coded value has an id (SDMX IDType) and a name — a code
     * outside IDType (an indicator code with a dot) is given as a value instead —, time periods
     * as values, attributes with their relationship, the dataflow linked by URN from the
     * structure and the data set. {@code territoryNames} names REF_AREA values (the code when absent).
     * The indicator's name is given in {@code reader}'s language as {@code name} (SDMX-JSON's
     * best-language match) and in English, French and Russian as {@code names}, for the structure
     * and for its INDICATOR value; {@code meta.contentLanguages} lists the three. The dataflow's
     * links carry {@code structureUrl} as {@code href} where given: where its structure is served
     * ({@link SdmxStructure}).
     */
    public static void json(Indicator indicator, List<Observation> observations, Map<String, String> territoryNames,
                            Locale reader, String structureUrl, OutputStream out) {
        Map<String, Integer> areas = new LinkedHashMap<>();
        Map<String, Integer> periods = new LinkedHashMap<>();
        for (Observation o : observations) {
            areas.putIfAbsent(o.territory(), areas.size());
            periods.putIfAbsent(o.period(), periods.size());
        }
        String name = indicator.nameIn(reader);
        try (JsonGenerator g = Jsons.generator(out)) {
            g.writeStartObject();
            g.writeStartObject("meta")
                    .write("schema", JSON_SCHEMA)
                    .write("id", "DDMS-" + indicator.getCode().replaceAll("[^A-Za-z0-9_@$-]", "_"))
                    .write("test", false)
                    .write("prepared", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString())
                    .writeStartArray("contentLanguages").write("en").write("fr").write("ru").writeEnd()
                    .writeStartObject("sender").write("id", SdmxDataflow.AGENCY).write("name", "DDMS Portal").writeEnd()
                    .writeEnd();
            g.writeStartObject("data");
            if (observations.isEmpty()) {
                // REF_AREA and TIME_PERIOD would have no values, which the schema refuses (minItems 1)
                g.writeStartArray("structures").writeEnd().writeStartArray("dataSets").writeEnd();
                g.writeEnd().writeEnd(); // data, message
                return;
            }
            g.writeStartArray("structures").writeStartObject();
            dataflowLink(g, structureUrl);
            g.write("name", name);
            names(g, indicator);
            g.writeStartArray("dataSets").write(0).writeEnd();
            g.writeStartObject("dimensions");
            g.writeStartArray("dataSet").writeEnd().writeStartArray("series").writeEnd();
            g.writeStartArray("observation");
            g.writeStartObject().write("id", "INDICATOR").write("name", "Indicator").write("keyPosition", 0)
                    .writeStartArray("values");
            g.writeStartObject();
            if (SdmxDataflow.SDMX_ID.matcher(indicator.getCode()).matches()) {
                g.write("id", indicator.getCode());
            } else {
                g.write("value", indicator.getCode());
            }
            g.write("name", name);
            names(g, indicator);
            g.writeEnd();
            g.writeEnd().writeEnd();
            g.writeStartObject().write("id", "REF_AREA").write("name", "Reference area").write("keyPosition", 1)
                    .writeStartArray("values");
            areas.keySet().forEach(a -> codedValue(g, a, territoryNames.getOrDefault(a, a)));
            g.writeEnd().writeEnd();
            g.writeStartObject().write("id", "TIME_PERIOD").write("name", "Time period").write("keyPosition", 2)
                    .writeStartArray("roles").write("TIME_PERIOD").writeEnd().writeStartArray("values");
            periods.keySet().forEach(p -> g.writeStartObject().write("value", p).writeEnd());
            g.writeEnd().writeEnd();
            g.writeEnd().writeEnd(); // observation, dimensions
            g.writeStartObject("measures").writeStartArray("observation").writeStartObject()
                    .write("id", "OBS_VALUE").write("name", "Observation value").writeEnd().writeEnd().writeEnd();
            g.writeStartObject("attributes").writeStartArray("dataSet").writeEnd().writeStartArray("series").writeEnd()
                    .writeStartArray("observation");
            // the unit is the indicator's: it varies with the INDICATOR dimension only
            g.writeStartObject().write("id", "UNIT_MEASURE").write("name", "Unit of measure")
                    .writeStartObject("relationship").writeStartArray("dimensions").write("INDICATOR").writeEnd().writeEnd()
                    .writeStartArray("values");
            codedValue(g, SdmxDataflow.unitCode(indicator.getUnit()), indicator.getUnit());
            g.writeEnd().writeEnd();
            g.writeStartObject().write("id", "OBS_STATUS").write("name", "Observation status")
                    .writeStartObject("relationship").writeStartObject("observation").writeEnd().writeEnd()
                    .writeStartArray("values").writeStartObject().write("id", "A").write("name", "Normal value").writeEnd()
                    .writeStartObject().write("id", "P").write("name", "Provisional value").writeEnd().writeEnd().writeEnd();
            g.writeEnd().writeEnd(); // observation, attributes
            g.writeEnd().writeEnd(); // structure, structures
            g.writeStartArray("dataSets").writeStartObject().write("structure", 0).write("action", "Information");
            dataflowLink(g, structureUrl);
            g.writeStartObject("observations");
            for (Observation o : observations) {
                g.writeStartArray("0:" + areas.get(o.territory()) + ":" + periods.get(o.period()))
                        .write(o.value()).write(0).write(o.status() == ObservationStatus.PROVISIONAL ? 1 : 0).writeEnd();
            }
            g.writeEnd().writeEnd().writeEnd(); // observations, dataSet, dataSets
            g.writeEnd(); // data
            g.writeEnd();
        }
    }

    /** The dataflow by URN, and where its structure is served when known. */
    private static void dataflowLink(JsonGenerator g, String structureUrl) {
        g.writeStartArray("links").writeStartObject().write("urn", SdmxDataflow.URN).write("rel", "dataflow");
        if (structureUrl != null) {
            g.write("href", structureUrl);
        }
        g.writeEnd().writeEnd();
    }

    /** The indicator's name in each of the portal's languages, as SDMX-JSON's localised {@code names}. */
    private static void names(JsonGenerator g, Indicator indicator) {
        g.writeStartObject("names");
        LANGUAGES.forEach(l -> g.write(l.getLanguage(), indicator.nameIn(l)));
        g.writeEnd();
    }

    /** A coded value: id and name, or (an id outside SDMX IDType) the text as value, with its name. */
    private static void codedValue(JsonGenerator g, String code, String name) {
        g.writeStartObject();
        if (SdmxDataflow.SDMX_ID.matcher(code).matches()) {
            g.write("id", code);
        } else {
            g.write("value", code);
        }
        g.write("name", name).writeEnd();
    }

    static String obsStatus(ObservationStatus status) {
        return status == ObservationStatus.PROVISIONAL ? "P" : "A";
    }
}
