package org.ddmsportal.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ddmsportal.application.shared.LanguageChoice;

/**
 * The interface language of this request ({@link LanguageChoice}: the switch's parameter, its
 * cookie, the browser's languages, English) and the links of the language switch.
 *
 * <p>Request scope, not session scope: a visitor who only reads public pages must not get an
 * HTTP session (see {@link LanguageChoice}).
 */
@Named
@RequestScoped
public class LocaleBean {

    public static final List<String> LANGUAGES = LanguageChoice.LANGUAGES;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            FacesContext context = FacesContext.getCurrentInstance();
            String language = "en";
            if (context != null && context.getExternalContext().getRequest() instanceof HttpServletRequest request) {
                language = LanguageChoice.resolve(
                        LanguageChoice.queryParameter(asked(request), LanguageChoice.PARAMETER),
                        cookie(request), LanguageChoice.locales(request.getLocales()));
            }
            locale = Locale.forLanguageTag(language);
        }
        return locale;
    }

    /**
     * The query string the browser sent: a page reached by a forward (a showcase case study or
     * guideline at its address, /showcase/case-studies/{slug}) sees the forward's own query
     * ({@code slug=…}), so its {@code ?language=ru} was lost and the page came back in the old
     * language the first time.
     */
    static String asked(HttpServletRequest request) {
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        return forwarded instanceof String original ? original : request.getQueryString();
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public List<String> getLanguages() {
        return LANGUAGES;
    }

    /**
     * The address of this page in {@code language}: the address the browser asked for (the
     * readable one of a forwarded showcase page, the failed one of an error page) with its query
     * and {@code language=…}; after a form post, the view with its view parameters.
     */
    public String linkTo(String language) {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String path;
        String query;
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) {
            path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            query = null;
        } else if (request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) != null) {
            path = (String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
            query = (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        } else if ("GET".equals(request.getMethod()) || context.getViewRoot() == null) {
            path = request.getRequestURI();
            query = request.getQueryString();
        } else {
            String url = context.getApplication().getViewHandler().getBookmarkableURL(context,
                    context.getViewRoot().getViewId(), Map.of(), true);
            int q = url.indexOf('?');
            path = q < 0 ? url : url.substring(0, q);
            query = q < 0 ? null : url.substring(q + 1);
        }
        return path + "?" + LanguageChoice.withParameter(query, LanguageChoice.PARAMETER, language);
    }

    private static String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (LanguageChoice.COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }
}
