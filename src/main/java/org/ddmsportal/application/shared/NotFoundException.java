package org.ddmsportal.application.shared;

/** The record does not exist (or no longer exists). */
public class NotFoundException extends DdmsException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(Object... arguments) {
        super("error.notFound", arguments);
    }

    protected NotFoundException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public int httpStatus() {
        return 404;
    }
}
