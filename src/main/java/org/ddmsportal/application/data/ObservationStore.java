package org.ddmsportal.application.data;

import java.util.List;
import java.util.function.Consumer;
import org.ddmsportal.domain.data.Observation;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;

/**
 * Observations in bulk (implemented with plain JDBC: a million rows go through batches, not
 * through the entity manager). Writes join the caller's transaction.
 */
public interface ObservationStore {

    /** A sink writing into the current transaction. */
    ObservationSink sink();

    /** A page of an indicator's observations; filters: territory, period, status. */
    Page<Observation> page(long indicatorId, boolean withConfidential, PageRequest request);

    /** How many territories a time-series chart draws (the first by code). */
    int SERIES_TERRITORIES = 12;

    /**
     * The observations of the first {@link #SERIES_TERRITORIES} territories of an indicator (by
     * code), ordered by territory and period, at most {@code limit}: what the time-series chart
     * draws, read without the rest (an indicator may have 12,000 observations and more).
     */
    List<Observation> series(long indicatorId, boolean withConfidential, int limit);

    /** How many territories the indicator has values for: more than {@link #SERIES_TERRITORIES}, and the chart says it shows part. */
    long territories(long indicatorId, boolean withConfidential);

    /** The latest observation of each territory. */
    List<Observation> latest(long indicatorId, boolean withConfidential);

    /**
     * The latest observation of each territory of each of the indicators, in one statement,
     * ordered by indicator code and territory (a report's charts: one read, not one per chart).
     */
    List<Observation> latest(List<Long> indicatorIds, boolean withConfidential);

    /** Streams every observation of the indicators, ordered by indicator, territory, period. */
    void forEach(List<Long> indicatorIds, boolean withConfidential, Consumer<Observation> each);

    /** Observations of the indicators a pilot produces ({@code finalOnly}: status final). */
    long countForPilot(long pilotId, boolean finalOnly);

    long count(long indicatorId);
}
