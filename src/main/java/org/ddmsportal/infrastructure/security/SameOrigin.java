package org.ddmsportal.infrastructure.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;

/**
 * Whether a state-changing request comes from the portal's own pages: its {@code Origin} header
 * (sent by browsers on every cross-site POST), or failing that its {@code Referer}, names the
 * host the request was sent to. A request with neither (a script, curl) is let through: it
 * carries no browser session of a victim (the cookie is SameSite=Lax).
 */
final class SameOrigin {

    private SameOrigin() {
    }

    static boolean of(HttpServletRequest request) {
        String source = request.getHeader("Origin");
        if (source == null || source.isBlank() || "null".equals(source)) {
            source = request.getHeader("Referer");
        }
        if (source == null || source.isBlank()) {
            return request.getHeader("Origin") == null;
        }
        try {
            URI uri = URI.create(source.trim());
            String host = request.getHeader("Host");
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return authority != null && host != null && authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
