package org.ddmsportal.application.shared;

/** The acting user's role or scope does not allow the action. Nothing was changed. */
public class AccessDeniedException extends DdmsException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(Object... arguments) {
        super(403, "error.accessDenied", arguments);
    }
}
