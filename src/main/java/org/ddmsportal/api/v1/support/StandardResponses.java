package org.ddmsportal.api.v1.support;

import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The problem responses every {@code /api/v1} operation answers by its shape, added to the OpenAPI
 * document once here ({@code mp.openapi.filter}), so a resource declares only its success and the
 * problems particular to it (and a paged list only its own parameters: {@link #describePaging}):
 * <ul>
 *   <li>every operation: 401, 429, 500;</li>
 *   <li>a path naming a record (a path parameter): 404;</li>
 *   <li>a paged list (an {@code offset} parameter): 400;</li>
 *   <li>a write (not GET): 403; with {@code If-Match}: 412 and 428; with a body: 422;</li>
 *   <li>a body with the record's own fields (POST to the collection, PUT to {@code …/{id}}): 400 and 413.</li>
 * </ul>
 * A response the operation declares itself is kept as declared. The document's schemas lose the
 * constraints Payara writes with default values ({@link #filterSchema}).
 */
public class StandardResponses implements OASFilter {

    /** A problem response of the document's components, by status. */
    enum Standard {
        BAD_REQUEST("400", ApiResponses.BAD_REQUEST),
        UNAUTHORIZED("401", ApiResponses.UNAUTHORIZED),
        FORBIDDEN("403", ApiResponses.FORBIDDEN),
        NOT_FOUND("404", ApiResponses.NOT_FOUND),
        PRECONDITION_FAILED("412", ApiResponses.PRECONDITION_FAILED),
        PAYLOAD_TOO_LARGE("413", ApiResponses.PAYLOAD_TOO_LARGE),
        UNPROCESSABLE("422", ApiResponses.UNPROCESSABLE),
        PRECONDITION_REQUIRED("428", ApiResponses.PRECONDITION_REQUIRED),
        TOO_MANY_REQUESTS("429", ApiResponses.TOO_MANY_REQUESTS),
        SERVER_ERROR("500", ApiResponses.SERVER_ERROR);

        final String code;
        final String ref;

        Standard(String code, String ref) {
            this.code = code;
            this.ref = ref;
        }
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.contains("/v1/")) {
                item.getOperations().forEach((method, operation) -> {
                    boolean paged = has(operation, Parameter.In.QUERY, "offset");
                    if (paged) {
                        describePaging(operation);
                    }
                    add(operation, implied(path, method, has(operation, Parameter.In.HEADER, "If-Match"), paged,
                            operation.getRequestBody() != null));
                });
            }
        });
    }

    /** Every schema of the document without the defaults Payara spells out ({@link SchemaDefaults}). */
    @Override
    public Schema filterSchema(Schema schema) {
        return SchemaDefaults.clean(schema);
    }

    /** The standard responses of an operation of this shape. */
    static Set<Standard> implied(String path, PathItem.HttpMethod method, boolean ifMatch, boolean paged, boolean body) {
        Set<Standard> implied = EnumSet.of(Standard.UNAUTHORIZED, Standard.TOO_MANY_REQUESTS, Standard.SERVER_ERROR);
        if (path.contains("{")) {
            implied.add(Standard.NOT_FOUND);
        }
        if (paged) {
            implied.add(Standard.BAD_REQUEST);
        }
        if (method != PathItem.HttpMethod.GET) {
            implied.add(Standard.FORBIDDEN);
        }
        if (ifMatch) {
            implied.add(Standard.PRECONDITION_FAILED);
            implied.add(Standard.PRECONDITION_REQUIRED);
        }
        if (body) {
            implied.add(Standard.UNPROCESSABLE);
        }
        boolean ownFields = method == PathItem.HttpMethod.POST && !path.contains("{")
                || method == PathItem.HttpMethod.PUT && path.endsWith("}");
        if (body && ownFields) {
            implied.add(Standard.BAD_REQUEST);
            implied.add(Standard.PAYLOAD_TOO_LARGE);
        }
        return implied;
    }

    /**
     * A paged list ({@link Paging}, {@link ListBody}): its {@code offset} and {@code limit} described
     * and the {@code Link} header of its 200 page, each unless the operation declares it itself;
     * rendered as Payara renders a {@code @Parameter} and a {@code @Header} (their defaults spelled out).
     */
    static void describePaging(Operation operation) {
        for (Parameter parameter : operation.getParameters()) {
            if (parameter.getIn() == Parameter.In.QUERY && parameter.getDescription() == null) {
                String description = pagingDescription(parameter.getName());
                if (description != null) {
                    parameter.description(description).required(false).deprecated(false).allowEmptyValue(false)
                            .allowReserved(false);
                }
            }
        }
        APIResponse page = operation.getResponses() == null ? null : operation.getResponses().getAPIResponse("200");
        if (page != null && (page.getHeaders() == null || !page.getHeaders().containsKey("Link"))) {
            page.addHeader("Link", OASFactory.createHeader().description("RFC 8288 links: first, prev, next, last")
                    .required(false).deprecated(false).allowEmptyValue(false).style(Header.Style.SIMPLE));
        }
    }

    /** The description of a paging query parameter ({@link Paging#of}), or {@code null} for another. */
    static String pagingDescription(String name) {
        return switch (name) {
            case "offset" -> "Index of the first item (default 0)";
            case "limit" -> "Items per page (default " + Paging.DEFAULT_LIMIT + ", at most " + Paging.MAX_LIMIT + ")";
            default -> null;
        };
    }

    private static boolean has(Operation operation, Parameter.In in, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == in && name.equalsIgnoreCase(p.getName()));
    }

    private static void add(Operation operation, Set<Standard> implied) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        for (Standard standard : implied) {
            if (!responses.hasAPIResponse(standard.code)) {
                responses.addAPIResponse(standard.code, OASFactory.createAPIResponse().ref(standard.ref));
            }
        }
    }
}
