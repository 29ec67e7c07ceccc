package org.ddmsportal.web.shared;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import java.util.EnumSet;
import java.util.function.Predicate;

/** The components of the view being processed, as the pages' helpers look them up. */
final class ViewTree {

    private ViewTree() {
    }

    /**
     * The first rendered component of the view of that type that {@code which} accepts, in the
     * view's order, or {@code null} (no view, or none).
     */
    static <T> T first(Class<T> type, Predicate<T> which) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context == null || context.getViewRoot() == null) {
            return null;
        }
        Object[] found = new Object[1];
        VisitContext rendered = VisitContext.createVisitContext(context, null, EnumSet.of(VisitHint.SKIP_UNRENDERED));
        context.getViewRoot().visitTree(rendered, (visit, component) -> {
            if (type.isInstance(component) && which.test(type.cast(component))) {
                found[0] = component;
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return type.cast(found[0]);
    }

    /** {@link #first} of a component whose id (not client id) is {@code id}. */
    static <T extends UIComponent> T byId(Class<T> type, String id) {
        return first(type, component -> id.equals(component.getId()));
    }
}
