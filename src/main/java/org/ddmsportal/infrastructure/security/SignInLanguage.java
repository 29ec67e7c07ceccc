package org.ddmsportal.infrastructure.security;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The OpenID mechanism's redirect to the identity provider's sign-in page, asking it for the
 * portal's language with {@code ui_locales} (OpenID Connect Core 1.0, §3.1.2.1). Keycloak otherwise
 * chooses by the browser's languages: someone reading the portal in Russian on an English browser
 * got the sign-in, password reset and account pages in English.
 */
final class SignInLanguage extends HttpServletResponseWrapper {

    private final String language;

    SignInLanguage(HttpServletResponse response, String language) {
        super(response);
        this.language = language;
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        super.sendRedirect(withLanguage(location, language));
    }

    /** An authorization request's address with {@code ui_locales}; any other address as it is. */
    static String withLanguage(String location, String language) {
        int query = location == null ? -1 : location.indexOf('?');
        if (query < 0 || language == null || !language.matches("[a-z]{2,3}")) {
            return location;
        }
        String parameters = "&" + location.substring(query + 1);
        if (!parameters.contains("&response_type=") || !parameters.contains("&client_id=")
                || parameters.contains("&ui_locales=")) {
            return location;
        }
        return location + "&ui_locales=" + language;
    }
}
