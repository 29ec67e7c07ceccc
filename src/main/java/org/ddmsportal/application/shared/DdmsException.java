package org.ddmsportal.application.shared;

import java.util.List;

/**
 * A business failure the user can understand: it carries a message key of the i18n bundle and
 * its arguments, never a stack trace. Being unchecked, it rolls the transaction back.
 */
public abstract class DdmsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final String messageKey;
    private final transient List<Object> arguments;

    /** @param httpStatus the HTTP status this failure maps to (REST and error pages) */
    protected DdmsException(int httpStatus, String messageKey, Object... arguments) {
        super(messageKey);
        this.httpStatus = httpStatus;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }

    /** The HTTP status this failure maps to (REST and error pages). */
    public int httpStatus() {
        return httpStatus;
    }
}
