package org.ddmsportal.application.mail;

import java.util.Locale;
import org.ddmsportal.application.shared.MessagePatterns;

/**
 * A value of a mail's model that reads differently in each language: a status, a section's name,
 * a country's name, a count of days. {@link Notifications} writes a mail once per language of its
 * recipients and puts each such value in that language.
 */
@FunctionalInterface
public interface Localized {

    /** The value in a language. */
    String in(Locale language);

    /** A text of the portal's bundle; an argument that is itself {@link Localized} is put in the same language. */
    static Localized text(String key, Object... arguments) {
        return language -> {
            Object[] said = arguments.clone();
            for (int i = 0; i < said.length; i++) {
                if (said[i] instanceof Localized localized) {
                    said[i] = localized.in(language);
                }
            }
            return MessagePatterns.text(language, key, said);
        };
    }
}
