package org.ddmsportal.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * Which pages anyone may read without signing in — home, showcase, verification, error pages —
 * and are therefore transient (stateless) views: no view state, no HTTP session. The layout's
 * {@code <f:view transient="#{publicViews.isPublic(view.viewId)}">} marks them when the view is
 * built (Faces requires a view posted back as stateless to build as transient) and
 * {@link StatelessPublicViews} right after restore view (before PrimeFaces stores its nonce).
 */
@Named
@ApplicationScoped
public class PublicViews {

    /** View ids (a prefix when it ends with a slash). */
    static final List<String> PUBLIC = List.of("/index.xhtml", "/verify.xhtml", "/showcase/", "/error/");

    public static boolean isPublicView(String viewId) {
        return viewId != null && PUBLIC.stream().anyMatch(p -> p.endsWith("/") ? viewId.startsWith(p) : viewId.equals(p));
    }

    public boolean isPublic(String viewId) {
        return isPublicView(viewId);
    }
}
