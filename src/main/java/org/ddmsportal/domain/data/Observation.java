package org.ddmsportal.domain.data;

import java.math.BigDecimal;

/**
 * One observation of an indicator: territory (NUTS/LAU code or a municipality's territorial
 * code), period (SDMX time format: 2024, 2024-Q1, 2024-03…), value and status. A value, not an
 * entity: observations are many and are written and read in bulk.
 */
public record Observation(String indicatorCode, String territory, String period, BigDecimal value,
                          ObservationStatus status) {

    /**
     * The value as it is stored, written the shortest way without an exponent: 1710.000000
     * becomes 1710 (not 1.71E+3, which BigDecimal writes for 1710 without its zeros), 0.500000 0.5.
     */
    public static BigDecimal canonical(BigDecimal stored) {
        BigDecimal v = stored.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    /** Shown publicly (exports, public pages): everything but confidential values. */
    public boolean isPublic() {
        return status != ObservationStatus.CONFIDENTIAL;
    }
}
