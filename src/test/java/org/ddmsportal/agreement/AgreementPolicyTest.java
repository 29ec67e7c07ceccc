package org.ddmsportal.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.agreement.AgreementCriteria;
import org.ddmsportal.domain.agreement.AgreementKind;
import org.ddmsportal.domain.agreement.AgreementPolicy;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Role;
import org.ddmsportal.domain.shared.Scope;
import org.junit.jupiter.api.Test;

/** The agreement access rule, for each kind of user, and the list criteria it gives. */
class AgreementPolicyTest {

    private static Actor actor(Role role, String country, String organisation, String email) {
        return new Actor("u", "U", email, Set.of(role), country, organisation);
    }

    private static final Agreement SERBIAN = AgreementFixtures.full();

    @Test
    void adminsAndTheCountrysNsiManageOthersDoNot() {
        assertTrue(AgreementPolicy.mayManage(actor(Role.ADMIN, null, null, null), SERBIAN));
        assertTrue(AgreementPolicy.mayManage(actor(Role.NSI_STAFF, "rs", null, null), SERBIAN));
        assertFalse(AgreementPolicy.mayManage(actor(Role.NSI_MANAGER, "IT", null, null), SERBIAN), "another country");
        assertFalse(AgreementPolicy.mayManage(actor(Role.NSI_MANAGER, null, null, null), SERBIAN), "no country");
        assertFalse(AgreementPolicy.mayManage(actor(Role.COORDINATOR, "RS", null, null), SERBIAN), "coordinators read");
        assertFalse(AgreementPolicy.mayManage(actor(Role.CONTACT, "RS", "RS-BEG", "jelena@beograd.example"), SERBIAN));
        assertTrue(AgreementPolicy.mayCreate(actor(Role.NSI_MANAGER, "RS", null, null), SERBIAN.getPartnership()));
        assertFalse(AgreementPolicy.mayCreate(actor(Role.NSI_MANAGER, "IT", null, null), SERBIAN.getPartnership()));
    }

    @Test
    void administratorsAndNsiUsersOpenANewDraftTheOthersDoNot() {
        assertTrue(AgreementPolicy.mayStartDraft(actor(Role.ADMIN, null, null, null)));
        assertTrue(AgreementPolicy.mayStartDraft(actor(Role.NSI_STAFF, "RS", null, null)));
        assertFalse(AgreementPolicy.mayStartDraft(actor(Role.COORDINATOR, null, null, null)));
        assertFalse(AgreementPolicy.mayStartDraft(actor(Role.CONTACT, "RS", "RS-BEG", "jelena@beograd.example")));
    }

    @Test
    void partiesAndCoordinatorsReadAStrangerDoesNot() {
        assertTrue(AgreementPolicy.mayRead(actor(Role.COORDINATOR, "CH", null, null), SERBIAN));
        assertTrue(AgreementPolicy.mayRead(actor(Role.CONTACT, "RS", "RS-EPS", null), SERBIAN), "a party's organisation");
        assertTrue(AgreementPolicy.mayRead(actor(Role.CONTACT, null, null, "Jelena@Beograd.example"), SERBIAN),
                "a party's signatory, by e-mail");
        assertFalse(AgreementPolicy.mayRead(actor(Role.CONTACT, "RS", "RS-OTHER", "other@x.example"), SERBIAN),
                "a contact of the country who is no party");
        assertFalse(AgreementPolicy.mayRead(actor(Role.NSI_MANAGER, "IT", null, null), SERBIAN), "another country's NSI");
        assertFalse(AgreementPolicy.mayRead(actor(Role.CONTACT, null, null, null), SERBIAN));
    }

    @Test
    void theListScopeFollowsTheRoles() {
        assertTrue(AgreementPolicy.listScope(actor(Role.ADMIN, null, null, null)).isAll());
        assertTrue(AgreementPolicy.listScope(actor(Role.COORDINATOR, "CH", null, null)).isAll());
        Scope nsi = AgreementPolicy.listScope(actor(Role.NSI_STAFF, "RS", null, null));
        assertEquals(Scope.Reach.COUNTRY, nsi.reach());
        assertEquals("RS", nsi.ownCountry());
        assertEquals(Scope.NONE, AgreementPolicy.listScope(actor(Role.NSI_STAFF, null, null, null)).ownCountry(),
                "an NSI user without a country lists nothing");
        Scope contact = AgreementPolicy.listScope(actor(Role.CONTACT, "RS", "RS-EPS", "m@eps.example"));
        assertEquals(Scope.Reach.PARTY, contact.reach());
        assertEquals("RS-EPS", contact.organisationCode());
        assertNull(contact.ownCountry());
    }

    @Test
    void aTablesFiltersBecomeTypedCriteria() {
        AgreementCriteria c = AgreementCriteria.fromTable(Scope.all(), Map.of("kind", "DSA", "country", " rs ",
                "partnership", "12", "status", " ", "unknown", "x"), "  ").orElseThrow();
        assertEquals(AgreementKind.DSA, c.kind());
        assertEquals("RS", c.country());
        assertEquals(12L, c.partnershipId());
        assertNull(c.status());
        assertNull(c.text());
        assertEquals(-1L, AgreementCriteria.fromTable(Scope.all(), Map.of("partnership", "x"), null).orElseThrow()
                .partnershipId(), "an id that is not a number matches nothing");
        assertTrue(AgreementCriteria.fromTable(Scope.all(), Map.of("kind", "NOPE"), null).isEmpty(),
                "an unknown kind matches nothing");
    }
}
