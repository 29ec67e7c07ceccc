package org.ddmsportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ddmsportal.devstack.TestStack;
import org.ddmsportal.it.ApiClient;
import org.ddmsportal.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The signing journey through Keycloak's login form, one behaviour a test, each on a partnership
 * and agreement of its own: the Serbian NSI manager drafts a data-sharing agreement of a
 * partnership with the City of Belgrade and the electricity company and sees what is missing;
 * completes it and sends it; the city's contact (an existing account) signs; the company's
 * signatory, who had no account, follows Keycloak's invitation mail, sets a password and signs; the
 * manager finds the agreement frozen and downloads the signed PDF with its certificate; the public
 * verification page (and the REST API) recognise the file.
 *
 * <p>The registry rows (the city with the demo user's organisation code and e-mail, the company
 * and its new signatory, the partnership) are inserted with SQL: the registry's own pages are
 * the subject of other journeys. A test that starts from an agreement out for signature has the
 * manager draft and send it through the REST API ({@link ApiClient}), as the page would; the
 * signatures a test is not about are made there too, except where the certificate's evidence of
 * the pages' signatures is checked. The city and its contact are inserted only when absent, and
 * everything else carries the test's own number, so the tests run in any order and again on a
 * used database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AgreementJourneyIT {

    private static final Path SHOTS = Path.of("target/screenshots/agreement");

    private static final String CITY_CONTACT_EMAIL = "jelena.nikolic@demo.beograd.rs";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalOnly();
    }

    @ArquillianResource
    URL base;

    private String url(String path) {
        return PortalUrl.of(base, path);
    }

    /** This test's number (JUnit makes an instance a test): in its partnership, company and signatory. */
    private final long n = System.nanoTime() % 1_000_000_000L;
    private final String newSignatory = "milica." + n + "@eps.test";
    private final String title = "Household electricity consumption " + System.nanoTime();

    @Test
    void aDraftOfTitleAndPartiesGetsAReferenceAndTheChecklistSaysWhatIsMissing() throws Exception {
        String partnership = registry();
        try (Browser browser = new Browser()) {
            newAgreement(browser, partnership);
            Accessibility.check(browser, "new agreement");
            browser.find(By.id("form:save")).click();
            browser.waitForText(By.id("title"), title);
            String reference = browser.text(By.id("reference"));
            assertTrue(reference.matches("RS-\\d{4}-\\d{4}"), reference);
            browser.waitForText(By.id("checklist"), "Retention period and deletion duty");
            Accessibility.check(browser, "agreement draft");
            browser.screenshot(SHOTS.resolve("10-draft-checklist.png"));
        }
    }

    @Test
    void theCompletedTermsPassReviewAndTheAgreementGoesOutForSignatureNoLongerEditable() throws Exception {
        String partnership = registry();
        try (Browser browser = new Browser()) {
            newAgreement(browser, partnership);
            browser.find(By.id("form:save")).click();
            browser.waitForText(By.id("title"), title);

            browser.find(By.id("edit")).click();
            type(browser, "effectiveDate_input", "2026-01-01");
            type(browser, "expiryDate_input", "2030-12-31");
            browser.waitFor(By.id("form:itemsCovered")).sendKeys("Hourly consumption by municipality");
            type(browser, "purposes", "Forecast household electricity prices");
            type(browser, "legalBasis", "Law on Official Statistics, Art. 26");
            select(browser, "personalData", "false");
            select(browser, "confidentiality", "CONFIDENTIAL");
            type(browser, "minCellCount_input", "10");
            type(browser, "permittedUses", "Official statistics and the price forecasts");
            type(browser, "prohibitedUses", "Commercial use; re-identification");
            select(browser, "accessMethod", "SECURE_TRANSFER");
            type(browser, "frequency", "Monthly");
            type(browser, "retentionPeriod", "5 years");
            type(browser, "deletionDuty", "Delete the microdata after five years");
            type(browser, "breachProcedure", "Notify within 72 hours");
            type(browser, "proprietaryRights", "The data remain EPS's");
            select(browser, "publicationAllowed", "true");
            select(browser, "publicationClearance", "true");
            browser.find(By.id("form:save")).click();
            browser.waitForText(By.id("checklist"), "Everything the checklist asks for is there.");

            move(browser, "submitForReview", "Legal department checked it");
            browser.waitForText(By.id("status"), "Internal review");
            move(browser, "sendForSignature", "Ready for signature");
            browser.waitForText(By.id("status"), "Out for signature");
            // the parties' table says whose turn it is (every party read "Waiting")
            assertTrue(browser.text(By.id("parties")).contains("Their turn"), browser.text(By.id("parties")));
            assertTrue(browser.driver().findElements(By.id("edit")).isEmpty(), "no editing out for signature");
            // its edit page, reached by its address, opens the agreement's page saying why
            String id = browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
            browser.open(url("/app/agreements/edit?id=" + id));
            browser.waitForText(By.id("messages"), "Only a draft can be edited. Return it to draft first.");
            assertTrue(browser.driver().getCurrentUrl().contains("/app/agreements/view?id=" + id),
                    browser.driver().getCurrentUrl());
            assertEquals("Out for signature", browser.text(By.id("status")));
            browser.screenshot(SHOTS.resolve("20-out-for-signature.png"));
            browser.find(By.id("signOut")).click();
        }
    }

    @Test
    void theCitysContactSignsFromMyTasksOnceTheConfirmationIsTicked() throws Exception {
        Sent sent = sentForSignature(registry());
        sign("contact.beg", "demo", agreementUrl(sent.id()), sent.reference(), "30-city-signs.png");
    }

    @Test
    void theCompanysNewSignatoryFollowsKeycloaksInvitationSetsAPasswordAndSigns() throws Exception {
        Sent sent = sentForSignature(registry());
        signOverRest(sent.id(), ApiClient.userToken("contact.beg"));
        String password = acceptInvitation(newSignatory);
        sign(newSignatory, password, agreementUrl(sent.id()), sent.reference(), "40-company-signs.png");
    }

    @Test
    void theManagerFindsTheSignedAgreementFrozenAndItsPdfCertifiesTheSignersConnections() throws Exception {
        Sent sent = sentForSignature(registry());
        String reference = sent.reference();
        String agreementUrl = agreementUrl(sent.id());
        // both sign on the page, each claiming another address: the certificate is the pages' evidence
        sign("contact.beg", "demo", agreementUrl, reference, "30-city-signs.png");
        sign(newSignatory, acceptInvitation(newSignatory), agreementUrl, reference, "40-company-signs.png");

        try (Browser browser = new Browser()) {
            browser.open(agreementUrl);
            browser.signInThroughKeycloak("manager.rs", "demo");
            // sign-in returns to the page asked for
            browser.waitFor(By.id("status"));
            assertTrue(browser.driver().getCurrentUrl().contains("/app/agreements/view"), browser.driver().getCurrentUrl());
            browser.waitForText(By.id("status"), "Active");
            assertTrue(browser.text(By.id("frozen")).contains("signed and frozen"));
            assertTrue(browser.driver().findElements(By.id("edit")).isEmpty(), "a signed agreement is not edited");
            browser.waitFor(By.id("amendForm:amend"));
            browser.find(By.id("tabs:pdf")).click();
            Path pdf = browser.awaitDownload("-signed.pdf");
            try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
                String text = new PDFTextStripper().getText(doc);
                assertTrue(text.contains("Certificate of completion"), text);
                assertTrue(text.contains("Jelena Nikolić") && text.contains("Milica Ilić"), text);
                // the signers' addresses are the connections', not what their browsers claimed
                assertFalse(text.contains(FORGED_ADDRESS), text);
                assertTrue(text.contains("127.0.0.1") || text.contains("0:0:0:0:0:0:0:1"), text);
            }
            Accessibility.check(browser, "signed agreement");
            Accessibility.reflows(browser, "signed agreement");
            browser.screenshot(SHOTS.resolve("50-signed.png"));
            // its amendment's form says it is one (the kind offered only MoU and DSA, and showed "Memorandum")
            browser.find(By.id("amendForm:amend")).click();
            browser.waitFor(By.id("form:title"));
            assertEquals("Amendment", browser.text(By.id("form:kind_label")));
        }
    }

    @Test
    void thePublicPageAndTheApiRecogniseTheSignedPdfAndATamperedOneAndTheOdrlPolicyIsPublished() throws Exception {
        Sent sent = sentForSignature(registry());
        String reference = sent.reference();
        signOverRest(sent.id(), ApiClient.userToken("contact.beg"));
        signOverRest(sent.id(), ApiClient.userToken(newSignatory, acceptInvitation(newSignatory)));
        byte[] signed = signedPdf(sent.id());
        Path pdf = Files.createTempFile("agreement-" + reference + "-", "-signed.pdf");
        Files.write(pdf, signed);

        try (Browser browser = new Browser()) {
            // anyone can check the file on the public verification page
            browser.open(url("/verify.xhtml?reference=" + reference));
            browser.waitFor(By.id("verify:reference"));
            // the skinned file input is visually hidden behind its button; a file can still be given to it
            browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(pdf.toAbsolutePath().toString());
            browser.find(By.id("verify:check")).click();
            browser.waitForText(By.id("result"), "This is the signed document");
            Accessibility.check(browser, "verification");
            browser.screenshot(SHOTS.resolve("60-verified.png"));
        }

        // the same for programs, over REST; one changed byte is detected
        assertTrue(verifyOverRest(reference, signed).contains("\"verdict\":\"SIGNED\""));
        byte[] tampered = signed.clone();
        tampered[tampered.length / 2] ^= 1;
        assertTrue(verifyOverRest(reference, tampered).contains("\"verdict\":\"DIFFERENT\""));
        HttpResponse<String> odrl = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url("/api/agreements/" + reference + "/odrl"))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, odrl.statusCode(), odrl.body());
        assertTrue(odrl.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        // the policy's IRI is this URL (parties and data are fragments of it); its profile answers too
        assertTrue(odrl.body().contains("/api/agreements/" + reference + "/odrl\","), odrl.body());
        assertTrue(odrl.body().contains("\"conflict\": \"prohibit\""), odrl.body());
        HttpResponse<String> profile = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url("/api/odrl/profile"))).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, profile.statusCode(), profile.body());
        assertTrue(profile.body().contains("ddms:minimumCellCount a odrl:LeftOperand"), profile.body());
    }

    /**
     * Signs the manager in, finds this test's partnership in the list and fills the new agreement's
     * title and parties (the city's contact first, the company's new signatory second), unsaved.
     */
    /**
     * The company leaves the partnership while the draft names it: the draft's form still shows it,
     * as "(no longer in the partnership)", not as an empty choice; saving with it is refused with the
     * parties' rule and keeps the form; without it, the draft saves.
     */
    @Test
    void aPartyThatLeftThePartnershipIsNamedOnTheDraftsFormUntilReplaced() throws Exception {
        String partnership = registry();
        Sent draft = drafted(partnership).agreement();
        try (Connection c = db(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM partnership_partner WHERE organisation_id = (SELECT id FROM organisation WHERE name = '"
                    + company() + "')");
            org.ddmsportal.it.SeededChange.record(c, "AgreementJourneyIT: the company left");
        }
        try (Browser browser = new Browser()) {
            browser.open(url("/app/index.xhtml"));
            browser.signInThroughKeycloak("manager.rs", "demo");
            browser.waitFor(By.id("welcome"));
            browser.open(url("/app/agreements/edit.xhtml?id=" + draft.id()));
            browser.waitFor(By.cssSelector("[id$='1:party']"));
            String chosen = (String) ((JavascriptExecutor) browser.driver()).executeScript("return Array.from("
                    + "document.querySelectorAll(\".ddms-partner-row select[id$=':party_input']\")).map(function (s) {"
                    + " return s.options[s.selectedIndex].text; }).join(' | ');");
            assertEquals("City of Belgrade | " + company() + " (no longer in the partnership)", chosen);
            Accessibility.check(browser, "a draft naming a party that left the partnership");
            browser.find(By.id("form:save")).click();
            browser.waitForText(By.id("main"), "Each party is the lead or a partner of the partnership");
            browser.driver().findElements(By.cssSelector("[id$=':removeParty']")).get(1).click();
            browser.awaitAjax();
            browser.find(By.id("form:save")).click();
            browser.waitForText(By.id("title"), title);
            assertFalse(browser.text(By.id("main")).contains(company()), "the company is no longer a party");
        }
    }

    private void newAgreement(Browser browser, String partnership) {
        browser.open(url("/app/index.xhtml"));
        browser.signInThroughKeycloak("manager.rs", "demo");
        browser.waitFor(By.id("welcome"));
        browser.open(url("/app/partnerships/list.xhtml"));
        browser.waitFor(By.id("list:table:title:filter")).sendKeys(partnership);
        browser.waitForText(By.id("list:table_data"), partnership);
        browser.find(By.linkText(partnership)).click();
        browser.waitFor(By.id("tabs:newAgreement")).click();
        // draft: title and parties only
        browser.waitFor(By.id("form:title")).sendKeys(title);
        // each contact by name and e-mail: on a used database the city may have other contacts
        party(browser, 0, "City of Belgrade", "Jelena Nikolić (" + CITY_CONTACT_EMAIL + ")", "1");
        party(browser, 1, company(), "Milica Ilić (" + newSignatory + ")", "2");
    }

    /** An agreement by its id and reference. */
    private record Sent(long id, String reference) {
    }

    /**
     * The agreement the manager completes on the page (the same parties and terms), drafted over
     * the REST API as manager.rs; {@link #sentForSignature} moves it to internal review and sends it.
     */
    private Drafted drafted(String partnership) throws SQLException {
        String token = ApiClient.userToken("manager.rs");
        JsonObject terms = Json.createObjectBuilder()
                .add("itemsCovered", "Hourly consumption by municipality")
                .add("purposes", "Forecast household electricity prices")
                .add("legalBasis", "Law on Official Statistics, Art. 26")
                .add("personalData", false).add("confidentiality", "CONFIDENTIAL").add("minCellCount", 10)
                .add("permittedUses", "Official statistics and the price forecasts")
                .add("prohibitedUses", "Commercial use; re-identification")
                .add("accessMethod", "SECURE_TRANSFER").add("frequency", "Monthly").add("retentionPeriod", "5 years")
                .add("deletionDuty", "Delete the microdata after five years").add("breachProcedure", "Notify within 72 hours")
                .add("proprietaryRights", "The data remain EPS's")
                .add("publicationAllowed", true).add("publicationClearance", true).build();
        String draft = Json.createObjectBuilder()
                .add("partnershipId", id("SELECT id FROM partnership WHERE title = ?", partnership))
                .add("kind", "DSA").add("title", title).add("effectiveDate", "2026-01-01").add("expiryDate", "2030-12-31")
                .add("parties", Json.createArrayBuilder()
                        .add(party(id("SELECT id FROM organisation WHERE code = ?", "RS-BEG"),
                                id("SELECT k.id FROM contact k JOIN organisation o ON o.id = k.organisation_id"
                                        + " WHERE o.code = 'RS-BEG' AND k.email = ? ORDER BY k.id", CITY_CONTACT_EMAIL), 1))
                        .add(party(id("SELECT id FROM organisation WHERE name = ?", company()),
                                id("SELECT id FROM contact WHERE email = ?", newSignatory), 2)))
                .add("terms", terms).build().toString();
        HttpResponse<String> created = ApiClient.send("POST", ApiClient.v1("agreements"), token, draft);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject agreement = ApiClient.object(created.body());
        return new Drafted(new Sent(agreement.getJsonNumber("id").longValue(), agreement.getString("reference")),
                created.headers().firstValue("ETag").orElseThrow(), token);
    }

    /** A draft made over the REST API: the agreement, its ETag and the manager's token. */
    private record Drafted(Sent agreement, String etag, String token) {
    }

    private Sent sentForSignature(String partnership) throws SQLException {
        Drafted drafted = drafted(partnership);
        long id = drafted.agreement().id();
        String token = drafted.token();
        String etag = drafted.etag();
        for (String[] move : new String[][] {{"submitForReview", "Legal department checked it"},
                {"sendForSignature", "Ready for signature"}}) {
            HttpResponse<String> moved = ApiClient.send("POST", ApiClient.v1("agreements/" + id + "/transitions/" + move[0]),
                    token, Json.createObjectBuilder().add("comment", move[1]).build().toString(), "If-Match", etag);
            assertEquals(200, moved.statusCode(), moved.body());
            etag = moved.headers().firstValue("ETag").orElseThrow();
        }
        return drafted.agreement();
    }

    private static JsonObject party(long organisation, long contact, int order) {
        return Json.createObjectBuilder().add("organisationId", organisation).add("contactId", contact)
                .add("role", "SIGNER").add("order", order).build();
    }

    /** The party whose turn it is (the token's user) signs the document sent, over the REST API. */
    private static void signOverRest(long id, String token) {
        String agreement = ApiClient.v1("agreements/" + id);
        JsonObject turn = ApiClient.object(ApiClient.get(agreement + "/signing-turn", token).body());
        assertTrue(turn.getBoolean("yourTurn"), turn.toString());
        String etag = ApiClient.get(agreement, token).headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> signed = ApiClient.send("POST", agreement + "/signature", token,
                Json.createObjectBuilder().add("documentSha256", turn.getString("documentSha256")).build().toString(),
                "If-Match", etag);
        assertEquals(200, signed.statusCode(), signed.body());
    }

    /** The signed PDF with its certificate, as the manager downloads it over the REST API. */
    private static byte[] signedPdf(long id) throws Exception {
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(ApiClient.v1("agreements/" + id + "/document")))
                .header("Authorization", "Bearer " + ApiClient.userToken("manager.rs"))
                .header("Accept", "application/pdf").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        return pdf.body();
    }

    private String verifyOverRest(String reference, byte[] pdf) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(url("/api/agreements/" + reference + "/verify")))
                .header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofByteArray(pdf)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body().replace(" ", "");
    }

    private static final String FORGED_ADDRESS = "203.0.113.66";

    /** A contact signs in through Keycloak, opens the agreement and signs the PDF shown. */
    private void sign(String user, String password, String agreementUrl, String reference, String shot) throws Exception {
        try (Browser browser = new Browser()) {
            // a signer who claims another address: the evidence must not believe it
            browser.sendHeader("X-Forwarded-For", FORGED_ADDRESS);
            browser.open(agreementUrl);
            browser.signInThroughKeycloak(user, password);
            // sign-in returns to the agreement asked for
            browser.waitFor(By.id("signing:sign"));
            assertTrue(browser.driver().getCurrentUrl().contains("/app/agreements/view"), browser.driver().getCurrentUrl());
            browser.open(url("/app/index.xhtml"));
            // the workspace lists what waits for the user's signature
            // (this agreement's entry: on a used database earlier runs may have left others waiting)
            browser.waitFor(By.xpath("//ul[@id='myTasks']//a[starts-with(normalize-space(.), '" + reference + " ')]"))
                    .click();
            browser.waitFor(By.id("signing:sign"));
            String hash = browser.text(By.id("sha256"));
            assertEquals(64, hash.length(), hash);
            assertFalse(browser.driver().findElements(By.id("signing:documentToSign")).isEmpty());
            Accessibility.check(browser, "signing panel of " + user);
            browser.screenshot(SHOTS.resolve(shot));
            // without the confirmation nothing happens
            browser.find(By.id("signing:sign")).click();
            browser.waitForText(By.id("messages"), "Tick the confirmation first.");
            browser.find(By.cssSelector("#signing\\:confirm .ui-chkbox-box")).click();
            browser.find(By.id("signing:sign")).click();
            browser.waitForText(By.id("messages"), "your approval or signature is recorded");
            assertTrue(browser.driver().findElements(By.id("signing:sign")).isEmpty(), "no second signature");
        }
    }

    /**
     * The portal created a Keycloak account for the new signatory when the agreement was sent;
     * Keycloak mailed the invitation to the test SMTP server. Follow its link and set a password.
     */
    private String acceptInvitation(String email) throws Exception {
        String link = null;
        for (int i = 0; i < 60 && link == null; i++) {
            for (MimeMessage m : TestStack.receivedMails()) {
                if (m.getAllRecipients()[0].toString().equalsIgnoreCase(email)) {
                    Matcher matcher = Pattern.compile("https?://[^\\s\"<>]*action-token[^\\s\"<>]*")
                            .matcher(GreenMailUtil.getBody(m).replace("=\r\n", "").replace("&amp;", "&"));
                    if (matcher.find()) {
                        link = matcher.group().replace("=3D", "=");
                    }
                }
            }
            if (link == null) {
                Thread.sleep(500);
            }
        }
        assertTrue(link != null, "Keycloak's invitation to " + email + " did not arrive");
        String password = "Signatory-" + n;
        try (Browser browser = new Browser()) {
            browser.open(link);
            // "Perform the following action(s): Update Password" → proceed; under load the page may
            // still be on its way when open returns, so wait for one or the other first
            browser.waitUntil(d -> !d.findElements(By.id("password-new")).isEmpty()
                    || !d.findElements(By.partialLinkText("Click here")).isEmpty());
            if (!browser.driver().findElements(By.partialLinkText("Click here")).isEmpty()) {
                browser.find(By.partialLinkText("Click here")).click();
            }
            browser.waitFor(By.id("password-new")).sendKeys(password);
            browser.find(By.id("password-confirm")).sendKeys(password);
            browser.find(By.cssSelector("[type=submit]")).click();
            browser.waitForText(By.tagName("body"), "Your account has been updated");
            browser.screenshot(SHOTS.resolve("35-invitation-accepted.png"));
        }
        return password;
    }

    private String agreementUrl(long id) {
        return url("/app/agreements/view.xhtml?id=" + id);
    }

    /** The id of the first row {@code sql} selects with {@code value}. */
    private static long id(String sql, String value) throws SQLException {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, value);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), sql + " " + value);
                return rs.getLong(1);
            }
        }
    }

    private static void party(Browser browser, int index, String organisation, String contact, String order) {
        browser.find(By.id("form:addParty")).click();
        browser.awaitAjax();
        browser.waitFor(By.cssSelector("[id$='" + index + ":party']"));
        String orgMenu = browser.driver().findElements(By.cssSelector(".ddms-partner-row [id$=':party']")).get(index)
                .getAttribute("id");
        selectByLabel(browser, orgMenu, organisation);
        browser.awaitAjax();
        String contactMenu = browser.driver().findElements(By.cssSelector(".ddms-partner-row [id$=':signatory']"))
                .get(index).getAttribute("id");
        selectByLabel(browser, contactMenu, contact, true);
        browser.awaitAjax();
        String orderField = browser.driver().findElements(By.cssSelector(".ddms-partner-row [id$=':order']"))
                .get(index).getAttribute("id");
        js(browser, "PrimeFaces.getWidgetById('" + orderField + "').setValue(" + order + ");");
    }

    private static void type(Browser browser, String id, String text) {
        var field = browser.find(By.id("form:" + id));
        field.clear();
        field.sendKeys(text);
    }

    private static void select(Browser browser, String id, String value) {
        js(browser, "PrimeFaces.getWidgetById('form:" + id + "').selectValue('" + value + "');");
    }

    private static void selectByLabel(Browser browser, String widgetId, String label) {
        selectByLabel(browser, widgetId, label, false);
    }

    private static void selectByLabel(Browser browser, String widgetId, String label, boolean prefix) {
        js(browser, "var w = PrimeFaces.getWidgetById('" + widgetId + "'); var select = document.getElementById(w.id + '_input');"
                + " var option = Array.from(select.options).find(function (o) { return "
                + (prefix ? "o.text.indexOf('" + label + "') === 0" : "o.text === '" + label + "'") + "; });"
                + " w.selectValue(option.value);"
                // selectValue is silent: fire the menu's ajax behaviour as a user's choice would
                + " ['change', 'valueChange'].forEach(function (e) { if (w.hasBehavior(e)) { w.callBehavior(e); } });");
    }

    private static void move(Browser browser, String transition, String comment) {
        var field = browser.waitFor(By.id("lifecycle:comment"));
        field.clear();
        field.sendKeys(comment);
        browser.find(By.cssSelector("button.ddms-move-" + transition)).click();
        browser.awaitAjax();
    }

    private static void js(Browser browser, String script) {
        ((JavascriptExecutor) browser.driver()).executeScript(script);
    }

    private static Connection db() throws SQLException {
        return DriverManager.getConnection(System.getProperty("ddms.test.dbUrl"), "root", "");
    }

    private String partnership() {
        return "Electricity prices for Belgrade (journey " + n + ")";
    }

    private String company() {
        return "Elektroprivreda Srbije (journey " + n + ")";
    }

    /**
     * A Serbian NSI, the City of Belgrade (code RS-BEG, as the demo user contact.beg has) with
     * its contact Jelena Nikolić (contact.beg's e-mail), the electricity company with a new
     * signatory who has no account, and a partnership of the NSI with both.
     */
    private String registry() throws SQLException {
        try (Connection c = db(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO organisation (code, name, type_id, country_id, version, created_at, created_by,"
                    + " modified_at, modified_by) SELECT x.code, x.name, t.id, k.id, 0, NOW(6), 'test', NOW(6), 'test'"
                    + " FROM (SELECT NULL code, 'Statistical Office (journey " + n + ")' name, 'NSI' type"
                    + " UNION ALL SELECT NULL, '" + company() + "', 'UTILITY') x"
                    + " JOIN organisation_type t ON t.code = x.type JOIN country k ON k.iso_alpha2 = 'RS'");
            // the city and its contact match the demo user contact.beg: made by the first run (or the demo data), kept after
            s.execute("INSERT INTO organisation (code, name, type_id, country_id, version, created_at, created_by,"
                    + " modified_at, modified_by) SELECT 'RS-BEG', 'City of Belgrade', t.id, k.id, 0, NOW(6), 'test',"
                    + " NOW(6), 'test' FROM organisation_type t JOIN country k ON k.iso_alpha2 = 'RS'"
                    + " WHERE t.code = 'MUNICIPALITY' AND NOT EXISTS (SELECT 1 FROM organisation WHERE code = 'RS-BEG')");
            s.execute("INSERT INTO contact (full_name, email, organisation_id, version, created_at, created_by,"
                    + " modified_at, modified_by) SELECT 'Jelena Nikolić', '" + CITY_CONTACT_EMAIL + "', o.id, 0,"
                    + " NOW(6), 'test', NOW(6), 'test' FROM organisation o WHERE o.code = 'RS-BEG' AND NOT EXISTS"
                    + " (SELECT 1 FROM contact WHERE email = '" + CITY_CONTACT_EMAIL + "')");
            s.execute("INSERT INTO contact (full_name, email, organisation_id, version, created_at, created_by,"
                    + " modified_at, modified_by) SELECT 'Milica Ilić', '" + newSignatory + "', o.id, 0, NOW(6), 'test',"
                    + " NOW(6), 'test' FROM organisation o WHERE o.name = '" + company() + "'");
            s.execute("INSERT INTO partnership (title, lead_organisation_id, type, status, version, created_at,"
                    + " created_by, modified_at, modified_by) SELECT '" + partnership() + "', o.id, 'DATA_SHARING',"
                    + " 'ACTIVE', 0, NOW(6), 'test', NOW(6), 'test' FROM organisation o"
                    + " WHERE o.name = 'Statistical Office (journey " + n + ")'");
            s.execute("INSERT INTO partnership_partner (partnership_id, organisation_id, role)"
                    + " SELECT p.id, o.id, 'DATA_PROVIDER' FROM partnership p JOIN organisation o"
                    + " ON o.code = 'RS-BEG' OR o.name = '" + company() + "'"
                    + " WHERE p.title = '" + partnership() + "'");
            org.ddmsportal.it.SeededChange.record(c, "AgreementJourneyIT"); // as a user's change would
        }
        return partnership();
    }
}
