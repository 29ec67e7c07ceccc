package org.ddmsportal.application.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.ddmsportal.application.workflow.WorkflowEngine;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.agreement.AgreementParty;
import org.ddmsportal.domain.agreement.AgreementRepository;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.workflow.AutoComment;
import org.ddmsportal.domain.workflow.WorkflowEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The daily duties of the agreements, run by a scheduled job (and at start-up): activate signed
 * agreements on their effective date, expire active ones after their expiry date, and remind —
 * the party whose signature is pending for N days, the owner at the renewal notice date and
 * before the review date. Each reminder is a once-only outbox entry, so running the job again,
 * after a restart or twice in a day, sends nothing twice.
 */
@ApplicationScoped
@Transactional
public class AgreementReminders {

    /** What one run did, for the log and the tests. */
    public record Outcome(int activated, int expired, int reminders) {
    }

    @Inject
    AgreementRepository agreements;

    @Inject
    WorkflowEngine workflow;

    @Inject
    AgreementNotifications notifications;

    @Inject
    @ConfigProperty(name = "app.agreements.signature-reminder-days", defaultValue = "7")
    int signatureReminderDays;

    @Inject
    @ConfigProperty(name = "app.agreements.review-notice-days", defaultValue = "30")
    int reviewNoticeDays;

    public Outcome run(LocalDate today) {
        Actor system = Actor.system();
        int activated = 0;
        for (Agreement a : agreements.signedAndEffective(today)) {
            workflow.fireAutomatic(system, a, "activate",
                    AutoComment.of("lifecycle.auto.agreement.activateOnDate", a.getEffectiveDate()), a.getReference());
            activated++;
        }
        int expired = 0;
        for (Agreement a : agreements.activeAndExpired(today)) {
            workflow.fireAutomatic(system, a, "expire",
                    AutoComment.of("lifecycle.auto.agreement.expire", a.getExpiryDate()), a.getReference());
            expired++;
        }
        int reminders = 0;
        for (Agreement a : agreements.expiryReminderDue(today, AgreementNotifications.EXPIRY_REMINDER)) {
            if (notifications.expiryReminder(a)) {
                reminders++;
            }
        }
        for (Agreement a : agreements.reviewReminderDue(today, reviewNoticeDays, AgreementNotifications.REVIEW_REMINDER)) {
            if (notifications.reviewReminder(a)) {
                reminders++;
            }
        }
        for (Agreement a : agreements.outForSignature()) {
            var party = a.currentParty();
            if (party.isEmpty() || party.get().getContact() == null) {
                continue; // nobody to remind (a party without a contact can't have been sent to)
            }
            LocalDate started = turnStarted(a);
            if (!today.isBefore(started.plusDays(signatureReminderDays))
                    && notifications.signatureReminder(a, party.get(), started, signatureReminderDays)) {
                reminders++;
            }
        }
        return new Outcome(activated, expired, reminders);
    }

    /** When the current party's turn began: the previous party's act, or the sending for signature. */
    private LocalDate turnStarted(Agreement a) {
        Instant last = a.signingQueue().stream().map(AgreementParty::getActedAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        if (last == null) {
            List<WorkflowEvent> events = workflow.events(Agreement.WORKFLOW, a.getId());
            last = events.isEmpty() ? a.getModifiedAt() : events.get(0).getAt(); // newest first
        }
        return last.atZone(ZoneOffset.UTC).toLocalDate();
    }
}
