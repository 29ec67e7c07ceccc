package org.ddmsportal.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bearer token rules without a server: the realm's keys here are a key of the test's own. */
class BearerTokensTest {

    private static final String ISSUER = "http://localhost:8180/realms/ddms";
    private static RSAKey realmKey;
    private static RSAKey otherKey;
    private static DefaultJWTProcessor<SecurityContext> processor;

    @BeforeAll
    static void keys() throws Exception {
        realmKey = new RSAKeyGenerator(2048).keyID("realm").generate();
        otherKey = new RSAKeyGenerator(2048).keyID("realm").generate();   // same kid, other key
        processor = BearerTokens.processor(new ImmutableJWKSet<>(new JWKSet(realmKey.toPublicJWK())), ISSUER, "ddms-api");
    }

    @Test
    void aValidTokenGivesTheActorOfItsClaims() throws Exception {
        Actor actor = BearerTokens.actor(BearerTokens.claims(processor, token(realmKey, ISSUER, "ddms-api", 300)));
        assertEquals("manager.rs", actor.username());
        assertEquals(Set.of(Role.NSI_MANAGER), actor.roles());
        assertEquals("RS", actor.countryCode());
        assertEquals("RS-SORS", actor.organisationCode());
        assertEquals("ana.petrovic@demo.stat.gov.rs", actor.email());
    }

    /** An address counts only where Keycloak has verified it: anyone may type another's into their account. */
    @Test
    void anUnverifiedAddressIsNotTheActors() throws Exception {
        JWTClaimsSet claims = BearerTokens.claims(processor, token(realmKey, ISSUER, "ddms-api", 300));
        for (Object verified : new Object[] {false, null, "true"}) {
            JWTClaimsSet.Builder unverified = new JWTClaimsSet.Builder(claims).claim("email_verified", verified);
            assertNull(BearerTokens.actor(unverified.build()).email(), "email_verified " + verified);
        }
        assertNull(BearerTokens.actor(new JWTClaimsSet.Builder(claims).claim("email", null).build()).email());
        assertNull(VerifiedEmail.ofVerifiedToken("not.a.token"));
    }

    @Test
    void everyOtherTokenIsRefused() throws Exception {
        for (String token : List.of(
                token(otherKey, ISSUER, "ddms-api", 300),                              // wrongly signed
                token(realmKey, ISSUER, "ddms-api", -120),                             // expired (beyond the skew)
                token(realmKey, ISSUER, "account", 300),                               // another audience
                token(realmKey, "http://localhost:8180/realms/other", "ddms-api", 300), // another issuer
                "not.a.token")) {
            assertThrows(BearerTokens.InvalidTokenException.class, () -> BearerTokens.claims(processor, token), token);
        }
    }

    private static String token(RSAKey key, String issuer, String audience, long secondsLeft) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).audience(List.of(audience, "account"))
                .subject("f1e2").claim("preferred_username", "manager.rs").claim("groups", List.of("nsi-manager", "offline"))
                .claim("country", "rs").claim("organisation", "RS-SORS")
                .claim("email", "ana.petrovic@demo.stat.gov.rs").claim("email_verified", true)
                .issueTime(Date.from(Instant.now().minusSeconds(600)))
                .expirationTime(Date.from(Instant.now().plusSeconds(secondsLeft))).build();
        if ("account".equals(audience)) {
            claims = new JWTClaimsSet.Builder(claims).audience("account").build();
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
