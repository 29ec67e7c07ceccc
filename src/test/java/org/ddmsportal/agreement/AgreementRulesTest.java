package org.ddmsportal.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.agreement.AgreementKind;
import org.ddmsportal.domain.agreement.AgreementParty;
import org.ddmsportal.domain.agreement.AgreementReference;
import org.ddmsportal.domain.agreement.PartyRole;
import org.ddmsportal.domain.agreement.PartyStatus;
import org.ddmsportal.domain.agreement.TermsChecklist;
import org.junit.jupiter.api.Test;

/** The agreement's own rules: the completeness checklist and the signing order. */
class AgreementRulesTest {

    @Test
    void aBareDataSharingAgreementMissesEveryItem() {
        TermsChecklist.Result result = TermsChecklist.check(AgreementFixtures.bare());
        List<String> missing = result.missing().stream().map(TermsChecklist.Item::key).toList();
        assertEquals(List.of("signer", "parties", "effectiveDate", "expiryOrReview", "purposes", "itemsCovered", "legalBasis",
                "personalData", "frequency", "use", "confidentiality", "access", "breaches", "proprietaryRights",
                "publication", "deletion"), missing);
        assertFalse(result.complete());
        // "signatories" holds vacuously: no party lacks a contact when there is no party
        assertEquals(6, result.percent());
    }

    @Test
    void aFullDataSharingAgreementIsComplete() {
        TermsChecklist.Result result = TermsChecklist.check(AgreementFixtures.full());
        assertTrue(result.complete(), () -> "missing: " + result.missing());
        assertEquals(100, result.percent());
        assertEquals(17, result.items().size());
        assertTrue(result.items().stream().anyMatch(i -> i.source() == TermsChecklist.Source.CDC));
        assertTrue(result.items().stream().anyMatch(i -> i.source() == TermsChecklist.Source.ICO));
    }

    /** An agreement is between organisations: the city alone, even with a copy sent to the office, is not one. */
    @Test
    void twoOrganisationsApproveOrSign() {
        Agreement a = AgreementFixtures.full();
        a.replaceParties(List.of(
                new Agreement.PartyEntry(AgreementFixtures.BELGRADE, AgreementFixtures.LAWYER, PartyRole.SIGNER, 1),
                new Agreement.PartyEntry(AgreementFixtures.SORS, null, PartyRole.COPY, 2)));
        assertEquals(List.of("parties"), TermsChecklist.check(a).missing().stream().map(TermsChecklist.Item::key).toList());

        a.replaceParties(List.of(
                new Agreement.PartyEntry(AgreementFixtures.BELGRADE, AgreementFixtures.LAWYER, PartyRole.SIGNER, 1),
                new Agreement.PartyEntry(AgreementFixtures.SORS, AgreementFixtures.DIRECTOR, PartyRole.APPROVER, 1)));
        assertTrue(TermsChecklist.check(a).complete(), () -> "missing: " + TermsChecklist.check(a).missing());

        // a memorandum of understanding too
        Agreement mou = new Agreement(AgreementReference.parse("RS-2026-0004"), AgreementKind.MOU, "Cooperation",
                a.getPartnership(), "DRAFT", "x@y");
        mou.replaceParties(List.of(
                new Agreement.PartyEntry(AgreementFixtures.BELGRADE, AgreementFixtures.LAWYER, PartyRole.SIGNER, 1)));
        assertTrue(TermsChecklist.check(mou).missing().stream().anyMatch(i -> i.key().equals("parties")));
    }

    /** The page lists every party: the signing queue, then who receives a copy (it left the copies out). */
    @Test
    void thePartiesInOrderAreTheSigningQueueThenTheCopies() {
        Agreement a = AgreementFixtures.full();
        a.replaceParties(List.of(
                new Agreement.PartyEntry(AgreementFixtures.SORS, null, PartyRole.COPY, 1),
                new Agreement.PartyEntry(AgreementFixtures.EPS, AgreementFixtures.ENGINEER, PartyRole.SIGNER, 2),
                new Agreement.PartyEntry(AgreementFixtures.BELGRADE, AgreementFixtures.LAWYER, PartyRole.SIGNER, 1)));
        assertEquals(List.of(AgreementFixtures.BELGRADE, AgreementFixtures.EPS, AgreementFixtures.SORS),
                a.partiesInOrder().stream().map(AgreementParty::getOrganisation).toList());
        assertEquals(2, a.signingQueue().size());
    }

    @Test
    void personalDataNeedsItsCategories() {
        Agreement a = AgreementFixtures.full();
        a.replaceTerms(a.getTerms().toBuilder().personalData(true, " ").build());
        assertEquals(List.of("personalData"), TermsChecklist.check(a).missing().stream()
                .map(TermsChecklist.Item::key).toList());
    }

    @Test
    void approversActFirstThenSignersInTheirOrder() {
        Agreement a = AgreementFixtures.full();
        a.enterStatus(Agreement.OUT_FOR_SIGNATURE);
        List<AgreementParty> queue = a.signingQueue();
        assertEquals(List.of(PartyRole.APPROVER, PartyRole.SIGNER, PartyRole.SIGNER),
                queue.stream().map(AgreementParty::getRole).toList());
        AgreementParty director = queue.get(0);
        AgreementParty lawyer = queue.get(1);
        AgreementParty engineer = queue.get(2);

        // out of turn: the second signer can't sign before the approver and the first signer
        assertThrows(IllegalStateException.class,
                () -> a.recordConsent(engineer, "marko", Instant.now(), "10.0.0.1", "test", "abc"));
        assertEquals(PartyStatus.PENDING, engineer.getStatus());

        a.recordConsent(director, "ana", Instant.now(), "10.0.0.1", "test", "abc");
        assertEquals(PartyStatus.APPROVED, director.getStatus());
        assertThrows(IllegalStateException.class,
                () -> a.recordConsent(engineer, "marko", Instant.now(), "10.0.0.1", "test", "abc"));
        a.recordConsent(lawyer, "jelena", Instant.now(), "10.0.0.2", "test", "abc");
        assertFalse(a.fullySigned());
        a.recordConsent(engineer, "marko", Instant.now(), "10.0.0.3", "test", "abc");
        assertTrue(a.fullySigned());
        assertTrue(a.currentParty().isEmpty());
    }

    /** A party is the partnership's lead or a partner: another organisation would be invited to sign and read it. */
    @Test
    void aPartyMustBeAMemberOfThePartnership() {
        Agreement a = AgreementFixtures.bare();
        Organisation outsider = new Organisation("RS-TEL", "Telekom Srbija", AgreementFixtures.EPS.getType(),
                AgreementFixtures.EPS.getCountry());
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> a.replaceParties(List.of(
                new Agreement.PartyEntry(outsider, null, PartyRole.SIGNER, 1))));
        assertEquals("a party is a member of the partnership", refused.getMessage());
        a.replaceParties(List.of(new Agreement.PartyEntry(AgreementFixtures.EPS, null, PartyRole.SIGNER, 1)));
        assertEquals(1, a.getParties().size());
    }

    @Test
    void aSignatoryMustBelongToThePartysOrganisation() {
        Agreement a = AgreementFixtures.bare();
        assertThrows(IllegalArgumentException.class, () -> a.replaceParties(List.of(
                new Agreement.PartyEntry(AgreementFixtures.EPS, AgreementFixtures.LAWYER, PartyRole.SIGNER, 1))));
    }

    @Test
    void onlyASignedAgreementIsAmendedAndTheAmendmentStartsFromIt() {
        Agreement a = AgreementFixtures.full();
        assertThrows(IllegalStateException.class, () -> a.amendment(AgreementReference.parse("RS-2026-0002"), "DRAFT", "x@y"));
        a.enterStatus(Agreement.SIGNED);
        Agreement amendment = a.amendment(AgreementReference.parse("RS-2026-0002"), "DRAFT", "x@y");
        assertTrue(amendment.isDataSharing());
        assertEquals(a, amendment.getAmends());
        assertEquals(3, amendment.getParties().size());
        assertEquals(a.getTerms().getPurposes(), amendment.getTerms().getPurposes());
        assertTrue(amendment.isEditable());
        assertTrue(a.isFrozen());
    }

    @Test
    void anAmendmentIsMadeOnlyFromTheAgreementItAmends() {
        Agreement a = AgreementFixtures.full();
        assertThrows(IllegalArgumentException.class, () -> new Agreement(AgreementReference.parse("RS-2026-0003"),
                AgreementKind.AMENDMENT, "Amendment of nothing", a.getPartnership(), "DRAFT", "x@y"));
    }

    @Test
    void theReferenceIsWrittenOneWay() {
        assertEquals("RS-2026-0007", new AgreementReference("RS", 2026, 7).toString());
        assertEquals("RS-2026-12345", new AgreementReference("RS", 2026, 12345).toString());
        assertEquals(new AgreementReference("RS", 2026, 7), AgreementReference.parse("RS-2026-0007"));
        assertEquals("RS-2026-0001", AgreementFixtures.bare().getReference());
        for (String wrong : new String[] {"RS-2026-7", "rs-2026-0007", "RS-26-0007", "RS20260007", "", "RS-2026-0000"}) {
            assertThrows(IllegalArgumentException.class, () -> AgreementReference.parse(wrong), wrong);
        }
        assertThrows(IllegalArgumentException.class, () -> new AgreementReference("SRB", 2026, 7));
    }
}
