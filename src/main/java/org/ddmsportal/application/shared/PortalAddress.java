package org.ddmsportal.application.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's public address ({@code app.portal.url}, e.g. {@code https://ddms.example.org}):
 * the links in mails, feeds, PDFs, the DCAT catalogue, the ODRL policies and Keycloak's redirect
 * after a new user sets a password all start with it, and the session cookie is Secure when it is
 * HTTPS ({@code SessionCookies}). A trailing slash in the setting is dropped,
 * so {@code url() + "/app/…"} never doubles it.
 */
@ApplicationScoped
public class PortalAddress {

    @Inject
    @ConfigProperty(name = "app.portal.url", defaultValue = "http://localhost:8080")
    String configured;

    public PortalAddress() {
    }

    /** A fixed address, outside the container (tests, tools). */
    public static PortalAddress of(String url) {
        PortalAddress address = new PortalAddress();
        address.configured = url;
        return address;
    }

    /** Whether the portal is served over HTTPS (the address starts with {@code https:}, in any case). */
    public boolean https() {
        return configured.regionMatches(true, 0, "https:", 0, 6);
    }

    /** The address, without a trailing slash. */
    public String url() {
        return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
    }
}
