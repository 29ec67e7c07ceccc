package org.ddmsportal.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ddmsportal.application.mail.Localized;
import org.ddmsportal.application.mail.MailLanguages;
import org.ddmsportal.application.mail.Notifications;
import org.ddmsportal.domain.agreement.AgreementDocument;
import org.ddmsportal.infrastructure.document.MustacheTemplates;
import org.ddmsportal.infrastructure.document.OpenHtmlPdfRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every template of templates/ renders; the PDF carries Cyrillic and accented names as text. */
class AgreementTemplatesTest {

    private final MustacheTemplates templates = new MustacheTemplates();
    private final OpenHtmlPdfRenderer pdf = new OpenHtmlPdfRenderer();

    private static List<Map<String, Object>> parties() {
        return List.of(
                Map.of("order", 1, "organisation", "Град Београд", "signatory", "Јелена Петровић",
                        "role", "Signer", "signs", true, "status", "SIGNED", "sha256", "ab12"),
                Map.of("order", 2, "organisation", "Électricité de Serbie", "signatory", "Marko Jovanović",
                        "role", "Signer", "signs", true, "status", "SIGNED", "sha256", "cd34"));
    }

    static Map<String, Object> model() {
        Map<String, Object> m = new HashMap<>();
        m.put("reference", "RS-2026-0007");
        m.put("title", "Electricity <consumption> & prices");
        m.put("partnership", "Electricity prices for Belgrade");
        m.put("lead", "Statistical Office of the Republic of Serbia");
        m.put("effectiveDate", "2026-01-01");
        m.put("expiryDate", "2028-12-31");
        m.put("renewalNoticeDays", 90);
        m.put("reviewDate", "2027-06-30");
        m.put("amends", "RS-2026-0001");
        m.put("dataSharing", true);
        m.put("parties", parties());
        m.put("signatories", parties());
        Map<String, Object> terms = new HashMap<>();
        terms.put("purposes", "Forecast prices");
        terms.put("itemsCovered", "Hourly consumption");
        terms.put("minCellCount", "10");
        terms.put("publicationYes", true);
        terms.put("clearanceYes", true);
        m.put("terms", terms);
        m.put("sentSha256", "0".repeat(64));
        m.put("odrlSha256", "1".repeat(64));
        m.put("completedAt", "2026-11-24 10:00:00 UTC");
        m.put("events", List.of(Map.of("at", "2026-11-24", "what", "sendForSignature", "who", "manager.rs",
                "comment", "ready")));
        m.put("name", "Јелена Петровић");
        m.put("organisation", "Град Београд");
        m.put("link", "http://localhost:8080/app/agreements/view.xhtml?id=7");
        m.put("portalUrl", "http://localhost:8080");
        m.put("comment", "Clause 9 must say 3 years");
        m.put("actor", "Marko Jovanović");
        m.put("days", 7);
        return m;
    }

    @ParameterizedTest
    @ValueSource(strings = {"agreement-mou", "agreement-dsa", "agreement-amendment", "agreement-certificate"})
    void everyDocumentTemplateBecomesAPdfWithTheNamesAsText(String template) throws IOException {
        String html = templates.html("documents/" + template, model());
        assertTrue(html.contains("Electricity &lt;consumption&gt; &amp; prices"), "values are escaped");
        byte[] bytes = pdf.pdf(html);
        String text = text(bytes);
        assertTrue(text.contains("Град Београд"), text);
        assertTrue(text.contains("Јелена Петровић"), text);
        assertTrue(text.contains("Électricité de Serbie"), text);
        assertTrue(text.contains("Marko Jovanović"), text);
        assertTrue(text.contains("RS-2026-0007"), text);
    }

    /**
     * A draft says so on every page and above its title, and that it is to be signed, not that it
     * was; the document as sent (and signed) does not.
     */
    @ParameterizedTest
    @ValueSource(strings = {"agreement-mou", "agreement-dsa", "agreement-amendment"})
    void aDraftIsMarkedAsSuchAndTheDocumentAsSentIsNot(String template) throws IOException {
        Map<String, Object> draft = model();
        draft.put("draft", true);
        String text = text(pdf.pdf(templates.html("documents/" + template, draft)));
        assertTrue(text.contains("DRAFT"), text);
        assertTrue(text.contains("Draft, not sent for signature"), text);
        assertTrue(text.contains("To be signed electronically"), text);
        assertFalse(text.contains("Signed electronically in the DDMS Portal"), text);

        String sent = text(pdf.pdf(templates.html("documents/" + template, model())));
        assertFalse(sent.contains("DRAFT") || sent.contains("Draft, not sent"), sent);
        assertTrue(sent.contains("Signed electronically in the DDMS Portal"), sent);
    }

    /** A term not given yet reads "[not stated]" in its place, not a broken sentence ("Retained for ."). */
    @Test
    void aTermNotGivenSaysSo() throws IOException {
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.pdf(templates.html("documents/agreement-dsa", model())))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true); // as read: the italic mark is drawn after its line's other text
            text = stripper.getText(doc);
        }
        assertTrue(text.contains("1. Data covered\nHourly consumption"), text);
        assertTrue(text.contains("3. Legal basis\n[not stated]"), text);
        assertTrue(text.contains("Retained for [not stated]."), text);
        assertFalse(text.contains("Level: ."), text);
    }

    @Test
    void everyNotificationTemplateRendersWithASubject() {
        for (String name : Notifications.TEMPLATES) {
            assertTrue(templates.exists("mail/" + name), name);
            String text = templates.text("mail/" + name, model());
            assertTrue(text.startsWith("Subject: "), name);
            assertTrue(text.contains(name.startsWith("agreement-") ? "RS-2026-0007" : "Electricity <consumption> & prices"),
                    name);
            assertFalse(text.contains("{{"), name);
            assertFalse(text.contains("&lt;"), name + ": mail text is not HTML-escaped");
        }
    }

    /**
     * Every mail is written in French and Russian too ({@code mail/fr/}, {@code mail/ru/}), with the
     * same values and sections as the English one: a value the translation forgot, or one it named
     * differently, would be missing from the mail. Each renders with a subject, and the model's
     * localized values in its language.
     */
    @Test
    void everyNotificationTemplateHasItsFrenchAndRussianTranslation() throws IOException {
        java.util.regex.Pattern tag = java.util.regex.Pattern.compile("\\{\\{[#^/]?\\s*([A-Za-z]+)\\s*\\}\\}");
        for (String name : Notifications.TEMPLATES) {
            java.util.Set<String> english = tags(tag, source("mail/" + name));
            for (java.util.Locale language : MailLanguages.LANGUAGES.subList(1, 3)) {
                String template = MailLanguages.template(name, language);
                assertTrue(templates.exists(template), template);
                assertEquals(english, tags(tag, source(template)), template);
                Map<String, Object> model = model();
                model.put("days", Localized.text("mail.days", 5).in(language));
                String text = templates.text(template, model);
                assertTrue(text.startsWith("Subject: "), template);
                assertFalse(text.contains("{{"), template);
            }
        }
        assertEquals("mail/fr/agreement-turn", MailLanguages.template("agreement-turn", java.util.Locale.FRENCH));
        assertEquals("mail/agreement-turn", MailLanguages.template("agreement-turn", java.util.Locale.ENGLISH));
        Map<String, Object> russian = model();
        russian.put("days", Localized.text("mail.days", 5).in(java.util.Locale.forLanguageTag("ru")));
        String reminder = templates.text("mail/ru/agreement-signature-reminder", russian);
        assertTrue(reminder.contains("уже 5 дней"), reminder);
    }

    /** Whom a mail is written for: English if the contact works in it, else French or Russian (French first), else English. */
    @Test
    void aMailIsWrittenInTheLanguageItsRecipientWorksIn() {
        assertEquals(java.util.Locale.ENGLISH, MailLanguages.of(java.util.Set.of("en", "fr")));
        assertEquals(java.util.Locale.ENGLISH, MailLanguages.of(java.util.Set.of("en", "fr", "ru")));
        assertEquals("ru", MailLanguages.of(java.util.Set.of("ru", "sr")).getLanguage());
        assertEquals(java.util.Locale.FRENCH, MailLanguages.of(java.util.Set.of("fr", "ru")));
        assertEquals(java.util.Locale.ENGLISH, MailLanguages.of(java.util.Set.of("sr", "de")));
        assertEquals(java.util.Locale.ENGLISH, MailLanguages.of(java.util.Set.of()));
    }

    private static java.util.Set<String> tags(java.util.regex.Pattern tag, String source) {
        java.util.Set<String> found = new java.util.TreeSet<>();
        java.util.regex.Matcher m = tag.matcher(source);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static String source(String name) throws IOException {
        try (var in = AgreementTemplatesTest.class.getResourceAsStream("/templates/" + name + ".txt")) {
            assertTrue(in != null, name);
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void oneChangedByteChangesTheHash() throws IOException {
        byte[] signed = pdf.append(pdf.pdf(templates.html("documents/agreement-dsa", model())),
                pdf.pdf(templates.html("documents/agreement-certificate", model())));
        assertTrue(text(signed).contains("Certificate of completion"));
        String sha = AgreementDocument.sha256(signed);
        assertEquals(sha, AgreementDocument.sha256(signed.clone()));
        byte[] tampered = signed.clone();
        tampered[tampered.length / 2] ^= 1;
        assertNotEquals(sha, AgreementDocument.sha256(tampered));
    }

    /**
     * The certificate every party keeps names each step and state as the pages do, and the person
     * by name and account, in English as the certificate is; a moment and an account are each on
     * one line (the events listed "submitForReview (DRAFT → INTERNAL_REVIEW)" by "manager.␤rs"
     * at "2026-12-␤06 03:36:␤23 UTC").
     */
    @Test
    void theCertificateNamesStepsStatesAndPeopleAsThePagesDoEachOnItsLine() throws IOException {
        java.time.Instant at = java.time.Instant.parse("2026-12-06T03:36:23Z");
        var submitted = new org.ddmsportal.domain.workflow.WorkflowEvent("agreement", 3L, "submitForReview", "DRAFT",
                "INTERNAL_REVIEW", "", "manager.rs", at).actorNamed("Ana Petrović");
        var declined = new org.ddmsportal.domain.workflow.WorkflowEvent("agreement", 3L, "decline", "OUT_FOR_SIGNATURE",
                "DRAFT", "Clause 9 must say 3 years", "contact.rs", at.plusSeconds(60));
        Map<String, Object> row = org.ddmsportal.application.agreement.AgreementDocuments.certificateEvent(submitted);
        assertEquals("Submit for internal review: Draft → Internal review", row.get("what"));
        assertEquals("Ana Petrović (manager.rs)", row.get("who"));
        assertEquals("2026-12-06 03:36:23 UTC", row.get("at"));
        assertEquals("contact.rs", org.ddmsportal.application.agreement.AgreementDocuments.certificateEvent(declined).get("who"),
                "an event recorded before names were kept: the account");

        Map<String, Object> model = model();
        model.put("events", List.of(row,
                org.ddmsportal.application.agreement.AgreementDocuments.certificateEvent(declined)));
        List<Map<String, Object>> signatories = List.of(new HashMap<>(Map.of("order", 1, "organisation", "Град Београд",
                "signatory", "Јелена Николић", "role", "Signer", "status", "Signed", "actedAt", "2026-12-06 03:49:35 UTC",
                "actedBy", "contact.beg", "ip", "127.0.0.1", "userAgent", "Mozilla/5.0 (X11; Linux x86_64)", "sha256",
                "ab".repeat(32))));
        model.put("signatories", signatories);
        String text = text(pdf.pdf(templates.html("documents/agreement-certificate", model)));
        List<String> lines = List.of(text.split("\\R"));
        assertTrue(lines.stream().anyMatch(l -> l.contains("2026-12-06 03:36:23 UTC")), "the moment on one line: " + text);
        assertTrue(lines.stream().anyMatch(l -> l.contains("2026-12-06 03:49:35 UTC")), "the signature's moment too: " + text);
        assertTrue(lines.stream().anyMatch(l -> l.contains("manager.rs")), "the account on one line: " + text);
        assertTrue(text.replaceAll("\\s+", " ").contains("Submit for internal review: Draft → Internal review"), text);
        assertTrue(text.contains("(Signer: Signed)"), text);
        assertFalse(text.contains("INTERNAL_REVIEW") || text.contains("submitForReview"), text);
    }

    private static String text(byte[] bytes) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
