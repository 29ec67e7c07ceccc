package org.ddmsportal.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Times in the reader's time zone, named; UTC where the browser has not said or said nonsense. */
class TextsTimeTest {

    private static final Instant SIGNED = Instant.parse("2026-12-05T10:15:00Z");

    @Test
    void aTimeIsWrittenInTheReadersZoneWithItsName() {
        assertEquals("5 Dec 2026, 11:15:00 CET", Texts.format(SIGNED, ZoneId.of("Europe/Belgrade"), Locale.UK));
        assertEquals("5 Dec 2026, 10:15:00 UTC", Texts.format(SIGNED, ZoneOffset.UTC, Locale.UK));
    }

    @Test
    void theZoneComesFromTheBrowsersCookieElseUtc() {
        assertEquals(ZoneId.of("Europe/Belgrade"), Texts.zone("Europe%2FBelgrade"));
        assertEquals(ZoneId.of("Asia/Tashkent"), Texts.zone("Asia/Tashkent"));
        assertEquals(ZoneOffset.UTC, Texts.zone("Etc%2FUTC"), "a fixed zone of offset 0 is named UTC");
        assertEquals(ZoneOffset.UTC, Texts.zone(null));
        assertEquals(ZoneOffset.UTC, Texts.zone(""));
        assertEquals(ZoneOffset.UTC, Texts.zone("Mars/Olympus_Mons"));
        assertEquals(ZoneOffset.UTC, Texts.zone("%E0%A4%A"), "a broken encoding");
        assertEquals(ZoneOffset.UTC, Texts.zone("Europe/" + "x".repeat(100)));
    }
}
