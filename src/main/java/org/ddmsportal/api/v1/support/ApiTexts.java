package org.ddmsportal.api.v1.support;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import org.ddmsportal.application.shared.MessagePatterns;

/**
 * The API's words in the caller's language: the portal's bundle ({@code i18n.messages}) in the
 * first of the request's Accept-Language ranges the portal speaks (en, fr, ru), English
 * otherwise. Texts with arguments go through {@link MessagePatterns}, as on the pages.
 */
public final class ApiTexts {

    public static final String BUNDLE = MessagePatterns.BUNDLE;
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
        try {
            return MessagePatterns.text(locale, key, arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
