package org.ddmsportal.infrastructure.security;

import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Where Keycloak returns after sign-in. The OpenID mechanism has already exchanged the code for
 * tokens and established the caller by the time this runs; it only sends the user on: to the page
 * she asked for before signing in (a mail's link to an agreement, with its query string), which the
 * mechanism kept in the session ({@value #KEPT}), when {@link ReturnAddress} finds it a page of the
 * portal; otherwise to her workspace. The mechanism's own "redirect to original resource" stays
 * off (it replays the request and fails in Faces, see {@link SecurityConfiguration}): this is a
 * plain redirect to the address.
 */
@WebServlet("/callback")
@ServletSecurity(@HttpConstraint(rolesAllowed = "**"))
public class CallbackServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The session attribute in which Soteria's OpenID mechanism keeps the address that needed sign-in. */
    static final String KEPT = "oidc.original.request";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        Object kept = session == null ? null : session.getAttribute(KEPT);
        if (session != null) {
            session.removeAttribute(KEPT);
        }
        String target = ReturnAddress.of(kept == null ? null : kept.toString(), request.getContextPath())
                .orElse(request.getContextPath() + "/app/index");
        response.sendRedirect(target);
    }
}
