package org.ddmsportal.application.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The portal's address: links never double a slash; HTTPS (any case) makes the session cookie Secure. */
class PortalAddressTest {

    @Test
    void aTrailingSlashIsDropped() {
        assertEquals("https://ddms.example.org", PortalAddress.of("https://ddms.example.org/").url());
        assertEquals("http://localhost:8080", PortalAddress.of("http://localhost:8080").url());
    }

    @Test
    void httpsIsToldInAnyCase() {
        assertTrue(PortalAddress.of("https://ddms.example.org").https());
        assertTrue(PortalAddress.of("HTTPS://DDMS.EXAMPLE.ORG").https());
        assertFalse(PortalAddress.of("http://localhost:8080").https());
        assertFalse(PortalAddress.of("").https());
    }
}
