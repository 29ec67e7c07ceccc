package org.ddmsportal.infrastructure.security;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import java.text.ParseException;

/**
 * The e-mail address a token's claims give the actor, only where Keycloak says it is verified
 * ({@code email_verified}). An address is what makes someone an agreement's signatory and a
 * registry contact's account: a user who typed another person's address into their Keycloak
 * account (and could not verify it) must not read or sign as that person.
 */
final class VerifiedEmail {

    private VerifiedEmail() {
    }

    static String of(JWTClaimsSet claims) {
        try {
            String email = claims.getStringClaim("email");
            Boolean verified = claims.getBooleanClaim("email_verified");
            return Boolean.TRUE.equals(verified) && email != null && !email.isBlank() ? email.strip() : null;
        } catch (ParseException e) {
            return null;
        }
    }

    /** {@link #of(JWTClaimsSet)} of a token the container has already verified (the sign-in's identity token). */
    static String ofVerifiedToken(String token) {
        if (token == null) {
            return null;
        }
        try {
            return of(JWTParser.parse(token).getJWTClaimsSet());
        } catch (ParseException e) {
            return null;
        }
    }
}
