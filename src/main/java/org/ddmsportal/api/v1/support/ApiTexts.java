package org.ddmsportal.api.v1.support;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.ddmsportal.application.shared.MessagePatterns;

/**
 * The API's words in the caller's language: the portal's bundle ({@code i18n.messages}) in the
 * first of the request's Accept-Language ranges the portal speaks (en, fr, ru), English
 * otherwise. Texts with arguments go through {@link MessagePatterns}, as on the pages.
 */
public final class ApiTexts {

    public static final String BUNDLE = "i18n.messages";
    private static final List<String> SPOKEN = List.of("en", "fr", "ru");

    private ApiTexts() {
    }

    /** The first acceptable language the portal speaks, else English. */
    public static Locale locale(List<Locale> acceptable) {
        if (acceptable != null) {
            for (Locale locale : acceptable) {
                if (locale != null && SPOKEN.contains(locale.getLanguage())) {
                    return Locale.forLanguageTag(locale.getLanguage());
                }
            }
        }
        return Locale.ENGLISH;
    }

    /** The caller's language by the request's Accept-Language; English when it is absent or unreadable. */
    public static Locale localeOf(HttpHeaders headers) {
        try {
            return locale(headers == null ? null : headers.getAcceptableLanguages());
        } catch (RuntimeException e) {
            return Locale.ENGLISH;   // an unreadable Accept-Language
        }
    }

    /** The text of the key, its arguments filled in; the key itself if the bundle lacks it. */
    public static String text(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            try {
                pattern = ResourceBundle.getBundle(BUNDLE, Locale.ROOT).getString(key);
            } catch (MissingResourceException e2) {
                return key;
            }
        }
        return arguments == null || arguments.length == 0 ? pattern : MessagePatterns.format(pattern, locale, arguments);
    }
}
