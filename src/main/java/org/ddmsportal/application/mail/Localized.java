package org.ddmsportal.application.mail;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
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

    /** A day as the language writes it in full: "June 30, 2027", "30 juin 2027", "30 июня 2027 г."; none for none. */
    static Localized date(LocalDate day) {
        return day == null ? null
                : language -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language).format(day);
    }

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
