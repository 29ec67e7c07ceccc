package org.ddmsportal.api.v1.support;

/**
 * The names of the problem responses declared once in the OpenAPI document's components
 * ({@code RestApplication}); operations refer to them with
 * {@code @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)}.
 */
public final class ApiResponses {

    public static final String BAD_REQUEST = "#/components/responses/BadRequest";
    public static final String UNAUTHORIZED = "#/components/responses/Unauthorized";
    public static final String FORBIDDEN = "#/components/responses/Forbidden";
    public static final String NOT_FOUND = "#/components/responses/NotFound";
    public static final String CONFLICT = "#/components/responses/Conflict";
    public static final String PRECONDITION_FAILED = "#/components/responses/PreconditionFailed";
    public static final String PAYLOAD_TOO_LARGE = "#/components/responses/PayloadTooLarge";
    public static final String UNPROCESSABLE = "#/components/responses/Unprocessable";
    public static final String PRECONDITION_REQUIRED = "#/components/responses/PreconditionRequired";
    public static final String TOO_MANY_REQUESTS = "#/components/responses/TooManyRequests";
    public static final String SERVER_ERROR = "#/components/responses/ServerError";

    private ApiResponses() {
    }

    /** A required request body: 400 when it is missing (JSON {@code null} or empty). */
    public static <T> T required(T body) {
        if (body == null) {
            throw new ApiException(ProblemKind.MALFORMED_BODY, "api.problem.malformedBody.missing");
        }
        return body;
    }
}
