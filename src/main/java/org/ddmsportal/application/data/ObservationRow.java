package org.ddmsportal.application.data;

import java.math.BigDecimal;
import org.ddmsportal.domain.data.ObservationStatus;

/** A valid line of an observation file, resolved to its indicator; {@code delete} for SDMX action D. */
public record ObservationRow(long line, long indicatorId, String territory, String period, BigDecimal value,
                             ObservationStatus status, boolean delete) {
}
