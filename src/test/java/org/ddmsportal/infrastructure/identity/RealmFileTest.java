package org.ddmsportal.infrastructure.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Keycloak realm as the repository ships it: what a production import takes
 * ({@code ddms-realm.json}) holds no person and no password, users may not change the address that
 * identifies them, and every client secret comes from the environment.
 */
class RealmFileTest {

    private static final Path REALM = Path.of("src/main/keycloak/ddms-realm.json");
    private static final Path DEMO_USERS = Path.of("src/main/keycloak/ddms-users-0.json");

    private static JsonObject read(Path file) throws IOException {
        return Json.createReader(new StringReader(Files.readString(file))).readObject();
    }

    @Test
    void theRealmHoldsNoPersonAndNoPassword() throws IOException {
        JsonObject realm = read(REALM);
        for (JsonValue user : realm.getJsonArray("users")) {
            String name = user.asJsonObject().getString("username");
            assertTrue(name.startsWith("service-account-"), "a person in the realm file: " + name);
            assertFalse(user.asJsonObject().containsKey("credentials"), name);
        }
        JsonObject demo = read(DEMO_USERS);
        assertEquals("ddms", demo.getString("realm"));
        assertTrue(demo.getJsonArray("users").stream().map(u -> u.asJsonObject().getString("username")).toList()
                .containsAll(List.of("admin", "manager.rs", "contact.rs")), "the demo users are beside it");
    }

    @Test
    void usersMayNotChangeTheAddressThatIdentifiesThem() throws IOException {
        JsonObject realm = read(REALM);
        JsonObject profile = null;
        for (JsonValue c : realm.getJsonObject("components").getJsonArray("org.keycloak.userprofile.UserProfileProvider")) {
            profile = Json.createReader(new StringReader(c.asJsonObject().getJsonObject("config")
                    .getJsonArray("kc.user.profile.config").getString(0))).readObject();
        }
        assertTrue(profile != null, "the realm declares its user profile");
        assertTrue(profile.getJsonArray("attributes").stream().map(a -> a.asJsonObject().getString("name")).toList()
                .containsAll(List.of("email", "username", "country", "organisation")), "each is declared");
        for (JsonValue a : profile.getJsonArray("attributes")) {
            String name = a.asJsonObject().getString("name");
            if (List.of("email", "username", "country", "organisation").contains(name)) {
                assertEquals(List.of("admin"), a.asJsonObject().getJsonObject("permissions").getJsonArray("edit")
                        .getValuesAs(JsonString::getString), name + " is edited by administrators only");
            }
        }
    }

    @Test
    void everyClientSecretComesFromTheEnvironment() throws IOException {
        JsonObject realm = read(REALM);
        for (JsonValue c : realm.getJsonArray("clients")) {
            JsonObject client = c.asJsonObject();
            if (client.containsKey("secret")) {
                assertTrue(client.getString("secret").matches("\\$\\{DDMS_[A-Z_]+}"), client.getString("clientId"));
            }
        }
        // and the production-like stack sets each of them, refusing to start without
        String compose = Files.readString(Path.of("docker/compose.yaml"));
        Matcher m = Pattern.compile("\\$\\{(DDMS_[A-Z_]+)}").matcher(Files.readString(REALM));
        while (m.find()) {
            assertTrue(Pattern.compile("(?m)^\\s+" + m.group(1) + ": \\$\\{[A-Z_]+:\\?").matcher(compose).find(),
                    m.group(1) + " is required in docker/compose.yaml");
        }
    }

    /**
     * A variable the realm file reads with a default for development ({@code ${DDMS_SMTP_HOST:localhost}})
     * is set for Keycloak by the production-like stack all the same: left to its default, Keycloak
     * sent its invitations to a mail server on its own container's localhost.
     */
    @Test
    void theProductionLikeStackSetsEveryVariableTheRealmReads() throws IOException {
        String compose = Files.readString(Path.of("docker/compose.yaml"));
        Matcher m = Pattern.compile("\\$\\{(DDMS_[A-Z_]+):[^}]*}").matcher(Files.readString(REALM));
        int defaulted = 0;
        while (m.find()) {
            defaulted++;
            assertTrue(Pattern.compile("(?m)^\\s+" + m.group(1) + ": \\$\\{").matcher(compose).find(),
                    m.group(1) + " is set in docker/compose.yaml");
        }
        assertTrue(defaulted >= 2, "the realm's SMTP host and port");
    }

    /**
     * Keycloak of the production-like stack keeps its realms and users in the database volume: in
     * development mode ({@code start-dev}) they lived in the container and were lost with it.
     */
    @Test
    void theProductionLikeKeycloakRunsInProductionModeOnTheDatabase() throws IOException {
        String compose = Files.readString(Path.of("docker/compose.yaml"));
        assertFalse(compose.contains("\"start-dev\""), "Keycloak in development mode");
        assertTrue(compose.contains("command: [\"start\", \"--import-realm\"]"), "production mode, importing the realm");
        assertTrue(Pattern.compile("(?m)^\\s+KC_DB: mariadb$").matcher(compose).find(), "on MariaDB");
        assertTrue(Pattern.compile("(?m)^\\s+KC_HOSTNAME: \\$\\{KEYCLOAK_URL:\\?").matcher(compose).find(),
                "its public address required");
        String init = Files.readString(Path.of("docker/db-init/keycloak-database.sh"));
        assertTrue(init.contains("CREATE DATABASE IF NOT EXISTS keycloak") && init.contains("$KEYCLOAK_DB_PASSWORD"),
                "its database and user created on the first start");
        assertTrue(compose.contains("./db-init:/docker-entrypoint-initdb.d:ro"), "by the MariaDB image");
    }
}
