package org.ddmsportal.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.ddmsportal.application.data.SdmxWriter;
import org.ddmsportal.application.shared.SpreadsheetText;
import org.ddmsportal.domain.data.Indicator;
import org.ddmsportal.domain.data.Observation;
import org.ddmsportal.domain.data.ObservationStatus;
import org.ddmsportal.domain.reference.Country;
import org.ddmsportal.domain.shared.LocalizedName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The rule that keeps exported cells from being read as formulas, without a container. */
class SpreadsheetTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=cmd|' /C calc'!A0", "+1+cmd", "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1",
        "=HYPERLINK(\"http://x\")", "-", "+", "=", "@", "-1.5abc", "--1"})
    void aCellThatASpreadsheetWouldTakeForAFormulaGetsAnApostrophe(String text) {
        assertEquals("'" + text, SpreadsheetText.safe(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1.5", "+3", "-2e3", "-0,75", "-.5", "42", "1.5E-3"})
    void plainNumbersStayNumbers(String number) {
        assertEquals(number, SpreadsheetText.safe(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Elektroprivreda Srbije", "a=b", "x-1", "mail@example.org", " =1", "'=1", "Град Београд", ""})
    void otherTextIsLeftAsItIs(String text) {
        assertEquals(text, SpreadsheetText.safe(text));
    }

    @Test
    void nothingStaysNothing() {
        assertNull(SpreadsheetText.safe(null));
    }

    /**
     * The SDMX-CSV is read by scripts: the unit's code is written as it is, with no apostrophe a
     * script would take for part of it; a spreadsheet still finds no formula, since the code never
     * starts with one ("-dB" is _DB).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"=cmd|_CMD", "%|PT", "-1.5|_1_5", "@x|_X", "-dB|_DB"})
    void theSdmxCsvWritesTheUnitsCodeAsItIsAndNothingStartsAFormula(String unit, String written) throws Exception {
        Country serbia = new Country("RS", "SRB", "688", new LocalizedName("Serbia", "Serbie", "Сербия"), true);
        Indicator indicator = new Indicator("CITY-X", new LocalizedName("X", "X", "X"), unit, serbia);
        StringWriter out = new StringWriter();
        CSVPrinter printer = SdmxWriter.csv(out);
        SdmxWriter.csvRow(printer, indicator, new Observation("CITY-X", "RS11", "2024", new BigDecimal("-1.5"),
                ObservationStatus.FINAL));
        printer.flush();
        List<CSVRecord> records = CSVParser.parse(out.toString(), CSVFormat.RFC4180.builder().setHeader()
                .setSkipHeaderRecord(true).get()).getRecords();
        CSVRecord row = records.get(0);
        assertEquals("CITY-X", row.get("INDICATOR"));
        assertEquals("RS11", row.get("REF_AREA"));
        assertEquals("-1.5", row.get("OBS_VALUE"));
        assertEquals(written, row.get("UNIT_MEASURE"));
        assertEquals(written, SpreadsheetText.safe(written), "nothing a spreadsheet would take for a formula");
    }
}
