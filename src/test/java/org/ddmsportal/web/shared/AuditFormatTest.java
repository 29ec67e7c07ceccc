package org.ddmsportal.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.ddmsportal.application.audit.AuditedFields;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.audit.AuditAction;
import org.ddmsportal.domain.audit.AuditEntry;
import org.ddmsportal.domain.audit.AuditRepository;
import org.ddmsportal.domain.casestudy.Lesson;
import org.ddmsportal.domain.communication.Activity;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

/**
 * How a history names a changed field's values (AuditFormat.value), with the English labels, the
 * records' real classes and the reference names stubbed.
 */
class AuditFormatTest {

    private final AuditFormat format = format();

    private static AuditFormat format() {
        Map<String, Class<?>> records = Map.of("Activity", Activity.class, "Agreement", Agreement.class,
                "Lesson", Lesson.class, "Organisation", Organisation.class, "Partnership", Partnership.class);
        AuditedFields fields = AuditedFields.of(new AuditRepository() {
            @Override
            public void append(AuditEntry entry) {
            }

            @Override
            public List<AuditEntry> history(String entityType, long entityId) {
                return List.of();
            }

            @Override
            public Page<AuditEntry> search(PageRequest request) {
                return null;
            }

            @Override
            public ChangeMark changeMark() {
                return null;
            }

            @Override
            public Optional<Class<?>> recordClass(String entityType) {
                return Optional.ofNullable(records.get(entityType));
            }

            @Override
            public List<String> recordTypes() {
                return List.copyOf(records.keySet());
            }
        });
        AuditFormat format = new AuditFormat();
        format.fields = fields;
        format.options = new ReferenceOptions() {
            @Override
            public String countryName(String alpha2) {
                return Map.of("RS", "Serbia", "IT", "Italy").getOrDefault(alpha2, alpha2);
            }

            @Override
            public String typeName(String code) {
                return "UTILITY".equals(code) ? "Utility" : code;
            }

            @Override
            public String domainName(String code) {
                return "ENERGY".equals(code) ? "Energy" : code;
            }

            @Override
            public String phaseLabel(String code) {
                return "4".equals(code) ? "4 Collect" : code;
            }
        };
        return format;
    }

    private String value(String type, String field, String value) {
        return format.value(new AuditEntry(Instant.EPOCH, "test", type, 1L, "x", AuditAction.UPDATE, "[]"), field, value,
                ResourceBundle.getBundle(Texts.BUNDLE, Locale.ENGLISH));
    }

    @Test
    void anImportOfObservationsIsCountedInTheReadersLanguage() {
        String stored = "0 inserted, 0 updated, 0 deleted, 8 unchanged; SDMX_CSV, roundtrip.csv";
        assertEquals("0 inserted, 0 updated, 0 deleted, 8 unchanged; SDMX-CSV, roundtrip.csv",
                value("Indicator", "observationsImported", stored));
        assertEquals("0 insérée, 0 mise à jour, 0 supprimée, 8 inchangées; SDMX-CSV, roundtrip.csv",
                format.value(new AuditEntry(Instant.EPOCH, "test", "Indicator", 1L, "x", AuditAction.UPDATE, "[]"),
                        "observationsImported", stored, ResourceBundle.getBundle(Texts.BUNDLE, Locale.FRENCH)));
    }

    @Test
    void aWorkflowsStateIsNamed() {
        assertEquals("Suspended", value("Partnership", "status", "SUSPENDED"));
        assertEquals("Out for signature", value("Agreement", "status", "OUT_FOR_SIGNATURE"));
    }

    @Test
    void anEnumAndASetOfEnumsAreNamedItemByItem() {
        assertEquals("Workshop", value("Activity", "kind", "WORKSHOP"));
        assertEquals("Statistical data, Expertise", value("Partnership", "leadResources", "[STATISTICAL_DATA, EXPERTISE]"));
        assertEquals("Secure file transfer", value("Agreement", "accessMethod", "SECURE_TRANSFER"));
    }

    @Test
    void flagsReadYesOrNoEvenUnderASnapshotNameThatIsNoField() {
        assertEquals("No", value("Activity", "online", "false"));
        assertEquals("Yes", value("Activity", "public", "true"));
    }

    @Test
    void referenceCodesAreNamed() {
        assertEquals("Italy, Serbia", value("Activity", "countries", "IT, RS"));
        assertEquals("Utility", value("Organisation", "type", "UTILITY"));
        assertEquals("Serbia", value("Organisation", "country", "RS"));
        assertEquals("4 Collect", value("Lesson", "phase", "4"));
        assertEquals("Energy", value("Lesson", "domain", "ENERGY"));
    }

    @Test
    void anEmptyValueIsShownAsADashAndAFieldEmptyOnBothSidesIsLeftOut() {
        AuditEntry created = new AuditEntry(Instant.EPOCH, "test", "Activity", 1L, "x", AuditAction.CREATE,
                "[{\"field\":\"kind\",\"before\":null,\"after\":\"WORKSHOP\"},"
                        + "{\"field\":\"pilots\",\"before\":null,\"after\":\"\"}]");
        assertEquals(List.of("kind"), format.changes(created).stream().map(c -> c.field()).toList());
        assertEquals("—", format.shown(created, "place", null));
        assertEquals("—", format.shown(created, "place", " "));
    }

    /** The audit trail's exports carry the changes as the row shows them (the column was left out). */
    @Test
    void anEntrysChangesAreOneTextForTheExports() {
        AuditEntry created = new AuditEntry(Instant.EPOCH, "test", "Activity", 1L, "x", AuditAction.CREATE,
                "[{\"field\":\"kind\",\"before\":null,\"after\":\"WORKSHOP\"},"
                        + "{\"field\":\"pilots\",\"before\":null,\"after\":\"\"},"
                        + "{\"field\":\"title\",\"before\":\"Old\",\"after\":\"New\"}]");
        ResourceBundle fr = ResourceBundle.getBundle(Texts.BUNDLE, Locale.FRENCH);
        assertEquals(format.field(created, "kind", fr) + "\u00a0: — → Atelier; " + format.field(created, "title", fr)
                + "\u00a0: Old → New", format.changesText(created, fr));
    }

    @Test
    void aPilotsPhaseNumberIsNamedAsAGsbpmPhase() {
        assertEquals("4 Collect", value("Pilot", "phase", "4"));
    }

    /**
     * What a case study's entries hold in the domain's own words — a section by its length and
     * fingerprint, its languages by code, its rubric — reads in the reader's language (it read
     * "(47 chars)", "ru" and "plain language false" on a Russian page).
     */
    @Test
    void aCaseStudysSectionsLanguagesAndRubricAreNamedInTheReadersLanguage() {
        ResourceBundle fr = ResourceBundle.getBundle(Texts.BUNDLE, Locale.FRENCH);
        AuditEntry entry = new AuditEntry(Instant.EPOCH, "test", "CaseStudy", 1L, "x", AuditAction.UPDATE, "[]");
        assertEquals("Contexte organisationnel", format.field(entry, "organisational_context", fr));
        assertEquals("Titre", format.field(entry, "title", fr));
        assertEquals("1 234 caractères (empreinte 1a2b3c)",
                format.value(entry, "motivation", "1a2b3c (1234 chars)", fr).replace('\u202f', ' ').replace('\u00a0', ' '));
        assertEquals("français, russe", format.value(entry, "translations", "fr, ru", fr), "as the page names them");
        assertEquals("English", value("CaseStudy", "language", "en"));
        assertEquals("Résultats\u00a0: Add the figures", format.value(entry, "comment", "RESULTS: Add the figures", fr));
        assertEquals("Commentaire de relecture", format.field(entry, "comment", fr));
        assertEquals("Every section of the template is complete: Yes; Written in plain language: No; "
                + "Self-contained: understandable without other documents: Yes; Shows evidence of impact on a decision: No",
                value("CaseStudy", "rubric", "sections complete true, plain language false, self-contained true, decision impact false"));
        // an agreement's parties: each one's role and status by its label
        AuditEntry agreement = new AuditEntry(Instant.EPOCH, "test", "Agreement", 1L, "x", AuditAction.UPDATE, "[]");
        assertEquals("1. City of Belgrade (Signataire, Jelena Nikolić, En attente); 2. EPS (Copie, -, Signé)",
                format.value(agreement, "parties", "1. City of Belgrade (SIGNER, Jelena Nikolić, PENDING); 2. EPS (COPY, -, SIGNED)", fr));
        // a case study's attachments and clearances, named and counted in the reader's language
        String sha = "ab".repeat(32);
        assertEquals("Pièce jointe", format.field(entry, "attachment", fr));
        assertEquals("preuve.pdf (1 234 octets, SHA-256 " + sha + ")", format.value(entry, "attachment",
                "preuve.pdf (1234 bytes, SHA-256 " + sha + ")", fr).replace('\u202f', ' ').replace('\u00a0', ' '));
        assertEquals("preuve.pdf supprimée", format.value(entry, "attachment", "removed preuve.pdf", fr));
        // the size counted as its language counts ("1 234 байта", "1 byte")
        assertEquals("доказательство.pdf (1 234 байта, SHA-256 " + sha + ")", format.value(entry, "attachment",
                "доказательство.pdf (1234 bytes, SHA-256 " + sha + ")", ResourceBundle.getBundle(Texts.BUNDLE, Locale.forLanguageTag("ru")))
                .replace('\u202f', ' ').replace('\u00a0', ' '));
        assertEquals("a.pdf (1 byte, SHA-256 " + sha + ")", format.value(entry, "attachment",
                "a.pdf (1 bytes, SHA-256 " + sha + ")", ResourceBundle.getBundle(Texts.BUNDLE, Locale.ENGLISH)));
        assertEquals("Autorisation d’un partenaire", format.field(entry, "clearance", fr));
        assertEquals("EPS (RS-2026-0001)\u00a0: Refusée — not these figures",
                format.value(entry, "clearance", "EPS (RS-2026-0001): REFUSED — not these figures", fr));
        // a partnership's partners: each one's role and what it brings by their labels (it read "(DATA_PROVIDER)")
        AuditEntry partnership = new AuditEntry(Instant.EPOCH, "test", "Partnership", 1L, "x", AuditAction.UPDATE, "[]");
        assertEquals("City of Belgrade (Fournisseur de données); EPS (Expertise; Données statistiques, Compétences)",
                format.value(partnership, "partners", "City of Belgrade (DATA_PROVIDER); EPS (EXPERTISE; [STATISTICAL_DATA, SKILLS])", fr));
        assertEquals("Novi Sad (Data provider)", value("Partnership", "partners", "Novi Sad (DATA_PROVIDER)"));
        assertEquals("as typed (by hand)", value("Partnership", "partners", "as typed (by hand)"), "not so written: as stored");
        // the same words in another record's text are that record's text
        assertEquals("a1 (5 chars)", value("Partnership", "notes", "a1 (5 chars)"));
    }

    @Test
    void whatCannotBeNamedIsShownAsStored() {
        assertEquals("Novi Sad", value("Organisation", "city", "Novi Sad"));
        assertEquals("NOT_A_KIND", value("Activity", "kind", "NOT_A_KIND"));
        assertEquals("2027-01-15", value("Activity", "heldOn", "2027-01-15"));
        assertEquals("DRAFT", value("NoSuchRecord", "status", "DRAFT"));
        assertNull(value("Activity", "kind", null));
    }
}
