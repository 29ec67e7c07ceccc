package org.ddmsportal.application.shared;

/**
 * The input is refused for a reason the message key names (an unknown country code, dates in the
 * wrong order, a document that changed while the user read it, …).
 */
public class InvalidInputException extends DdmsException {

    private static final long serialVersionUID = 1L;

    private String field;

    /**
     * @param messageKey the bundle key of the reason, e.g. {@code error.unknownCountry}
     * @param arguments  the message's arguments
     */
    public InvalidInputException(String messageKey, Object... arguments) {
        super(400, messageKey, arguments);
    }

    /**
     * This refusal, about the form's field of that name ({@code endDate}): the page shows it beside
     * the field, marked and focused, and the API names it in the problem's {@code errors}.
     */
    public InvalidInputException at(String formField) {
        this.field = formField;
        return this;
    }

    /** The form's field the refusal is about, or {@code null} for the form as a whole. */
    public String field() {
        return field;
    }
}
