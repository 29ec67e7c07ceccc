package org.ddmsportal.web.shared;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.List;

/**
 * The public pages — home, showcase, verification, error pages — are transient views: Faces keeps
 * no state for them and PrimeFaces keeps its CSP nonce out of the view map, so reading them
 * creates no HTTP session (an anonymous visitor never gets one; see {@link LanguageChoice} for
 * the language).
 *
 * <p>Decided here, right after the view is restored or created, rather than with
 * {@code <f:view transient="true">} in the pages: PrimeFaces stores the response's CSP nonce in
 * the view map — which lives in the session — <em>before</em> the page's tags are applied, so a
 * transient flag set by the page came too late and every visit still made a session. A form on
 * such a page (the verification's upload) posts as a stateless view, which Faces rebuilds.
 */
public class StatelessPublicViews implements PhaseListener {

    private static final long serialVersionUID = 1L;

    /** View ids (prefixes) of the pages anyone may read without signing in. */
    static final List<String> PUBLIC = List.of("/index.xhtml", "/verify.xhtml", "/showcase/", "/error/");

    static boolean isPublic(String viewId) {
        return viewId != null && PUBLIC.stream().anyMatch(p -> p.endsWith("/") ? viewId.startsWith(p) : viewId.equals(p));
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before the view exists
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        UIViewRoot root = event.getFacesContext().getViewRoot();
        if (root != null && isPublic(root.getViewId())) {
            root.setTransient(true);
        }
    }
}
