package org.ddmsportal.application.workflow;

import org.ddmsportal.application.shared.DdmsException;

/**
 * A transition that can't be fired now: unknown, not from the record's current state, or a
 * guard that does not hold ({@code guard.<name>}). Nothing is changed.
 */
public class TransitionRefusedException extends DdmsException {

    private static final long serialVersionUID = 1L;

    private TransitionRefusedException(String key, Object... arguments) {
        super(409, key, arguments);
    }

    public static TransitionRefusedException notFrom(String state) {
        return new TransitionRefusedException("error.transition.notFromState", state);
    }

    public static TransitionRefusedException unknown(String transition) {
        return new TransitionRefusedException("error.transition.unknown", transition);
    }

    public static TransitionRefusedException guard(String guard) {
        return new TransitionRefusedException("guard." + guard);
    }

    public static TransitionRefusedException commentRequired() {
        return new TransitionRefusedException("error.transition.commentRequired");
    }

    /** A comment longer than the record keeps (nothing is cut: the user shortens it). */
    public static TransitionRefusedException commentTooLong(int max) {
        return new TransitionRefusedException("error.transition.commentTooLong", max);
    }
}
