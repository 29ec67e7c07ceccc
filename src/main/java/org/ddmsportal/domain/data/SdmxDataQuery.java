package org.ddmsportal.domain.data;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a script may ask of an indicator's public SDMX data ({@code /api/indicators/{code}/data.csv}
 * and {@code data.json}): the periods from {@code startPeriod} to {@code endPeriod}, both optional,
 * each an SDMX time period. A period is in when it shares a day with that window
 * ({@link SdmxTimePeriod.Range#overlaps}): {@code startPeriod=2023} keeps 2023, 2023-Q4 and 2024;
 * {@code endPeriod=2023-Q1} keeps 2023 and 2023-03 but not 2023-04.
 *
 * <p>Source: SDMX REST API, data queries ({@code sdmx-twg/sdmx-rest}, {@code v2_1/ws/rest/docs}
 * and {@code doc/data.md}): startPeriod and endPeriod inclusive, in ISO 8601 or SDMX reporting
 * periods. The other parameters of a data query there ({@link #NOT_APPLIED}) and SDMX 3.0's
 * component filters {@code c[…]} are refused with a 400 rather than ignored: a script that
 * believes it filtered must not get other rows than it asked for.
 */
public record SdmxDataQuery(LocalDate from, LocalDate to) {

    public static final String START = "startPeriod";
    public static final String END = "endPeriod";

    /** Every period. */
    public static final SdmxDataQuery ALL = new SdmxDataQuery(LocalDate.MIN, LocalDate.MAX);

    /** Data query parameters of SDMX REST 1.x (2.1) and 2.x (3.0), and common variants, not applied here. */
    public static final Set<String> NOT_APPLIED = Set.of("updatedAfter", "firstNObservations", "lastNObservations",
            "dimensionAtObservation", "detail", "includeHistory", "attributes", "measures", "asOf", "format", "labels",
            "timeFormat", "includeMetadata", "references");

    /** Keeps the observation of this period: it shares a day with the window (an unreadable period never does). */
    public boolean includes(String period) {
        if (this.equals(ALL)) {
            return true;
        }
        return SdmxTimePeriod.range(period).map(r -> r.overlaps(from, to)).orElse(false);
    }

    /** The first day of the period, if it is one. */
    public static Optional<LocalDate> start(String period) {
        return SdmxTimePeriod.range(period).map(SdmxTimePeriod.Range::start);
    }

    /** The last day of the period, if it is one. */
    public static Optional<LocalDate> end(String period) {
        return SdmxTimePeriod.range(period).map(SdmxTimePeriod.Range::end);
    }

    /**
     * The first of these query parameter names the portal does not apply: those of {@link #NOT_APPLIED}
     * and component filters {@code c[…]} in any case, and startPeriod or endPeriod spelt in another
     * case (SDMX names are case-sensitive; {@code startperiod} would otherwise be left unread).
     */
    public static Optional<String> notApplied(Collection<String> names) {
        Set<String> refused = NOT_APPLIED.stream().map(n -> n.toLowerCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.toSet());
        return names.stream().filter(n -> {
            String lower = n.toLowerCase(Locale.ROOT);
            return refused.contains(lower) || lower.startsWith("c[")
                    || ((lower.equals("startperiod") || lower.equals("endperiod")) && !n.equals(START) && !n.equals(END));
        }).sorted().findFirst();
    }
}
