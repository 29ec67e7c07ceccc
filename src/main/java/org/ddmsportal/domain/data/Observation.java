package org.ddmsportal.domain.data;

import java.math.BigDecimal;

/**
 * One observation of an indicator: territory (NUTS/LAU code or a municipality's territorial
 * code), period (SDMX time format: 2024, 2024-Q1, 2024-03…), value and status. A value, not an
 * entity: observations are many and are written and read in bulk.
 */
public record Observation(String indicatorCode, String territory, String period, BigDecimal value,
                          ObservationStatus status) {

    /** Shown publicly (exports, public pages): everything but confidential values. */
    public boolean isPublic() {
        return status != ObservationStatus.CONFIDENTIAL;
    }
}
