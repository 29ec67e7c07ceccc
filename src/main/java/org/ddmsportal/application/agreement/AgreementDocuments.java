package org.ddmsportal.application.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ddmsportal.application.shared.MessagePatterns;
import org.ddmsportal.application.shared.PdfRenderer;
import org.ddmsportal.application.shared.Templates;
import org.ddmsportal.application.workflow.WorkflowComments;
import org.ddmsportal.domain.agreement.AccessMethod;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.agreement.AgreementParty;
import org.ddmsportal.domain.agreement.DataSharingTerms;
import org.ddmsportal.domain.agreement.PartyRole;
import org.ddmsportal.domain.workflow.WorkflowEvent;

/**
 * Fills the document templates of {@code templates/documents/} from an agreement: the agreement
 * itself ({@code agreement-mou}, {@code agreement-dsa}, {@code agreement-amendment}) and the
 * certificate of completion. Documents are in English, as the templates are; the values are the
 * record's, in whatever script they were written (fonts cover Latin and Cyrillic).
 */
@ApplicationScoped
public class AgreementDocuments {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private static final Map<PartyRole, String> ROLES = Map.of(
            PartyRole.APPROVER, "Approver", PartyRole.SIGNER, "Signer", PartyRole.COPY, "Copy");

    private static final Map<AccessMethod, String> ACCESS = Map.of(
            AccessMethod.SECURE_TRANSFER, "Secure file transfer", AccessMethod.API, "Application programming interface (API)",
            AccessMethod.SECURE_LAB, "On-site secure laboratory", AccessMethod.OTHER, "As agreed between the parties");

    @Inject
    Templates templates;

    @Inject
    PdfRenderer pdf;

    @Inject
    Clock clock;

    /** The agreement as XHTML, for the preview and the PDF. */
    public String html(Agreement agreement) {
        return templates.html("documents/agreement-" + agreement.getTemplateCode(), model(agreement));
    }

    public byte[] pdf(Agreement agreement) {
        return pdf.pdf(html(agreement));
    }

    /** The signed document followed by its certificate of completion. */
    public byte[] withCertificate(Agreement agreement, byte[] sent, String sentSha256, List<WorkflowEvent> events,
                                  String odrlSha256) {
        Map<String, Object> model = model(agreement);
        model.put("sentSha256", sentSha256);
        model.put("odrlSha256", odrlSha256);
        model.put("completedAt", TIME.format(clock.instant()));
        List<Map<String, Object>> rows = new ArrayList<>();
        List<WorkflowEvent> oldestFirst = new ArrayList<>(events);
        java.util.Collections.reverse(oldestFirst);
        for (WorkflowEvent e : oldestFirst) {
            rows.add(certificateEvent(e));
        }
        model.put("events", rows);
        byte[] certificate = pdf.pdf(templates.html("documents/agreement-certificate", model));
        return pdf.append(sent, certificate);
    }

    /**
     * A lifecycle event as the certificate lists it, in English as the certificate is: the step and
     * the states by the names the portal's pages give them ("Submit for internal review: Draft →
     * Internal review", not "submitForReview (DRAFT → INTERNAL_REVIEW)"), the person by name and
     * account, a comment the portal wrote in English.
     */
    public static Map<String, Object> certificateEvent(WorkflowEvent e) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("at", TIME.format(e.getAt()));
        String states = "Status." + e.getWorkflow() + ".";
        row.put("what", english("Transition." + e.getWorkflow() + ".", e.getTransition()) + ": "
                + english(states, e.getFromState()) + " → " + english(states, e.getToState()));
        row.put("who", e.getWho());
        row.put("comment", WorkflowComments.text(e, Locale.ENGLISH));
        return row;
    }

    /** The English label of a code ({@code prefix + code} in the bundle), the code itself where there is none. */
    static String english(String prefix, String code) {
        try {
            return MessagePatterns.text(Locale.ENGLISH, prefix + code);
        } catch (java.util.MissingResourceException e) {
            return code;
        }
    }

    Map<String, Object> model(Agreement a) {
        Map<String, Object> m = new HashMap<>();
        m.put("reference", a.getReference());
        m.put("title", a.getTitle());
        m.put("kind", a.getKind().name());
        m.put("partnership", a.getPartnership().getTitle());
        m.put("lead", a.getPartnership().getLead().getName());
        m.put("country", a.getCountryCode());
        m.put("effectiveDate", text(a.getEffectiveDate()));
        m.put("expiryDate", text(a.getExpiryDate()));
        m.put("renewalNoticeDays", a.getRenewalNoticeDays());
        m.put("reviewDate", text(a.getReviewDate()));
        m.put("amends", a.getAmends() == null ? null : a.getAmends().getReference());
        List<Map<String, Object>> parties = new ArrayList<>();
        for (AgreementParty p : a.getParties()) {
            Map<String, Object> row = new HashMap<>();
            row.put("organisation", p.getOrganisation().getName());
            row.put("acronym", p.getOrganisation().getAcronym());
            row.put("signatory", p.getContact() == null ? null : p.getContact().getFullName());
            row.put("position", p.getContact() == null ? null : p.getContact().getPosition());
            row.put("email", p.getContact() == null ? null : p.getContact().getEmail());
            row.put("role", ROLES.get(p.getRole()));
            row.put("order", p.getSignOrder());
            row.put("status", english("PartyStatus.", p.getStatus().name()));
            row.put("actedAt", p.getActedAt() == null ? null : TIME.format(p.getActedAt()));
            row.put("actedBy", p.getActedBy());
            row.put("ip", p.getIpAddress());
            row.put("userAgent", p.getUserAgent());
            row.put("sha256", p.getDocumentSha256());
            row.put("signs", p.getRole() == PartyRole.SIGNER);
            parties.add(row);
        }
        m.put("parties", parties);
        m.put("signatories", parties.stream().filter(r -> !ROLES.get(PartyRole.COPY).equals(r.get("role"))).toList());
        DataSharingTerms t = a.getTerms();
        Map<String, Object> terms = new HashMap<>(t.snapshot());
        // the documents are in English: enum codes become words
        terms.put("accessMethod", t.getAccessMethod() == null ? null : ACCESS.get(t.getAccessMethod()));
        terms.put("confidentiality", t.getConfidentiality() == null ? null
                : t.getConfidentiality().name().toLowerCase(java.util.Locale.ROOT));
        terms.put("personalDataYes", Boolean.TRUE.equals(t.getPersonalData()));
        terms.put("personalDataNo", Boolean.FALSE.equals(t.getPersonalData()));
        terms.put("publicationYes", Boolean.TRUE.equals(t.getPublicationAllowed()));
        terms.put("publicationNo", Boolean.FALSE.equals(t.getPublicationAllowed()));
        terms.put("clearanceYes", Boolean.TRUE.equals(t.getPublicationClearance()));
        m.put("terms", terms);
        m.put("dataSharing", a.isDataSharing());
        // before it is sent (the document fixed on entering OUT_FOR_SIGNATURE is not): marked as a draft
        m.put("draft", !a.isSent());
        return m;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
