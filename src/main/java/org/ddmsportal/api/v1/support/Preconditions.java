package org.ddmsportal.api.v1.support;

import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic locking over HTTP: a record's {@code ETag} is its {@code @Version} ({@code "3"}); a
 * write must send it back as {@code If-Match}. Without it: 428; with another version: 412
 * (checked here before the use case runs, and again by the use case itself, whose
 * {@code ConcurrentEditException} the mapper answers with 412 when If-Match was sent). A lost race
 * at commit is answered the same way: never a silent overwrite.
 */
public final class Preconditions {

    private Preconditions() {
    }

    /** The entity tag of a version (strong: the representation changes with every write). */
    public static EntityTag etag(Long version) {
        return new EntityTag(String.valueOf(version == null ? 0 : version));
    }

    /**
     * The version an If-Match header names: {@code "3"} or {@code W/"3"}; a list or {@code *} is
     * refused (a write names the one version it was made from).
     *
     * @throws ApiException 428 when absent, 400 when malformed
     */
    public static long ifMatch(String header) {
        if (header == null || header.isBlank()) {
            throw new ApiException(ProblemKind.PRECONDITION_REQUIRED, "api.precondition.required");
        }
        String value = header.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() < 3 || !value.startsWith("\"") || !value.endsWith("\"")) {
            throw ApiException.parameter("If-Match", "api.precondition.malformed");
        }
        try {
            long version = Long.parseLong(value.substring(1, value.length() - 1));
            if (version < 0) {
                throw new NumberFormatException();
            }
            return version;
        } catch (NumberFormatException e) {
            throw ApiException.parameter("If-Match", "api.precondition.malformed");
        }
    }

    /**
     * The version the caller wrote from, checked against the record's current one.
     *
     * @throws ApiException 428 without If-Match, 412 when the record has changed since
     */
    public static long require(String ifMatchHeader, Long currentVersion) {
        long version = ifMatch(ifMatchHeader);
        if (currentVersion == null || version != currentVersion) {
            throw new ApiException(ProblemKind.PRECONDITION_FAILED, "api.precondition.failed");
        }
        return version;
    }
}
