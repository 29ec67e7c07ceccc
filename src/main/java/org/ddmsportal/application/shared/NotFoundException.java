package org.ddmsportal.application.shared;

/** The record does not exist (or no longer exists). */
public class NotFoundException extends DdmsException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(Object... arguments) {
        super(404, "error.notFound", arguments);
    }
}
