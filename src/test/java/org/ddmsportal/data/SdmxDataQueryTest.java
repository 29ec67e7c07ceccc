package org.ddmsportal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ddmsportal.domain.data.Observation;
import org.ddmsportal.domain.data.SdmxDataQuery;
import org.ddmsportal.domain.data.SdmxDataflow;
import org.ddmsportal.domain.data.SdmxTimePeriod;
import org.ddmsportal.domain.data.SdmxTimePeriod.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a statistician's script may ask of an indicator's SDMX data: the days each SDMX period
 * covers (SDMX Technical Notes 4.2, the reporting year starting on 1 January), the window
 * startPeriod–endPeriod (SDMX REST: inclusive), and the parameters refused rather than ignored.
 */
class SdmxDataQueryTest {

    @ParameterizedTest
    @CsvSource({
        "2024, 2024-01-01, 2024-12-31",
        "2024Z, 2024-01-01, 2024-12-31",
        "2024-A1, 2024-01-01, 2024-12-31",
        "2024-02, 2024-02-01, 2024-02-29",
        "2023-M02, 2023-02-01, 2023-02-28",
        "2024-03-31, 2024-03-31, 2024-03-31",
        "2024-03-15T10:00:00+01:00, 2024-03-15, 2024-03-15",
        "2024-S2, 2024-07-01, 2024-12-31",
        "2024-T2, 2024-05-01, 2024-08-31",
        "2024-Q1, 2024-01-01, 2024-03-31",
        "2024-Q4, 2024-10-01, 2024-12-31",
        // ISO weeks: 2020-W53 ends in 2021; 2021-W01 starts on 4 January
        "2020-W53, 2020-12-28, 2021-01-03",
        "2021-W01, 2021-01-04, 2021-01-10",
        "2024-D366, 2024-12-31, 2024-12-31",
        "2024-01-01/P1Y, 2024-01-01, 2024-12-31",
        "2024-03-01/P2M1W, 2024-03-01, 2024-05-07",
        "2024-03-01T08:00:00/PT4H, 2024-03-01, 2024-03-01",
        "2024-01-01T12:00:00/P1D, 2024-01-01, 2024-01-02",
        "2024-01-01/PT48H, 2024-01-01, 2024-01-02",
        "2024-01-01T00:00:00Z/PT36H30M, 2024-01-01, 2024-01-02",
        // a duration past the calendar's end runs to its last day (it threw, a 500 or a cut CSV)
        "2024-01-01/P9999999999Y, 2024-01-01, +999999999-12-31",
        "2024-01-01/P99999999999999999999Y, 2024-01-01, +999999999-12-31",
        "2024-01-01/PT99999999999999999999H, 2024-01-01, +999999999-12-31",
    })
    void eachPeriodCoversItsDays(String period, LocalDate start, LocalDate end) {
        assertEquals(Optional.of(new Range(start, end)), SdmxTimePeriod.range(period), period);
    }

    @Test
    void whatIsNoPeriodHasNoDays() {
        for (String text : List.of("2024-13", "2023-W53", "2023-D366", "2024-02-30", "garbage", "")) {
            assertTrue(SdmxTimePeriod.range(text).isEmpty(), text);
        }
    }

    @Test
    void aWindowKeepsThePeriodsThatShareADayWithIt() {
        SdmxDataQuery from2023 = new SdmxDataQuery(SdmxDataQuery.start("2023").orElseThrow(), LocalDate.MAX);
        assertTrue(from2023.includes("2023"));
        assertTrue(from2023.includes("2023-Q4"));
        assertTrue(from2023.includes("2024-M01"));
        assertFalse(from2023.includes("2022"));
        assertFalse(from2023.includes("2022-12-31"));
        // a year overlapping the window's first quarter is kept, as a month of it is
        SdmxDataQuery toQ1 = new SdmxDataQuery(LocalDate.MIN, SdmxDataQuery.end("2023-Q1").orElseThrow());
        assertTrue(toQ1.includes("2023"));
        assertTrue(toQ1.includes("2023-03"));
        assertFalse(toQ1.includes("2023-04"));
        assertFalse(toQ1.includes("not a period"));
        assertTrue(SdmxDataQuery.ALL.includes("anything"), "no window: every row, unread");
    }

    @Test
    void parametersNotAppliedAreNamedNotIgnored() {
        assertEquals(Optional.empty(), SdmxDataQuery.notApplied(List.of("startPeriod", "endPeriod", "_")));
        assertEquals(Optional.of("lastNObservations"), SdmxDataQuery.notApplied(List.of("startPeriod", "lastNObservations")));
        assertEquals(Optional.of("c[REF_AREA]"), SdmxDataQuery.notApplied(List.of("c[REF_AREA]")));
        assertEquals(Optional.of("DETAIL"), SdmxDataQuery.notApplied(List.of("DETAIL")));
        // SDMX names are case-sensitive: a script writing startperiod would otherwise get every period
        assertEquals(Optional.of("startperiod"), SdmxDataQuery.notApplied(List.of("startperiod")));
        assertEquals(Optional.of("dimensionAtObservation"), SdmxDataQuery.notApplied(List.of("dimensionAtObservation")));
    }

    @Test
    void aUnitCodeNeverStartsAFormulaSoTheCsvHoldsItAsItIs() {
        assertEquals("_DB", SdmxDataflow.unitCode("-dB"));
        assertEquals("_X", SdmxDataflow.unitCode("@x"));
        assertEquals("KWH", SdmxDataflow.unitCode("kWh"));
        assertEquals("PT", SdmxDataflow.unitCode("%"));
        assertEquals("A-B", SdmxDataflow.unitCode("a-b"));
        assertTrue(SdmxDataflow.sameUnit("_DB", "-dB"), "the portal's own file is read back");
    }

    @Test
    void valuesAreWrittenWithoutAnExponent() {
        assertEquals("1710", Observation.canonical(new BigDecimal("1710.000000")).toString());
        assertEquals("90", Observation.canonical(new BigDecimal("90.000000")).toString());
        assertEquals("10000000000", Observation.canonical(new BigDecimal("10000000000.000000")).toString());
        assertEquals("0.5", Observation.canonical(new BigDecimal("0.500000")).toString());
        assertEquals("0.000001", Observation.canonical(new BigDecimal("0.000001")).toString());
        assertEquals("-5", Observation.canonical(new BigDecimal("-5.000000")).toString());
        assertEquals("0", Observation.canonical(new BigDecimal("0.000000")).toString());
    }
}
