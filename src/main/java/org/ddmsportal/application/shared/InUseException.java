package org.ddmsportal.application.shared;

/** The record can't be deleted while other records refer to it; the argument is how many. */
public class InUseException extends DdmsException {

    private static final long serialVersionUID = 1L;

    public InUseException(Object... arguments) {
        super(409, "error.inUse", arguments);
    }
}
