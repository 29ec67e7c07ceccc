package org.ddmsportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ddmsportal.it.ApiClient;
import org.ddmsportal.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One portal, two doors at the same time: a user signed in with the browser (OpenID Connect code
 * flow through Keycloak's form, a session) and the same user's bearer token on the REST API, in
 * parallel; the session also reaches the API, and the bearer calls start no session.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiSessionsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalOnly();
    }

    @Test
    void aUsersTokenAndABrowserSessionAtTheSameTime() throws Exception {
        SignedInClient browser = SignedInClient.signIn(ApiClient.portal() + "/app/index", "manager.rs",
                ApiClient.USER_PASSWORD);
        String token = ApiClient.userToken("manager.rs");
        String clientToken = ApiClient.clientToken();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                calls.add(() -> "page " + browser.get(ApiClient.portal() + "/app/organisations/list").statusCode());
                calls.add(() -> "user token " + ApiClient.get(ApiClient.v1("organisations"), token).statusCode());
                calls.add(() -> "machine token " + ApiClient.get(ApiClient.v1("partnerships"), clientToken).statusCode());
                calls.add(() -> "session on the API " + browser.get(ApiClient.v1("organisations")).statusCode());
            }
            for (Future<String> f : pool.invokeAll(calls)) {
                assertTrue(f.get().endsWith(" 200"), f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(200, browser.get(ApiClient.portal() + "/app/index").statusCode(), "the session is still signed in");
    }
}
