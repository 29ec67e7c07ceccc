package org.ddmsportal.infrastructure.security;

import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Where Keycloak returns after sign-in. The OpenID mechanism has already exchanged the code for
 * tokens and established the caller by the time this runs; it only sends the user on.
 */
@WebServlet("/callback")
@ServletSecurity(@HttpConstraint(rolesAllowed = "**"))
public class CallbackServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/app/index.xhtml");
    }
}
