package org.ddmsportal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.ddmsportal.domain.dashboard.DashboardPolicy;
import org.ddmsportal.domain.data.Periodicity;
import org.ddmsportal.domain.partnership.PartnershipHealth;
import org.ddmsportal.domain.partnership.PartnershipHealth.Facts;
import org.ddmsportal.domain.partnership.PartnershipHealth.Status;
import org.ddmsportal.domain.partnership.PipelineStage;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Role;
import org.junit.jupiter.api.Test;

/** The partnership's computed status, the pipeline's data and who sees which dashboard — without a container. */
class DashboardRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static Facts facts(String status, LocalDate end, boolean lapsed, LocalDate expiry, int daysSilent) {
        return new Facts(status, end, lapsed, expiry, TODAY.minusDays(daysSilent));
    }

    @Test
    void aRecentPartnershipWithNothingDueIsOnTrack() {
        assertEquals(Status.ON_TRACK, PartnershipHealth.of(facts("ACTIVE", TODAY.plusYears(1), false, TODAY.plusYears(1), 10), TODAY));
        assertNull(PartnershipHealth.reason(facts("ACTIVE", null, false, null, 0), TODAY));
    }

    @Test
    void offTrackRules() {
        assertEquals(Status.OFF_TRACK, PartnershipHealth.of(facts("ACTIVE", TODAY.minusDays(1), false, null, 0), TODAY), "past end");
        assertEquals(Status.OFF_TRACK, PartnershipHealth.of(facts("ACTIVE", null, true, null, 0), TODAY), "lapsed");
        assertEquals(Status.OFF_TRACK, PartnershipHealth.of(facts("PROPOSED", null, false, null, 181), TODAY), "silent");
        assertEquals("silent", PartnershipHealth.reason(facts("PROPOSED", null, false, null, 181), TODAY).key());
    }

    @Test
    void atRiskRulesAndTheirBoundaries() {
        assertEquals(Status.AT_RISK, PartnershipHealth.of(facts("SUSPENDED", null, false, null, 0), TODAY));
        assertEquals(Status.AT_RISK, PartnershipHealth.of(facts("ACTIVE", null, false, TODAY.plusDays(60), 0), TODAY), "expires on day 60");
        assertEquals(Status.ON_TRACK, PartnershipHealth.of(facts("ACTIVE", null, false, TODAY.plusDays(61), 0), TODAY), "day 61");
        assertEquals(Status.AT_RISK, PartnershipHealth.of(facts("ACTIVE", null, false, null, 91), TODAY), "quiet 91 days");
        assertEquals(Status.ON_TRACK, PartnershipHealth.of(facts("ACTIVE", null, false, null, 90), TODAY), "quiet 90 days");
        assertEquals(Status.OFF_TRACK, PartnershipHealth.of(facts("ACTIVE", null, false, null, 181), TODAY));
        assertEquals(Status.AT_RISK, PartnershipHealth.of(facts("ACTIVE", null, false, null, 180), TODAY), "180 days: still at risk");
        assertEquals(Status.AT_RISK, PartnershipHealth.of(facts("ACTIVE", TODAY, false, null, 0), TODAY), "ends today");
        assertEquals(Status.AT_RISK, PartnershipHealth.of(facts("ACTIVE", TODAY.plusDays(30), false, null, 0), TODAY));
    }

    @Test
    void offTrackWinsOverAtRisk() {
        assertEquals(Status.OFF_TRACK, PartnershipHealth.of(facts("SUSPENDED", TODAY.minusDays(3), false, null, 100), TODAY));
    }

    @Test
    void closedPartnershipsHaveNoStatus() {
        assertNull(PartnershipHealth.of(facts("CONCLUDED", TODAY.minusDays(3), true, null, 500), TODAY));
        assertNull(PartnershipHealth.of(facts("TERMINATED", null, false, null, 0), TODAY));
    }

    @Test
    void everyRuleHasAUniqueKeyASourceAndOffTrackRulesComeFirst() {
        Set<String> keys = new HashSet<>();
        boolean atRiskSeen = false;
        for (PartnershipHealth.Rule r : PartnershipHealth.RULES) {
            assertTrue(keys.add(r.key()), r.key());
            assertTrue(r.source() != null && r.status() != Status.ON_TRACK, r.key());
            atRiskSeen |= r.status() == Status.AT_RISK;
            assertFalse(atRiskSeen && r.status() == Status.OFF_TRACK, "an off-track rule after an at-risk one: " + r.key());
        }
    }

    @Test
    void everyPeriodicityButOnceHasAFreshnessWindow() {
        for (Periodicity p : Periodicity.values()) {
            assertEquals(p != Periodicity.ONCE, PipelineStage.FRESH_WITHIN_DAYS.containsKey(p.name()), p.name());
        }
        assertTrue(Arrays.stream(PipelineStage.values()).allMatch(s -> s.number() == s.ordinal() + 1));
    }

    private static Actor actor(Role role, String country) {
        return new Actor("u", "U", null, Set.of(role), country, null);
    }

    @Test
    void aManagerSeesOnlyTheirCountryAContactNothing() {
        assertEquals("RS", DashboardPolicy.nsiCountry(actor(Role.NSI_MANAGER, "RS"), null).orElseThrow().country());
        assertEquals("RS", DashboardPolicy.nsiCountry(actor(Role.NSI_MANAGER, "RS"), "rs").orElseThrow().country());
        assertTrue(DashboardPolicy.nsiCountry(actor(Role.NSI_MANAGER, "RS"), "IT").isEmpty(), "another country");
        assertTrue(DashboardPolicy.nsiCountry(actor(Role.CONTACT, "RS"), null).isEmpty(), "a partner's contact");
        assertFalse(DashboardPolicy.mayReadNsi(actor(Role.CONTACT, "RS")));
        assertNull(DashboardPolicy.nsiCountry(actor(Role.COORDINATOR, "CH"), null).orElseThrow().country(), "all");
        assertEquals("IT", DashboardPolicy.nsiCountry(actor(Role.ADMIN, null), "IT").orElseThrow().country());
        assertTrue(DashboardPolicy.mayReadCoordinator(actor(Role.COORDINATOR, "CH")));
        assertFalse(DashboardPolicy.mayReadCoordinator(actor(Role.NSI_MANAGER, "RS")));
        assertFalse(DashboardPolicy.mayReadCoordinator(actor(Role.CONTACT, "RS")));
    }
}
