package org.ddmsportal.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What the generic error pages say and answer: the message a filter or a page left for the
 * request ({@link #MESSAGE_KEY}), and the status of pages that the container would otherwise
 * send as 500 (an expired view is the client's stale form: 400).
 */
@Named
@RequestScoped
public class ErrorPage {

    public static final String MESSAGE_KEY = "ddms.error.messageKey";
    public static final String MESSAGE_ARGUMENT = "ddms.error.messageArgument";

    /** The translated reason left for this request, or the generic one. */
    public String getMessage() {
        var request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        Object key = request.get(MESSAGE_KEY);
        if (key == null) {
            return Texts.get("error.page.badRequest.text");
        }
        Object argument = request.get(MESSAGE_ARGUMENT);
        return argument == null ? Texts.get(key.toString()) : Texts.get(key.toString(), argument);
    }

    /** Sets the response's status while the page renders (before anything is written); answers "". */
    public String status(int status) {
        Object response = FacesContext.getCurrentInstance().getExternalContext().getResponse();
        if (response instanceof HttpServletResponse http && !http.isCommitted()) {
            http.setStatus(status);
        }
        return "";
    }
}
