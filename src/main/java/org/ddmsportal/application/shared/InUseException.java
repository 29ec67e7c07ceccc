package org.ddmsportal.application.shared;

/** The record can't be deleted while other records refer to it; the argument is how many. */
public class InUseException extends DdmsException {

    private static final long serialVersionUID = 1L;

    public InUseException(Object... arguments) {
        super("error.inUse", arguments);
    }

    protected InUseException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public int httpStatus() {
        return 409;
    }
}
