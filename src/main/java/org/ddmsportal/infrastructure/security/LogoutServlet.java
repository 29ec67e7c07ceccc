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
 * link in a mail or an image can't sign anyone out.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
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
