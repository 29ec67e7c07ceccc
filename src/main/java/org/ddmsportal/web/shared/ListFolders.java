package org.ddmsportal.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * A list's short address: {@code /app/partnerships?country=RS&status=ACTIVE} is the partnership
 * list with those filters ({@link ListAddress}), as the dashboards and the docs write it. The
 * folder alone (with or without a final slash) is redirected to its {@code list} page with the same
 * query; every other address passes.
 */
@WebFilter(filterName = "listFolders", urlPatterns = "/app/*", asyncSupported = true)
public class ListFolders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The folders of /app that have a list page. */
    static final Set<String> LISTS = Set.of("partnerships", "agreements", "pilots", "datasets", "indicators",
            "decisions", "case-studies", "organisations", "contacts", "guidelines", "activities", "countries");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String folder = folder(request.getRequestURI().substring(request.getContextPath().length()));
        if (folder != null && "GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            response.sendRedirect(request.getContextPath() + "/app/" + folder + "/list" + (query == null ? "" : "?" + query));
            return;
        }
        chain.doFilter(request, response);
    }

    /** The list folder an address names on its own ({@code /app/pilots}, {@code /app/pilots/}), or {@code null}. */
    static String folder(String path) {
        if (!path.startsWith("/app/")) {
            return null;
        }
        String rest = path.substring("/app/".length());
        if (rest.endsWith("/")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        return LISTS.contains(rest) ? rest : null;
    }
}
