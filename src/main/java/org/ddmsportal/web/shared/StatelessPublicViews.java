package org.ddmsportal.web.shared;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.ddmsportal.application.shared.LanguageChoice;

/**
 * The public pages — home, showcase, verification, error pages — are transient views: Faces keeps
 * no state for them and PrimeFaces keeps its CSP nonce out of the view map, so reading them
 * creates no HTTP session (an anonymous visitor never gets one; see {@link LanguageChoice} for
 * the language).
 *
 * <p>Set here, right after the view is restored or created, and not only by the layout's
 * {@code <f:view transient>}: PrimeFaces stores the response's CSP nonce in the view map — which
 * lives in the session — <em>before</em> the page's tags are applied, so the layout's flag alone
 * came too late and every visit still made a session. The layout's flag is needed as well: a
 * form on such a page (the verification's upload) posts as a stateless view, and Faces rebuilds
 * it and insists that it builds as transient. Which pages: {@link PublicViews}.
 */
public class StatelessPublicViews implements PhaseListener {

    private static final long serialVersionUID = 1L;

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
        if (root != null && PublicViews.isPublicView(root.getViewId())) {
            root.setTransient(true);
        }
    }
}
