package org.ddmsportal.domain.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A date a record can hold: from {@link #FIRST} to {@link #LAST}, the range MariaDB's {@code DATE}
 * supports. On every date a form or the API takes, so a year of five digits is a translated
 * "must be a date between…" on its field (422 in the API), not a database error; a year typed in
 * two digits ({@code 0026}) is refused the same way. Null is valid ({@code @NotNull} says otherwise).
 */
@Documented
@Constraint(validatedBy = StorableDate.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface StorableDate {

    LocalDate FIRST = LocalDate.of(1000, 1, 1);
    LocalDate LAST = LocalDate.of(9999, 12, 31);

    String message() default "{ddms.date.range}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check, without a container: {@code new Check().isValid(date, null)}. */
    class Check implements ConstraintValidator<StorableDate, LocalDate> {

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || (!value.isBefore(FIRST) && !value.isAfter(LAST));
        }
    }
}
