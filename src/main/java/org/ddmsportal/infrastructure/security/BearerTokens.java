package org.ddmsportal.infrastructure.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Verifies the access tokens that REST callers send as {@code Authorization: Bearer}: signed by
 * a key of the realm's JWKS ({@code <issuer>/protocol/openid-connect/certs}, fetched and cached
 * by nimbus-jose-jwt), RS256, issued by the realm the browser sign-in uses, for the API's
 * audience ({@code app.api.audience}, default {@code ddms-api}, put into tokens by the realm's
 * audience mapper), not expired. Answers the same {@link Actor} the pages get: roles from the
 * {@code groups} claim, country and organisation from their claims.
 */
@ApplicationScoped
public class BearerTokens {

    /** The issuer ({@code app.oidc.provider-uri}) is the browser sign-in's. */
    @Inject
    OidcConfig oidc;

    @Inject
    @ConfigProperty(name = "app.api.audience", defaultValue = "ddms-api")
    String audience;

    private DefaultJWTProcessor<SecurityContext> processor;

    @PostConstruct
    void init() {
        String issuer = oidc.getProviderUri();
        try {
            JWKSource<SecurityContext> keys = JWKSourceBuilder
                    .create(URI.create(issuer + "/protocol/openid-connect/certs").toURL(),
                            new DefaultResourceRetriever(5000, 5000, 512 * 1024))
                    .build();
            processor = processor(keys, issuer, audience);
        } catch (MalformedURLException e) {
            throw new IllegalStateException("app.oidc.provider-uri is not a URL: " + issuer, e);
        }
    }

    /** A processor for tokens of this issuer and audience, signed by one of these keys (tests use their own). */
    static DefaultJWTProcessor<SecurityContext> processor(JWKSource<SecurityContext> keys, String issuer, String audience) {
        DefaultJWTProcessor<SecurityContext> p = new DefaultJWTProcessor<>();
        // nimbus asks its sets whether they contain null: sets that allow the question (not Set.of)
        p.setJWSKeySelector(new JWSVerificationKeySelector<>(new HashSet<>(List.of(JWSAlgorithm.RS256, JWSAlgorithm.PS256)),
                keys));
        p.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(new HashSet<>(List.of(audience)),
                new JWTClaimsSet.Builder().issuer(issuer).build(),
                new HashSet<>(List.of("sub", "exp", "iat")), new HashSet<>()));
        return p;
    }

    /**
     * The caller of a valid token.
     *
     * @throws InvalidTokenException when the token is malformed, wrongly signed, expired, of
     *                               another issuer or for another audience
     */
    public Actor verify(String token) {
        return actor(claims(processor, token));
    }

    static JWTClaimsSet claims(DefaultJWTProcessor<SecurityContext> processor, String token) {
        try {
            return processor.process(token, null);
        } catch (ParseException | BadJOSEException | JOSEException | RuntimeException e) {
            throw new InvalidTokenException(e.getMessage());
        }
    }

    /** The actor the claims describe; a service account is named by its client. */
    static Actor actor(JWTClaimsSet claims) {
        Set<Role> roles = new HashSet<>();
        List<String> groups = list(claims, "groups");
        groups.forEach(g -> Role.fromRoleName(g).ifPresent(roles::add));
        String username = text(claims, "preferred_username");
        if (username == null) {
            username = claims.getSubject();
        }
        String country = text(claims, "country");
        return new Actor(username, text(claims, "name"), VerifiedEmail.of(claims), roles,
                country == null ? null : country.toUpperCase(Locale.ROOT), text(claims, "organisation"));
    }

    private static List<String> list(JWTClaimsSet claims, String name) {
        try {
            List<String> values = claims.getStringListClaim(name);
            return values == null ? List.of() : values;
        } catch (ParseException e) {
            return List.of();
        }
    }

    private static String text(JWTClaimsSet claims, String name) {
        try {
            String value = claims.getStringClaim(name);
            return value == null || value.isBlank() ? null : value.strip();
        } catch (ParseException e) {
            return null;
        }
    }

    /** The token was refused; the message says why (for the log, never for the caller). */
    public static final class InvalidTokenException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        InvalidTokenException(String message) {
            super(message);
        }
    }
}
