package org.ddmsportal.application.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.ddmsportal.application.shared.Clocks;
import org.ddmsportal.application.shared.PortalAddress;
import org.ddmsportal.application.shared.Templates;
import org.ddmsportal.domain.mail.OutboxMail;
import org.ddmsportal.domain.mail.OutboxRepository;

/**
 * Writes mails to the outbox, in the caller's transaction, from the templates in
 * {@code templates/mail/} (one per event, named {@code <aggregate>-<event>}, in French and Russian in
 * {@code templates/mail/fr/} and {@code templates/mail/ru/}; the first line is
 * {@code Subject: …}). The outbox sends them after commit: a change that rolls back mails nobody.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Notifications {

    /** The notification templates the portal knows; workflow files may name these. */
    public static final List<String> TEMPLATES = List.of(
            "agreement-turn", "agreement-declined", "agreement-completed", "agreement-terminated",
            "agreement-signature-reminder", "agreement-expiry-reminder", "agreement-review-reminder",
            "case-study-submitted", "case-study-decision", "case-study-comment", "case-study-clearance");

    @Inject
    OutboxRepository outbox;

    @Inject
    Templates templates;

    @Inject
    Event<MailQueued> queued;

    @Inject
    Clock clock;

    @Inject
    PortalAddress portal;

    @Inject
    MailLanguages languages;

    /** Queues a mail for an event that happens once (a transition, a signature). */
    public void send(String template, List<String> recipients, Map<String, ?> model, Long attachmentDocumentId) {
        sendOnce(template + ":" + UUID.randomUUID(), template, recipients, model, attachmentDocumentId);
    }

    /**
     * Queues a mail unless one with the same key was ever queued (reminders). The recipients get it
     * in their language ({@link MailLanguages}): one mail per language, the model's {@link Localized}
     * values put in it; the first language's mail has the key, another's the key and its language.
     *
     * @return true if it was queued now
     */
    public boolean sendOnce(String dedupeKey, String template, List<String> recipients, Map<String, ?> model,
                            Long attachmentDocumentId) {
        List<String> to = recipients.stream().filter(Objects::nonNull).filter(r -> !r.isBlank()).distinct().toList();
        if (to.isEmpty()) {
            return false;
        }
        Map<Locale, List<String>> byLanguage = new TreeMap<>(Comparator.comparing(MailLanguages.LANGUAGES::indexOf));
        for (String recipient : to) {
            byLanguage.computeIfAbsent(languages.of(recipient), l -> new ArrayList<>()).add(recipient);
        }
        // the key says "sent" for every language: recipients whose languages differ from the last
        // time (a contact's languages changed) are not mailed again under another language's key
        if (byLanguage.size() > 1 && !queued(List.of(dedupeKey)).isEmpty()) {
            return false;
        }
        boolean queuedAny = false;
        boolean first = true;
        for (Map.Entry<Locale, List<String>> group : byLanguage.entrySet()) {
            String key = first ? dedupeKey : dedupeKey + ":" + group.getKey().getLanguage();
            first = false;
            queuedAny |= queue(key, template, group.getValue(), model, group.getKey(), attachmentDocumentId);
        }
        return queuedAny;
    }

    private boolean queue(String dedupeKey, String template, List<String> to, Map<String, ?> model, Locale language,
                          Long attachmentDocumentId) {
        Map<String, Object> full = new HashMap<>();
        model.forEach((name, value) -> full.put(name, value instanceof Localized localized ? localized.in(language) : value));
        full.put("portalUrl", portal.url());
        String text = templates.text(MailLanguages.template(template, language), full);
        String subject = "DDMS Portal";
        String body = text;
        if (text.startsWith("Subject:")) {
            int end = text.indexOf('\n');
            subject = text.substring("Subject:".length(), end < 0 ? text.length() : end).strip();
            body = end < 0 ? "" : text.substring(end + 1).stripLeading();
        }
        OutboxMail mail = new OutboxMail(dedupeKey, template, to, subject, body, attachmentDocumentId,
                Clocks.stamp(clock));
        if (!outbox.addOnce(mail)) {
            return false;
        }
        queued.fire(new MailQueued(mail.getId()));
        return true;
    }

    /** Those of {@code dedupeKeys} a mail was ever queued under: what {@link #sendOnce} would not send again. */
    public Set<String> queued(Collection<String> dedupeKeys) {
        return dedupeKeys.isEmpty() ? Set.of() : outbox.queuedKeys(dedupeKeys);
    }

    public String portalUrl() {
        return portal.url();
    }
}
