package org.ddmsportal.api.v1.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.ddmsportal.application.shared.AccessDeniedException;
import org.ddmsportal.application.shared.ConcurrentEditException;
import org.ddmsportal.application.shared.InvalidInputException;
import org.ddmsportal.application.shared.NotFoundException;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    @Test
    void everyKindHasATitleInEveryLanguage() {
        for (Locale locale : List.of(Locale.ROOT, Locale.FRENCH, Locale.forLanguageTag("ru"))) {
            ResourceBundle bundle = ResourceBundle.getBundle(ApiTexts.BUNDLE, locale);
            for (ProblemKind kind : ProblemKind.values()) {
                assertTrue(bundle.containsKey(kind.titleKey()), kind.titleKey() + " in " + locale);
            }
        }
        assertEquals("api.problem.preconditionRequired", ProblemKind.PRECONDITION_REQUIRED.titleKey());
        assertEquals("urn:ddms:problem:not-found", ProblemKind.NOT_FOUND.type());
    }

    @Test
    void theLanguageIsTheFirstAcceptableOneThePortalSpeaks() {
        assertEquals(Locale.FRENCH, ApiTexts.locale(List.of(Locale.GERMAN, Locale.CANADA_FRENCH, Locale.ENGLISH)));
        assertEquals("ru", ApiTexts.locale(List.of(Locale.forLanguageTag("ru-RU"))).getLanguage());
        assertEquals(Locale.ENGLISH, ApiTexts.locale(List.of(Locale.JAPANESE)));
        assertEquals(Locale.ENGLISH, ApiTexts.locale(null));
    }

    @Test
    void apiRefusalsAreProblemsWithTheirFieldsAndHeaders() {
        ProblemMapper.Answer r = ProblemMapper.describe(ApiException.parameter("limit", "api.paging.limit", 100), Locale.ENGLISH,
                "/ddms/api/v1/organisations", false);
        JsonObject json = json(r);
        assertEquals(400, r.problem().status());
        assertEquals("urn:ddms:problem:invalid-parameter", json.getString("type"));
        assertEquals("Invalid parameter", json.getString("title"));
        assertEquals(400, json.getInt("status"));
        assertEquals("/ddms/api/v1/organisations", json.getString("instance"));
        assertEquals("limit", json.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(json.getString("detail").contains("100"));

        ProblemMapper.Answer limited = ProblemMapper.describe(new ApiException(ProblemKind.TOO_MANY_REQUESTS, "api.rateLimit.detail",
                List.of(), Map.of("Retry-After", "7"), 7), Locale.FRENCH, "/x", false);
        assertEquals(429, limited.problem().status());
        assertEquals("7", limited.headers().get("Retry-After"));
        assertEquals("Trop de requêtes", json(limited).getString("title"));
        assertEquals("Trop de requêtes de ce client. Réessayez dans 7 secondes.", json(limited).getString("detail"));
    }

    @Test
    void businessFailuresByClass() {
        assertEquals(403, ProblemMapper.describe(new AccessDeniedException(), Locale.ENGLISH, "/x", false).problem().status());
        assertEquals(404, ProblemMapper.describe(new NotFoundException(), Locale.ENGLISH, "/x", false).problem().status());
        ProblemMapper.Answer invalid = ProblemMapper.describe(new InvalidInputException("error.unknownCountry", "XX"),
                Locale.forLanguageTag("ru"), "/x", false);
        assertEquals(422, invalid.problem().status());
        assertTrue(json(invalid).getString("detail").contains("XX"));
        ConcurrentEditException edit = new ConcurrentEditException("manager.rs", java.time.Instant.EPOCH);
        assertEquals(409, ProblemMapper.describe(edit, Locale.ENGLISH, "/x", false).problem().status());
        assertEquals(412, ProblemMapper.describe(edit, Locale.ENGLISH, "/x", true).problem().status(),
                "a write with If-Match that lost is a failed precondition");
    }

    @Test
    void aRefusedMoveSaysSoNotThatSomebodyChangedTheRecord() {
        ProblemMapper.Answer fr = ProblemMapper.describe(
                org.ddmsportal.application.workflow.TransitionRefusedException.commentRequired(), Locale.FRENCH, "/x", true);
        JsonObject body = json(fr);
        assertEquals(409, fr.problem().status());
        assertEquals("urn:ddms:problem:transition-refused", body.getString("type"));
        assertEquals("Ce changement d’état n’est pas possible maintenant", body.getString("title"));
        assertFalse(body.getString("detail").isBlank());
    }

    @Test
    void aUniqueValueRecordedTwiceAtOnceIsADuplicateNotA500() {
        // as EclipseLink wraps MariaDB's refusal of the second INSERT of one code
        Exception commit = new jakarta.persistence.PersistenceException("Exception [EclipseLink-4002]",
                new java.sql.SQLIntegrityConstraintViolationException(
                        "(conn=33) Duplicate entry 'RS-RC57510' for key 'uk_organisation_code'", "23000", 1062));
        ProblemMapper.Answer r = ProblemMapper.describe(commit, Locale.ENGLISH, "/x", false);
        assertEquals(409, r.problem().status());
        assertEquals("urn:ddms:problem:duplicate", json(r).getString("type"));
        assertEquals("This code is already used by another record.", json(r).getString("detail"));
        Exception email = new RuntimeException(new java.sql.SQLIntegrityConstraintViolationException(
                "Duplicate entry 'a@b.org' for key 'uk_contact_email'", "23000", 1062));
        assertEquals("Another contact already has this e-mail address.",
                json(ProblemMapper.describe(email, Locale.ENGLISH, "/x", true)).getString("detail"));
        // a foreign key refused is not a duplicate
        Exception foreign = new RuntimeException(new java.sql.SQLIntegrityConstraintViolationException(
                "Cannot delete or update a parent row: a foreign key constraint fails", "23000", 1451));
        assertEquals(500, ProblemMapper.describe(foreign, Locale.ENGLISH, "/x", false).problem().status());
    }

    @Test
    void aDeadlockIsALostRaceAndACommitRolledBackWithoutACauseSaysNothingWasSaved() {
        Exception deadlock = new RuntimeException(new java.sql.SQLTransactionRollbackException("Deadlock found", "40001", 1213));
        assertEquals(412, ProblemMapper.describe(deadlock, Locale.ENGLISH, "/x", true).problem().status());
        assertEquals(409, ProblemMapper.describe(deadlock, Locale.ENGLISH, "/x", false).problem().status());
        // Payara's rollback at commit carries no cause: a race or a refusal of the database's, it is
        // not "changed by someone else" and not a 500 — nothing was saved, with a reference to look up
        Exception commit = new jakarta.transaction.TransactionalException("encountered exception during commit",
                new jakarta.transaction.RollbackException("Transaction marked for rollback."));
        ProblemMapper.Answer r = ProblemMapper.describe(commit, Locale.FRENCH, "/x", true);
        assertEquals(409, r.problem().status());
        assertEquals("urn:ddms:problem:not-saved", json(r).getString("type"));
        assertEquals("Non enregistré", json(r).getString("title"));
        assertTrue(json(r).getString("detail").matches("Rien n’a été enregistré.*référence [0-9a-f-]{36}\\."), json(r).toString());
    }

    @Test
    void anythingElseIs500WithoutTheStackTrace() {
        ProblemMapper.Answer r = ProblemMapper.describe(new IllegalStateException("secret internals at Foo.java:12"), Locale.ENGLISH,
                "/x", false);
        assertEquals(500, r.problem().status());
        String body = r.problem().toJson();
        assertFalse(body.contains("Foo.java"), body);
        assertFalse(body.contains("IllegalStateException"), body);
        assertNotEquals(-1, json(r).getString("detail").indexOf("reference"));
    }

    private static JsonObject json(ProblemMapper.Answer r) {
        return Json.createReader(new StringReader(r.problem().toJson())).readObject();
    }
}
