package org.ddmsportal.infrastructure.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Stores instants as UTC {@code DATETIME(6)}, whatever the server's or the JVM's time zone:
 * "changed at T" must mean the same moment for a user in Belgrade and one in Ottawa.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    /**
     * A value read raw — a native query's column or an aggregate such as {@code MAX(at)}, which
     * this converter does not see — as the instant stored: a date-time is UTC wall time, not the
     * server's zone's; a date is its start in UTC. Null stays null.
     */
    public static Instant fromRaw(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime t) {
            return t.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate().atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        if (value instanceof java.time.LocalDate d) {
            return d.atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        return Instant.parse(value.toString());
    }
}
