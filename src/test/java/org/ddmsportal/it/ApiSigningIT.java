package org.ddmsportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.ddmsportal.application.agreement.AgreementDrafting;
import org.ddmsportal.application.agreement.AgreementForm;
import org.ddmsportal.application.agreement.AgreementLifecycle;
import org.ddmsportal.application.agreement.AgreementQueries;
import org.ddmsportal.application.partnership.PartnershipForm;
import org.ddmsportal.application.partnership.PartnershipService;
import org.ddmsportal.application.contact.ContactForm;
import org.ddmsportal.application.contact.ContactService;
import org.ddmsportal.application.organisation.OrganisationForm;
import org.ddmsportal.application.organisation.OrganisationService;
import org.ddmsportal.domain.agreement.AccessMethod;
import org.ddmsportal.domain.agreement.AgreementKind;
import org.ddmsportal.domain.agreement.Confidentiality;
import org.ddmsportal.domain.agreement.PartyRole;
import org.ddmsportal.domain.partnership.PartnerRole;
import org.ddmsportal.domain.partnership.PartnershipType;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Signing through the API is the page's signing: only the party whose turn it is may approve or
 * sign, for the document it was sent (its SHA-256), with If-Match; the others are refused and
 * nothing changes. The signatories are real Keycloak users whose e-mail is their contact's.
 */
@ExtendWith(ArquillianExtension.class)
class ApiSigningIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject OrganisationService organisations;
    @Inject ContactService contacts;
    @Inject PartnershipService partnerships;
    @Inject AgreementDrafting drafting;
    @Inject AgreementLifecycle lifecycle;
    @Inject AgreementQueries queries;

    private static final String FORGED_ADDRESS = "203.0.113.77";

    @Test
    void onlyThePartyWhoseTurnItIsSigns() {
        long n = System.nanoTime() % 1_000_000_000L;
        long nsi = organisation("Zavod " + n, "NSI");
        long city = organisation("Grad " + n, "MUNICIPALITY");
        String directorEmail = "api.director." + n + "@stat.test";
        String lawyerEmail = "api.lawyer." + n + "@grad.test";
        long director = contact("Ana " + n, directorEmail, nsi);
        long lawyer = contact("Jelena " + n, lawyerEmail, city);
        PartnershipForm p = new PartnershipForm();
        p.setTitle("Signing partnership " + n);
        p.setLeadId(nsi);
        p.setType(PartnershipType.DATA_SHARING);
        PartnershipForm.PartnerRow row = new PartnershipForm.PartnerRow();
        row.setOrganisationId(city);
        row.setRole(PartnerRole.DATA_PROVIDER);
        p.getPartners().add(row);
        long partnership = partnerships.create(Actors.ADMIN, p);
        Actor owner = new Actor("api.owner." + n, "Owner", "owner." + n + "@stat.test", Set.of(Role.NSI_MANAGER), "RS", null);
        long id = drafting.create(owner, full(partnership, nsi, director, city, lawyer));
        for (String move : List.of("submitForReview", "sendForSignature")) {
            lifecycle.transition(owner, id, queries.get(owner, id).getVersion(), move, "ok");
        }

        // the portal invited the signatories when the agreement was sent: their accounts may exist already
        String directorToken = ApiClient.userToken(KeycloakUsers.withEmail("api.director." + n, directorEmail, "contact", "RS"));
        String lawyerToken = ApiClient.userToken(KeycloakUsers.withEmail("api.lawyer." + n, lawyerEmail, "contact", "RS"));
        String agreement = ApiClient.v1("agreements/" + id);

        // the city's lawyer signs second: not yet
        JsonObject lawyerTurn = ApiClient.object(ApiClient.get(agreement + "/signing-turn", lawyerToken).body());
        assertFalse(lawyerTurn.getBoolean("yourTurn"), lawyerTurn.toString());
        HttpResponse<String> read = ApiClient.get(agreement, directorToken);
        assertEquals(200, read.statusCode(), read.body());
        String etag = read.headers().firstValue("ETag").orElseThrow();
        JsonObject directorTurn = ApiClient.object(ApiClient.get(agreement + "/signing-turn", directorToken).body());
        assertTrue(directorTurn.getBoolean("yourTurn"), directorTurn.toString());
        String sha = directorTurn.getString("documentSha256");
        String signature = "{\"documentSha256\":\"" + sha + "\"}";

        HttpResponse<String> early = ApiClient.send("POST", agreement + "/signature", lawyerToken, signature, "If-Match", etag);
        assertTrue(early.statusCode() >= 400 && early.statusCode() < 500, early.body());
        assertTrue(early.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(etag, ApiClient.get(agreement, directorToken).headers().firstValue("ETag").orElseThrow(),
                "a refused signature changes nothing");
        assertEquals(428, ApiClient.send("POST", agreement + "/signature", directorToken, signature).statusCode());
        HttpResponse<String> wrongDocument = ApiClient.send("POST", agreement + "/signature", directorToken,
                "{\"documentSha256\":\"" + "0".repeat(64) + "\"}", "If-Match", etag);
        assertTrue(wrongDocument.statusCode() >= 400 && wrongDocument.statusCode() < 500, wrongDocument.body());

        HttpResponse<String> approved = ApiClient.send("POST", agreement + "/signature", directorToken, signature,
                "If-Match", etag, "X-Forwarded-For", FORGED_ADDRESS);
        assertEquals(200, approved.statusCode(), approved.body());
        // the evidence is read as on the page (ClientAddress): the test stack trusts no proxy, so the
        // connection's own address, whatever X-Forwarded-For says
        String evidence = queries.get(owner, id).getParties().stream().filter(x -> x.getSignOrder() == 1)
                .findFirst().orElseThrow().getIpAddress();
        assertNotNull(evidence, "the approval records the connection's address");
        assertFalse(evidence.contains(FORGED_ADDRESS), evidence);
        // Known gap: an approval changes only the party row, not the agreement's @Version, so the
        // ETag stays the same until the agreement itself changes (the last signature does).
        String after = approved.headers().firstValue("ETag").orElseThrow();
        assertTrue(ApiClient.object(ApiClient.get(agreement + "/signing-turn", lawyerToken).body()).getBoolean("yourTurn"));
        HttpResponse<String> signed = ApiClient.send("POST", agreement + "/signature", lawyerToken, signature,
                "If-Match", after);
        assertEquals(200, signed.statusCode(), signed.body());
        assertNotEquals("OUT_FOR_SIGNATURE", ApiClient.object(signed.body()).getString("status"));

        // the lifecycle's events: the portal's own comment in the caller's language, who by account and name
        HttpResponse<String> events = ApiClient.get(agreement + "/events", directorToken, "Accept-Language", "fr");
        assertEquals(200, events.statusCode(), events.body());
        JsonObject complete = ApiClient.json(events).asJsonArray().stream().map(jakarta.json.JsonValue::asJsonObject)
                .filter(e -> "complete".equals(e.getString("transition"))).findFirst().orElseThrow(() -> new AssertionError(events.body()));
        assertEquals("Toutes les parties ont approuvé ou signé.", complete.getString("comment"));
        jakarta.json.JsonArray moves = ApiClient.json(events).asJsonArray();
        JsonObject submitted = moves.getJsonObject(moves.size() - 1);   // newest first
        assertEquals("submitForReview", submitted.getString("transition"));
        assertEquals("api.owner." + n, submitted.getString("actor"));
        assertEquals("Owner", submitted.getString("actorName"));
        assertEquals("ok", submitted.getString("comment"), "what a person wrote stays as written");
    }

    private long organisation(String name, String type) {
        OrganisationForm f = new OrganisationForm();
        f.setName(name);
        f.setCountryCode("RS");
        f.setTypeCode(type);
        return organisations.create(Actors.ADMIN, f);
    }

    private long contact(String name, String email, long organisation) {
        ContactForm c = new ContactForm();
        c.setFullName(name);
        c.setEmail(email);
        c.setOrganisationId(organisation);
        return contacts.create(Actors.ADMIN, c);
    }

    private static AgreementForm full(long partnership, long nsi, long director, long city, long lawyer) {
        AgreementForm f = new AgreementForm();
        f.setPartnershipId(partnership);
        f.setKind(AgreementKind.DSA);
        f.setTitle("Signed through the API");
        f.setEffectiveDate(LocalDate.now().minusDays(1));
        f.setExpiryDate(LocalDate.now().plusYears(2));
        f.setRenewalNoticeDays(60);
        f.setReviewDate(LocalDate.now().plusYears(1));
        f.setParties(List.of(party(nsi, director, PartyRole.APPROVER, 1), party(city, lawyer, PartyRole.SIGNER, 2)));
        f.setItemsCovered("Hourly consumption per district");
        f.setPurposes("Forecast household prices");
        f.setLegalBasis("Law on Official Statistics");
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

    private static AgreementForm.PartyRow party(long org, long contact, PartyRole role, int order) {
        AgreementForm.PartyRow row = new AgreementForm.PartyRow();
        row.setOrganisationId(org);
        row.setContactId(contact);
        row.setRole(role);
        row.setOrder(order);
        return row;
    }
}
