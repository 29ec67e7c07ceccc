package org.ddmsportal.it;

import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test deployments only: records the SELECTs EclipseLink sends while the portal answers a page
 * request that carries {@link #HEADER} (its value a token of the test's), so a test can count the
 * statements of a page as a browser gets it — the view bean, every tab and every EL expression
 * rendered. Requests without the header pass untouched.
 */
@WebFilter(filterName = "itSelectCounting", urlPatterns = {"/app/*", "/showcase/*"})
public class SelectCountingFilter implements Filter {

    static final String HEADER = "X-Test-Count-Selects";

    private static final Map<String, List<String>> COUNTED = new ConcurrentHashMap<>();

    @Inject
    JpaSelects selects;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String token = request instanceof HttpServletRequest http ? http.getHeader(HEADER) : null;
        if (token == null) {
            chain.doFilter(request, response);
            return;
        }
        Exception[] failed = {null};
        List<String> sql = selects.statements(() -> {
            try {
                chain.doFilter(request, response);
            } catch (IOException | ServletException e) {
                failed[0] = e;
            }
        });
        COUNTED.put(token, sql);
        if (failed[0] instanceof IOException e) {
            throw e;
        }
        if (failed[0] instanceof ServletException e) {
            throw e;
        }
    }

    /** The SELECTs of the request sent with {@code token}, once it was answered. */
    static List<String> taken(String token) {
        List<String> sql = COUNTED.remove(token);
        if (sql == null) {
            throw new IllegalStateException("no request counted for " + token);
        }
        return sql;
    }
}
