package org.ddmsportal.api.v1.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.domain.shared.Actor;

/**
 * Who calls the API: the same {@link Actor} the pages get from {@link CurrentActor} (from a
 * verified bearer token, or from the browser's session). Resources pass it to the use cases,
 * which decide with the domain's policies; no rule is decided here.
 */
@RequestScoped
public class Caller {

    @Inject
    CurrentActor currentActor;

    @Inject
    HttpServletRequest request;

    /**
     * The signed-in caller with a portal role; 401 (with {@code WWW-Authenticate: Bearer}) for an
     * anonymous one, 403 for one without any portal role (as {@code PortalAccessFilter} for pages).
     */
    public Actor actor() {
        Actor actor = currentActor.find()
                .orElseThrow(() -> new ApiException(ProblemKind.UNAUTHORIZED, "api.problem.unauthorized.missing",
                        List.of(), Map.of("WWW-Authenticate", "Bearer realm=\"ddms\"")));
        if (actor.roles().isEmpty()) {
            throw new ApiException(ProblemKind.FORBIDDEN, "api.problem.forbidden.noRole");
        }
        return actor;
    }

    /**
     * The caller's language by the request's Accept-Language ({@link ApiTexts#locale}); English
     * without one (the servlet would answer the server's own locale).
     */
    public Locale language() {
        try {
            return request.getHeader("Accept-Language") == null ? Locale.ENGLISH
                    : ApiTexts.locale(Collections.list(request.getLocales()));
        } catch (RuntimeException e) {
            return Locale.ENGLISH;   // an unreadable Accept-Language
        }
    }

    /** The caller if signed in (for public reads). */
    public Optional<Actor> find() {
        return currentActor.find();
    }
}
