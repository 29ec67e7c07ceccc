package org.ddmsportal.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The status of error pages that the container would otherwise send as 500 (an expired view is
 * the client's stale form: 400).
 */
@Named
@RequestScoped
public class ErrorPage {

    /** Sets the response's status while the page renders (before anything is written); answers "". */
    public String status(int status) {
        Object response = FacesContext.getCurrentInstance().getExternalContext().getResponse();
        if (response instanceof HttpServletResponse http && !http.isCommitted()) {
            http.setStatus(status);
        }
        return "";
    }
}
