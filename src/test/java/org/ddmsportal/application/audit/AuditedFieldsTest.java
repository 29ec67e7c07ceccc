package org.ddmsportal.application.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.ddmsportal.domain.agreement.AccessMethod;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.casestudy.CaseStudy;
import org.ddmsportal.domain.communication.Activity;
import org.ddmsportal.domain.communication.ActivityKind;
import org.ddmsportal.domain.data.Dataset;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.partnership.Resource;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.domain.reference.Country;
import org.ddmsportal.domain.reference.OrganisationType;
import org.junit.jupiter.api.Test;

/**
 * What the history learns of an audited field's values ({@link AuditService#valueClass}): the
 * field's class, its elements' for a collection, Boolean for a flag, and nothing for a snapshot
 * name that is not a field of the record, so the value is shown as stored.
 */
class AuditValueClassTest {

    @Test
    void anEnumFieldIsItsEnum() {
        assertEquals(Optional.of(ActivityKind.class), AuditService.valueClassOf(Activity.class, "kind"));
    }

    @Test
    void aSetOfEnumsOrOfRecordsIsItsElementsClass() {
        assertEquals(Optional.of(Resource.class), AuditService.valueClassOf(Partnership.class, "leadResources"));
        assertEquals(Optional.of(Country.class), AuditService.valueClassOf(Activity.class, "countries"));
    }

    @Test
    void aReferenceFieldIsItsRecordClassAndAFlagIsBoolean() {
        assertEquals(Optional.of(OrganisationType.class), AuditService.valueClassOf(Organisation.class, "type"));
        assertEquals(Optional.of(Country.class), AuditService.valueClassOf(Organisation.class, "country"));
        assertEquals(Optional.of(Boolean.class), AuditService.valueClassOf(Dataset.class, "personalData"));
    }

    @Test
    void aFieldOfAnEmbeddedValueIsFound() {
        assertEquals(Optional.of(AccessMethod.class), AuditService.valueClassOf(Agreement.class, "accessMethod"));
        assertEquals(Optional.of(Boolean.class), AuditService.valueClassOf(Agreement.class, "publicationAllowed"));
    }

    @Test
    void aWorkflowsRecordNamesItsWorkflowSoItsStatesCanBeNamed() {
        assertEquals(Optional.of(Agreement.WORKFLOW), AuditService.workflowOf(Agreement.class));
        assertEquals(Optional.of("case-study"), AuditService.workflowOf(CaseStudy.class));
        assertEquals(Optional.of(Partnership.WORKFLOW), AuditService.workflowOf(Partnership.class));
        assertEquals(Optional.of(Pilot.WORKFLOW), AuditService.workflowOf(Pilot.class));
        assertTrue(AuditService.workflowOf(Organisation.class).isEmpty());
    }

    @Test
    void aSnapshotNameThatIsNoFieldHasNoClass() {
        assertTrue(AuditService.valueClassOf(Activity.class, "public").isEmpty());
    }

    @Test
    void aFieldOfASuperclassIsFound() {
        // modifiedBy is declared by the records' common base
        assertEquals(Optional.of(String.class), AuditService.valueClassOf(Organisation.class, "modifiedBy"));
    }
}
