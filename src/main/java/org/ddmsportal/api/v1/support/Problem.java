package org.ddmsportal.api.v1.support;

import java.util.List;
import org.ddmsportal.application.shared.Jsons;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail, the body of every error the API answers
 * ({@code application/problem+json}).
 *
 * @param type     the kind of error, a URI ({@code urn:ddms:problem:not-found}); see {@link ProblemKind}
 * @param title    the kind's title in the caller's language (Accept-Language: en, fr, ru)
 * @param status   the HTTP status
 * @param detail   what went wrong with this request, in the caller's language, or {@code null}
 * @param instance the request's path
 * @param errors   for validation errors: one entry per refused field, else {@code null}
 */
@Schema(name = "Problem", description = "RFC 9457 problem details: the body of every error response.")
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        List<FieldError> errors) {

    public Problem {
        errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }

    /** The media type of a problem. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** The problem as JSON (written here, so that no content negotiation can fail on an error). */
    public String toJson() {
        jakarta.json.JsonObjectBuilder json = Jsons.object()
                .add("type", type).add("title", title).add("status", status);
        if (detail != null) {
            json.add("detail", detail);
        }
        if (instance != null) {
            json.add("instance", instance);
        }
        if (errors != null) {
            jakarta.json.JsonArrayBuilder list = Jsons.array();
            for (FieldError e : errors) {
                jakarta.json.JsonObjectBuilder item = Jsons.object();
                if (e.field() != null) {
                    item.add("field", e.field());
                }
                if (e.message() != null) {
                    item.add("message", e.message());
                }
                list.add(item);
            }
            json.add("errors", list);
        }
        return json.build().toString();
    }

    /**
     * One refused field.
     *
     * @param field   the field's name in the request body or query
     * @param message why, in the caller's language
     */
    @Schema(name = "FieldError")
    public record FieldError(String field, String message) {
    }
}
