package org.ddmsportal.web.shared;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * Error pages render as fresh pages, never as a postback of the form that failed.
 *
 * <p>The container forwards a failed request to its error page with the original method and
 * parameters. When the failure was a POST of a Faces form (an expired view after a restart, a
 * refused upload), Faces took the error page for a postback of that form — and PrimeFaces' CSP
 * mode, finding no nonce of its own for it, failed a second time: the user saw a 500 instead of
 * "Your page has expired". For the error dispatch the request shows no parameters and the
 * method GET.
 */
@WebFilter(filterName = "errorPageRequest", urlPatterns = "/error/*", dispatcherTypes = DispatcherType.ERROR)
public class ErrorPageRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(fresh(request), response);
    }

    /** The request as a plain GET of a page: no parameters. */
    static HttpServletRequest fresh(HttpServletRequest request) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }

            @Override
            public String getParameter(String name) {
                return null;
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                return Map.of();
            }

            @Override
            public Enumeration<String> getParameterNames() {
                return Collections.emptyEnumeration();
            }

            @Override
            public String[] getParameterValues(String name) {
                return null;
            }
        };
    }
}
