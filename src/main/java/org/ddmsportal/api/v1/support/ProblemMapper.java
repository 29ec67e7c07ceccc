package org.ddmsportal.api.v1.support;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ddmsportal.application.shared.AccessDeniedException;
import org.ddmsportal.application.shared.ConcurrentEditException;
import org.ddmsportal.application.shared.DdmsException;
import org.ddmsportal.application.shared.DuplicateException;
import org.ddmsportal.application.shared.Failures;
import org.ddmsportal.application.shared.IdentityUnavailableException;
import org.ddmsportal.application.shared.InUseException;
import org.ddmsportal.application.shared.InvalidInputException;
import org.ddmsportal.application.shared.ViolationMessages;
import org.ddmsportal.application.shared.NotFoundException;
import org.ddmsportal.application.workflow.TransitionRefusedException;

/**
 * Every failure of the REST application as an RFC 9457 problem ({@code application/problem+json}):
 * the API's own refusals ({@link ApiException}), the use cases' business failures
 * ({@code DdmsException}s, by class), Bean Validation (422 with one entry per field, messages
 * in the caller's language), JAX-RS's own (404 no such path, 405, 406, 415, 400 unreadable
 * body), a lost race at commit (409, or 412 when the caller sent If-Match; 409 {@code duplicate}
 * for a unique value two callers recorded at once), a refused lifecycle move (409
 * {@code transition-refused}), and anything else
 * as 500 with an id in the log — never a stack trace, never HTML. Older {@code /api} resources
 * that answer with their own body keep it.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable failure) {
        return problem(failure, ApiTexts.localeOf(headers), path(), headers != null && headers.getHeaderString("If-Match") != null);
    }

    private String path() {
        try {
            return uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The problem response for a failure. */
    static Response problem(Throwable failure, Locale locale, String instance, boolean ifMatchSent) {
        if (failure instanceof WebApplicationException web && web.getResponse() != null
                && web.getResponse().hasEntity()) {
            return web.getResponse();   // an older resource's own answer
        }
        Answer answer = describe(failure, locale, instance, ifMatchSent);
        if (answer == null) {
            WebApplicationException web = find(failure, WebApplicationException.class);
            int status = web.getResponse().getStatus();
            Map<String, String> extra = Map.of();
            if (web instanceof NotAllowedException && web.getResponse().getHeaderString("Allow") != null) {
                extra = Map.of("Allow", web.getResponse().getHeaderString("Allow"));
            } else if (status == 401) {
                extra = Map.of("WWW-Authenticate", "Bearer realm=\"ddms\"");
            }
            ProblemKind kind = status == 400 && find(failure, ProcessingException.class) != null
                    ? ProblemKind.MALFORMED_BODY : ProblemKind.ofStatus(status);
            answer = answer(kind, locale, null, instance, List.of(), extra);
        }
        Response.ResponseBuilder response = Response.status(answer.problem().status())
                .type(Problem.MEDIA_TYPE + ";charset=UTF-8")
                .header("Content-Language", locale.getLanguage())
                .header("Cache-Control", "no-store")
                .entity(answer.problem().toJson());
        answer.headers().forEach(response::header);
        return response.build();
    }

    /**
     * The problem and extra headers for a failure; {@code null} for JAX-RS's own exceptions, which
     * are answered by their status (pure apart from logging a 500, so it is tested without a server).
     */
    static Answer describe(Throwable failure, Locale locale, String instance, boolean ifMatchSent) {
        ApiException api = find(failure, ApiException.class);
        if (api != null) {
            List<Problem.FieldError> errors = new ArrayList<>();
            String detail = api.detailKey() == null ? null : ApiTexts.text(locale, api.detailKey(), api.arguments());
            for (Problem.FieldError e : api.fieldErrors()) {
                errors.add(new Problem.FieldError(e.field(), e.message() == null ? detail : e.message()));
            }
            return answer(api.kind(), locale, detail, instance, errors, api.headers());
        }
        ConstraintViolationException violations = find(failure, ConstraintViolationException.class);
        if (violations != null) {
            return answer(ProblemKind.VALIDATION, locale, ApiTexts.text(locale, "api.problem.validation.detail"),
                    instance, fieldErrors(violations, locale), Map.of());
        }
        Optional<String> duplicate = Failures.duplicateField(failure);
        if (duplicate.isPresent()) {
            return answer(ProblemKind.DUPLICATE, locale, ApiTexts.text(locale, "error.duplicate." + duplicate.get()),
                    instance, List.of(), Map.of());
        }
        if (Failures.isConcurrentUpdate(failure)) {
            ConcurrentEditException edit = find(failure, ConcurrentEditException.class);
            String detail = edit == null || edit.changedBy() == null ? ApiTexts.text(locale, "api.problem.conflict.detail")
                    : ApiTexts.text(locale, "api.problem.conflict.changedBy", edit.changedBy(), String.valueOf(edit.changedAt()));
            return answer(ifMatchSent ? ProblemKind.PRECONDITION_FAILED : ProblemKind.CONFLICT, locale, detail, instance,
                    List.of(), Map.of());
        }
        if (Failures.isUnexplainedRollback(failure)) {
            String id = UUID.randomUUID().toString();
            LOG.log(Level.WARNING, "API commit rolled back without a cause " + id + " at " + instance
                    + " (the server log's DTX5014 just before says why)", failure);
            return answer(ProblemKind.NOT_SAVED, locale, ApiTexts.text(locale, "api.problem.notSaved.detail", id), instance,
                    List.of(), Map.of());
        }
        DdmsException business = find(failure, DdmsException.class);
        if (business != null) {
            String detail = ApiTexts.text(locale, business.messageKey(), business.arguments());
            // a refusal about one field names it, as a 422 of Bean Validation does
            List<Problem.FieldError> errors = business instanceof InvalidInputException refusal && refusal.field() != null
                    ? List.of(new Problem.FieldError(refusal.field(), detail)) : List.of();
            return answer(kind(business), locale, detail, instance, errors, Map.of());
        }
        WebApplicationException web = find(failure, WebApplicationException.class);
        if (web != null && web.getResponse() != null) {
            return null;
        }
        if (find(failure, JsonbException.class) != null || find(failure, JsonException.class) != null
                || find(failure, ProcessingException.class) != null) {
            return answer(ProblemKind.MALFORMED_BODY, locale, ApiTexts.text(locale, "api.problem.malformedBody.detail"),
                    instance, List.of(), Map.of());
        }
        if (find(failure, ValidationException.class) != null) {
            return answer(ProblemKind.VALIDATION, locale, null, instance, List.of(), Map.of());
        }
        String id = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "API failure " + id + " at " + instance, failure);
        return answer(ProblemKind.SERVER_ERROR, locale, ApiTexts.text(locale, "api.problem.serverError.detail", id),
                instance, List.of(), Map.of());
    }

    /** A problem and the headers that go with it ({@code Retry-After}, {@code Allow}, {@code WWW-Authenticate}). */
    record Answer(Problem problem, Map<String, String> headers) {
    }

    static ProblemKind kind(DdmsException failure) {
        if (failure instanceof AccessDeniedException) {
            return ProblemKind.FORBIDDEN;
        } else if (failure instanceof NotFoundException) {
            return ProblemKind.NOT_FOUND;
        } else if (failure instanceof DuplicateException) {
            return ProblemKind.DUPLICATE;
        } else if (failure instanceof InUseException) {
            return ProblemKind.IN_USE;
        } else if (failure instanceof TransitionRefusedException) {
            return ProblemKind.TRANSITION_REFUSED;
        } else if (failure instanceof InvalidInputException) {
            return ProblemKind.INVALID_INPUT;
        } else if (failure instanceof IdentityUnavailableException) {
            return ProblemKind.SERVICE_UNAVAILABLE;
        }
        return ProblemKind.ofStatus(failure.httpStatus());
    }

    static Answer answer(ProblemKind kind, Locale locale, String detail, String instance,
            List<Problem.FieldError> errors, Map<String, String> headers) {
        return new Answer(new Problem(kind.type(), ApiTexts.text(locale, kind.titleKey()), kind.status(), detail,
                instance, errors), headers);
    }

    /** One field error per violation, its message interpolated again in the caller's language. */
    static List<Problem.FieldError> fieldErrors(ConstraintViolationException failure, Locale locale) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (failure.getConstraintViolations() == null) {
            return errors;
        }
        for (ConstraintViolation<?> v : failure.getConstraintViolations()) {
            errors.add(new Problem.FieldError(field(v.getPropertyPath()), message(v, locale)));
        }
        errors.sort(java.util.Comparator.comparing(e -> e.field() == null ? "" : e.field()));
        return errors;
    }

    /** The last property of the path ({@code update.form.name} → {@code name}); the body for a class-level rule. */
    static String field(Path path) {
        String field = null;
        if (path != null) {
            for (Path.Node node : path) {
                if (node.getKind() == ElementKind.PROPERTY) {
                    field = node.getName();
                }
            }
        }
        return field == null ? "body" : field;
    }

    private static String message(ConstraintViolation<?> v, Locale locale) {
        return ViolationMessages.text(v, locale);
    }


    static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
