package org.ddmsportal.infrastructure.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Signs out of the portal and of Keycloak: the OpenID mechanism's logout notifies the provider
 * (end-session endpoint), which returns the user to the public home page. POST only, so that a
 * link in a mail or an image can't sign anyone out; and only from the portal's own pages: a POST
 * whose {@code Origin} (or, without it, {@code Referer}) names another site is refused with 403,
 * so a foreign page can't sign a user out either (the session cookie is SameSite=Lax as well).
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!SameOrigin.of(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (!response.isCommitted()) {
            response.sendRedirect(request.getContextPath() + "/");
        }
    }
}
