package org.ddmsportal.api.v1.support;

import java.util.Locale;

/**
 * Every kind of error the API answers, each with its HTTP status, its type URI
 * ({@code urn:ddms:problem:<slug>}, stable across deployments; docs/api.md lists them) and the
 * bundle key of its title ({@code api.problem.<name>}, translated by the request's
 * Accept-Language). A new kind needs a title in en, fr and ru.
 */
public enum ProblemKind {
    BAD_REQUEST(400, "bad-request"),
    MALFORMED_BODY(400, "malformed-body"),
    INVALID_PARAMETER(400, "invalid-parameter"),
    UNAUTHORIZED(401, "unauthorized"),
    FORBIDDEN(403, "forbidden"),
    NOT_FOUND(404, "not-found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable"),
    CONFLICT(409, "conflict"),
    DUPLICATE(409, "duplicate"),
    IN_USE(409, "in-use"),
    TRANSITION_REFUSED(409, "transition-refused"),
    NOT_SAVED(409, "not-saved"),
    PRECONDITION_FAILED(412, "precondition-failed"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large"),
    /** An answer too large to give in that format (SDMX REST's 413 "Results too large"). */
    RESULT_TOO_LARGE(413, "result-too-large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type"),
    VALIDATION(422, "validation"),
    INVALID_INPUT(422, "invalid-input"),
    PRECONDITION_REQUIRED(428, "precondition-required"),
    TOO_MANY_REQUESTS(429, "too-many-requests"),
    SERVER_ERROR(500, "server-error"),
    SERVICE_UNAVAILABLE(503, "service-unavailable");

    public static final String TYPE_PREFIX = "urn:ddms:problem:";

    private final int status;
    private final String slug;

    ProblemKind(int status, String slug) {
        this.status = status;
        this.slug = slug;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    /** The problem's {@code type}. */
    public String type() {
        return TYPE_PREFIX + slug;
    }

    /** The bundle key of the title: {@code api.problem.} and the slug in lowerCamelCase. */
    public String titleKey() {
        StringBuilder key = new StringBuilder("api.problem.");
        boolean upper = false;
        for (char c : slug.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                key.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return key.toString();
    }

    /** The general kind of a status the API did not classify more finely. */
    public static ProblemKind ofStatus(int status) {
        for (ProblemKind kind : values()) {
            if (kind.status == status) {
                return kind;
            }
        }
        return status >= 500 ? SERVER_ERROR : BAD_REQUEST;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
