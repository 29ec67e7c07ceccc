package org.ddmsportal.application.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.List;
import java.util.Optional;
import org.ddmsportal.domain.agreement.AccessMethod;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.communication.Activity;
import org.ddmsportal.domain.communication.ActivityKind;
import org.ddmsportal.domain.data.Dataset;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.partnership.Resource;
import org.ddmsportal.domain.reference.Country;
import org.ddmsportal.domain.reference.OrganisationType;
import org.ddmsportal.domain.workflow.Workflowable;
import org.junit.jupiter.api.Test;

/**
 * What the history learns of an audited field's values ({@link AuditedFields#valueClass}): the
 * field's class, its elements' for a collection, Boolean for a flag, and nothing for a snapshot
 * name that is not a field of the record, so the value is shown as stored.
 */
class AuditedFieldsTest {

    @Test
    void anEnumFieldIsItsEnum() {
        assertEquals(Optional.of(ActivityKind.class), AuditedFields.valueClassOf(Activity.class, "kind"));
    }

    @Test
    void aSetOfEnumsOrOfRecordsIsItsElementsClass() {
        assertEquals(Optional.of(Resource.class), AuditedFields.valueClassOf(Partnership.class, "leadResources"));
        assertEquals(Optional.of(Country.class), AuditedFields.valueClassOf(Activity.class, "countries"));
    }

    @Test
    void aReferenceFieldIsItsRecordClassAndAFlagIsBoolean() {
        assertEquals(Optional.of(OrganisationType.class), AuditedFields.valueClassOf(Organisation.class, "type"));
        assertEquals(Optional.of(Country.class), AuditedFields.valueClassOf(Organisation.class, "country"));
        assertEquals(Optional.of(Boolean.class), AuditedFields.valueClassOf(Dataset.class, "personalData"));
    }

    @Test
    void aFieldOfAnEmbeddedValueIsFound() {
        assertEquals(Optional.of(AccessMethod.class), AuditedFields.valueClassOf(Agreement.class, "accessMethod"));
        assertEquals(Optional.of(Boolean.class), AuditedFields.valueClassOf(Agreement.class, "publicationAllowed"));
    }

    @Test
    void everyWorkflowsRecordNamesItsWorkflowSoItsStatesCanBeNamed() throws Exception {
        List<Class<?>> records = new ClassFileImporter().importPackages("org.ddmsportal.domain").stream()
                .filter(c -> c.isAssignableTo(Workflowable.class) && !c.getModifiers().contains(JavaModifier.ABSTRACT)
                        && !c.isInterface())
                .<Class<?>>map(JavaClass::reflect).toList();
        assertEquals(4, records.size(), "agreements, case studies, partnerships and pilots: " + records);
        for (Class<?> type : records) {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            String workflow = ((Workflowable) constructor.newInstance()).workflowName();
            assertEquals(Optional.of(workflow), AuditedFields.workflowOf(type), type.getSimpleName());
        }
        assertTrue(AuditedFields.workflowOf(Organisation.class).isEmpty());
    }

    @Test
    void aSnapshotNameThatIsNoFieldHasNoClass() {
        assertTrue(AuditedFields.valueClassOf(Activity.class, "public").isEmpty());
    }

    @Test
    void aFieldOfASuperclassIsFound() {
        // modifiedBy is declared by the records' common base
        assertEquals(Optional.of(String.class), AuditedFields.valueClassOf(Organisation.class, "modifiedBy"));
    }
}
