package org.ddmsportal.infrastructure.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Marks the session cookie {@code Secure} when the portal is served over HTTPS
 * ({@code app.portal.url} starts with https), so it never travels in clear; on a plain-http
 * development address the browser would drop a Secure cookie and nobody could sign in.
 * HttpOnly and SameSite=Lax are set in web.xml.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String url = ConfigProvider.getConfig().getOptionalValue("app.portal.url", String.class).orElse("");
        if (url.regionMatches(true, 0, "https:", 0, 6)) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
