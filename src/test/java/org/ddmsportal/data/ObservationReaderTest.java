package org.ddmsportal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ddmsportal.application.data.ImportCounts;
import org.ddmsportal.application.data.ImportProblem;
import org.ddmsportal.application.data.ObservationReader;
import org.ddmsportal.application.data.ObservationRow;
import org.ddmsportal.application.data.ObservationSink;
import org.ddmsportal.application.data.Utf8Reader;
import org.ddmsportal.domain.data.ObservationStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The observation file reader on its own: layouts, every kind of problem, where it is reported. */
class ObservationReaderTest {

    private static final Map<String, ObservationReader.Target> INDICATORS = Map.of(
            "POP", new ObservationReader.Target(1L, "POP", "persons"),
            "PT.ACCESS", new ObservationReader.Target(2L, "PT.ACCESS", "%"));
    private static final String SDMX_HEAD = "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,TIME_PERIOD,OBS_VALUE\n";
    private static final String ROW = "dataflow,DDMS:DF_LOCAL_INDICATORS(1.0),";

    /** A store in memory, counting like the JDBC writer: what was there before decides. */
    private final Map<String, ObservationRow> store = new HashMap<>();
    private final List<ObservationRow> written = new ArrayList<>();
    private final ObservationSink sink = new ObservationSink() {
        long inserted;
        long updated;
        long deleted;
        long unchanged;

        @Override
        public void accept(ObservationRow row) {
            written.add(row);
            ObservationRow before = store.get(row.key());
            if (row.delete()) {
                if (store.remove(row.key()) == null) {
                    unchanged++;
                } else {
                    deleted++;
                }
            } else if (before == null) {
                inserted++;
                store.put(row.key(), row);
            } else if (before.value().compareTo(row.value()) == 0 && before.status() == row.status()) {
                unchanged++;
            } else {
                updated++;
                store.put(row.key(), row);
            }
        }

        @Override
        public ImportCounts finish() {
            ImportCounts counts = new ImportCounts(inserted, updated, deleted, unchanged);
            inserted = 0;
            updated = 0;
            deleted = 0;
            unchanged = 0;
            return counts;
        }
    };

    private ObservationReader.Result read(String file, String defaultIndicator) {
        return read(new StringReader(file), defaultIndicator);
    }

    private ObservationReader.Result read(Reader file, String defaultIndicator) {
        return new ObservationReader(code -> Optional.ofNullable(INDICATORS.get(code)), defaultIndicator,
                t -> Set.of("RS11", "RS12", "RS13", "RS").contains(t)).read(file, sink);
    }

    private static String firstKey(ObservationReader.Result r) {
        return r.problems().isEmpty() ? "(none)" : r.problems().get(0).key();
    }

    @Test
    void filesThatAreNotCsvAreRefusedWithAReasonNeverAnException() throws Exception {
        // an unterminated quote: the line and a translated reason, no parser class name
        var quote = read("territory,period,value\nRS11,2024,1.5\n\"RS12,2024,2.5\n", "POP");
        assertFalse(quote.valid());
        assertEquals("import.malformed", firstKey(quote));
        assertFalse(quote.problems().get(0).toString().contains("Exception"), quote.problems().toString());
        // gzip and other binary data read as text: not UTF-8
        byte[] gzip;
        try (var out = new java.io.ByteArrayOutputStream(); var zip = new java.util.zip.GZIPOutputStream(out)) {
            zip.write("territory,period,value\nRS11,2024,1.5\n".repeat(50).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.finish();
            gzip = out.toByteArray();
        }
        var binary = read(new java.io.InputStreamReader(new java.io.ByteArrayInputStream(gzip),
                java.nio.charset.StandardCharsets.UTF_8.newDecoder()), "POP");
        assertFalse(binary.valid());
        assertEquals("import.encoding", firstKey(binary));
        // 20,000 columns: refused for what they lack, promptly
        String wide = "territory,period,value," + "x,".repeat(19_997) + "y\nRS11,2024,1.5" + ",".repeat(19_998) + "\n";
        var many = read(wide, "POP");
        assertTrue(many.problems().size() + many.written() > 0);
    }

    @Test
    void plainCsvWithAnIndicatorColumn() {
        var r = read("indicator,territory,period,value,status\nPOP,RS11,2024,1681000,final\n"
                + "PT.ACCESS,RS11,2024-Q3,78.2,provisional\nPOP,RS12,2024-03,534813,\n", null);
        assertTrue(r.valid(), () -> r.problems().toString());
        assertEquals(ObservationReader.Layout.CSV, r.layout());
        assertEquals(3, r.written());
        assertEquals(new ObservationRow(3, 2, "PT.ACCESS", "RS11", "2024-Q3", new BigDecimal("78.2"), ObservationStatus.PROVISIONAL, false),
                written.get(1));
        assertEquals(ObservationStatus.FINAL, written.get(2).status(), "no status means final");
        assertTrue(r.multiIndicator(), "the preview shows the indicator column");
    }

    @Test
    void sdmxCsvInTheOfficialLayoutWithLabelsSemicolonsAndActions() {
        var r = read("\uFEFFSTRUCTURE;STRUCTURE_ID;STRUCTURE_NAME;ACTION;REF_AREA;TIME_PERIOD;OBS_VALUE;UNIT_MEASURE;OBS_STATUS;CONF_STATUS\n"
                + "dataflow;DDMS:DF_LOCAL_INDICATORS(1.0);Local indicators;I;RS11: Belgrade;2024;78.2;PT;A;F\n"
                + "dataflow;DDMS:DF_LOCAL_INDICATORS(1.0);Local indicators;R;RS12;2024;71;%;P;C\n"
                + "dataflow;DDMS:DF_LOCAL_INDICATORS(1.0);Local indicators;D;RS13;2023;;;;\n", "PT.ACCESS");
        assertTrue(r.valid(), () -> r.problems().toString());
        assertEquals(ObservationReader.Layout.SDMX_CSV, r.layout());
        assertEquals("RS11", written.get(0).territory(), "the code of a 'code: label' value");
        assertEquals(ObservationStatus.CONFIDENTIAL, written.get(1).status());
        assertTrue(written.get(2).delete());
        assertEquals(2L, written.get(0).indicatorId());
    }

    // --- time periods ------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"2024", "2024-03", "2024-02-29", "2024-03-31", "2024-Q1", "2024-S2", "2024-W05", "2020-W53",
        "2026-W53", "2024-M03", "2024-A1", "2024-T1", "2024-T3", "2024-D075", "2024-D366", "2023-D365",
        "2024-03-15T10:00:00", "2024-03-15T10:00:00Z", "2024-03-15T10:00:00.5+01:00", "2024-01-01/P1Y",
        "2024-01-01T00:00:00/P3M", "2024-01-01/P1DT12H", "2024-01-01/P2W"})
    void everySdmxTimePeriodFormIsAccepted(String period) {
        var r = read(SDMX_HEAD + ROW + "I,RS11," + period + ",1\n", "POP");
        assertTrue(r.valid(), () -> period + ": " + r.problems());
        assertEquals(period, written.get(0).period());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-30", "2023-02-29", "2024-04-31", "2023-W53", "2024-W54", "2024-W00", "2023-D366",
        "2024-D000", "2024-T4", "2024-Q5", "2024-S3", "2024-M13", "2024-13", "24", "2024-3", "2024-03-15T24:00:00",
        "2024-03-15T10:00", "2024-01-01/", "2024-01-01/P", "2024-01-01/1Y", "2024-02-30/P1Y", " 2024", "2024 "})
    void impossibleOrMalformedPeriodsAreRefused(String period) {
        var r = read(SDMX_HEAD + ROW + "I,RS11," + period + ",1\n", "POP");
        assertEquals(List.of(new ImportProblem(2, "TIME_PERIOD", "import.period", period)), r.problems(), period);
    }

    // --- header forms ------------------------------------------------------------------------

    @Test
    void labelsBothInTheHeaderAndInTheValues() {
        var r = read("STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA: Reference area,TIME_PERIOD: Time period,"
                + "OBS_VALUE: Observation value,OBS_STATUS: Observation status\n"
                + "dataflow,DDMS:DF_LOCAL_INDICATORS(1.0): Local indicators,M,RS11: Belgrade,2024,12.5,A: Normal value\n", "POP");
        assertTrue(r.valid(), () -> r.problems().toString());
        assertEquals(new BigDecimal("12.5"), written.get(0).value());
    }

    @Test
    void labelsNameAddsNameColumnsThatAreIgnored() {
        // field guide example 6: a name column after each component column, STRUCTURE_NAME after STRUCTURE_ID
        var r = read("STRUCTURE,STRUCTURE_ID,STRUCTURE_NAME,ACTION,REF_AREA,Reference area,TIME_PERIOD,Time period,"
                + "OBS_VALUE,Observation value,OBS_STATUS,Observation status\n"
                + "dataflow,DDMS:DF_LOCAL_INDICATORS(1.0),Local indicators,M,RS11,Belgrade,2024,2024,12.5,,A,Normal value\n", "POP");
        assertTrue(r.valid(), () -> r.problems().toString());
        assertEquals("RS11", written.get(0).territory());
    }

    @Test
    void theDelimiterIsTheCharacterAfterStructureAndItsBracketTerm() {
        // STRUCTURE[;] names the sub-field separator; the column delimiter is what follows: a comma here
        var comma = read("STRUCTURE[;],STRUCTURE_ID,ACTION,REF_AREA,TIME_PERIOD,OBS_VALUE\n" + ROW + "M,RS11,2024,1\n", "POP");
        assertTrue(comma.valid(), () -> comma.problems().toString());
        // field guide example 4: STRUCTURE[|]; — a semicolon file
        var semicolon = read("STRUCTURE[|];STRUCTURE_ID;ACTION;REF_AREA;TIME_PERIOD;OBS_VALUE\n"
                + "dataflow;DDMS:DF_LOCAL_INDICATORS(1.0);M;RS11;2024;2\n", "POP");
        assertTrue(semicolon.valid(), () -> semicolon.problems().toString());
        assertEquals(2, written.size());
    }

    @Test
    void quotedHeaderLabelsWithCommasDoNotChangeTheDelimiter() {
        var r = read("territory;period;value;\"note, with, many, commas, here\"\nRS11;2024;3;x\n", "POP");
        assertTrue(r.valid(), () -> r.problems().toString());
        var sdmx = read("STRUCTURE,STRUCTURE_ID,ACTION,\"REF_AREA: Area, city or region\",TIME_PERIOD,\"OBS_VALUE: Value, in persons\"\n"
                + ROW + "M,RS11,2024,4\n", "POP");
        assertTrue(sdmx.valid(), () -> sdmx.problems().toString());
        var plain = read("\"territory, city\",period,value\nRS11,2024,5\n", "POP");
        assertEquals("import.missingColumn", firstKey(plain), "'territory, city' is not 'territory'");
    }

    // --- structure ---------------------------------------------------------------------------

    @Test
    void foreignGarbageAndEmptyStructureIdsAreRefused() {
        var r = read(SDMX_HEAD + "dataflow,ESTAT:NA_MAIN(1.6.0),I,RS11,2024,1\n"
                + "dataflow,garbage,I,RS11,2025,1\n"
                + "dataflow,,I,RS11,2026,1\n"
                + "datastructure,DDMS:DF_LOCAL_INDICATORS(1.0),I,RS11,2027,1\n", "POP");
        assertEquals(List.of(
                new ImportProblem(2, "STRUCTURE_ID", "import.structureId", "ESTAT:NA_MAIN(1.6.0)", "DDMS:DF_LOCAL_INDICATORS(1.0)"),
                new ImportProblem(3, "STRUCTURE_ID", "import.structureId", "garbage", "DDMS:DF_LOCAL_INDICATORS(1.0)"),
                new ImportProblem(4, "STRUCTURE_ID", "import.structureIdMissing", "", "DDMS:DF_LOCAL_INDICATORS(1.0)"),
                new ImportProblem(5, "STRUCTURE", "import.structure", "datastructure")), r.problems());
        assertTrue(read(SDMX_HEAD.replace("STRUCTURE_ID,", "") + "dataflow,I,RS11,2024,1\n", "POP").problems()
                .contains(new ImportProblem(1, "STRUCTURE_ID", "import.missingColumn", "STRUCTURE_ID")));
        assertTrue(read(SDMX_HEAD + "dataflow,DDMS:DF_LOCAL_INDICATORS(1.0.0),I,RS11,2024,1\n", "POP").valid(),
                "SDMX 3.0's three-part version names the same dataflow");
    }

    @Test
    void anUploadOnOneIndicatorsPageImportsOnlyThatIndicator() {
        String file = "indicator,territory,period,value\nPOP,RS11,2024,1\nPT.ACCESS,RS11,2024,2\n";
        var onPage = read(file, "POP");
        assertEquals(List.of(new ImportProblem(3, "indicator", "import.otherIndicator", "PT.ACCESS", "POP")), onPage.problems());
        written.clear();
        assertTrue(read(file, null).valid(), "a multi-indicator import takes both");
        assertEquals(List.of("POP", "PT.ACCESS"), written.stream().map(ObservationRow::indicatorCode).toList());
    }

    // --- deletions and attribute-only files ---------------------------------------------------

    @Test
    void deletesByFullKeyWithOrWithoutTheDashMarkerAndFilesWithoutObsValue() {
        var r = read(SDMX_HEAD + ROW + "D,RS11,2023,-\n" + ROW + "D,RS12,2023,\n", "POP");
        assertTrue(r.valid(), () -> r.problems().toString());
        assertTrue(written.stream().allMatch(ObservationRow::delete));
        var noValueColumn = read("STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,TIME_PERIOD\n" + ROW + "D,RS11,2024\n", "POP");
        assertTrue(noValueColumn.valid(), "deleting whole observations needs no OBS_VALUE column");
    }

    @Test
    void unsupportedDeletesAndAttributeOnlyUpdatesAreRefusedSayingWhatIsSupported() {
        var r = read("STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS\n"
                + ROW + "D,,2024,-,\n"          // wildcard territory
                + ROW + "D,RS11,,-,\n"          // wildcard period
                + ROW + "D,RS11,2024,,-\n"      // deleting the status attribute alone
                + ROW + "M,RS11,2024,,P\n", "POP"); // merging an attribute alone
        assertEquals(List.of("import.deleteWildcard", "import.deleteWildcard", "import.deleteAttribute", "import.valueMissing"),
                r.problems().stream().map(ImportProblem::key).toList());
        var attributesOnly = read("STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,TIME_PERIOD,OBS_STATUS\n" + ROW + "M,RS11,2024,P\n", "POP");
        assertEquals(List.of(new ImportProblem(2, "", "import.noValueColumn", "")), attributesOnly.problems());
    }

    // --- units -------------------------------------------------------------------------------

    @Test
    void unitMultIsAppliedAndAForeignUnitIsRefused() {
        var r = read("STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT\n"
                + ROW + "M,RS11,2024,1.5,persons,3\n"
                + ROW + "M,RS12,2024,7,,0: Units\n"
                + ROW + "M,RS13,2024,7,,\n", "POP");
        assertTrue(r.valid(), () -> r.problems().toString());
        assertEquals(0, new BigDecimal("1500").compareTo(written.get(0).value()), "UNIT_MULT 3: thousands");
        assertEquals(0, new BigDecimal("7").compareTo(written.get(1).value()));
        var wrong = read("STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT\n"
                + ROW + "M,RS11,2024,1,KWH,\n"
                + ROW + "M,RS12,2024,1,,three\n", "POP");
        assertEquals(List.of(new ImportProblem(2, "UNIT_MEASURE", "import.unit", "KWH", "persons (PERSONS)"),
                new ImportProblem(3, "UNIT_MULT", "import.unitMult", "three")), wrong.problems());
        assertTrue(read(SDMX_HEAD.replace("\n", ",UNIT_MEASURE\n") + ROW + "M,RS11,2024,50,PT: Percent\n", "PT.ACCESS").valid(),
                "% is written PT (SDMX CL_UNIT)");
    }

    // --- counts ------------------------------------------------------------------------------

    @Test
    void countsSayWhatWasInsertedUpdatedDeletedAndUnchanged() {
        var first = read(SDMX_HEAD + ROW + "M,RS11,2023,1\n" + ROW + "M,RS11,2024,2\n" + ROW + "M,RS12,2024,3\n", "POP");
        assertEquals(new ImportCounts(3, 0, 0, 0), first.counts());
        var second = read(SDMX_HEAD + ROW + "M,RS11,2023,1\n" + ROW + "M,RS11,2024,2.5\n" + ROW + "D,RS12,2024,\n"
                + ROW + "D,RS13,2024,\n" + ROW + "M,RS13,2025,9\n", "POP");
        assertEquals(new ImportCounts(1, 1, 1, 2), second.counts(), "deleting an absent key changes nothing");
        assertEquals(3, second.written());
    }

    @Test
    void aKeyGivenTwiceIsRefusedNamingTheFirstLine() {
        var r = read("territory,period,value\nRS11,2024,1\nRS12,2024,2\nRS11,2024,3\n", "POP");
        assertEquals(List.of(new ImportProblem(4, "period", "import.duplicate", "POP RS11 2024", "2")), r.problems());
        assertEquals(0, r.written());
    }

    // --- encoding, fields, numbers, lines ----------------------------------------------------

    @Test
    void aFileInAnotherEncodingIsReportedNotThrown() {
        byte[] cp1250 = "territory,period,value\nRS11,2024,1\nRS12,2024,2\nŁódź,2024,3\n".getBytes(Charset.forName("windows-1250"));
        var r = read(new Utf8Reader(new ByteArrayInputStream(cp1250)), "POP");
        assertFalse(r.valid());
        assertEquals(List.of(new ImportProblem(4, "", "import.encoding", "")), r.problems());
        byte[] header = "territ\u00f6ry,period,value\n".getBytes(Charset.forName("windows-1250"));
        assertEquals("import.encoding", firstKey(read(new Utf8Reader(new ByteArrayInputStream(header)), "POP")));
        // the JDK's own strict decoder fails earlier than the bad line, but is still a message, not an exception
        assertEquals("import.encoding", firstKey(read(new InputStreamReader(new ByteArrayInputStream(cp1250),
                StandardCharsets.UTF_8.newDecoder()), "POP")));
    }

    @Test
    void fieldsAreNotTrimmedAndDecimalsHaveOneRule() {
        var spaces = read("territory,period,value\n RS11,2024,1\nRS11,2024, 1\n", "POP");
        assertEquals(List.of(new ImportProblem(2, "territory", "import.territory", " RS11"),
                new ImportProblem(3, "value", "import.value", " 1")), spaces.problems());
        var semicolons = read("territory;period;value\nRS11;2024;1.234\nRS12;2024;12,4\nRS13;2024;1 234\n", "POP");
        assertEquals(List.of(new ImportProblem(3, "value", "import.value", "12,4"),
                new ImportProblem(4, "value", "import.value", "1 234")), semicolons.problems());
    }

    /** DECIMAL(20,6) keeps 6 decimals: a value with more is stored rounded, and the import says so once, with what is kept. */
    @Test
    void moreThanSixDecimalsAreRoundedAndWarnedOnce() {
        var r = read("territory,period,value\nRS11,2024,1.5\nRS11,2025,0.0000001\nRS12,2024,3.14159265\nRS13,2024,2.5000000\n", "POP");
        assertTrue(r.valid());
        assertEquals(List.of(new ImportProblem(3, "value", "import.rounded", "0.0000001", "0")), r.warnings());
        assertEquals(4, r.written());
        assertEquals(List.of("1.5", "0.000000", "3.141593", "2.500000"),
                r.preview().stream().map(row -> row.value().toPlainString()).toList(), "what is stored");
        // with UNIT_MULT the warning gives the value the multiplier made, which has the decimals
        var multiplied = read("STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT\n"
                + ROW + "I,RS11,2024,1.2345,,-3\n", "POP");
        assertEquals(List.of(new ImportProblem(2, "OBS_VALUE", "import.rounded", "0.0012345", "0.001234")),
                multiplied.warnings(), "half to even");
        var none = read("territory,period,value\nRS11,2024,2.5000000\nRS12,2024,1E+3\n", "POP");
        assertEquals(List.of(), none.warnings(), "trailing zeros and exponents lose nothing");
    }

    /** A territory code starting with "-" or "@" is refused: a spreadsheet opening the SDMX-CSV would run it. */
    @Test
    void aTerritoryCodeNeverStartsAFormula() {
        var r = read("territory,period,value\n-A1,2024,1\n@A1,2024,1\n_A1,2024,1\n", "POP");
        assertEquals(List.of(new ImportProblem(2, "territory", "import.territory", "-A1"),
                new ImportProblem(3, "territory", "import.territory", "@A1")), r.problems());
    }

    @Test
    void aRecordOverSeveralLinesIsReportedAtItsFirstLine() {
        var r = read("territory,period,value,status\nRS11,2024,1,\"final\nand more\"\nRS12,2024,x,final\n", "POP");
        assertEquals(List.of(new ImportProblem(2, "status", "import.status", "final\nand more"),
                new ImportProblem(4, "value", "import.value", "x")), r.problems());
    }

    @Test
    void unknownTerritoriesAreWarnedOnceAndStillImported() {
        var r = read("territory,period,value\nZZ99,2024,1\nZZ99,2025,1\nRS11,2024,1\n", "POP");
        assertTrue(r.valid());
        assertEquals(List.of(new ImportProblem(2, "territory", "import.unknownTerritory", "ZZ99")), r.warnings());
        assertEquals(3, r.written());
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
                new ImportProblem(8, "", "import.columnCount", "3", "5"),
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
                + "table,DDMS:DF_LOCAL_INDICATORS(1.0),I,RS11,2024,1\n", "POP").problems().get(0).key());
        assertEquals("import.malformed", read("territory,period,value\n\"RS11,2024,1\n", "POP").problems().get(0).key());
    }
}
