package org.ddmsportal.application.data;

import java.math.BigDecimal;
import org.ddmsportal.domain.data.ObservationStatus;

/**
 * A valid line of an observation file, resolved to its indicator (id and code, the code for
 * the preview); {@code delete} for SDMX action D (then {@code value} is null).
 */
public record ObservationRow(long line, long indicatorId, String indicatorCode, String territory, String period,
                             BigDecimal value, ObservationStatus status, boolean delete) {

    /** The observation's key in the store. */
    public String key() {
        return key(indicatorId, territory, period);
    }

    /** The key as the database compares it (its collation ignores case). */
    public static String key(long indicatorId, String territory, String period) {
        return indicatorId + "\u0000" + territory.toUpperCase(java.util.Locale.ROOT) + "\u0000"
                + period.toUpperCase(java.util.Locale.ROOT);
    }
}
