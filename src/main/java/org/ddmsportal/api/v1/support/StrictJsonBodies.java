package org.ddmsportal.api.v1.support;

import jakarta.json.JsonReader;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ddmsportal.application.shared.Jsons;

/**
 * A JSON body of {@code /api/v1} is one JSON value in UTF-8 (RFC 8259), or it is refused before
 * JSON-B reads it: JSON-B read the first value and let the rest go ({@code {…}xyz} was a 201),
 * decoded bytes that are not UTF-8 as U+FFFD and stored them, and ignored a {@code charset} other
 * than UTF-8. Now: another charset is a 415, bytes that are not UTF-8 or anything after the value
 * a 400 {@code malformed-body} saying which. The body is already within {@link ApiLimits}' size.
 * It is then read by {@link StrictJsonb}, which takes numbers, yes/no and texts only as what they are;
 * a body it cannot read is refused naming the field ({@link BodyShape}).
 */
@Provider
public class StrictJsonBodies implements ReaderInterceptor {

    @Context
    UriInfo uriInfo;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || !isV1()) {
            return context.proceed();
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
            throw new ApiException(ProblemKind.UNSUPPORTED_MEDIA_TYPE, "api.problem.malformedBody.charset", charset);
        }
        byte[] body = context.getInputStream().readAllBytes();
        String text = check(body);
        if (text.isBlank()) {
            context.setInputStream(new ByteArrayInputStream(body));
            return context.proceed();
        }
        try {
            // read here with the strict JSON-B, whichever JSON-B reader the server would pick
            return StrictJsonb.jsonb().fromJson(text, context.getGenericType());
        } catch (RuntimeException e) {
            // JsonbException as a rule; whatever else reading the body throws is the body's fault too
            throw refusal(text, context.getGenericType(), ProblemMapper.find(e, ApiException.class));
        }
    }

    /**
     * Why a body JSON-B could not read was refused, naming the field where {@link BodyShape} finds
     * it (the problem's {@code errors}): the place of the refusal JSON-B met, if it met one of the
     * strict reading's, else the first place the body departs from its record; else the refusal
     * JSON-B met, or that the body is not of the expected shape.
     */
    static ApiException refusal(String text, Type type, ApiException met) {
        Optional<BodyShape.Mismatch> mismatch;
        try (JsonReader reader = Jsons.reader(new StringReader(text))) {
            mismatch = BodyShape.find(reader.readValue(), type, met == null ? refusal -> true
                    : refusal -> Objects.equals(refusal.detailKey(), met.detailKey())
                            && Arrays.equals(refusal.arguments(), met.arguments()));
        } catch (RuntimeException e) {
            mismatch = Optional.empty();
        }
        if (mismatch.isPresent()) {
            ApiException there = mismatch.get().refusal();
            return new ApiException(there.kind(), there.detailKey(),
                    List.of(new Problem.FieldError(mismatch.get().field(), null)), Map.of(), there.arguments());
        }
        return met != null ? met : new ApiException(ProblemKind.MALFORMED_BODY, "api.problem.malformedBody.detail");
    }

    /** The body as text; refuses one that is not UTF-8 or holds more than one JSON value. */
    static String check(byte[] body) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new ApiException(ProblemKind.MALFORMED_BODY, "api.problem.malformedBody.encoding");
        }
        if (text.isBlank()) {
            return text;
        }
        boolean read = false;
        try (JsonParser parser = Jsons.parser(new StringReader(text))) {
            int depth = 0;
            do {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY) {
                    depth++;
                } else if (event == JsonParser.Event.END_OBJECT || event == JsonParser.Event.END_ARRAY) {
                    depth--;
                }
            } while (depth > 0);
            read = true;
            if (parser.hasNext()) {
                throw new ApiException(ProblemKind.MALFORMED_BODY, "api.problem.malformedBody.trailing");
            }
        } catch (ApiException e) {
            throw e;
        } catch (RuntimeException e) {
            // JsonParsingException, and the parser's plain RuntimeException for a value nested too deep
            throw new ApiException(ProblemKind.MALFORMED_BODY,
                    read ? "api.problem.malformedBody.trailing" : "api.problem.malformedBody.detail");
        }
        return text;
    }

    private boolean isV1() {
        return uriInfo != null && ApiLimits.isV1(uriInfo.getPath());
    }
}
