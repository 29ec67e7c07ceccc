package org.ddmsportal.domain.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StorableDateTest {

    private final StorableDate.Check check = new StorableDate.Check();

    @Test
    void theDatesADateColumnHolds() {
        assertTrue(check.isValid(null, null), "no date is not this rule's business");
        assertTrue(check.isValid(LocalDate.of(1000, 1, 1), null));
        assertTrue(check.isValid(LocalDate.of(2026, 12, 5), null));
        assertTrue(check.isValid(LocalDate.of(9999, 12, 31), null));
    }

    @Test
    void aYearOfFiveDigitsOrTypedInTwoIsRefused() {
        // "+10000-01-01" reached MariaDB and came back as a 500; "0026" is 2026 typed short
        assertFalse(check.isValid(LocalDate.of(10000, 1, 1), null));
        assertFalse(check.isValid(LocalDate.MAX, null));
        assertFalse(check.isValid(LocalDate.of(26, 3, 1), null));
        assertFalse(check.isValid(LocalDate.of(999, 12, 31), null));
    }
}
