package org.ddmsportal.infrastructure.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ddmsportal.application.shared.Jsons;
import org.ddmsportal.application.shared.LanguageChoice;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Role;

/**
 * The portal's one HTTP authentication mechanism (Payara picks it by the web.xml context
 * parameter {@code fish.payara.security.mechanism}; it is also the enabled alternative, so a
 * plain lookup finds it, not the OpenID one).
 *
 * <ul>
 *   <li>{@code Authorization: Bearer <token>}: the token is verified ({@link BearerTokens}:
 *   JWKS signature, issuer, audience, expiry); the caller and their roles go to the container
 *   for this request only (no session), and the {@link Actor} made from the claims is kept as
 *   the request attribute {@link #ACTOR} for {@link OidcCurrentActor}. A refused token is a 401
 *   problem with {@code WWW-Authenticate: Bearer error="invalid_token"} — whatever the URL.</li>
 *   <li>otherwise under {@code /api/}: a browser session (OpenID Connect) is honoured as before,
 *   but the API never redirects to the sign-in page: an API call without a session or without a
 *   valid one is a 401 problem with {@code WWW-Authenticate: Bearer} when the resource is
 *   protected, and anonymous otherwise (the API resources decide then).</li>
 *   <li>everything else: the OpenID Connect code flow of {@link SecurityConfiguration}, unchanged.</li>
 * </ul>
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** The request attribute holding the {@link Actor} of a verified bearer token. */
    public static final String ACTOR = PortalAuthenticationMechanism.class.getName() + ".actor";

    private static final Logger LOG = Logger.getLogger(PortalAuthenticationMechanism.class.getName());
    private static final String BEARER = "bearer ";

    @Inject
    BearerTokens tokens;

    @Inject
    BeanManager beans;

    private volatile HttpAuthenticationMechanism openId;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return bearer(authorization.substring(BEARER.length()).strip(), request, response, context);
        }
        if (!isApi(request) && !isFacesAjax(request)) {
            return askOpenId(request, response, context);
        }
        if (!isApi(request)) {
            return facesAjax(request, response, context);
        }
        if (request.getSession(false) != null) {
            // a signed-in browser calling the API (e.g. the lineage): its session, but never a redirect
            AuthenticationStatus status = withoutRedirect(request, response, context);
            if (status != null) {
                return status;
            }
        }
        if (context.isProtected()) {
            return unauthorized(request, response, null);
        }
        return context.doNothing();
    }

    private AuthenticationStatus bearer(String token, HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Actor actor;
        try {
            actor = tokens.verify(token);
        } catch (BearerTokens.InvalidTokenException e) {
            LOG.log(Level.FINE, "Bearer token refused: {0}", e.getMessage());
            return unauthorized(request, response, "invalid_token");
        }
        request.setAttribute(ACTOR, actor);
        Set<String> groups = new HashSet<>();
        actor.roles().stream().map(Role::roleName).forEach(groups::add);
        return context.notifyContainerAboutLogin(actor.username(), groups);
    }

    @Override
    public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        if (request.getAttribute(ACTOR) != null) {
            return AuthenticationStatus.SUCCESS;
        }
        return openId().secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (request.getAttribute(ACTOR) != null) {
            HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
            return;
        }
        openId().cleanSubject(request, response, context);
    }

    /**
     * A page's ajax request (a Save, a picker) whose session has ended: the OpenID mechanism would
     * answer with a redirect to Keycloak, which the browser's XHR may not follow (CSP
     * {@code connect-src 'self'}) — the button spun for ever without a word. The page is told, as
     * Faces tells an ajax request to navigate, to load itself again: that is a sign-in, after which
     * the user is back on the page (what they typed is not kept: the session holding it is gone).
     */
    private AuthenticationStatus facesAjax(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        AuthenticationStatus status = withoutRedirect(request, response, context);
        if (status != null) {
            return status;
        }
        String page = ReturnAddress.of(request.getHeader("Referer"), request.getContextPath())
                .orElse(request.getContextPath() + "/app/");
        try {
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("text/xml");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + org.ddmsportal.application.shared.Html.escape(page) + "\"></redirect></partial-response>");
            response.flushBuffer();
        } catch (java.io.IOException e) {
            throw new AuthenticationException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /**
     * The OpenID mechanism's answer for a request that must not be redirected to Keycloak (an API
     * call, a page's ajax request); null when it wanted to redirect (no valid session), and then
     * nothing was written.
     */
    private AuthenticationStatus withoutRedirect(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        NoRedirect wrapped = new NoRedirect(response);
        AuthenticationStatus status = askOpenId(request, wrapped, context);
        return wrapped.redirected ? null : status;
    }

    /**
     * The OpenID mechanism's answer, given a form upload as {@link QueryParametersOnly} (it must not
     * read the body: the filters' limits and messages come after it) and the response to write to;
     * its redirect to the sign-in page asks for the portal's language ({@link SignInLanguage}).
     */
    private AuthenticationStatus askOpenId(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        HttpServletRequest asked = QueryParametersOnly.of(request);
        HttpServletResponse answered = new SignInLanguage(response, LanguageChoice.of(asked).getLanguage());
        HttpServletRequest contextRequest = context.getRequest();
        HttpServletResponse contextResponse = context.getResponse();
        context.setRequest(asked);
        context.setResponse(answered);
        try {
            return openId().validateRequest(asked, answered, context);
        } finally {
            context.setRequest(contextRequest);
            context.setResponse(contextResponse);
        }
    }

    static boolean isFacesAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"));
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /**
     * 401 as an RFC 9457 problem, written and committed here (the container must not turn it
     * into its error page), with the challenge RFC 6750 asks for.
     */
    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
            String error) {
        try {
            response.resetBuffer();
            response.setStatus(401);
            response.setHeader("WWW-Authenticate", error == null ? "Bearer realm=\"ddms\""
                    : "Bearer realm=\"ddms\", error=\"" + error + "\"");
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Locale locale = request.getLocale();
            String json = Jsons.object()
                    .add("type", "urn:ddms:problem:unauthorized")
                    .add("title", text(locale, "api.problem.unauthorized"))
                    .add("status", 401)
                    .add("detail", text(locale, error == null ? "api.problem.unauthorized.missing"
                            : "api.problem.unauthorized.invalid"))
                    .add("instance", request.getRequestURI())
                    .build().toString();
            response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
            response.flushBuffer();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not write the 401 answer", e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static String text(Locale locale, String key) {
        try {
            return ResourceBundle.getBundle("i18n.messages", locale == null ? Locale.ENGLISH : locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            return ResourceBundle.getBundle("i18n.messages", Locale.ROOT).getString(key);
        }
    }

    /** The OpenID Connect mechanism of {@link SecurityConfiguration}: the other bean of the type. */
    private HttpAuthenticationMechanism openId() {
        HttpAuthenticationMechanism mechanism = openId;
        if (mechanism == null) {
            for (Bean<?> bean : beans.getBeans(HttpAuthenticationMechanism.class)) {
                if (!PortalAuthenticationMechanism.class.equals(bean.getBeanClass())) {
                    mechanism = (HttpAuthenticationMechanism) beans.getReference(bean, HttpAuthenticationMechanism.class,
                            beans.createCreationalContext(bean));
                    break;
                }
            }
            if (mechanism == null) {
                throw new IllegalStateException("No OpenID Connect mechanism (SecurityConfiguration) is deployed");
            }
            openId = mechanism;
        }
        return mechanism;
    }

    /** Keeps the OpenID mechanism's redirect to the sign-in page from reaching an API caller. */
    static final class NoRedirect extends HttpServletResponseWrapper {

        boolean redirected;

        NoRedirect(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendRedirect(String location) {
            redirected = true;
        }
    }
}
