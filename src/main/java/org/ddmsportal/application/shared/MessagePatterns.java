package org.ddmsportal.application.shared;

import com.ibm.icu.text.MessageFormat;
import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Fills a translated text's arguments, the one way the portal does it: in the views' beans
 * ({@code web.shared.Texts}), mails and reports, lifecycle comments and the API's problems.
 * ICU's {@link MessageFormat} reads the JDK's patterns ({@code {0}}, {@code ''} for an apostrophe)
 * and adds CLDR plural rules, so a count agrees with its noun in each language:
 * {@code {0, plural, one {# day} other {# days}}}; Russian has the categories {@code one}, {@code few},
 * {@code many} and {@code other} (1 день, 2 дня, 5 дней, 1,5 дня). {@code BundlesTest} checks that
 * every pattern parses and every plural names its language's categories.
 */
public final class MessagePatterns {

    private MessagePatterns() {
    }

    /** The bundle the portal's words are in ({@code i18n/messages*.properties}). */
    public static final String BUNDLE = "i18n.messages";

    /**
     * The language a document for this reader is written in: theirs when the bundle speaks it,
     * else English (a German reader gets English, as the pages give it). A document kept for a
     * language is then exactly what any reader of that language gets.
     */
    public static Locale spoken(Locale locale) {
        Locale asked = locale == null ? Locale.ENGLISH : locale;
        String language = ResourceBundle.getBundle(BUNDLE, asked,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getLocale().getLanguage();
        return language.isEmpty() ? Locale.ENGLISH : Locale.forLanguageTag(language);
    }

    /**
     * A text of the bundle in a language (English where the language lacks it, whatever the
     * server's own locale), its arguments filled in.
     */
    public static String text(Locale locale, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        return arguments == null || arguments.length == 0 ? pattern : format(pattern, locale, arguments);
    }

    /**
     * The pattern with its arguments, in the language's words and numbers. An {@link Instant} is
     * given as a {@link Date} (ICU cannot format it); another date or time of {@code java.time} as
     * its ISO text, as the JDK's MessageFormat gave it (ICU would add a time to a day).
     */
    public static String format(String pattern, Locale locale, Object... arguments) {
        Object[] given = arguments == null ? new Object[0] : arguments.clone();
        for (int i = 0; i < given.length; i++) {
            if (given[i] instanceof Instant instant) {
                given[i] = Date.from(instant);
            } else if (given[i] instanceof TemporalAccessor temporal) {
                given[i] = temporal.toString();
            }
        }
        return new MessageFormat(pattern, locale).format(given);
    }
}
