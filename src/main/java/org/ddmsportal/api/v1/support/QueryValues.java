package org.ddmsportal.api.v1.support;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.ddmsportal.domain.shared.StorableDate;

/**
 * Typed query parameters, read from the text as sent so that a wrong value is the API's 400
 * problem naming the parameter (JAX-RS would answer 404 to a query parameter it cannot convert).
 */
public final class QueryValues {

    private QueryValues() {
    }

    /** A record id, or {@code null} when absent. */
    public static Long id(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id < 1) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw ApiException.parameter(name, "api.parameter.id");
        }
    }

    /** An ISO date ({@code 2026-12-31}) a record can hold ({@link StorableDate}), or {@code null} when absent. */
    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (new StorableDate.Check().isValid(date, null)) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // refused below, as a date out of range
        }
        throw ApiException.parameter(name, "api.parameter.date");
    }

    /**
     * A lifecycle state among the workflow's {@code states} (case-insensitive), or {@code null} when
     * absent; another is a 400 naming the states, as an unknown constant is (it gave an empty list).
     */
    public static String state(String name, String value, List<String> states) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String asked = value.strip().toUpperCase(Locale.ROOT);
        if (states.contains(asked)) {
            return asked;
        }
        throw ApiException.parameter(name, "api.parameter.state", String.join(", ", states));
    }

    /** {@code true} or {@code false} (case-insensitive), false when absent; another word is a 400, not false. */
    public static boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.parameter(name, "api.parameter.flag");
        };
    }

    /** A constant of an enum by its name (case-insensitive), or {@code null} when absent. */
    public static <E extends Enum<E>> E constant(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.parameter(name, "api.parameter.constant", String.join(", ",
                    java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
    }
}
