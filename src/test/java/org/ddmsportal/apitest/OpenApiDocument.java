package org.ddmsportal.apitest;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;
import java.util.Set;

/**
 * The served OpenAPI document read by a validating parser (swagger-parser), from the test JVM
 * only: it lives outside the {@code it} package so that the in-container deployment never holds it.
 */
public final class OpenApiDocument {

    private OpenApiDocument() {
    }

    /** The parser's messages (none for a valid document) and the document's paths. */
    public record Parsed(List<String> messages, Set<String> paths, String openapi) {
    }

    public static Parsed parse(String text) {
        SwaggerParseResult result = new OpenAPIParser().readContents(text, null, null);
        List<String> messages = result.getMessages() == null ? List.of() : List.copyOf(result.getMessages());
        if (result.getOpenAPI() == null) {
            return new Parsed(messages, Set.of(), null);
        }
        return new Parsed(messages, result.getOpenAPI().getPaths() == null ? Set.of()
                : Set.copyOf(result.getOpenAPI().getPaths().keySet()), result.getOpenAPI().getOpenapi());
    }
}
