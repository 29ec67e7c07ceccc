package org.ddmsportal.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SignInLanguageTest {

    private static final String AUTHORIZE = "http://localhost:8180/realms/ddms/protocol/openid-connect/auth"
            + "?client_id=ddms-portal&response_type=code&scope=openid&state=s1&nonce=n1";

    @Test
    void anAuthorizationRequestAsksForThePortalsLanguage() {
        assertEquals(AUTHORIZE + "&ui_locales=ru", SignInLanguage.withLanguage(AUTHORIZE, "ru"));
    }

    @Test
    void otherRedirectsAndARequestThatAlreadyAsksAreKept() {
        assertEquals("/ddms/app/", SignInLanguage.withLanguage("/ddms/app/", "fr"));
        assertEquals("/ddms/callback?code=1&state=2", SignInLanguage.withLanguage("/ddms/callback?code=1&state=2", "fr"));
        assertEquals(AUTHORIZE + "&ui_locales=en", SignInLanguage.withLanguage(AUTHORIZE + "&ui_locales=en", "fr"));
        assertEquals(AUTHORIZE, SignInLanguage.withLanguage(AUTHORIZE, "ru&x=1"), "only a language code is added");
        assertEquals(null, SignInLanguage.withLanguage(null, "fr"));
    }
}
