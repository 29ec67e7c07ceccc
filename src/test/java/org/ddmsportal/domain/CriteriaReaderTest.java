package org.ddmsportal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ddmsportal.domain.data.DatasetCriteria;
import org.ddmsportal.domain.data.SourceKind;
import org.ddmsportal.domain.agreement.AgreementCriteria;
import org.ddmsportal.domain.partnership.PartnershipCriteria;
import org.ddmsportal.domain.pilot.PilotCriteria;
import org.ddmsportal.domain.shared.CriteriaReader;
import org.ddmsportal.domain.shared.CriteriaReader.Problem;
import org.ddmsportal.domain.shared.CriteriaReader.Reason;
import org.ddmsportal.domain.shared.CriteriaReader.Reading;
import org.junit.jupiter.api.Test;

/**
 * The one reader of a list's address: each readable type of a criteria component, malformed values
 * and unknown names left out and reported (never an exception), the scope never read.
 */
class CriteriaReaderTest {

    enum Colour { RED, GREEN }

    /** Every readable type, and one that is not (a list). */
    record Sample(String text, Long id, Integer phase, boolean lapsed, Boolean flag, LocalDate from, Colour colour,
                  List<String> notReadable) {
    }

    private static Reading read(Class<? extends Record> type, String... pairs) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.put(pairs[i], pairs[i + 1]);
        }
        return CriteriaReader.read(type, params, Set.of("sort"));
    }

    @Test
    void readsEachTypeOfComponent() {
        Reading r = read(Sample.class, "text", " Belgrade ", "id", "42", "phase", "4", "lapsed", "true",
                "flag", "FALSE", "from", "2026-03-01", "colour", "GREEN");
        assertEquals(Map.of("text", "Belgrade", "id", 42L, "phase", 4, "lapsed", true, "flag", false,
                "from", LocalDate.of(2026, 3, 1), "colour", Colour.GREEN), r.values());
        assertTrue(r.problems().isEmpty());
    }

    @Test
    void malformedValuesAreLeftOutAndReported() {
        Reading r = read(Sample.class, "id", "4x", "phase", "9999999999", "lapsed", "yes", "from", "2026-02-30",
                "colour", "green", "text", "ok");
        assertEquals(Map.of("text", "ok"), r.values());
        assertEquals(List.of(new Problem("id", "4x", Reason.MALFORMED), new Problem("phase", "9999999999", Reason.MALFORMED),
                new Problem("lapsed", "yes", Reason.MALFORMED), new Problem("from", "2026-02-30", Reason.MALFORMED),
                new Problem("colour", "green", Reason.MALFORMED)), r.problems());
    }

    @Test
    void unknownNamesAndUnreadableComponentsAreReportedIgnoredNamesAreNot() {
        Reading r = read(Sample.class, "nope", "1", "notReadable", "a", "sort", "-title", "text", "");
        assertTrue(r.values().isEmpty(), "a blank value is no filter");
        assertEquals(List.of(new Problem("nope", "1", Reason.UNKNOWN), new Problem("notReadable", "a", Reason.UNKNOWN)),
                r.problems());
    }

    @Test
    void theScopeIsNeverReadFromAnAddress() {
        Reading r = read(AgreementCriteria.class, "scope", "ALL", "status", "SIGNED");
        assertEquals(Map.of("status", "SIGNED"), r.values());
        assertEquals(List.of(new Problem("scope", "ALL", Reason.UNKNOWN)), r.problems());
        assertTrue(!CriteriaReader.readableNames(AgreementCriteria.class).contains("scope"));
    }

    @Test
    void theListsCriteriaAreReadByTheirComponentNames() {
        assertEquals(Map.of("country", "RS", "status", "ACTIVE"),
                read(PartnershipCriteria.class, "country", "RS", "status", "ACTIVE").values());
        assertEquals(Map.of("phase", 4, "cityId", 7L), read(PilotCriteria.class, "phase", "4", "cityId", "7").values());
        assertEquals(Map.of("lapsed", true, "sourceKind", SourceKind.values()[0]),
                read(DatasetCriteria.class, "lapsed", "true", "sourceKind", SourceKind.values()[0].name()).values());
    }

    @Test
    void formatIsTheInverseOfReading() {
        assertEquals("GREEN", CriteriaReader.format(Colour.GREEN));
        assertEquals("2026-03-01", CriteriaReader.format(LocalDate.of(2026, 3, 1)));
        assertEquals("4", CriteriaReader.format(4));
    }
}
