package org.ddmsportal.infrastructure.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.domain.shared.Actor;

/**
 * The coarse gate of the signed-in part: the container has authenticated the caller (web.xml),
 * this filter lets through only callers with a portal role, and only administrators to
 * {@code /app/admin/}; otherwise 403 and the translated "Not allowed" page. The roles come from
 * the verified token ({@link OidcCurrentActor}), so the gate and the pages agree on every
 * request. Finer rules (which record, which country) stay in the application layer.
 */
@WebFilter(filterName = "portalAccess", urlPatterns = {"/app/*", "/api/lineage/*"}, asyncSupported = true)
public class PortalAccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentActor currentActor;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<Actor> actor = currentActor.find();
        boolean admin = request.getRequestURI().startsWith(request.getContextPath() + "/app/admin/");
        if (actor.isEmpty() || actor.get().roles().isEmpty() || (admin && !actor.get().isAdmin())) {
            response.sendError(actor.isEmpty() ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
