package org.ddmsportal.infrastructure.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Where the portal may send a user back to after sign-in: the page she asked for before Keycloak,
 * as a path on this portal with its query string — never another site. The OpenID mechanism keeps
 * the full address of the request that needed sign-in; its scheme and host come from the request
 * (a forged Host header would name another site), so only the path and query are taken, and only
 * when the path is one of the portal's signed-in pages ({@code <context>/app/…}), normalised, and
 * cannot be read by a browser as another origin ({@code //evil.example}, {@code /\evil.example},
 * control characters) — in short, a page address of folders and a name ({@code /app/agreements/view}). Anything else: no address, and the user lands on her workspace.
 */
public final class ReturnAddress {

    /**
     * A page of the signed-in part: {@code /app/} and folders and a page named with letters, digits,
     * hyphens; or a folder with its final slash (the container adds it to a list's short address).
     */
    private static final java.util.regex.Pattern PAGE =
            java.util.regex.Pattern.compile("/app(/[A-Za-z0-9-]+)+(\\.xhtml|/)?");

    private ReturnAddress() {
    }

    /**
     * The same-origin relative address to return to, from the address the mechanism kept
     * ({@code http://host/ctx/app/pilots/view?id=4}) or a relative one; empty when it is not safe.
     */
    public static Optional<String> of(String kept, String contextPath) {
        if (kept == null || kept.isBlank() || kept.length() > 2000) {
            return Optional.empty();
        }
        for (char ch : kept.toCharArray()) {
            if (ch < 0x21 || ch == 0x7f || ch == '\\') {
                return Optional.empty();
            }
        }
        URI uri;
        try {
            uri = new URI(kept);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String path = uri.getRawPath();
        if (path == null || !path.startsWith("/") || path.startsWith("//") || uri.getRawFragment() != null) {
            return Optional.empty();
        }
        if (uri.getScheme() != null && !("http".equalsIgnoreCase(uri.getScheme())
                || "https".equalsIgnoreCase(uri.getScheme()))) {
            return Optional.empty();
        }
        if (uri.getScheme() == null && uri.getRawAuthority() != null) {
            return Optional.empty();
        }
        String normalised = URI.create(path).normalize().getRawPath();
        String context = contextPath == null ? "" : contextPath;
        if (!normalised.equals(path) || !path.startsWith(context + "/app/") || path.contains("//")
                || !PAGE.matcher(path.substring(context.length())).matches()) {
            return Optional.empty();
        }
        String query = uri.getRawQuery();
        return Optional.of(query == null ? path : path + "?" + query);
    }
}
