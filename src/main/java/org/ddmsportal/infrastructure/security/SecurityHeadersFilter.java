package org.ddmsportal.infrastructure.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The headers every response of the portal carries, whatever produced it (a page, the API, a
 * file, an error page).
 *
 * <p>Decision: pages get their Content-Security-Policy from PrimeFaces ({@code primefaces.CSP}
 * with {@code primefaces.CSP_POLICY} in web.xml), because only the page renderer knows the
 * per-response nonce of its scripts; inline scripts without that nonce and every inline event
 * handler are refused by the browser. Everything else (JSON, feeds, PDFs, attachments, static
 * files) gets the strictest policy, {@link #NOTHING}, set here first; when PrimeFaces sets its
 * policy on a page, it replaces this one instead of adding a second (two policies would both
 * apply, and this one would block the page's scripts).
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CSP = "Content-Security-Policy";

    /** For responses that are not pages: nothing may run, load or embed them. */
    static final String NOTHING = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /**
     * For the browsable API description ({@code /api-docs/}, a static page running Swagger UI
     * from its webjar and its start script from {@code resources/ddms}): the portal's own scripts
     * and styles only (Swagger UI sets style attributes), calls to the portal only.
     */
    static final String API_DOCS = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; "
            + "form-action 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (isPrivate(request)) {
            // a signed-in page or a file: not kept by the browser, so Back after signing out on a
            // shared computer shows nothing (a servlet may still set its own)
            response.setHeader("Cache-Control", "no-store");
        }
        if (!response.containsHeader(CSP)) {
            boolean apiDocs = request.getRequestURI().startsWith(request.getContextPath() + "/api-docs/");
            response.setHeader(CSP, apiDocs ? API_DOCS : NOTHING);
        }
        chain.doFilter(request, new OnePolicy(response));
    }

    /**
     * The signed-in pages ({@code /app/…}, with their PDFs and reports) and the case studies'
     * files, by the path the container mapped (decoded and normalised: {@code /%61pp/…} and
     * {@code /app;x=1/…} are {@code /app/…}).
     */
    static boolean isPrivate(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.startsWith("/app/") || path.startsWith("/files/");
    }

    /** Lets a later Content-Security-Policy (the page's, with its nonce) replace the default. */
    static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
