package org.ddmsportal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.ddmsportal.domain.agreement.AgreementCriteria;
import org.ddmsportal.domain.agreement.Confidentiality;
import org.ddmsportal.domain.communication.ActivityCriteria;
import org.ddmsportal.domain.communication.ActivityKind;
import org.ddmsportal.domain.communication.GuidelineCategory;
import org.ddmsportal.domain.communication.GuidelineCriteria;
import org.ddmsportal.domain.contact.ContactCriteria;
import org.ddmsportal.domain.data.DatasetCriteria;
import org.ddmsportal.domain.data.IndicatorCriteria;
import org.ddmsportal.domain.data.SourceKind;
import org.ddmsportal.domain.decision.DecisionCriteria;
import org.ddmsportal.domain.organisation.OrganisationCriteria;
import org.ddmsportal.domain.partnership.PartnershipCriteria;
import org.ddmsportal.domain.partnership.PartnershipHealth;
import org.ddmsportal.domain.partnership.PartnershipType;
import org.ddmsportal.domain.partnership.PipelineStage;
import org.ddmsportal.domain.pilot.PilotCriteria;
import org.ddmsportal.domain.shared.Scope;
import org.junit.jupiter.api.Test;

/**
 * A list table's column filters (text by field name) become typed criteria in one place per
 * aggregate: each name reaches its field, text is stripped and blank is no filter, a country is
 * compared upper-case, an id that is not a number matches nothing, and a filter that cannot
 * match (an unknown enum constant, a phase not a number) empties the page instead of being ignored.
 */
class CriteriaFromTableTest {

    private static final Scope ALL = Scope.all();

    @Test
    void partnershipFilters() {
        PartnershipCriteria c = PartnershipCriteria.fromTable(ALL, Map.of("title", " energy ", "country", "rs",
                "status", "PROPOSED", "type", "DATA_SHARING", "domain", "MOBILITY", "partnerType", "UTILITY",
                "organisation", "7", "unknown", "x"), "  ").orElseThrow();
        assertEquals(new PartnershipCriteria(ALL, null, "energy", "RS", "PROPOSED", PartnershipType.DATA_SHARING,
                "MOBILITY", "UTILITY", 7L, null, null), c);
        assertTrue(PartnershipCriteria.fromTable(ALL, Map.of("type", "NOPE"), null).isEmpty());
        assertEquals(-1L, PartnershipCriteria.fromTable(ALL, Map.of("organisation", "x"), null).orElseThrow()
                .organisationId());
    }

    @Test
    void pilotFilters() {
        PilotCriteria c = PilotCriteria.fromTable(ALL, Map.of("title", "t", "country", "it", "status", "S", "phase", "4",
                "city", "1", "partnership", "2", "dataset", "3"), "q").orElseThrow();
        assertEquals(new PilotCriteria(ALL, "q", "t", "IT", "S", 4, 1L, 2L, 3L, false), c);
        assertTrue(PilotCriteria.fromTable(ALL, Map.of("phase", "four"), null).isEmpty());
    }

    @Test
    void datasetFilters() {
        DatasetCriteria c = DatasetCriteria.fromTable(ALL, Map.of("title", "t", "country", "rs", "sourceKind", "SURVEY",
                "confidentiality", "PUBLIC", "provider", "1", "agreement", "2", "pilot", "3", "partnership", "4",
                "lapsed", " true "), null).orElseThrow();
        assertEquals(new DatasetCriteria(ALL, null, "t", "RS", SourceKind.SURVEY,
                Confidentiality.PUBLIC, 1L, 2L, 3L, 4L, true, false), c);
        assertFalse(DatasetCriteria.fromTable(ALL, Map.of("lapsed", "false"), null).orElseThrow().lapsed());
        assertTrue(DatasetCriteria.fromTable(ALL, Map.of("sourceKind", "NOPE"), null).isEmpty());
        assertTrue(DatasetCriteria.fromTable(ALL, Map.of("confidentiality", "NOPE"), null).isEmpty());
    }

    @Test
    void indicatorDecisionOrganisationAndContactFilters() {
        assertEquals(new IndicatorCriteria(ALL, "q", "C1", "name", "RS", "11", 1L, 2L), IndicatorCriteria.fromTable(ALL, 
                Map.of("code", "C1", "name", "name", "country", "rs", "sdgGoal", "11", "pilot", "1", "dataset", "2"), "q"));
        assertEquals(new DecisionCriteria(ALL, null, "t", "RS", 1L, 2L, 3L), DecisionCriteria.fromTable(ALL, 
                Map.of("title", "t", "country", "rs", "city", "1", "pilot", "2", "indicator", "3"), null));
        assertEquals(new OrganisationCriteria("q", "n", "c", "UTILITY", "RS"), OrganisationCriteria.fromTable(
                Map.of("name", "n", "city", "c", "type", "UTILITY", "country", "rs"), "q"));
        assertEquals(new ContactCriteria(null, "f", "e", "o", 5L, "RS"), ContactCriteria.fromTable(
                Map.of("fullName", "f", "email", "e", "organisation", "o", "organisationId", "5", "country", "rs"),
                null));
        assertNull(ContactCriteria.fromTable(Map.of("fullName", " "), null).fullName());
        assertEquals(-1L, DecisionCriteria.fromTable(ALL, Map.of("pilot", "x"), null).pilotId());
    }

    @Test
    void guidelineAndActivityFilters() {
        GuidelineCategory category = GuidelineCategory.values()[0];
        assertEquals(new GuidelineCriteria("q", "t", category, false), GuidelineCriteria.fromTable(
                Map.of("title", "t", "category", category.name(), "published", "true"), "q").orElseThrow());
        assertTrue(GuidelineCriteria.fromTable(Map.of("category", "NOPE"), null).isEmpty());

        ActivityKind kind = ActivityKind.values()[0];
        assertEquals(new ActivityCriteria(null, "t", kind, "IT", LocalDate.of(2026, 1, 2), null, true),
                ActivityCriteria.fromTable(Map.of("title", "t", "kind", kind.name(), "country", "it",
                        "from", "2026-01-02", "to", "not a date", "public", "true"), null).orElseThrow());
        assertFalse(ActivityCriteria.fromTable(Map.of(), null).orElseThrow().publicOnly());
        assertTrue(ActivityCriteria.fromTable(Map.of("kind", "NOPE"), null).isEmpty());
    }

    /** The dashboards' click-throughs arrive as table filters (web.shared.ListAddress): each is read. */
    @Test
    void dashboardClickThroughFilters() {
        PartnershipCriteria p = PartnershipCriteria.fromTable(ALL, 
                Map.of("stage", "DSA_SIGNED", "health", "AT_RISK"), null).orElseThrow();
        assertEquals(PipelineStage.DSA_SIGNED, p.stage());
        assertEquals(PartnershipHealth.Status.AT_RISK, p.health());
        assertTrue(PartnershipCriteria.fromTable(ALL, Map.of("stage", "NOPE"), null).isEmpty());
        assertTrue(PartnershipCriteria.fromTable(ALL, Map.of("health", "GREEN"), null).isEmpty());

        AgreementCriteria a = AgreementCriteria.fromTable(Scope.all(),
                Map.of("expiringWithinDays", "30", "reviewWithinDays", "60", "signed", "true"), null).orElseThrow();
        assertEquals(30, a.expiringWithinDays());
        assertEquals(60, a.reviewWithinDays());
        assertTrue(a.signed());
        assertTrue(AgreementCriteria.fromTable(Scope.all(), Map.of("expiringWithinDays", "soon"), null).isEmpty());

        assertTrue(PilotCriteria.fromTable(ALL, Map.of("overdue", "true"), null).orElseThrow().overdue());
        assertFalse(PilotCriteria.fromTable(ALL, Map.of(), null).orElseThrow().overdue());
        assertTrue(DatasetCriteria.fromTable(ALL, Map.of("uncovered", "true"), null).orElseThrow().uncovered());
    }
}
