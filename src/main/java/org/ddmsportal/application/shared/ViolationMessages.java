package org.ddmsportal.application.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Locale;

/**
 * A Bean Validation violation's message in the reader's language: the validator interpolated it
 * in the server's, when the use case refused the form. For the pages and the REST API alike.
 */
public final class ViolationMessages {

    private ViolationMessages() {
    }

    /** The message of {@code v} interpolated again in {@code locale} (its own message if that fails). */
    public static String text(ConstraintViolation<?> v, Locale locale) {
        try {
            return Interpolator.INSTANCE.interpolate(v.getMessageTemplate(), new MessageInterpolator.Context() {
                @Override
                public ConstraintDescriptor<?> getConstraintDescriptor() {
                    return v.getConstraintDescriptor();
                }

                @Override
                public Object getValidatedValue() {
                    return v.getInvalidValue();
                }

                @Override
                public <T> T unwrap(Class<T> type) {
                    throw new ValidationException("not supported");
                }
            }, locale);
        } catch (RuntimeException e) {
            return v.getMessage();
        }
    }

    /** The key of the map entry the violation is about ({@code texts[MOTIVATION]} → MOTIVATION), or null. */
    public static String mapKey(ConstraintViolation<?> v) {
        String key = null;
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKey() != null) {
                key = String.valueOf(node.getKey());
            }
        }
        return key;
    }

    /** Built on first use: the validator factory of the runtime. */
    private static final class Interpolator {
        static final MessageInterpolator INSTANCE = Validation.buildDefaultValidatorFactory().getMessageInterpolator();
    }
}
