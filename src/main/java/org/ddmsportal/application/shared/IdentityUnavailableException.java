package org.ddmsportal.application.shared;

/** The identity provider could not create or find an account; nothing was changed. */
public class IdentityUnavailableException extends DdmsException {

    private static final long serialVersionUID = 1L;

    public IdentityUnavailableException(String detail) {
        super(503, "error.identity.unavailable");
        initCause(new IllegalStateException(detail));
    }
}
