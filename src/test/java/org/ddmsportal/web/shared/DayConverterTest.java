package org.ddmsportal.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class DayConverterTest {

    @Test
    void aDayOfTheCalendarIsRead() {
        assertEquals(LocalDate.of(2024, 2, 29), DayConverter.parse("2024-02-29"));
        assertEquals(LocalDate.of(2027, 1, 15), DayConverter.parse(" 2027-01-15 "));
        assertEquals("2027-01-15", DayConverter.DAY.format(LocalDate.of(2027, 1, 15)));
    }

    /** The picker's own reading (ResolverStyle.SMART) made these the month's last day, silently. */
    @Test
    void aDayTheCalendarDoesNotHaveIsRefused() {
        for (String day : new String[] {"2026-02-30", "2023-02-29", "2026-04-31", "2025-13-45", "abc", "2026-2-3"}) {
            assertThrows(DateTimeParseException.class, () -> DayConverter.parse(day), day);
        }
    }
}
