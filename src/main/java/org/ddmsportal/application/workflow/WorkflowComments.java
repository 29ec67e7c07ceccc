package org.ddmsportal.application.workflow;

import java.util.Locale;
import java.util.MissingResourceException;
import org.ddmsportal.application.shared.MessagePatterns;
import org.ddmsportal.domain.workflow.AutoComment;
import org.ddmsportal.domain.workflow.WorkflowEvent;

/**
 * Renders a lifecycle comment in a language: an {@link AutoComment} through the message bundle
 * (the views' bundle, {@code i18n/messages}), anything else as it was written. Rows written before
 * automatic comments had keys keep their English text.
 */
public final class WorkflowComments {

    private WorkflowComments() {
    }

    /** The event's comment, in the reader's language when the portal wrote it. */
    public static String text(WorkflowEvent event, Locale locale) {
        return event.getAutoComment().map(c -> text(c, locale)).orElse(event.getComment());
    }

    /** An automatic comment in a language (English if the bundle lacks the language). */
    public static String text(AutoComment comment, Locale locale) {
        try {
            // as in the views: only texts with arguments go through MessageFormat
            return MessagePatterns.text(locale, comment.key(), comment.arguments().toArray());
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text for lifecycle comment " + comment.key(), e);
        }
    }
}
