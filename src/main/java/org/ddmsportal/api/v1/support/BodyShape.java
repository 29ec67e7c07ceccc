package org.ddmsportal.api.v1.support;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Where a body JSON-B could not read departs from the record it is read into, so the problem names
 * the field ({@code partners[1].resources[0]}) as a 422 does, and says what was expected there: the
 * choices of a code ("One of DATA, EXPERTISE, … was expected, not NOPE"), a date, a list, an object,
 * or what {@link StrictJsonb} takes for a number, a yes/no and a text (the same checks). JSON-B said
 * only that the body was not of the expected shape, or named the value without its place.
 *
 * <p>It is asked only after JSON-B refused a body ({@link StrictJsonBodies}): a body JSON-B reads is
 * never checked twice. The names are the records' component names, as JSON-B writes and reads them;
 * a property the record does not have is passed over, as JSON-B passes it over.
 */
final class BodyShape {

    /** The first place a body departs from its type: the field's path and the refusal there. */
    record Mismatch(String field, ApiException refusal) {
    }

    static final String BODY = "body";

    private BodyShape() {
    }

    /** The first place {@code value} departs from {@code type}, depth first in the record's order. */
    static Optional<Mismatch> find(JsonValue value, Type type) {
        return find(value, type, refusal -> true);
    }

    /** The first place that departs with a refusal {@code wanted} accepts (the one JSON-B met). */
    static Optional<Mismatch> find(JsonValue value, Type type, Predicate<ApiException> wanted) {
        return Optional.ofNullable(at(value, type, "", wanted));
    }

    private static Mismatch at(JsonValue value, Type type, String path, Predicate<ApiException> wanted) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;   // a missing or null value is Bean Validation's to refuse (422), if at all
        }
        Class<?> raw = raw(type);
        try {
            if (raw == Long.class || raw == long.class) {
                StrictJsonb.whole(value, Long.MIN_VALUE, Long.MAX_VALUE);
            } else if (raw == Integer.class || raw == int.class) {
                StrictJsonb.whole(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
            } else if (raw == Boolean.class || raw == boolean.class) {
                StrictJsonb.yesNo(value);
            } else if (raw == String.class) {
                StrictJsonb.text(value);
            } else if (raw.isEnum()) {
                choice(value, raw);
            } else if (Number.class.isAssignableFrom(raw)) {
                // JSON-B takes a decimal written as a number or as a text of one ("45.2")
                if (!(value instanceof JsonNumber) && !(value instanceof JsonString text && decimal(text.getString()))) {
                    throw StrictJsonb.refused("api.problem.malformedBody.decimal", value);
                }
            } else if (raw == LocalDate.class) {
                parsed(value, "api.problem.malformedBody.date", LocalDate::parse);
            } else if (raw == Instant.class) {
                parsed(value, "api.problem.malformedBody.instant", Instant::parse);
            } else if (raw.isRecord()) {
                return fields(value, raw, path, wanted);
            } else if (Collection.class.isAssignableFrom(raw)) {
                return elements(value, type, path, wanted);
            }
        } catch (ApiException refusal) {
            return wanted.test(refusal) ? new Mismatch(path.isEmpty() ? BODY : path, refusal) : null;
        }
        return null;
    }

    private static boolean decimal(String text) {
        try {
            new BigDecimal(text.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Mismatch fields(JsonValue value, Class<?> record, String path, Predicate<ApiException> wanted) {
        if (!(value instanceof JsonObject object)) {
            throw StrictJsonb.refused("api.problem.malformedBody.object", value);
        }
        for (RecordComponent component : record.getRecordComponents()) {
            Mismatch mismatch = at(object.get(component.getName()), component.getGenericType(),
                    path.isEmpty() ? component.getName() : path + "." + component.getName(), wanted);
            if (mismatch != null) {
                return mismatch;
            }
        }
        return null;
    }

    private static Mismatch elements(JsonValue value, Type type, String path, Predicate<ApiException> wanted) {
        if (!(value instanceof JsonArray array)) {
            throw StrictJsonb.refused("api.problem.malformedBody.list", value);
        }
        Type element = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
        for (int i = 0; i < array.size(); i++) {
            Mismatch mismatch = at(array.get(i), element, (path.isEmpty() ? BODY : path) + "[" + i + "]", wanted);
            if (mismatch != null) {
                return mismatch;
            }
        }
        return null;
    }

    /** A code of an enumeration, written as JSON-B writes it: the constant's name. */
    private static void choice(JsonValue value, Class<?> enumeration) {
        String text = StrictJsonb.text(value);
        for (Object constant : enumeration.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(text)) {
                return;
            }
        }
        throw StrictJsonb.refused("api.problem.malformedBody.choice", value, Arrays.stream(enumeration.getEnumConstants())
                .map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", ")));
    }

    private static void parsed(JsonValue value, String key, Function<String, ?> parse) {
        String text = StrictJsonb.text(value);
        try {
            parse.apply(text);
        } catch (DateTimeParseException e) {
            throw StrictJsonb.refused(key, value);
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return Object.class;
    }
}
