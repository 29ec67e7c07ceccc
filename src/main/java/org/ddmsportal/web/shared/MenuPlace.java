package org.ddmsportal.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * Where the page being drawn stands in the main menu, for its links' {@code aria-current} (and the
 * underline that shows it): {@code page} on the link to this very page, {@code true} on the link of
 * the section it belongs to (a partnership's page under <em>Partnerships</em>), none elsewhere.
 * A section is the folder of a menu link that opens a list ({@code /app/partnerships/list}); any
 * other link names one page.
 */
@Named
@RequestScoped
public class MenuPlace {

    /** {@code aria-current} for the menu link to {@code outcome}, or null (Faces then writes no attribute). */
    public String of(String outcome) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null || faces.getViewRoot() == null) {
            return null;
        }
        return current(faces.getViewRoot().getViewId(), outcome);
    }

    static String current(String viewId, String outcome) {
        if (viewId == null || outcome == null) {
            return null;
        }
        String page = viewId.endsWith(".xhtml") ? viewId.substring(0, viewId.length() - ".xhtml".length()) : viewId;
        if (page.equals(outcome)) {
            return "page";
        }
        if (outcome.endsWith("/list") || outcome.endsWith("/index") && !outcome.equals("/index") && !outcome.equals("/app/index")) {
            String folder = outcome.substring(0, outcome.lastIndexOf('/') + 1);
            if (page.startsWith(folder)) {
                return "true";
            }
        }
        return null;
    }
}
