package org.ddmsportal.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ddmsportal.application.shared.LanguageChoice;

/** The load limits and the session-free language choice, without a container. */
class LoadRulesTest {

    @Test
    void limitsComeFromConfigurationWithDefaults() {
        assertEquals(LoadLimits.DEFAULTS, LoadLimits.from(key -> null));
        LoadLimits set = LoadLimits.from(Map.of("app.overload.page-permits", "4", "app.overload.page-wait-ms", "250",
                "app.overload.retry-after-seconds", "9")::get);
        assertEquals(4, set.pagePermits());
        assertEquals(Duration.ofMillis(250), set.pageWait());
        assertEquals(9, set.retryAfterSeconds());
        assertEquals(LoadLimits.DEFAULTS.staticPermits(), set.staticPermits());
    }

    @Test
    void limitsThatCannotWorkAreRefusedWithTheirKey() {
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> LoadLimits.from(Map.of("app.overload.page-permits", "0")::get));
        assertTrue(zero.getMessage().contains("permits"), zero.getMessage());
        IllegalArgumentException text = assertThrows(IllegalArgumentException.class,
                () -> LoadLimits.from(Map.of("app.overload.page-wait-ms", "soon")::get));
        assertTrue(text.getMessage().contains("app.overload.page-wait-ms"), text.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LoadLimits.from(Map.of("app.overload.shed-heap-after-gc", "1.5")::get));
    }

    @Test
    void staticResourcesHaveTheirOwnAllowance() {
        assertEquals(LoadLimits.Kind.STATIC, LoadLimits.kindOf("/jakarta.faces.resource/ddms/portal.js.xhtml"));
        assertEquals(LoadLimits.Kind.STATIC, LoadLimits.kindOf("/webjars/leaflet/1.9.4/leaflet.js"));
        for (String work : List.of("/", "/showcase/", "/api/catalogue.ttl", "/app/search.xhtml", "/showcase/feed.atom")) {
            assertEquals(LoadLimits.Kind.WORK, LoadLimits.kindOf(work), work);
        }
    }

    @Test
    void theLanguageComesFromTheSwitchThenItsCookieThenTheBrowser() {
        List<Locale> russianBrowser = List.of(Locale.forLanguageTag("ru-RU"), Locale.ENGLISH);
        assertEquals("fr", LanguageChoice.resolve("fr", "en", russianBrowser));
        assertEquals("en", LanguageChoice.resolve(null, "en", russianBrowser));
        assertEquals("ru", LanguageChoice.resolve("xx", "<script>", russianBrowser), "unknown values are ignored");
        assertEquals("fr", LanguageChoice.resolve(null, null, List.of(Locale.GERMAN, Locale.FRENCH)));
        assertEquals("en", LanguageChoice.resolve(null, null, List.of(Locale.GERMAN)));
    }

    @Test
    void thePublicPagesAreStatelessAndTheSignedInPagesAreNot() {
        for (String view : List.of("/index.xhtml", "/verify.xhtml", "/showcase/index.xhtml", "/showcase/case-study.xhtml",
                "/error/not-found.xhtml")) {
            assertTrue(PublicViews.isPublicView(view), view);
        }
        for (String view : List.of("/app/index.xhtml", "/app/search.xhtml", "/index.xhtml.bak", "/showcasex.xhtml")) {
            assertTrue(!PublicViews.isPublicView(view), view);
        }
    }

    @Test
    void theSwitchsLinkKeepsThePagesQueryAndReplacesTheLanguage() {
        assertEquals("language=fr", LanguageChoice.withParameter(null, "language", "fr"));
        assertEquals("q=data&page=2&language=ru", LanguageChoice.withParameter("q=data&language=fr&page=2", "language", "ru"));
        assertEquals("lang=ru&language=en", LanguageChoice.withParameter("lang=ru", "language", "en"), "lang is the text's translation");
        assertEquals("fr", LanguageChoice.queryParameter("lang=ru&language=fr", "language"));
        assertNull(LanguageChoice.queryParameter("lang=ru", "language"));
    }
}
