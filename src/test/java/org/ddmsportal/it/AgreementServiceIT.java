package org.ddmsportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ddmsportal.application.agreement.AgreementForm;
import org.ddmsportal.application.agreement.AgreementOdrl;
import org.ddmsportal.application.agreement.AgreementReminders;
import org.ddmsportal.application.agreement.AgreementDrafting;
import org.ddmsportal.application.agreement.AgreementLifecycle;
import org.ddmsportal.application.agreement.AgreementQueries;
import org.ddmsportal.application.agreement.AgreementSigning;
import org.ddmsportal.application.agreement.AgreementVerification;
import org.ddmsportal.application.partnership.PartnershipForm;
import org.ddmsportal.application.partnership.PartnershipService;
import org.ddmsportal.application.contact.ContactForm;
import org.ddmsportal.application.contact.ContactService;
import org.ddmsportal.application.organisation.OrganisationForm;
import org.ddmsportal.application.organisation.OrganisationService;
import org.ddmsportal.application.shared.AccessDeniedException;
import org.ddmsportal.application.shared.DdmsException;
import org.ddmsportal.application.shared.InUseException;
import org.ddmsportal.application.shared.InvalidInputException;
import org.ddmsportal.application.shared.NotFoundException;
import org.ddmsportal.application.workflow.TransitionRefusedException;
import org.ddmsportal.domain.agreement.AccessMethod;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.agreement.AgreementDocument;
import org.ddmsportal.domain.agreement.AgreementKind;
import org.ddmsportal.domain.agreement.Confidentiality;
import org.ddmsportal.domain.agreement.PartyRole;
import org.ddmsportal.domain.agreement.TermsChecklist;
import org.ddmsportal.domain.partnership.PartnerRole;
import org.ddmsportal.domain.partnership.PartnershipType;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Agreements inside Payara against the real MariaDB, Keycloak (admin API) and SMTP server
 * (GreenMail): the checklist, every refusal of the agreement workflow (role, scope, guard, out
 * of turn, changed document) with nothing changed, signing in order to the certificate, the
 * PDF's text in Cyrillic and with accents, tamper detection, the ODRL twin, freezing and
 * amendments, declines, mails to the right people and reminders sent once.
 */
@ExtendWith(ArquillianExtension.class)
class AgreementServiceIT {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime());

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    AgreementQueries agreements;

    @Inject
    AgreementDrafting agreementDrafting;

    @Inject
    AgreementLifecycle agreementLifecycle;

    @Inject
    AgreementSigning signing;

    @Inject
    AgreementVerification verification;

    @Inject
    AgreementReminders reminders;

    @Inject
    PartnershipService partnerships;

    @Inject
    OrganisationService organisations;

    @Inject
    ContactService contacts;

    @Resource(lookup = "java:app/jdbc/ddms")
    DataSource dataSource;

    /** A partnership of the NSI with a city and a company, their signatories, and a draft. */
    /** The agreement list costs the same for a page of 2 as for 20, with what the page shows read for each row. */
    @Test
    void aListPageCostsTheSameForTwoRowsAsForTwenty() throws Exception {
        Scenario s = new Scenario();
        for (int i = 0; i < 22; i++) {
            AgreementForm form = s.bare();
            form.setTitle("Paged agreement " + s.n + " " + i);
            agreementDrafting.create(Actors.MANAGER_RS, form);
        }
        java.util.function.IntFunction<Runnable> page = size -> () -> {
            var p = agreements.search(Actors.MANAGER_RS, new PageRequest(0, size, "reference", true,
                    Map.of("title", "Paged agreement " + s.n, "country", "RS"), null));
            assertEquals(22, p.total());
            p.rows().forEach(a -> {
                a.getPartnership().getTitle();
                a.isInForce(java.time.LocalDate.now());
            });
        };
        page.apply(20).run();
        long two = QueryCounter.selects(dataSource, page.apply(2));
        long twenty = QueryCounter.selects(dataSource, page.apply(20));
        assertEquals(two, twenty, "a page of 20 took " + twenty + " SELECTs, a page of 2 " + two);
        assertTrue(twenty <= 4, "a page of 20 took " + twenty + " SELECTs");
    }

    private final class Scenario {
        final long n = SEQUENCE.incrementAndGet();
        final long nsi = organisation("Републички завод за статистику " + n, "NSI");
        final long city = organisation("Град Београд " + n, "MUNICIPALITY");
        final long company = organisation("Électricité de Serbie " + n, "UTILITY");
        final String lawyerEmail = "jelena." + n + "@beograd.test";
        final String engineerEmail = "marko." + n + "@eps.test";
        final String directorEmail = "ana." + n + "@stat.test";
        final long lawyer = contact("Јелена Петровић", lawyerEmail, city);
        // Marko works in French: his mails are in French (MailLanguages)
        final long engineer = contact("Marko Jovanović", engineerEmail, company, "fr");
        final long director = contact("Ana Đorđević", directorEmail, nsi);
        final long partnership = partnership();
        final Actor owner = new Actor("it.owner." + n, "Owner", "owner." + n + "@stat.test",
                Actors.MANAGER_RS.roles(), "RS", null);

        private long partnership() {
            PartnershipForm form = new PartnershipForm();
            form.setTitle("Electricity prices " + n);
            form.setLeadId(nsi);
            form.setType(PartnershipType.DATA_SHARING);
            for (long org : List.of(city, company)) {
                PartnershipForm.PartnerRow row = new PartnershipForm.PartnerRow();
                row.setOrganisationId(org);
                row.setRole(PartnerRole.DATA_PROVIDER);
                form.getPartners().add(row);
            }
            return partnerships.create(Actors.ADMIN, form);
        }

        AgreementForm bare() {
            AgreementForm form = new AgreementForm();
            form.setPartnershipId(partnership);
            form.setKind(AgreementKind.DSA);
            form.setTitle("Electricity consumption data " + n);
            return form;
        }

        AgreementForm full() {
            AgreementForm f = bare();
            f.setEffectiveDate(LocalDate.now().minusDays(1));
            f.setExpiryDate(LocalDate.now().plusYears(2));
            f.setRenewalNoticeDays(60);
            f.setReviewDate(LocalDate.now().plusYears(1));
            f.setParties(List.of(party(nsi, director, PartyRole.APPROVER, 1), party(city, lawyer, PartyRole.SIGNER, 1),
                    party(company, engineer, PartyRole.SIGNER, 2)));
            f.setItemsCovered("Hourly consumption per district");
            f.setPurposes("Forecast household prices");
            f.setLegalBasis("Law on Official Statistics; GDPR Art. 6(1)(e)");
            f.setPersonalData(false);
            f.setConfidentiality(Confidentiality.CONFIDENTIAL);
            f.setMinCellCount(10);
            f.setPermittedUses("Official statistics");
            f.setProhibitedUses("Commercial use; re-identification");
            f.setAccessMethod(AccessMethod.SECURE_TRANSFER);
            f.setFrequency("Monthly");
            f.setRetentionPeriod("P5Y");
            f.setDeletionDuty("Delete microdata after five years");
            f.setBreachProcedure("Notify within 72 hours");
            f.setProprietaryRights("Data remain the provider's");
            f.setPublicationAllowed(true);
            f.setPublicationClearance(true);
            return f;
        }

        long sent() {
            long id = agreementDrafting.create(owner, full());
            move(id, "submitForReview");
            move(id, "sendForSignature");
            return id;
        }

        /** Sent, approved by the director and signed by the city and the company, in turn. */
        long signedByAll() {
            long id = sent();
            String sha = agreements.pdf(owner, id).sha256();
            signing.consent(user(directorEmail), id, sha, "10.0.0.1", "Firefox");
            signing.consent(user(lawyerEmail), id, sha, "10.0.0.2", "Chromium");
            signing.consent(user(engineerEmail), id, sha, "10.0.0.3", "Safari");
            assertEquals(Agreement.ACTIVE, agreements.get(owner, id).getStatus());
            return id;
        }

        void move(long id, String transition) {
            agreementLifecycle.transition(owner, id, agreements.get(owner, id).getVersion(), transition, "ok");
        }

        Actor user(String email) {
            return Actors.contactUser(email);
        }
    }

    private static AgreementForm.PartyRow party(long org, long contact, PartyRole role, int order) {
        AgreementForm.PartyRow row = new AgreementForm.PartyRow();
        row.setOrganisationId(org);
        row.setContactId(contact);
        row.setRole(role);
        row.setOrder(order);
        return row;
    }

    private long organisation(String name, String type) {
        OrganisationForm form = new OrganisationForm();
        form.setName(name);
        form.setCountryCode("RS");
        form.setTypeCode(type);
        return organisations.create(Actors.ADMIN, form);
    }

    private long contact(String name, String email, long organisation, String... languages) {
        ContactForm form = new ContactForm();
        form.setFullName(name);
        form.setEmail(email);
        form.setOrganisationId(organisation);
        form.setLanguages(new java.util.ArrayList<>(List.of(languages)));
        return contacts.create(Actors.ADMIN, form);
    }

    @Test
    void theChecklistScoresABareAndAFullAgreement() {
        Scenario s = new Scenario();
        long bare = agreementDrafting.create(s.owner, s.bare());
        var result = agreementDrafting.checklist(s.owner, bare);
        assertFalse(result.complete());
        assertTrue(result.missing().stream().anyMatch(i -> i.key().equals("deletion")));
        assertTrue(result.missing().stream().anyMatch(i -> i.key().equals("publication")));
        long full = agreementDrafting.create(s.owner, s.full());
        assertTrue(agreementDrafting.checklist(s.owner, full).complete(), () -> "missing: "
                + agreementDrafting.checklist(s.owner, full).missing());
        // references are per country and year, never reused
        assertTrue(agreements.get(s.owner, bare).getReference().matches("RS-\\d{4}-\\d{4}"));
        assertNotEquals(agreements.get(s.owner, bare).getReference(), agreements.get(s.owner, full).getReference());
    }

    @Test
    void wrongRoleWrongScopeAndFailedGuardAreRefusedWithNothingChanged() {
        Scenario s = new Scenario();
        long bare = agreementDrafting.create(s.owner, s.bare());
        long version = agreements.get(s.owner, bare).getVersion();
        // another country's manager does not even see it; a coordinator reads but does not act
        assertThrows(NotFoundException.class, () -> agreementLifecycle.transition(Actors.MANAGER_IT, bare, version,
                "submitForReview", "x"));
        assertThrows(AccessDeniedException.class, () -> agreementLifecycle.transition(Actors.COORDINATOR, bare, version,
                "submitForReview", "x"));
        assertThrows(AccessDeniedException.class, () -> agreementDrafting.create(Actors.MANAGER_IT, s.bare()));
        assertThrows(AccessDeniedException.class, () -> agreementDrafting.update(Actors.COORDINATOR, bare, s.bare()));
        // a contact of another organisation does not see it either, nor find it in the list
        assertThrows(NotFoundException.class, () -> agreements.get(s.user("stranger." + s.n + "@x.test"), bare));
        // nor its moves and audit entries by id
        assertThrows(NotFoundException.class, () -> agreementLifecycle.lifecycle(Actors.MANAGER_IT, bare));
        assertThrows(NotFoundException.class, () -> agreementLifecycle.history(Actors.MANAGER_IT, bare));
        assertThrows(NotFoundException.class, () -> agreementLifecycle.history(s.user("stranger." + s.n + "@x.test"), bare));
        assertFalse(agreementLifecycle.history(s.owner, bare).isEmpty(), "its owner reads its audit entries");
        assertEquals(0, agreements.search(s.user("stranger." + s.n + "@x.test"),
                PageRequest.firstPage(100)).total());
        // guard: no signer yet
        TransitionRefusedException guard = assertThrows(TransitionRefusedException.class,
                () -> agreementLifecycle.transition(s.owner, bare, version, "submitForReview", "x"));
        assertEquals("guard.hasSigner", guard.messageKey());
        assertEquals(Agreement.DRAFT, agreements.get(s.owner, bare).getStatus());
        assertEquals(version, agreements.get(s.owner, bare).getVersion());

        // staff may submit for review but not send for signature; incomplete terms stop the sending
        AgreementForm partial = s.full();
        partial.setDeletionDuty(null);
        long id = agreementDrafting.create(s.owner, partial);
        agreementLifecycle.transition(Actors.STAFF_RS, id, agreements.get(s.owner, id).getVersion(), "submitForReview", "ready");
        long v2 = agreements.get(s.owner, id).getVersion();
        assertThrows(AccessDeniedException.class, () -> agreementLifecycle.transition(Actors.STAFF_RS, id, v2,
                "sendForSignature", "go"));
        TransitionRefusedException incomplete = assertThrows(TransitionRefusedException.class,
                () -> agreementLifecycle.transition(s.owner, id, v2, "sendForSignature", "go"));
        assertEquals("guard.checklistComplete", incomplete.messageKey());
        assertEquals("INTERNAL_REVIEW", agreements.get(s.owner, id).getStatus());
        // automatic transitions have no button
        assertThrows(TransitionRefusedException.class, () -> agreementLifecycle.transition(s.owner, id, v2, "complete", "x"));
    }

    /**
     * An agreement is between organisations: one whose only approver and signer is the city goes to
     * review (it has a signer) but is not sent, the checklist naming what is missing; it would
     * otherwise become active on the city's one signature.
     */
    @Test
    void anAgreementOfOneOrganisationIsNotSentForSignature() {
        Scenario s = new Scenario();
        AgreementForm alone = s.full();
        alone.setParties(List.of(party(s.city, s.lawyer, PartyRole.SIGNER, 1)));
        long id = agreementDrafting.create(s.owner, alone);
        assertEquals(List.of("parties"), agreementDrafting.checklist(s.owner, id).missing().stream()
                .map(TermsChecklist.Item::key).toList());
        assertReviewedButNotSent(s, id, "guard.checklistComplete");
    }

    /** Submitted for review, the agreement's sending is refused by {@code guard}: it stays in review, unchanged. */
    private void assertReviewedButNotSent(Scenario s, long id, String guard) {
        agreementLifecycle.transition(s.owner, id, agreements.get(s.owner, id).getVersion(), "submitForReview", "ready");
        long version = agreements.get(s.owner, id).getVersion();
        TransitionRefusedException refused = assertThrows(TransitionRefusedException.class,
                () -> agreementLifecycle.transition(s.owner, id, version, "sendForSignature", "go"));
        assertEquals(guard, refused.messageKey());
        assertEquals("INTERNAL_REVIEW", agreements.get(s.owner, id).getStatus());
        assertEquals(version, agreements.get(s.owner, id).getVersion());
    }

    /** An agreement whose expiry date has passed is not sent: it would be signed for a term already over. */
    @Test
    void anAgreementPastItsExpiryDateIsNotSentForSignature() {
        Scenario s = new Scenario();
        AgreementForm over = s.full();
        over.setEffectiveDate(LocalDate.now().minusYears(2));
        over.setExpiryDate(LocalDate.now().minusDays(1));
        long id = agreementDrafting.create(s.owner, over);
        assertTrue(agreementDrafting.checklist(s.owner, id).complete());
        assertReviewedButNotSent(s, id, "guard.notExpired");

        // expiring today, it is still in force today: sent
        AgreementForm lastDay = s.full();
        lastDay.setEffectiveDate(LocalDate.now().minusYears(1));
        lastDay.setExpiryDate(LocalDate.now());
        long sent = agreementDrafting.create(s.owner, lastDay);
        agreementLifecycle.transition(s.owner, sent, agreements.get(s.owner, sent).getVersion(), "submitForReview", "ready");
        agreementLifecycle.transition(s.owner, sent, agreements.get(s.owner, sent).getVersion(), "sendForSignature", "go");
        assertEquals(Agreement.OUT_FOR_SIGNATURE, agreements.get(s.owner, sent).getStatus());
    }

    /**
     * A party is the partnership's lead or one of its partners, as the page offers them: an
     * organisation of another partnership (through the API, whose ids nothing restricts) is
     * refused with the page's message, and the draft keeps its parties.
     */
    @Test
    void aPartyOutsideThePartnershipIsRefused() {
        Scenario s = new Scenario();
        long id = agreementDrafting.create(s.owner, s.full());
        long outsider = organisation("Other company " + s.n, "UTILITY");
        long outsiderContact = contact("Outside Signatory", "outside." + s.n + "@other.test", outsider);
        AgreementForm widened = s.full();
        List<AgreementForm.PartyRow> parties = new java.util.ArrayList<>(widened.getParties());
        parties.add(party(outsider, outsiderContact, PartyRole.SIGNER, 3));
        widened.setParties(parties);
        widened.setVersion(agreements.get(s.owner, id).getVersion());
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> agreementDrafting.update(s.owner, id, widened));
        assertEquals("error.agreement.parties", refused.messageKey());
        assertThrows(InvalidInputException.class, () -> agreementDrafting.create(s.owner, widened));
        assertEquals(3, agreements.get(s.owner, id).getParties().size(), "the draft keeps its parties");
    }

    @Test
    void theApproverIsAskedFirstAndSignatoriesWithoutAnAccountAreInvited() {
        Scenario s = new Scenario();
        long id = s.sent();
        assertEquals(Agreement.OUT_FOR_SIGNATURE, agreements.get(s.owner, id).getStatus());

        // the first in line is the approver; the signers are told when their turn comes
        Mailbox.await(s.directorEmail, m -> m.subject().startsWith("Please approve"), "asking for approval");
        assertEquals(0, Mailbox.count(s.lawyerEmail, m -> m.subject().startsWith("Please sign")));
        // signatories without an account get one, with Keycloak's invitation
        Mailbox.await(s.lawyerEmail, m -> m.body().contains("execute-actions") || m.subject().contains("ccount"),
                "from Keycloak inviting to set a password");
    }

    @Test
    void consentOutOfTurnByAStrangerOrOnAChangedDocumentIsRefusedWithNothingChanged() {
        Scenario s = new Scenario();
        long id = s.sent();
        String sha = agreements.pdf(s.owner, id).sha256();

        InvalidInputException early = assertThrows(InvalidInputException.class,
                () -> signing.consent(s.user(s.lawyerEmail), id, sha, "10.0.0.2", "test"));
        assertEquals("error.agreement.notYourTurn", early.messageKey());
        assertThrows(DdmsException.class, () -> signing.consent(s.user("nobody." + s.n + "@x.test"), id, sha,
                "10.0.0.9", "test"));
        InvalidInputException changed = assertThrows(InvalidInputException.class,
                () -> signing.consent(s.user(s.directorEmail), id, "0".repeat(64), "10.0.0.1", "test"));
        assertEquals("error.agreement.documentChanged", changed.messageKey());
        assertEquals(Agreement.OUT_FOR_SIGNATURE, agreements.get(s.owner, id).getStatus());
    }

    @Test
    void partiesSignInTurnAndTheSignedPdfCarriesTheCertificate() throws IOException {
        Scenario s = new Scenario();
        long id = s.sent();
        String sha = agreements.pdf(s.owner, id).sha256();

        signing.consent(s.user(s.directorEmail), id, sha, "10.0.0.1", "Firefox");
        Mailbox.await(s.lawyerEmail, m -> m.subject().startsWith("Please sign"), "asking to sign");
        assertThrows(InvalidInputException.class,
                () -> signing.consent(s.user(s.engineerEmail), id, sha, "10.0.0.3", "test"));
        // the director's page was stale: they are told their party has acted, not that their turn is still to come
        InvalidInputException again = assertThrows(InvalidInputException.class,
                () -> signing.consent(s.user(s.directorEmail), id, sha, "10.0.0.1", "Firefox"));
        assertEquals("error.agreement.alreadyActed", again.messageKey());
        signing.consent(s.user(s.lawyerEmail), id, sha, "10.0.0.2", "Chromium");
        // asked in French, the language the engineer works in; the others' mails stay in English
        Mailbox.Mail french = Mailbox.await(s.engineerEmail, m -> m.subject().startsWith("Veuillez signer"), "asking in French");
        assertTrue(french.body().contains("C’est à votre tour de signer l’accord"), french.body());
        assertEquals(0, Mailbox.count(s.engineerEmail, m -> m.subject().startsWith("Please sign")));
        signing.consent(s.user(s.engineerEmail), id, sha, "10.0.0.3", "Safari");

        Agreement signed = agreements.get(s.owner, id);
        assertEquals(Agreement.ACTIVE, signed.getStatus(), "signed, and its effective date was yesterday");
        assertTrue(signed.isFrozen());
        AgreementQueries.AgreementPdf finalPdf = agreements.pdf(s.owner, id);
        assertTrue(finalPdf.fileName().endsWith("-signed.pdf"));
        String text = text(finalPdf.content());
        assertTrue(text.contains("Град Београд " + s.n), text);
        assertTrue(text.contains("Јелена Петровић"), text);
        assertTrue(text.contains("Électricité de Serbie " + s.n), text);
        assertTrue(text.contains("Ana Đorđević"), text);
        assertTrue(text.contains("Certificate of completion"), text);
        assertTrue(text.contains(sha), "the certificate prints the signed document's hash");
        assertTrue(text.contains("10.0.0.2"), "and where each signature came from");
    }

    @Test
    void theSignedPdfVerifiesWhileATamperedOneOrAnUnknownReferenceDoesNot() {
        Scenario s = new Scenario();
        long id = s.signedByAll();
        Agreement signed = agreements.get(s.owner, id);
        AgreementQueries.AgreementPdf finalPdf = agreements.pdf(s.owner, id);

        assertEquals(AgreementVerification.Verdict.SIGNED, verification.verify(signed.getReference(), finalPdf.content()));
        byte[] tampered = finalPdf.content();
        tampered[tampered.length / 3] ^= 0x01;
        assertEquals(AgreementVerification.Verdict.DIFFERENT, verification.verify(signed.getReference(), tampered));
        assertEquals(AgreementVerification.Verdict.UNKNOWN, verification.verify("XX-1999-0001", finalPdf.content()));
    }

    @Test
    void theSignedAgreementHasAMachineReadableTwinWhoseHashIsOnTheCertificate() throws IOException {
        Scenario s = new Scenario();
        long id = s.signedByAll();
        Agreement signed = agreements.get(s.owner, id);
        String text = text(agreements.pdf(s.owner, id).content());

        String odrl = verification.odrl(signed.getReference()).orElseThrow();
        JsonObject policy = Json.createReader(new StringReader(odrl)).readObject();
        assertEquals("Agreement", policy.getString("@type"));
        assertEquals("delete", policy.getJsonArray("permission").getJsonObject(0).getJsonArray("duty")
                .getJsonObject(0).getString("action"));
        assertTrue(odrl.contains("obtainConsent"), "clearance before publication is a duty");
        assertTrue(odrl.contains("\"gteq\""), "minimum aggregation is a constraint");
        assertTrue(text.contains(AgreementOdrl.sha256(odrl)));
    }

    @Test
    void everyPartyAndTheOwnerGetTheSignedPdf() {
        Scenario s = new Scenario();
        long id = s.signedByAll();
        AgreementQueries.AgreementPdf finalPdf = agreements.pdf(s.owner, id);

        for (String who : List.of(s.directorEmail, s.lawyerEmail, s.engineerEmail, s.owner.email())) {
            // one mail per language: the engineer's in French, with the same PDF
            String subject = who.equals(s.engineerEmail) ? "Signé par toutes les parties" : "Signed by all parties";
            Mailbox.Mail done = Mailbox.await(who, m -> m.subject().startsWith(subject), "with the PDF");
            assertEquals(1, done.attachments().size());
            assertEquals(finalPdf.sha256(), AgreementDocument.sha256(done.firstAttachment()));
        }
    }

    @Test
    void aSignedAgreementIsFrozenAndAnAmendmentIsANewDraftLinkedToIt() {
        Scenario s = new Scenario();
        long id = s.signedByAll();
        Agreement signed = agreements.get(s.owner, id);

        InvalidInputException frozen = assertThrows(InvalidInputException.class,
                () -> agreementDrafting.update(s.owner, id, AgreementForm.of(signed)));
        assertEquals("error.agreement.frozen", frozen.messageKey());
        long amendment = agreementDrafting.amend(s.owner, id);
        Agreement draft = agreements.get(s.owner, amendment);
        assertEquals(AgreementKind.AMENDMENT, draft.getKind());
        assertEquals(signed.getReference(), draft.getAmends().getReference());
        assertEquals(Agreement.DRAFT, draft.getStatus());
    }

    @Test
    void aContactWhoSignsForAPartyCannotBeDeleted() {
        Scenario s = new Scenario();
        s.signedByAll();
        assertThrows(InUseException.class, () -> contacts.delete(Actors.ADMIN, s.lawyer,
                contacts.get(Actors.ADMIN, s.lawyer).getVersion()));
    }

    /**
     * A form opened on the draft, saved after another user sent it for signature: the answer says
     * it is no longer a draft (not "changed meanwhile, reload and apply yours again", which
     * reloading could not honour); the agreement is as it was sent.
     */
    @Test
    void aDraftsFormSavedAfterTheDraftWasSentSaysItIsNoLongerADraft() {
        Scenario s = new Scenario();
        long id = agreementDrafting.create(s.owner, s.full());
        AgreementForm open = AgreementForm.of(agreements.get(s.owner, id));
        s.move(id, "submitForReview");
        s.move(id, "sendForSignature");
        open.setRetentionPeriod("P10Y");
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> agreementDrafting.update(s.owner, id, open));
        assertEquals("error.agreement.notDraft", refused.messageKey());
        assertEquals("P5Y", agreements.get(s.owner, id).getTerms().getRetentionPeriod());
    }

    @Test
    void aDeclineReturnsTheAgreementToDraftAndTellsTheOwner() {
        Scenario s = new Scenario();
        long id = s.sent();
        String sha = agreements.pdf(s.owner, id).sha256();
        signing.consent(s.user(s.directorEmail), id, sha, "10.0.0.1", "test");
        assertThrows(TransitionRefusedException.class,
                () -> signing.decline(s.user(s.lawyerEmail), id, sha, " ", "10.0.0.2", "test"));
        signing.decline(s.user(s.lawyerEmail), id, sha, "Clause 9 must say three years", "10.0.0.2", "test");
        Agreement back = agreements.get(s.owner, id);
        assertEquals(Agreement.DRAFT, back.getStatus());
        assertTrue(back.getParties().stream().allMatch(p -> p.getStatus().name().equals("PENDING")),
                "a new round starts from scratch");
        Mailbox.Mail mail = Mailbox.await(s.owner.email(), m -> m.subject().startsWith("Declined"), "about the decline");
        assertTrue(mail.body().contains("Clause 9 must say three years"));
        // the director had approved in this round: told that it no longer counts (the decliner is not told again)
        Mailbox.Mail voided = Mailbox.await(s.directorEmail, m -> m.subject().startsWith("Declined"), "about the voided approval");
        assertTrue(voided.body().contains("no longer counts") && voided.body().contains("Clause 9 must say three years"),
                voided.body());
        assertEquals(0, Mailbox.count(s.lawyerEmail, m -> m.subject().startsWith("Declined")));
        // the History says the round's consents were voided: the return to draft's entry has them back to waiting
        assertTrue(agreementLifecycle.history(s.owner, id).stream().anyMatch(e -> org.ddmsportal.application.audit
                .AuditService.changesOf(e).stream().anyMatch(c -> c.field().equals("parties") && c.before() != null
                        && c.before().contains("APPROVED") && c.after() != null && !c.after().contains("APPROVED")
                        && !c.after().contains("DECLINED"))),
                "the voided approval is in the History");
        // editable again
        agreementDrafting.update(s.owner, id, AgreementForm.of(back));
    }

    @Test
    void theHourlyJobReadsAsManyStatementsWhateverTheAgreementsOutForSignature() {
        LocalDate later = LocalDate.now().plusDays(8);
        new Scenario().sent();
        reminders.run(later); // every turn due by then is reminded: the counted runs have nothing to send
        List<String> before = QueryCounter.jpaSelects(() -> reminders.run(later));
        for (int i = 0; i < 3; i++) {
            new Scenario().sent();
        }
        reminders.run(later);
        List<String> after = QueryCounter.jpaSelects(() -> reminders.run(later));
        // three more agreements out for signature, each with three parties and a sending event: the
        // same statements (on the bench data set the job read its 2,000 one by one: 5 s of each hour on a quiet machine, 26 s beside load)
        assertEquals(before.size(), after.size(), "the job took " + before.size() + " SELECTs, then " + after.size()
                + " with three more agreements:\n" + String.join("\n", before) + "\n----\n" + String.join("\n", after));
        assertTrue(after.size() <= 12, "the job took " + after.size() + " SELECTs:\n" + String.join("\n", after));
    }

    @Test
    void remindersAreSentOnceEvenWhenTheJobRunsAgain() {
        Scenario s = new Scenario();
        long id = s.sent();
        LocalDate later = LocalDate.now().plusDays(8);
        var first = reminders.run(later);
        assertTrue(first.reminders() >= 1, first::toString);
        var again = reminders.run(later);
        var nextDay = reminders.run(later.plusDays(1));
        Mailbox.await(s.directorEmail, m -> m.subject().startsWith("Reminder"), "reminding of the pending approval");
        assertEquals(1, Mailbox.count(s.directorEmail, m -> m.subject().startsWith("Reminder")),
                "the reminder of this turn is sent once: " + again + " " + nextDay);

        // sign it all, then look at the renewal notice date: one expiry reminder
        String sha = agreements.pdf(s.owner, id).sha256();
        for (String who : List.of(s.directorEmail, s.lawyerEmail, s.engineerEmail)) {
            signing.consent(s.user(who), id, sha, "10.0.0.1", "test");
        }
        Agreement active = agreements.get(s.owner, id);
        LocalDate notice = active.renewalNoticeDate().orElseThrow();
        reminders.run(notice);
        reminders.run(notice.plusDays(3));
        Mailbox.await(s.owner.email(), m -> m.subject().startsWith("Expires on"), "before expiry");
        assertEquals(1, Mailbox.count(s.owner.email(), m -> m.subject().startsWith("Expires on")));
        // past the expiry date the agreement expires
        reminders.run(active.getExpiryDate().plusDays(1));
        assertEquals(Agreement.EXPIRED, agreements.get(s.owner, id).getStatus());
    }

    /** Until it is sent, its preview and PDF say it is a draft; the document sent for signature does not. */
    @Test
    void aDraftsDocumentIsMarkedAsADraftAndTheDocumentSentIsNot() throws IOException {
        Scenario s = new Scenario();
        long id = agreementDrafting.create(s.owner, s.full());
        s.move(id, "submitForReview");
        assertTrue(text(agreements.pdf(s.owner, id).content()).contains("Draft, not sent for signature"));
        assertTrue(agreements.preview(s.owner, id).contains("Draft, not sent for signature"));
        s.move(id, "sendForSignature");
        String sent = text(agreements.pdf(s.owner, id).content());
        assertFalse(sent.contains("DRAFT") || sent.contains("Draft, not sent"), sent);
        assertTrue(sent.contains("Signed electronically in the DDMS Portal"), sent);
        assertFalse(agreements.preview(s.owner, id).contains("Draft, not sent"));
    }

    @Test
    void theManualTransitionsOfTheAgreementWorkflowWorkForTheirRoles() {
        Scenario s = new Scenario();
        long id = agreementDrafting.create(s.owner, s.full());
        s.move(id, "submitForReview");
        s.move(id, "returnToDraft");
        assertEquals(Agreement.DRAFT, agreements.get(s.owner, id).getStatus());
        s.move(id, "submitForReview");
        s.move(id, "sendForSignature");
        assertEquals(Agreement.OUT_FOR_SIGNATURE, agreements.get(s.owner, id).getStatus());
        // a party's contact may not recall it: only the NSI's managers
        long v = agreements.get(s.owner, id).getVersion();
        assertThrows(AccessDeniedException.class, () -> agreementLifecycle.transition(s.user(s.lawyerEmail), id, v, "recall",
                "mine"));
        s.move(id, "recall");
        Agreement recalled = agreements.get(s.owner, id);
        assertEquals(Agreement.DRAFT, recalled.getStatus());
        assertFalse(signing.turn(s.user(s.directorEmail), id).isPresent(), "nobody signs a recalled agreement");
        assertTrue(agreements.pdf(s.owner, id).fileName().endsWith("-draft.pdf"),
                "a recalled agreement shows its draft again, not the document once sent");
        // sign it, then terminate it
        s.move(id, "submitForReview");
        s.move(id, "sendForSignature");
        String sha = agreements.pdf(s.owner, id).sha256();
        for (String who : List.of(s.directorEmail, s.lawyerEmail, s.engineerEmail)) {
            signing.consent(s.user(who), id, sha, "10.0.0.1", "test");
        }
        long v2 = agreements.get(s.owner, id).getVersion();
        assertThrows(AccessDeniedException.class, () -> agreementLifecycle.transition(Actors.STAFF_RS, id, v2, "terminate",
                "no"));
        agreementLifecycle.transition(s.owner, id, v2, "terminate", "The partnership ended early");
        assertEquals(Agreement.TERMINATED, agreements.get(s.owner, id).getStatus());
        Mailbox.await(s.owner.email(), m -> m.subject().startsWith("Terminated"), "about the termination");
        assertEquals(List.of("TERMINATED", "ACTIVE", "SIGNED", "OUT_FOR_SIGNATURE", "INTERNAL_REVIEW", "DRAFT",
                        "OUT_FOR_SIGNATURE", "INTERNAL_REVIEW", "DRAFT", "INTERNAL_REVIEW"),
                agreementLifecycle.lifecycle(s.owner, id).stream().map(e -> e.getToState()).toList());
    }

    @Test
    void aListPageOfAgreementsCostsTheSameNumberOfQueriesWhateverItsLength() throws Exception {
        Scenario s = new Scenario();
        for (int i = 0; i < 12; i++) {
            agreementDrafting.create(s.owner, s.full());
        }
        long small = selectsForAPage(s, 2);
        long large = selectsForAPage(s, 10);
        assertEquals(small, large, "a page of 10 agreements costs as many SELECTs as a page of 2 (no N+1)");
        assertTrue(large >= 1 && large <= 8, "a page of agreements with their parties took " + large + " SELECTs");
    }

    /** SELECTs to load a page of agreements and everything the list and the party columns show. */
    private long selectsForAPage(Scenario s, int size) throws Exception {
        PageRequest request = new PageRequest(0, size, "reference", true,
                Map.of("partnership", Long.toString(s.partnership)), null);
        List<Page<Agreement>> loaded = new ArrayList<>();
        long selects = QueryCounter.selects(dataSource, () -> {
            var page = agreements.search(s.owner, request);
            for (Agreement a : page.rows()) {
                a.getPartnership().getTitle();
                a.getParties().forEach(p -> {
                    p.getOrganisation().getName();
                    p.getContact().getFullName();
                });
            }
            loaded.add(page);
        });
        assertEquals(12, loaded.get(0).total());
        assertEquals(size, loaded.get(0).rows().size());
        return selects;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
