package org.ddmsportal.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The portal's public address ({@code app.portal.url}), for absolute links (feed, showcase). */
@ApplicationScoped
public class PortalUrl {

    @Inject
    @ConfigProperty(name = "app.portal.url", defaultValue = "http://localhost:8080")
    String url;

    public String get() {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
