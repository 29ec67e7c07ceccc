package org.ddmsportal.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ddmsportal.application.audit.AuditService;
import org.ddmsportal.application.audit.AuditedFields;
import org.ddmsportal.application.shared.MessagePatterns;
import org.ddmsportal.application.workflow.WorkflowComments;
import org.ddmsportal.domain.audit.AuditEntry;
import org.ddmsportal.domain.audit.FieldChange;
import org.ddmsportal.domain.reference.Country;
import org.ddmsportal.domain.reference.GsbpmPhase;
import org.ddmsportal.domain.reference.OrganisationType;
import org.ddmsportal.domain.reference.PolicyDomain;
import org.ddmsportal.domain.workflow.WorkflowEvent;

/** Renders audit entries, lifecycle comments and times for the views. */
@Named
@ApplicationScoped
public class AuditFormat {

    @Inject
    AuditedFields fields;

    @Inject
    ReferenceOptions options;

    /**
     * The entry's changed fields to show: a field empty on both sides (blank in an entry written
     * before blank counted as empty) tells nothing and is left out.
     */
    public List<FieldChange> changes(AuditEntry entry) {
        return AuditService.changesOf(entry).stream()
                .filter(c -> FieldChange.emptyAsNull(c.before()) != null || FieldChange.emptyAsNull(c.after()) != null)
                .toList();
    }

    /** {@link #value(AuditEntry, String, String)} as shown: an empty value as a dash, so no arrow points at nothing. */
    public String shown(AuditEntry entry, String field, String value) {
        return FieldChange.emptyAsNull(value) == null ? EMPTY : value(entry, field, value);
    }

    /**
     * An entry's changes as one text, as its row shows them, for the audit trail's CSV and XLSX
     * exports: "Title: Old → New; Status: Draft → Internal review".
     */
    public String changesText(AuditEntry entry) {
        return changesText(entry, ResourceBundle.getBundle(Texts.BUNDLE, Texts.locale()));
    }

    /** {@link #changesText(AuditEntry)} with the reader's labels. */
    String changesText(AuditEntry entry, ResourceBundle labels) {
        return changes(entry).stream().map(c -> field(entry, c.field(), labels) + colon(labels)
                + shown(entry, c.field(), c.before(), labels) + " → " + shown(entry, c.field(), c.after(), labels))
                .collect(Collectors.joining("; "));
    }

    private String shown(AuditEntry entry, String field, String value, ResourceBundle labels) {
        return FieldChange.emptyAsNull(value) == null ? EMPTY : value(entry, field, value, labels);
    }

    /** How an empty value is shown in a history. */
    static final String EMPTY = "—";

    /**
     * A changed field's name in the user's language ("indicator.name" → "Name"); the field's own
     * name where the portal has no label for it (an entry written by an older version, or by a
     * bulk load), rather than a missing-key marker.
     */
    public String field(AuditEntry entry, String field) {
        return field(entry, field, ResourceBundle.getBundle(Texts.BUNDLE, Texts.locale()));
    }

    /**
     * {@link #field(AuditEntry, String)} with the reader's labels. A case study's sections are
     * audited under their section's name ({@code organisational_context}) and labelled as the
     * form labels them ({@code Section.ORGANISATIONAL_CONTEXT}).
     */
    String field(AuditEntry entry, String field, ResourceBundle labels) {
        String type = entry.getEntityType();
        String section = "Section." + field.toUpperCase(Locale.ROOT);
        if ("CaseStudy".equals(type) && labels.containsKey(section)) {
            return labels.getString(section);
        }
        // the views' prefix ("caseStudy.title"), then the all-lower-case one ("policydomain.code")
        for (String prefix : List.of(type.substring(0, 1).toLowerCase(Locale.ROOT) + type.substring(1),
                type.toLowerCase(Locale.ROOT))) {
            if (labels.containsKey(prefix + "." + field)) {
                return labels.getString(prefix + "." + field);
            }
        }
        return field;
    }

    /** A record type's name in the user's language ({@code CaseStudy} → "Case study"), else as stored. */
    public String type(String entityType) {
        return label(ResourceBundle.getBundle(Texts.BUNDLE, Texts.locale()), "RecordType.", entityType);
    }

    /**
     * A changed field's value in the user's language where it is a code: a workflow's state, an
     * enum's label ({@code WORKSHOP} → "Atelier"), yes or no, a country's, organisation type's,
     * policy domain's or GSBPM phase's name; every item of a list of them. Other values (text,
     * dates, names) as stored, and a code the portal has no label for as it is.
     */
    public String value(AuditEntry entry, String field, String value) {
        return value(entry, field, value, ResourceBundle.getBundle(Texts.BUNDLE, Texts.locale()));
    }

    /** {@link #value(AuditEntry, String, String)} with the reader's labels. */
    String value(AuditEntry entry, String field, String value, ResourceBundle labels) {
        if (value == null || value.isBlank()) {
            return value;
        }
        String written = writtenByTheDomain(entry.getEntityType(), field, value, labels);
        if (written != null) {
            return written;
        }
        if ("status".equals(field)) {
            Optional<String> workflow = fields.workflowOf(entry.getEntityType());
            if (workflow.isPresent()) {
                return label(labels, "Status." + workflow.get() + ".", value);
            }
        }
        Optional<Class<?>> type = fields.valueClass(entry.getEntityType(), field);
        if (type.isEmpty() || type.get() == Boolean.class) {
            // a snapshot may name a flag differently from its field ("public" for publicEvent)
            return switch (value) {
                case "true" -> labels.getString("yes");
                case "false" -> labels.getString("no");
                default -> value;
            };
        }
        UnaryOperator<String> name = nameOf(type.get(), labels);
        if (name == null) {
            return value;
        }
        // a set of enums is stored as [A, B], other lists as "A, B"
        String list = value.startsWith("[") && value.endsWith("]") ? value.substring(1, value.length() - 1) : value;
        return Arrays.stream(list.split(", ")).map(name).collect(Collectors.joining(", "));
    }

    /** Fields whose values are interface languages' codes ({@code en}, {@code fr, ru}). */
    static final Set<String> LANGUAGE_FIELDS = Set.of("language", "languages", "translations");

    /** A long text audited by its fingerprint and length ({@code CaseStudy.auditSnapshot}): "1a2b3c (47 chars)". */
    private static final Pattern TEXT_DIGEST = Pattern.compile("([0-9a-f]{1,8}) \\((\\d{1,9}) chars\\)");

    /** A review comment as a case study's entry holds it: its section's name, then its text. */
    private static final Pattern SECTION_COMMENT = Pattern.compile("([A-Z_]+): (.*)", Pattern.DOTALL);

    /** A case study's rubric as {@code Rubric.toString} writes it, each criterion true or false. */
    private static final Pattern RUBRIC = Pattern.compile("sections complete (true|false), plain language (true|false),"
            + " self-contained (true|false), decision impact (true|false)");

    /** An attachment stored or removed, as {@code CaseStudyAttachments} writes it: "a.pdf (584 bytes, SHA-256 …)", "removed a.pdf". */
    private static final Pattern ATTACHMENT_STORED = Pattern.compile("(.*) \\((\\d{1,12}) bytes, SHA-256 ([0-9a-f]{64})\\)", Pattern.DOTALL);
    private static final Pattern ATTACHMENT_REMOVED = Pattern.compile("removed (.*)", Pattern.DOTALL);
    /** A partner's clearance, as {@code CaseStudyReview} writes it: "EPS (RS-2026-0001): CLEARED — comment". */
    private static final Pattern CLEARANCE = Pattern.compile("(.*): (PENDING|CLEARED|REFUSED)( — .*)?", Pattern.DOTALL);
    /** An import of observations, as {@code IndicatorService} writes it: "0 inserted, 0 updated, 0 deleted, 8 unchanged; SDMX_CSV, a.csv". */
    private static final Pattern IMPORTED = Pattern.compile(
            "(\\d{1,12}) inserted, (\\d{1,12}) updated, (\\d{1,12}) deleted, (\\d{1,12}) unchanged; (CSV|SDMX_CSV), (.*)", Pattern.DOTALL);

    /** A partnership's partner as {@code PartnershipPartner.describe} writes it: "EPS (DATA_PROVIDER; [SKILLS, EXPERTISE])". */
    private static final Pattern PARTNER = Pattern.compile("(.+?) \\(([A-Z_]+)(?:; \\[([A-Z_, ]+)\\])?\\)(?:; |$)");

    /** An agreement's party as {@code Agreement.auditSnapshot} writes it: "1. City (SIGNER, Name, PENDING)". */
    private static final Pattern PARTY = Pattern.compile(
            "(.*) \\((APPROVER|SIGNER|COPY), (.*), (PENDING|APPROVED|SIGNED|DECLINED)\\)");

    private static final List<String> RUBRIC_LABELS = List.of("rubric.sectionsComplete", "rubric.plainLanguage",
            "rubric.selfContained", "rubric.decisionImpact");

    /**
     * A value the domain writes in words of its own, in the reader's language: a text's length and
     * fingerprint, a list of language codes, a review comment's section, a rubric, an agreement's
     * parties with their role and status, a partnership's partners with their role and what they
     * bring, a case study's attachments and partners' clearances, an indicator's import of
     * observations; {@code null} for any other value.
     */
    private static String writtenByTheDomain(String type, String field, String value, ResourceBundle labels) {
        boolean caseStudy = "CaseStudy".equals(type);
        Matcher digest = TEXT_DIGEST.matcher(value);
        if (caseStudy && labels.containsKey("Section." + field.toUpperCase(Locale.ROOT)) && digest.matches()) {
            return MessagePatterns.format(labels.getString("audit.textDigest"), labels.getLocale(),
                    Integer.parseInt(digest.group(2)), digest.group(1));
        }
        if (LANGUAGE_FIELDS.contains(field) && value.matches("[a-z]{2}(, [a-z]{2})*")) {
            return Arrays.stream(value.split(", ")).map(code -> ReferenceOptions.languageName(code, labels.getLocale()))
                    .collect(Collectors.joining(", "));
        }
        Matcher comment = SECTION_COMMENT.matcher(value);
        if (caseStudy && "comment".equals(field) && comment.matches() && labels.containsKey("Section." + comment.group(1))) {
            return labels.getString("Section." + comment.group(1)) + colon(labels) + comment.group(2);
        }
        if ("Agreement".equals(type) && "parties".equals(field)) {
            return Arrays.stream(value.split("; ")).map(party -> {
                Matcher m = PARTY.matcher(party);
                return m.matches() ? m.group(1) + " (" + label(labels, "PartyRole.", m.group(2)) + ", " + m.group(3) + ", "
                        + label(labels, "PartyStatus.", m.group(4)) + ")" : party;
            }).collect(Collectors.joining("; "));
        }
        if (caseStudy && "attachment".equals(field)) {
            Matcher stored = ATTACHMENT_STORED.matcher(value);
            if (stored.matches()) {
                return MessagePatterns.format(labels.getString("audit.attachmentStored"), labels.getLocale(),
                        stored.group(1), Long.parseLong(stored.group(2)), stored.group(3));
            }
            Matcher removed = ATTACHMENT_REMOVED.matcher(value);
            if (removed.matches()) {
                return MessagePatterns.format(labels.getString("audit.attachmentRemoved"), labels.getLocale(), removed.group(1));
            }
        }
        if (caseStudy && "clearance".equals(field)) {
            Matcher clearance = CLEARANCE.matcher(value);
            if (clearance.matches()) {
                return clearance.group(1) + colon(labels) + label(labels, "ClearanceStatus.", clearance.group(2))
                        + (clearance.group(3) == null ? "" : clearance.group(3));
            }
        }
        if ("Partnership".equals(type) && "partners".equals(field)) {
            return partners(value, labels);
        }
        Matcher imported = IMPORTED.matcher(value);
        if ("Indicator".equals(type) && "observationsImported".equals(field) && imported.matches()) {
            // the counts as the import's own message says them ("0 insérée, … 8 inchangées"), then the file
            String counts = MessagePatterns.format(labels.getString("import.done"), labels.getLocale(),
                    Long.parseLong(imported.group(1)), Long.parseLong(imported.group(2)), Long.parseLong(imported.group(3)),
                    Long.parseLong(imported.group(4)));
            return counts.replaceAll("\\.$", "") + "; " + ("SDMX_CSV".equals(imported.group(5)) ? "SDMX-CSV" : "CSV")
                    + ", " + imported.group(6);
        }
        Matcher rubric = RUBRIC.matcher(value);
        if (caseStudy && "rubric".equals(field) && rubric.matches()) {
            List<String> criteria = new ArrayList<>();
            for (int i = 0; i < RUBRIC_LABELS.size(); i++) {
                criteria.add(labels.getString(RUBRIC_LABELS.get(i)) + colon(labels)
                        + labels.getString(Boolean.parseBoolean(rubric.group(i + 1)) ? "yes" : "no"));
            }
            return String.join("; ", criteria);
        }
        return null;
    }

    /** A partnership's partners, each with its role and what it brings by their labels; {@code null} if not so written. */
    private static String partners(String value, ResourceBundle labels) {
        List<String> partners = new ArrayList<>();
        Matcher m = PARTNER.matcher(value);
        int end = 0;
        while (m.find() && m.start() == end) {
            String brings = m.group(3) == null ? "" : "; " + Arrays.stream(m.group(3).split(", "))
                    .map(r -> label(labels, "Resource.", r)).collect(Collectors.joining(", "));
            partners.add(m.group(1) + " (" + label(labels, "PartnerRole.", m.group(2)) + brings + ")");
            end = m.end();
        }
        return end == value.length() ? String.join("; ", partners) : null;
    }

    /** The reader's colon and its space (a no-break space before it in French). */
    private static String colon(ResourceBundle labels) {
        return labels.getString("punctuation.colon") + " ";
    }

    private UnaryOperator<String> nameOf(Class<?> type, ResourceBundle labels) {
        if (type.isEnum()) {
            return code -> label(labels, type.getSimpleName() + ".", code);
        }
        if (type == Country.class) {
            return options::countryName;
        }
        if (type == OrganisationType.class) {
            return options::typeName;
        }
        if (type == PolicyDomain.class) {
            return options::domainName;
        }
        if (type == GsbpmPhase.class) {
            return options::phaseLabel;
        }
        return null;
    }

    /** The label of {@code prefix + code}, or the code where there is none. */
    private static String label(ResourceBundle labels, String prefix, String code) {
        return labels.containsKey(prefix + code) ? labels.getString(prefix + code) : code;
    }

    /** A lifecycle event's comment: in the user's language when the portal wrote it, else as written. */
    public String comment(WorkflowEvent event) {
        return WorkflowComments.text(event, Texts.locale());
    }

    public String time(Instant instant) {
        return Texts.format(instant);
    }
}
