package org.ddmsportal.domain.shared;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a list's filters from named texts (the query parameters of a list's address) into the
 * components of its typed criteria record ({@code PartnershipCriteria}, {@code PilotCriteria}, …):
 * a parameter is named exactly like a component ({@code ?country=RS&status=ACTIVE},
 * {@code ?phase=4}, {@code ?lapsed=true}). One reader for every list, over the records' components,
 * so a component added to a record is read from the address without another line of code.
 *
 * <p>Readable types: {@code String}, {@code Long}, {@code Integer}, {@code boolean}/{@code Boolean},
 * {@code LocalDate} (ISO), enums (by constant name). A component of another type (the reader's
 * {@link Scope}) is never read from an address: the policies decide it. A name that is no readable
 * component, or a value that does not parse, is left out and reported as a {@link Problem}, so the
 * page can say what it ignored; it never fails.
 */
public final class CriteriaReader {

    private CriteriaReader() {
    }

    /** Why a parameter was left out. */
    public enum Reason { UNKNOWN, MALFORMED }

    /** A parameter left out: its name, the value given, and why. */
    public record Problem(String name, String value, Reason reason) {
    }

    /**
     * What was read: the components' values by name (typed; only those given), and what was left out.
     *
     * @param values   component name → value of the component's type, in the order given
     * @param problems the parameters left out
     */
    public record Reading(Map<String, Object> values, List<Problem> problems) {

        public Reading {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
            problems = List.copyOf(problems);
        }
    }

    /**
     * Reads {@code parameters} against the components of {@code type}. A blank value is no filter
     * (left out silently). Names in {@code ignore} (the list's paging and sorting parameters, Faces'
     * own) are passed over silently.
     */
    public static Reading read(Class<? extends Record> type, Map<String, String> parameters,
                               java.util.Set<String> ignore) {
        Map<String, RecordComponent> components = new LinkedHashMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            if (isReadable(c.getType())) {
                components.put(c.getName(), c);
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        parameters.forEach((name, raw) -> {
            if (name == null || ignore.contains(name)) {
                return;
            }
            RecordComponent c = components.get(name);
            if (c == null) {
                problems.add(new Problem(name, raw, Reason.UNKNOWN));
                return;
            }
            if (raw == null || raw.isBlank()) {
                return;
            }
            Object value = parse(c.getType(), raw.strip());
            if (value == null) {
                problems.add(new Problem(name, raw, Reason.MALFORMED));
            } else {
                values.put(name, value);
            }
        });
        return new Reading(values, problems);
    }

    /** The names of {@code type}'s components that an address may give. */
    public static List<String> readableNames(Class<? extends Record> type) {
        List<String> names = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            if (isReadable(c.getType())) {
                names.add(c.getName());
            }
        }
        return names;
    }

    /** A value as it is written in an address (the inverse of reading): enum names, ISO dates. */
    public static String format(Object value) {
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return Objects.toString(value, null);
    }

    static boolean isReadable(Class<?> t) {
        return t == String.class || t == Long.class || t == long.class || t == Integer.class || t == int.class
                || t == Boolean.class || t == boolean.class || t == LocalDate.class || t.isEnum();
    }

    /** The value of type {@code t} written as {@code s}, or {@code null} when it is not one. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object parse(Class<?> t, String s) {
        try {
            if (t == String.class) {
                return s;
            }
            if (t == Long.class || t == long.class) {
                return Long.valueOf(s);
            }
            if (t == Integer.class || t == int.class) {
                return Integer.valueOf(s);
            }
            if (t == Boolean.class || t == boolean.class) {
                String b = s.toLowerCase(Locale.ROOT);
                return "true".equals(b) ? Boolean.TRUE : "false".equals(b) ? Boolean.FALSE : null;
            }
            if (t == LocalDate.class) {
                return LocalDate.parse(s);
            }
            if (t.isEnum()) {
                return Enum.valueOf((Class<? extends Enum>) t, s);
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return null;
        }
        return null;
    }
}
