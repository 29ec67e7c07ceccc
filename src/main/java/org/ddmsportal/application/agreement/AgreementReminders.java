package org.ddmsportal.application.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ddmsportal.application.workflow.WorkflowEngine;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.agreement.AgreementParty;
import org.ddmsportal.domain.agreement.AgreementRepository;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.workflow.AutoComment;
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
        reminders += remindPendingSignatures(today);
        return new Outcome(activated, expired, reminders);
    }

    /** A party whose turn began on {@code started}, and the key of its reminder for that turn. */
    private record Turn(Agreement agreement, AgreementParty party, LocalDate started, String key) {
    }

    /**
     * Reminds each party whose turn has lasted {@code signatureReminderDays}, once per turn: the
     * agreements out for signature with their parties, when each turn began and which reminders
     * were sent already are read for all of them at once (a few statements, whatever their number),
     * and a mail is written only for a turn not reminded yet.
     */
    private int remindPendingSignatures(LocalDate today) {
        List<Agreement> waiting = agreements.outForSignature().stream()
                .filter(a -> a.currentParty().map(AgreementParty::getContact).isPresent())
                .toList(); // a party without a contact can't have been sent to: nobody to remind
        Map<Long, Instant> sent = workflow.lastFiredAt(Agreement.WORKFLOW, waiting.stream()
                .filter(a -> lastAct(a) == null).map(Agreement::getId).toList());
        List<Turn> due = new ArrayList<>();
        for (Agreement a : waiting) {
            Instant began = Objects.requireNonNullElse(lastAct(a), sent.getOrDefault(a.getId(), a.getModifiedAt()));
            LocalDate started = began.atZone(ZoneOffset.UTC).toLocalDate();
            if (!today.isBefore(started.plusDays(signatureReminderDays))) {
                AgreementParty party = a.currentParty().orElseThrow();
                due.add(new Turn(a, party, started, AgreementNotifications.signatureReminderKey(party, started)));
            }
        }
        Set<String> reminded = notifications.queued(due.stream().map(Turn::key).toList());
        int sentNow = 0;
        for (Turn turn : due) {
            if (!reminded.contains(turn.key())
                    && notifications.signatureReminder(turn.agreement(), turn.party(), turn.started(), signatureReminderDays)) {
                sentNow++;
            }
        }
        return sentNow;
    }

    /** When a party of the signing queue last acted (the previous party's turn ended), or null. */
    private static Instant lastAct(Agreement a) {
        return a.signingQueue().stream().map(AgreementParty::getActedAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
    }
}
