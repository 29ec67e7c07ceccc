package org.ddmsportal.application.shared;

/**
 * The input is refused for a reason the message key names (an unknown country code, dates in the
 * wrong order, a document that changed while the user read it, …).
 */
public class InvalidInputException extends DdmsException {

    private static final long serialVersionUID = 1L;

    /**
     * @param messageKey the bundle key of the reason, e.g. {@code error.unknownCountry}
     * @param arguments  the message's arguments
     */
    public InvalidInputException(String messageKey, Object... arguments) {
        super(400, messageKey, arguments);
    }
}
