package org.ddmsportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.ddmsportal.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A picker over plain HTTP, as a forged request would use it: the Serbian manager's pilot-city
 * picker answers a query with Serbia's city and not with Italy's of the same name, and a save
 * that posts the Italian city's id anyway is refused with the picker's message, without its
 * name in the answer and without a pilot.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PickerFormIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalOnly();
    }

    @ArquillianResource
    URL base;

    private final long n = System.nanoTime() % 1_000_000_000L;

    private String url(String path) {
        return PortalUrl.of(base, path);
    }

    private long city(String name, String country) throws Exception {
        try (Connection c = DriverManager.getConnection(System.getProperty("ddms.test.dbUrl"), "root", "");
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO organisation (name, type_id, country_id, version, created_at, created_by,"
                    + " modified_at, modified_by) SELECT '" + name + "', t.id, k.id, 0, NOW(6), 'test', NOW(6), 'test'"
                    + " FROM organisation_type t, country k WHERE t.code = 'MUNICIPALITY' AND k.iso_alpha2 = '" + country + "'");
            org.ddmsportal.it.SeededChange.record(c, "PickerFormIT"); // as a user's change would
            try (ResultSet rs = s.executeQuery("SELECT id FROM organisation WHERE name = '" + name + "'")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static HttpResponse<String> post(SignedInClient user, String page, String viewState, String nonce, String params)
            throws Exception {
        return user.send(HttpRequest.newBuilder(URI.create(page))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString("jakarta.faces.partial.ajax=true&form=form"
                        + "&primefaces.nonce=" + SignedInClient.enc(nonce)
                        + "&jakarta.faces.ViewState=" + SignedInClient.enc(viewState) + params)).build());
    }

    @Test
    void aPickerNeitherOffersNorAcceptsAnotherCountrysCity() throws Exception {
        String name = "Pickerville " + n;
        long serbian = city(name + " Srbija", "RS");
        long italian = city(name + " Italia", "IT");
        SignedInClient manager = SignedInClient.signIn(url("/app/index.xhtml"), "manager.rs", "demo");
        String page = url("/app/pilots/edit.xhtml");
        HttpResponse<String> form = manager.get(page);
        assertEquals(200, form.statusCode());
        String viewState = SignedInClient.viewState(form.body()).orElseThrow();
        String nonce = SignedInClient.nonce(form.body()).orElseThrow();

        HttpResponse<String> suggestions = post(manager, page, viewState, nonce,
                "&jakarta.faces.source=form%3Acity&jakarta.faces.partial.execute=form%3Acity"
                        + "&jakarta.faces.partial.render=form%3Acity&form%3Acity_query=" + SignedInClient.enc(name));
        assertEquals(200, suggestions.statusCode());
        assertTrue(suggestions.body().contains(name + " Srbija"), suggestions.body());
        assertTrue(suggestions.body().contains("data-item-value=\"" + serbian + "\""), suggestions.body());
        assertFalse(suggestions.body().contains(name + " Italia"), suggestions.body());

        HttpResponse<String> save = post(manager, page, viewState, nonce,
                "&jakarta.faces.source=form%3Asave&jakarta.faces.partial.execute=form%3Asave+form"
                        + "&jakarta.faces.partial.render=form+messages&form%3Asave=form%3Asave"
                        + "&form%3Atitle=" + SignedInClient.enc("Forged " + n)
                        + "&form%3Acity_hinput=" + italian + "&form%3Acity_input=x");
        assertEquals(200, save.statusCode());
        assertTrue(save.body().contains("Choose an entry from the suggestions."), save.body());
        assertFalse(save.body().contains(name + " Italia"), "no name of a record the picker would not offer");
        try (Connection c = DriverManager.getConnection(System.getProperty("ddms.test.dbUrl"), "root", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM pilot WHERE title = 'Forged " + n + "'")) {
            rs.next();
            assertEquals(0, rs.getLong(1));
        }
    }
}
