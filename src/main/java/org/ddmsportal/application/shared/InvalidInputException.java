package org.ddmsportal.application.shared;

/** The input names something that does not exist (an unknown country code, type, parent, …). */
public class InvalidInputException extends DdmsException {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(Object... arguments) {
        super("error.invalidInput", arguments);
    }

    protected InvalidInputException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public int httpStatus() {
        return 400;
    }
}
