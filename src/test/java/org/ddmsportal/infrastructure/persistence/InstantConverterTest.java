package org.ddmsportal.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** Raw date-times read from native queries and aggregates mean the instant stored, whatever the JVM's zone. */
class InstantConverterTest {

    @Test
    void aRawValueIsTheStoredUtcWallTimeInAnyZone() {
        TimeZone before = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Europe/Belgrade"));
            Instant at = Instant.parse("2026-12-03T23:30:00Z");
            Timestamp stored = new InstantConverter().convertToDatabaseColumn(at);
            assertEquals(at, InstantConverter.fromRaw(stored), "a Timestamp, as MAX(at) returns it");
            assertEquals(at, InstantConverter.fromRaw(LocalDateTime.parse("2026-12-03T23:30:00")));
            assertEquals(at, InstantConverter.fromRaw(at));
            assertEquals(Instant.parse("2026-12-03T00:00:00Z"), InstantConverter.fromRaw(LocalDate.parse("2026-12-03")));
            assertEquals(Instant.parse("2026-12-03T00:00:00Z"),
                    InstantConverter.fromRaw(java.sql.Date.valueOf("2026-12-03")));
            assertNull(InstantConverter.fromRaw(null));
        } finally {
            TimeZone.setDefault(before);
        }
    }
}
