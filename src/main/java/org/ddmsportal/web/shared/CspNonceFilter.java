package org.ddmsportal.web.shared;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A form post that does not carry its page's CSP nonce is answered as an expired page (400).
 *
 * <p>With the Content-Security-Policy on (web.xml), PrimeFaces sends the page's nonce with every
 * post of its forms ({@code primefaces.nonce}) and refuses a post without the right one by
 * throwing deep inside Faces — a 500 for what is a stale page (opened before an upgrade) or a
 * forged request. This filter answers the missing nonce before Faces, with the translated
 * "Your page has expired" page; a wrong nonce is mapped to the same page in web.xml.
 */
@WebFilter(filterName = "cspNonce", urlPatterns = "*.xhtml", servletNames = "Faces Servlet", dispatcherTypes = DispatcherType.REQUEST)
public class CspNonceFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && missingNonce(request)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            request.getRequestDispatcher("/error/expired.xhtml").forward(ErrorPageRequestFilter.fresh(request), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean missingNonce(HttpServletRequest request) {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            // reading a multipart body's parameters here would read the whole upload before
            // UploadGuardFilter could refuse it by its size; PrimeFaces' own check (mapped to the
            // expired page in web.xml) covers these posts
            return false;
        }
        try {
            return request.getParameter("jakarta.faces.ViewState") != null && isBlank(request.getParameter("primefaces.nonce"));
        } catch (RuntimeException unreadable) {
            return false;   // a body the container can't read: UploadGuardFilter answers it
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
