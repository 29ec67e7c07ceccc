package org.ddmsportal.api.v1.support;

import java.util.List;
import java.util.Map;

/**
 * A refusal the API itself decides (bad paging parameter, missing If-Match, too many requests…):
 * the kind, the bundle key of the detail and its arguments, field errors and extra response
 * headers. {@link ProblemMapper} writes it as a problem. Business failures of the use cases stay
 * {@code DdmsException}s and are mapped by their class.
 */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ProblemKind kind;
    private final String detailKey;
    private final transient Object[] arguments;
    private final transient List<Problem.FieldError> fieldErrors;
    private final transient Map<String, String> headers;

    public ApiException(ProblemKind kind, String detailKey, Object... arguments) {
        this(kind, detailKey, List.of(), Map.of(), arguments);
    }

    public ApiException(ProblemKind kind, String detailKey, List<Problem.FieldError> fieldErrors,
            Map<String, String> headers, Object... arguments) {
        super(kind + (detailKey == null ? "" : ": " + detailKey));
        this.kind = kind;
        this.detailKey = detailKey;
        this.arguments = arguments.clone();
        this.fieldErrors = List.copyOf(fieldErrors);
        this.headers = Map.copyOf(headers);
    }

    /** A refused query parameter (400), named in the problem's errors. */
    public static ApiException parameter(String name, String detailKey, Object... arguments) {
        return new ApiException(ProblemKind.INVALID_PARAMETER, detailKey,
                List.of(new Problem.FieldError(name, null)), Map.of(), arguments);
    }

    public ProblemKind kind() {
        return kind;
    }

    public String detailKey() {
        return detailKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public List<Problem.FieldError> fieldErrors() {
        return fieldErrors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
