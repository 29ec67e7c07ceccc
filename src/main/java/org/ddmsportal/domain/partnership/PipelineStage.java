package org.ddmsportal.domain.partnership;

import java.util.List;
import java.util.Map;

/**
 * Where a partnership stands on the road from an idea to a decision — the NSI managers' pipeline.
 * A partnership is at the furthest stage it has evidence for (so one whose indicator is published
 * is at that stage even if its MoU was never recorded in the portal):
 *
 * <ol>
 *   <li>{@link #PROSPECT}: recorded, nothing signed yet;</li>
 *   <li>{@link #MOU_SIGNED}: a memorandum of understanding of it is signed (signed, active or expired since);</li>
 *   <li>{@link #DSA_SIGNED}: a data-sharing agreement of it is signed (same states);</li>
 *   <li>{@link #DATA_FLOWING}: a dataset of it (directly or through one of its agreements) was updated
 *   within its periodicity ({@link #FRESH_WITHIN_DAYS}; a one-off dataset flows once it exists);</li>
 *   <li>{@link #INDICATOR_PUBLISHED}: an indicator computed from one of its datasets has observations;</li>
 *   <li>{@link #DECISION_RECORDED}: a decision used such an indicator, or one of its pilots.</li>
 * </ol>
 */
public enum PipelineStage {
    PROSPECT, MOU_SIGNED, DSA_SIGNED, DATA_FLOWING, INDICATOR_PUBLISHED, DECISION_RECORDED;

    /** The agreement states that count as "signed" for the pipeline. */
    public static final List<String> SIGNED_STATES = List.of("SIGNED", "ACTIVE", "EXPIRED");

    /**
     * How recent a dataset's last update must be for data to count as flowing: its period and a grace
     * of about a tenth (a monthly dataset updated 31 days ago is on time, one updated 40 days ago is late).
     * Irregular datasets: a year. Keyed by the name of {@code domain.data.Periodicity} (no
     * dependency on that package, which depends on this one); a periodicity not listed ({@code ONCE}) is always fresh.
     */
    public static final Map<String, Integer> FRESH_WITHIN_DAYS = Map.of(
            "DAILY", 2, "WEEKLY", 8, "MONTHLY", 34, "QUARTERLY", 100, "ANNUAL", 400, "IRREGULAR", 366);

    /** The 1-based position shown on the page. */
    public int number() {
        return ordinal() + 1;
    }
}
