package org.ddmsportal.application.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.ddmsportal.domain.audit.AuditAction;
import org.ddmsportal.domain.audit.AuditEntry;
import org.ddmsportal.domain.audit.AuditRepository;
import org.ddmsportal.domain.audit.FieldChange;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.domain.reference.Country;
import org.ddmsportal.domain.reference.OrganisationType;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.GeneratedIdEntity;
import org.ddmsportal.domain.shared.LocalizedName;
import org.ddmsportal.domain.shared.Role;
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
        assertEquals(List.of(new FieldChange("title", "Heat", "Heat 2"), FieldChange.withheld("partnerships", false, true)),
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

    /** A contact reads their city's pilot: its own entries' links are withheld, a part's entry is as stored. */
    @Test
    void theHistoryWithholdsTheRecordsOwnLinksFromAContactAndLeavesItsPartsEntries() throws Exception {
        Country serbia = new Country("RS", "SRB", "688", new LocalizedName("Serbia", "Serbie", "Сербия"), true);
        OrganisationType city = new OrganisationType("MUNICIPALITY", new LocalizedName("City", "Ville", "Город"), 2);
        Pilot pilot = new Pilot("Heat", new Organisation("RS-BEG", "Belgrade", city, serbia),
                new Organisation("RS-SORS", "SORS", city, serbia), "RUNNING");
        Field id = GeneratedIdEntity.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(pilot, 7L);
        AuditEntry own = entry("[{\"field\":\"partnerships\",\"before\":null,\"after\":\"NSI internal\"}]");
        AuditEntry part = new AuditEntry(Instant.parse("2026-12-06T09:00:00Z"), "manager.rs", "Stakeholder", 3L, "Mayor",
                AuditAction.CREATE, "[{\"field\":\"partnerships\",\"before\":null,\"after\":\"kept\"}]").ownedBy("Pilot", 7L);
        AuditService service = new AuditService();
        service.repository = (AuditRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {AuditRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("history")) {
                        assertEquals(List.of("Pilot", 7L), List.of(args));
                        return List.of(own, part);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        Actor contact = new Actor("c", "C", "c@beg.rs", Set.of(Role.CONTACT), "RS", "RS-BEG");
        List<AuditEntry> shown = service.history(contact, pilot);
        assertEquals(List.of(FieldChange.withheld("partnerships", false, true)), AuditService.changesOf(shown.get(0)),
                "a creation: nothing before, a value withheld after");
        assertEquals(own.getEntityLabel(), shown.get(0).getEntityLabel());
        assertSame(part, shown.get(1), "a part's entry names its own fields");
        Actor manager = new Actor("m", "M", null, Set.of(Role.NSI_MANAGER), "RS", null);
        assertEquals(List.of(own, part), service.history(manager, pilot), "the NSI reads them as stored");
    }
}
