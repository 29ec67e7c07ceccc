package org.ddmsportal.application.shared;

/**
 * A unique value is already taken: the message key names the field, e.g.
 * {@code error.duplicate.email}.
 */
public class DuplicateException extends DdmsException {

    private static final long serialVersionUID = 1L;

    public DuplicateException(String field) {
        super(409, "error.duplicate." + field);
    }
}
