package org.ddmsportal.web.shared;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.ddmsportal.application.shared.LanguageChoice;

/**
 * The language switch: a request with {@code ?language=fr} is answered in French and leaves a
 * cookie, so the next pages are too ({@link LanguageChoice}). The query string is read as it
 * came, never the body: reading a form's parameters here would read an upload before
 * UploadGuardFilter could refuse it.
 */
@WebFilter(filterName = "language", urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class LanguageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final int ONE_YEAR = 365 * 24 * 3600;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        LanguageChoice.supported(LanguageChoice.queryParameter(request.getQueryString(), LanguageChoice.PARAMETER))
                .ifPresent(language -> {
                    Cookie cookie = new Cookie(LanguageChoice.COOKIE, language);
                    cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
                    cookie.setMaxAge(ONE_YEAR);
                    cookie.setHttpOnly(true);
                    cookie.setSecure(request.getServletContext().getSessionCookieConfig().isSecure());
                    cookie.setAttribute("SameSite", "Lax");
                    response.addCookie(cookie);
                });
        chain.doFilter(request, response);
    }
}
