package org.ddmsportal.api.v1.support;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * The JSON-B that reads the API's bodies ({@link StrictJsonBodies}): the defaults, but a number, a
 * yes/no and a text are taken only as what they are. The default wrapped a number out of range
 * ({@code 18446744073709551618} became organisation 2, phase {@code 4294967297} became phase 1),
 * cut a fraction ({@code 1.9} → 1), read {@code "yes"} as false and a number as a text; each is
 * now a 400 {@code malformed-body} naming the value. A text holding a control character other than
 * a tab or a line break (NUL, ESC) is refused too.
 */
public final class StrictJsonb {

    private StrictJsonb() {
    }

    /** The strict JSON-B, made on first use (the checks below serve without a JSON-B: {@link BodyShape}). */
    static Jsonb jsonb() {
        return Holder.JSONB;
    }

    private static final class Holder {
        static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withDeserializers(
                new LongNumber(), new IntNumber(), new YesNo(), new Text()));
    }

    static ApiException refused(String key, JsonValue value, Object... more) {
        String shown = value.toString();
        Object[] arguments = new Object[more.length + 1];
        arguments[0] = shown.length() > 40 ? shown.substring(0, 39) + "…" : shown;
        System.arraycopy(more, 0, arguments, 1, more.length);
        return new ApiException(ProblemKind.MALFORMED_BODY, key, arguments);
    }

    /**
     * A whole number within the range of {@code Long} (or of {@code Integer} where that is the
     * field's type), written as a number. One class per type: JSON-B finds a deserializer by the
     * type its interface names, which a type variable would not.
     */
    static long whole(JsonValue value, long min, long max) {
        try {
            // 2.0 and 2e0 are 2 (a client's JSON library may write a whole number so); 1.9 is not
            if (value instanceof JsonNumber number) {
                long whole = number.bigDecimalValue().longValueExact();
                if (whole >= min && whole <= max) {
                    return whole;
                }
            }
        } catch (ArithmeticException e) {
            // out of range: refused below
        }
        throw refused("api.problem.malformedBody.number", value);
    }

    /** {@code true} or {@code false}. */
    static Boolean yesNo(JsonValue value) {
        return switch (value.getValueType()) {
            case NULL -> null;
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            default -> throw refused("api.problem.malformedBody.boolean", value);
        };
    }

    /** A string, in quotes, without a control character other than a tab or a line break. */
    static String text(JsonValue value) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonString text)) {
            throw refused("api.problem.malformedBody.text", value);
        }
        String s = text.getString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                // NUL, ESC (a pasted terminal colour)…: no page, PDF or spreadsheet can show them
                throw new ApiException(ProblemKind.MALFORMED_BODY, "api.problem.malformedBody.control",
                        String.format("U+%04X", (int) c));
            }
        }
        return s;
    }

    static final class LongNumber implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type rtType) {
            JsonValue value = parser.getValue();
            return value.getValueType() == JsonValue.ValueType.NULL ? null : whole(value, Long.MIN_VALUE, Long.MAX_VALUE);
        }
    }

    static final class IntNumber implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type rtType) {
            JsonValue value = parser.getValue();
            return value.getValueType() == JsonValue.ValueType.NULL ? null
                    : (int) whole(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
    }

    static final class YesNo implements JsonbDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type rtType) {
            return yesNo(parser.getValue());
        }
    }

    static final class Text implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type rtType) {
            return text(parser.getValue());
        }
    }
}
