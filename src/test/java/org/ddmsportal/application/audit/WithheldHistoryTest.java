package org.ddmsportal.application.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.ddmsportal.domain.audit.AuditAction;
import org.ddmsportal.domain.audit.AuditEntry;
import org.ddmsportal.domain.audit.FieldChange;
import org.junit.jupiter.api.Test;

/** The history as a reader restricted to an organisation is shown it ({@code HistoryPolicy}): the entries copied, not stored. */
class WithheldHistoryTest {

    private static AuditEntry entry(String changes) {
        return new AuditEntry(Instant.parse("2026-12-06T09:00:00Z"), "manager.rs", "Pilot", 7L, "Heat", AuditAction.UPDATE,
                changes).actorNamed("Ana Petrović");
    }

    @Test
    void theValuesOfAWithheldFieldAreGoneAndTheOthersKept() {
        AuditEntry stored = entry("[{\"field\":\"title\",\"before\":\"Heat\",\"after\":\"Heat 2\"},"
                + "{\"field\":\"partnerships\",\"before\":null,\"after\":\"NSI internal; City heat\"}]");
        AuditEntry shown = AuditService.withholding(stored, Set.of("partnerships", "datasets"));
        assertEquals(List.of(new FieldChange("title", "Heat", "Heat 2"), FieldChange.withheld("partnerships")),
                AuditService.changesOf(shown));
        assertEquals(false, shown.getChanges().contains("NSI internal"), shown.getChanges());
        assertEquals(stored.getWho(), shown.getWho());
        assertEquals(stored.getAt(), shown.getAt());
        assertEquals(2, AuditService.changesOf(stored).size(), "the stored entry is not changed");
        assertEquals("NSI internal; City heat", AuditService.changesOf(stored).get(1).after());
    }

    @Test
    void anEntryThatChangedNoWithheldFieldIsShownAsStored() {
        AuditEntry stored = entry("[{\"field\":\"title\",\"before\":\"Heat\",\"after\":\"Heat 2\"}]");
        assertSame(stored, AuditService.withholding(stored, Set.of("partnerships")));
    }
}
