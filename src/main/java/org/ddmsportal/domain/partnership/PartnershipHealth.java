package org.ddmsportal.domain.partnership;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The computed status of an open partnership — on track, at risk, off track — from its dates, its
 * agreements' lapse and how recently anything about it was reported. Rules as data, in order: the
 * first that holds decides, off-track rules before at-risk ones; none holds: on track. Two sources:
 * the UN SDG Partnerships Platform, which marks a partnership by how recently it reported progress
 * (its "inactive" flag after a year without a report; here a quarter is a warning and half a year
 * off track, because a local pilot's partnership lives on a shorter cycle), and OpenProject's
 * project status (on track / at risk / off track; finish date passed = off track). The portal's own
 * lapse rule ({@code Agreement.isInForce}) says when an agreement no longer covers the data.
 *
 * <p>The same rules are turned into SQL by the dashboards' store (each {@link Condition} has one
 * SQL form there), so the page, the list filter and this class give one answer; the page states
 * the rules from their i18n keys ({@code health.rule.<key>}) with {@link Rule#days()} as argument.
 * Closed partnerships (concluded, terminated) get no status.
 */
public final class PartnershipHealth {

    public enum Status { ON_TRACK, AT_RISK, OFF_TRACK }

    /** Where a rule comes from, shown beside it on the page. */
    public enum Source { SDG_PARTNERSHIPS_PLATFORM, OPENPROJECT, PORTAL_LAPSE_RULE }

    /** What a rule looks at; the store has one SQL expression per condition. */
    public enum Condition {
        /** Past its end date and still open. */
        PAST_END_DATE,
        /** An agreement of it expired (or was left past its expiry) and none is in force. */
        AGREEMENT_LAPSED,
        /** Nothing recorded about it (the partnership, its agreements, its datasets) for more than {@code days}. */
        NO_ACTIVITY_FOR,
        /** Suspended. */
        SUSPENDED,
        /** An agreement in force expires within {@code days}. */
        AGREEMENT_EXPIRES_WITHIN,
        /** Its end date comes within {@code days}. */
        ENDS_WITHIN
    }

    /** One rule: its key ({@code health.rule.<key>}), what it looks at, its threshold in days, the status it gives, its source. */
    public record Rule(String key, Condition condition, int days, Status status, Source source) {
    }

    /**
     * What the rules look at, for one partnership.
     *
     * @param status         the lifecycle state
     * @param endDate        its end date, or null
     * @param lapsed         an agreement of it is past its expiry (or expired) and none is in force
     * @param nextExpiry     the earliest expiry date among its agreements in force, or null
     * @param lastActivity   the last day anything about it was recorded
     */
    public record Facts(String status, LocalDate endDate, boolean lapsed, LocalDate nextExpiry, LocalDate lastActivity) {
    }

    public static final List<Rule> RULES = List.of(
            new Rule("pastEnd", Condition.PAST_END_DATE, 0, Status.OFF_TRACK, Source.OPENPROJECT),
            new Rule("lapsed", Condition.AGREEMENT_LAPSED, 0, Status.OFF_TRACK, Source.PORTAL_LAPSE_RULE),
            new Rule("silent", Condition.NO_ACTIVITY_FOR, 180, Status.OFF_TRACK, Source.SDG_PARTNERSHIPS_PLATFORM),
            new Rule("suspended", Condition.SUSPENDED, 0, Status.AT_RISK, Source.OPENPROJECT),
            new Rule("expiring", Condition.AGREEMENT_EXPIRES_WITHIN, 60, Status.AT_RISK, Source.PORTAL_LAPSE_RULE),
            new Rule("quiet", Condition.NO_ACTIVITY_FOR, 90, Status.AT_RISK, Source.SDG_PARTNERSHIPS_PLATFORM),
            new Rule("ending", Condition.ENDS_WITHIN, 30, Status.AT_RISK, Source.OPENPROJECT));

    /** The states with no computed status. */
    public static final List<String> CLOSED = List.of("CONCLUDED", "TERMINATED");

    private PartnershipHealth() {
    }

    public static boolean isOpen(String status) {
        return !CLOSED.contains(status);
    }

    /** The status the rules give, or {@code null} for a closed partnership. */
    public static Status of(Facts facts, LocalDate today) {
        if (!isOpen(facts.status())) {
            return null;
        }
        for (Rule rule : RULES) {
            if (holds(rule, facts, today)) {
                return rule.status();
            }
        }
        return Status.ON_TRACK;
    }

    /** The first rule that holds (the reason for the status), or {@code null} when on track or closed. */
    public static Rule reason(Facts facts, LocalDate today) {
        if (!isOpen(facts.status())) {
            return null;
        }
        return RULES.stream().filter(r -> holds(r, facts, today)).findFirst().orElse(null);
    }

    static boolean holds(Rule rule, Facts f, LocalDate today) {
        return switch (rule.condition()) {
            case PAST_END_DATE -> f.endDate() != null && f.endDate().isBefore(today);
            case AGREEMENT_LAPSED -> f.lapsed();
            case NO_ACTIVITY_FOR -> f.lastActivity() != null
                    && ChronoUnit.DAYS.between(f.lastActivity(), today) > rule.days();
            case SUSPENDED -> "SUSPENDED".equals(f.status());
            case AGREEMENT_EXPIRES_WITHIN -> f.nextExpiry() != null && !f.nextExpiry().isBefore(today)
                    && !f.nextExpiry().isAfter(today.plusDays(rule.days()));
            case ENDS_WITHIN -> f.endDate() != null && !f.endDate().isBefore(today)
                    && !f.endDate().isAfter(today.plusDays(rule.days()));
        };
    }
}
