package org.ddmsportal.domain.data;

import java.util.Locale;
import java.util.Optional;
import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;

/**
 * The status of an observation. {@code code} is what the database and SDMX-CSV carry: F final
 * (SDMX OBS_STATUS A), P provisional, C confidential (SDMX CONF_STATUS C). Confidential values
 * are never shown publicly.
 */
@RequiredArgsConstructor
public enum ObservationStatus {
    FINAL('F'),
    PROVISIONAL('P'),
    CONFIDENTIAL('C');

    @Getter @Accessors(fluent = true)
    private final char code;

    public static ObservationStatus ofCode(char code) {
        for (ObservationStatus s : values()) {
            if (s.code == code) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown observation status " + code);
    }

    /**
     * Reads a status as files write it: the names (final, provisional, confidential, any case),
     * the one-letter codes F/P/C, or the SDMX OBS_STATUS codes A (normal → final) and E
     * (estimated → provisional). Empty means final.
     */
    public static Optional<ObservationStatus> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(FINAL);
        }
        String t = text.strip().toUpperCase(Locale.ROOT);
        return switch (t) {
            case "F", "A", "FINAL" -> Optional.of(FINAL);
            case "P", "E", "PROVISIONAL" -> Optional.of(PROVISIONAL);
            case "C", "CONFIDENTIAL" -> Optional.of(CONFIDENTIAL);
            default -> Optional.empty();
        };
    }
}
