package org.ddmsportal.application.shared;

import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which interface language a request gets, without a session: the {@value #PARAMETER} query
 * parameter of the language switch, else the {@value #COOKIE} cookie that the switch left, else the
 * first of the browser's languages the portal speaks, else English.
 *
 * <p>Decision: the language used to live in a session-scoped bean, so every anonymous visitor of the
 * home page or the showcase got an HTTP session (memory kept for an hour per visit, and a
 * {@code JSESSIONID} for crawlers to collect). A preference the browser keeps costs the server
 * nothing. The parameter is {@code language}, not {@code lang}: {@code lang} already chooses the
 * translation of a case study's text.
 */
public final class LanguageChoice {

    public static final String PARAMETER = "language";
    public static final String COOKIE = "ddms-language";
    public static final List<String> LANGUAGES = List.of("en", "fr", "ru");

    private LanguageChoice() {
    }

    /** The language chosen by the first of these that names a supported one. */
    public static String resolve(String parameter, String cookie, List<Locale> browser) {
        return supported(parameter)
                .or(() -> supported(cookie))
                .or(() -> browser.stream().map(Locale::getLanguage).filter(LANGUAGES::contains).findFirst())
                .orElse("en");
    }

    /** {@code value} if it is one of the portal's languages. */
    public static Optional<String> supported(String value) {
        return value != null && LANGUAGES.contains(value) ? Optional.of(value) : Optional.empty();
    }

    /** The value of {@code name} in a raw query string (no decoding needed for language codes). */
    public static String queryParameter(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return pair.substring(eq + 1);
            }
        }
        return null;
    }

    /** {@code query} without {@code name}, then {@code name=value} appended: the switch's link. */
    public static String withParameter(String query, String name, String value) {
        StringBuilder out = new StringBuilder();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.isEmpty() || pair.equals(name) || pair.startsWith(name + "=")) {
                    continue;
                }
                out.append(pair).append('&');
            }
        }
        return out.append(name).append('=').append(value).toString();
    }

    public static List<Locale> locales(Enumeration<Locale> locales) {
        List<Locale> list = new ArrayList<>();
        while (locales != null && locales.hasMoreElements()) {
            list.add(locales.nextElement());
        }
        return list;
    }

    /** The language of a request outside Faces (a download servlet): parameter, cookie, browser, English. */
    public static java.util.Locale of(jakarta.servlet.http.HttpServletRequest request) {
        String cookie = null;
        if (request.getCookies() != null) {
            for (jakarta.servlet.http.Cookie c : request.getCookies()) {
                if (COOKIE.equals(c.getName())) {
                    cookie = c.getValue();
                }
            }
        }
        return Locale.forLanguageTag(resolve(request.getParameter(PARAMETER), cookie, locales(request.getLocales())));
    }
}
