package org.ddmsportal.application.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.ddmsportal.application.mail.Localized;
import org.ddmsportal.application.mail.Notifications;
import org.ddmsportal.application.workflow.TransitionFired;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.agreement.AgreementParty;
import org.ddmsportal.domain.agreement.PartyRole;

/**
 * Who hears of what, for agreements. Transitions of {@code workflows/agreement.json} name their
 * templates; this class decides the recipients: the party whose turn it is, everyone on
 * completion (with the signed PDF), the agreement's owner on a decline or termination.
 */
@ApplicationScoped
public class AgreementNotifications {

    @Inject
    Notifications mail;

    void onTransition(@Observes TransitionFired fired) {
        if (!(fired.subject() instanceof Agreement a)) {
            return;
        }
        for (String template : fired.transition().notifications()) {
            switch (template) {
                case "agreement-turn" -> turn(a);
                case "agreement-declined", "agreement-terminated" -> mail.send(template, owners(a),
                        moved(a, fired.actor().displayName(), fired.event().getComment()), null);
                // completion is sent by the service once the signed PDF exists (it is attached)
                case "agreement-completed" -> { }
                default -> mail.send(template, owners(a), model(a), null);
            }
        }
    }

    /**
     * Tells the parties that had approved or signed in a round that a decline ended: their
     * consent no longer counts, and they will be asked again when the agreement is sent anew (the
     * same mail as the owners', saying so). {@code voided}: a contact's e-mail → the organisation
     * they acted for.
     */
    public void voided(Agreement a, Map<String, String> voided, String decliner, String comment) {
        voided.forEach((email, organisation) -> {
            Map<String, Object> model = moved(a, decliner, comment);
            model.put("voided", true);
            model.put("organisation", organisation);
            mail.send("agreement-declined", List.of(email), model, null);
        });
    }

    /** The agreement's mail model with who moved it and their comment (a decline, a termination). */
    private Map<String, Object> moved(Agreement a, String actor, String comment) {
        Map<String, Object> model = model(a);
        model.put("comment", comment);
        model.put("actor", actor);
        return model;
    }

    /** Tells the party whose turn it is. */
    public void turn(Agreement a) {
        a.currentParty().ifPresent(p -> {
            Map<String, Object> model = model(a);
            model.put("name", p.getContact().getFullName());
            model.put("organisation", p.getOrganisation().getName());
            model.put("approve", p.getRole() == PartyRole.APPROVER);
            mail.send("agreement-turn", List.of(p.getContact().getEmail()), model, null);
        });
    }

    /** Sends everyone (parties, copies, owner) the signed PDF with its certificate. */
    public void completed(Agreement a, long finalDocumentId) {
        List<String> to = new ArrayList<>(owners(a));
        for (AgreementParty p : a.getParties()) {
            if (p.getContact() != null) {
                to.add(p.getContact().getEmail());
            }
        }
        mail.send("agreement-completed", to, model(a), finalDocumentId);
    }

    /** Reminds the party whose turn it is, once per turn and reminder number. */
    boolean signatureReminder(Agreement a, AgreementParty p, LocalDate turnStarted, int days) {
        Map<String, Object> model = model(a);
        model.put("name", p.getContact().getFullName());
        model.put("days", Localized.text("mail.days", days));   // "7 days", "7 jours", "7 дней"
        return mail.sendOnce(signatureReminderKey(p, turnStarted), "agreement-signature-reminder",
                List.of(p.getContact().getEmail()), model, null);
    }

    /** Those of these reminder keys a mail was queued under already (one statement for them all). */
    Set<String> queued(Collection<String> keys) {
        return mail.queued(keys);
    }

    /** The outbox key of the reminder of a party's turn that began on {@code turnStarted}. */
    static String signatureReminderKey(AgreementParty p, LocalDate turnStarted) {
        return "agreement-signature-reminder:" + p.getId() + ":" + turnStarted;
    }

    /** The outbox key of an expiry reminder is this, the agreement's id, ':' and the expiry date. */
    static final String EXPIRY_REMINDER = "agreement-expiry-reminder:";

    /** The outbox key of a review reminder is this, the agreement's id, ':' and the review date. */
    static final String REVIEW_REMINDER = "agreement-review-reminder:";

    boolean expiryReminder(Agreement a) {
        Map<String, Object> model = model(a);
        return mail.sendOnce(EXPIRY_REMINDER + a.getId() + ":" + a.getExpiryDate(),
                "agreement-expiry-reminder", owners(a), model, null);
    }

    boolean reviewReminder(Agreement a) {
        return mail.sendOnce(REVIEW_REMINDER + a.getId() + ":" + a.getReviewDate(),
                "agreement-review-reminder", owners(a), model(a), null);
    }

    public String portalUrl() {
        return mail.portalUrl();
    }

    private static List<String> owners(Agreement a) {
        return a.getOwnerEmail() == null ? List.of() : List.of(a.getOwnerEmail());
    }

    private Map<String, Object> model(Agreement a) {
        Map<String, Object> m = new HashMap<>();
        m.put("reference", a.getReference());
        m.put("title", a.getTitle());
        m.put("partnership", a.getPartnership().getTitle());
        m.put("status", a.getStatus());
        m.put("expiryDate", Localized.date(a.getExpiryDate()));
        m.put("reviewDate", Localized.date(a.getReviewDate()));
        m.put("link", mail.portalUrl() + "/app/agreements/view?id=" + a.getId());
        return m;
    }
}
