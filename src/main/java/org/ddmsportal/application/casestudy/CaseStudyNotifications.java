package org.ddmsportal.application.casestudy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ddmsportal.application.mail.Localized;
import org.ddmsportal.application.mail.Notifications;
import org.ddmsportal.application.workflow.TransitionFired;
import org.ddmsportal.domain.agreement.AgreementParty;
import org.ddmsportal.domain.casestudy.CaseStudy;
import org.ddmsportal.domain.casestudy.Clearance;
import org.ddmsportal.domain.casestudy.ClearanceStatus;
import org.ddmsportal.domain.casestudy.ReviewComment;
import org.ddmsportal.domain.shared.Actor;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who hears of what, for case studies: the coordinators (configured list, and the assigned
 * reviewer) of submissions and of the authors' replies; the author of comments and decisions;
 * the partner's contact when their clearance is needed.
 */
@ApplicationScoped
public class CaseStudyNotifications {

    @Inject
    Notifications mail;

    @Inject
    @ConfigProperty(name = "app.review.coordinators", defaultValue = "")
    String coordinators;

    void onTransition(@Observes TransitionFired fired) {
        if (!(fired.subject() instanceof CaseStudy c)) {
            return;
        }
        for (String template : fired.transition().notifications()) {
            Map<String, Object> model = model(c);
            model.put("actor", fired.actor().displayName());
            model.put("comment", fired.event().getComment());
            switch (template) {
                case "case-study-submitted" -> {
                    boolean again = "resubmit".equals(fired.transition().name());
                    model.put("resubmitted", again);
                    model.put("submission", c.getSubmissions()); // recordSubmission has counted it
                    List<String> to = new ArrayList<>(coordinatorList());
                    if (again && c.getReviewerEmail() != null) {
                        to.add(c.getReviewerEmail());
                    }
                    mail.send(template, to, model, null);
                }
                case "case-study-decision" -> {
                    model.put("statusLabel", label(c.getStatus(), c));
                    model.put("clearancePending", "APPROVED".equals(c.getStatus())
                            && c.getClearances().stream().anyMatch(cl -> cl.getStatus() != ClearanceStatus.CLEARED));
                    List<String> to = new ArrayList<>(owner(c));
                    if ("release".equals(fired.transition().name()) && c.getReviewerEmail() != null) {
                        to.add(c.getReviewerEmail());
                    }
                    mail.send(template, to, model, null);
                }
                default -> mail.send(template, owner(c), model, null);
            }
        }
    }

    void commented(Actor actor, CaseStudy c, ReviewComment comment, boolean byAuthorSide) {
        Map<String, Object> model = model(c);
        model.put("actor", actor.displayName());
        model.put("section", sectionLabel(comment));
        model.put("body", comment.getBody());
        List<String> to;
        if (byAuthorSide) {
            to = c.getReviewerEmail() != null ? List.of(c.getReviewerEmail()) : coordinatorList();
        } else {
            to = owner(c);
        }
        mail.send("case-study-comment", to.stream().filter(t -> !t.equalsIgnoreCase(String.valueOf(actor.email())))
                .toList(), model, null);
    }

    void clearanceNeeded(CaseStudy c, Clearance clearance) {
        for (AgreementParty p : clearance.getAgreement().getParties()) {
            if (p.getOrganisation().equals(clearance.getOrganisation()) && p.getContact() != null) {
                Map<String, Object> model = model(c);
                model.put("name", p.getContact().getFullName());
                model.put("organisation", clearance.getOrganisation().getName());
                model.put("reference", clearance.getAgreement().getReference());
                model.put("agreement", clearance.getAgreement().getTitle());
                mail.send("case-study-clearance", List.of(p.getContact().getEmail()), model, null);
            }
        }
    }

    void clearanceRefused(Actor actor, CaseStudy c, Clearance clearance) {
        Map<String, Object> model = model(c);
        model.put("actor", actor.displayName() + " (" + clearance.getOrganisation().getName() + ")");
        model.put("comment", clearance.getComment());
        model.put("statusLabel", Localized.text("mail.caseStudy.clearanceRefused", clearance.getOrganisation().getName()));
        model.put("clearancePending", false);
        List<String> to = new ArrayList<>(owner(c));
        if (c.getReviewerEmail() != null) {
            to.add(c.getReviewerEmail());
        }
        mail.send("case-study-decision", to, model, null);
    }

    private List<String> coordinatorList() {
        return Arrays.stream(coordinators.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> owner(CaseStudy c) {
        return c.getOwnerEmail() == null ? List.of() : List.of(c.getOwnerEmail());
    }

    /** The status in the reader's language, with the reviewer once one has taken it. */
    private static Localized label(String status, CaseStudy c) {
        Localized words = Localized.text("Status.case-study." + status);
        return "IN_REVIEW".equals(status) && c.getReviewerName() != null
                ? Localized.text("mail.caseStudy.inReviewBy", words, c.getReviewerName()) : words;
    }

    private static Localized sectionLabel(ReviewComment comment) {
        return Localized.text("Section." + comment.getSection().name());
    }

    private Map<String, Object> model(CaseStudy c) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", c.getTitle());
        m.put("country", (Localized) c.getCountry()::nameIn);
        m.put("link", mail.portalUrl() + "/app/case-studies/view?id=" + c.getId());
        return m;
    }
}
