package org.ddmsportal.browser;

import java.net.URL;
import org.ddmsportal.devstack.TestStack;

/**
 * URLs of the deployed portal as a browser must use them. Payara announces the machine's
 * address; Keycloak only accepts the portal at localhost (the realm's redirect URIs), so keep
 * Arquillian's context path and use localhost.
 */
final class PortalUrl {

    private PortalUrl() {
    }

    static String of(URL deployment, String path) {
        return "http://localhost:" + TestStack.PORTAL_PORT + deployment.getPath().replaceAll("/$", "") + path;
    }
}
