package org.ddmsportal.infrastructure.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.ddmsportal.application.shared.PortalAddress;

/**
 * Marks the session cookie {@code Secure} when the portal is served over HTTPS
 * ({@link PortalAddress#https()}: {@code app.portal.url} starts with https), so it never travels
 * in clear; on a plain-http development address the browser would drop a Secure cookie and
 * nobody could sign in. HttpOnly and SameSite=Lax are set in web.xml.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Inject
    PortalAddress address;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (address.https()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
