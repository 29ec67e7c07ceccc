package org.ddmsportal.domain.data;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SDMX time-period formats an observation's TIME_PERIOD may take, checked exactly: the
 * pattern and then the calendar (2024-02-30, 2023-02-29, 2024-04-31 and 2023-W53 do not exist).
 *
 * <p>Source: SDMX 3.0 Standards, Section 6 "Technical Notes", 4.2 "Time and Time Format"
 * (ObservationalTimePeriod = StandardTimePeriod | TimeRange; StandardTimePeriod =
 * BasicTimePeriod | ReportingTimePeriod), with the reporting year starting on 1 January (the
 * default REPORTING_YEAR_START_DAY), so reporting weeks are ISO 8601 weeks: a year has week 53
 * only when ISO 8601 gives it one, and day 366 only in a leap year. Time zones
 * ({@code Z}, {@code +01:00}) are allowed where XML Schema allows them.
 *
 * <p>Each form is one {@link Form} below: its name (for documentation and messages), the
 * pattern, and the calendar check.
 */
public final class SdmxTimePeriod {

    /** The longest period the portal stores (observation.period). */
    public static final int MAX_LENGTH = 40;

    private static final String ZONE = "(Z|[+-](?:0\\d|1[0-4]):[0-5]\\d)?";
    private static final String DATE_TIME = "(\\d{4})-(\\d{2})-(\\d{2})T([01]\\d|2[0-3]):([0-5]\\d):([0-5]\\d)(\\.\\d+)?" + ZONE;
    private static final String DURATION = "P(?=\\d|T\\d)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?";

    /** One SDMX form: name, pattern (year in group 1), and whether a match is a real period. */
    public record Form(String name, String example, Pattern pattern, Predicate<Matcher> exists) {

        Form(String name, String example, String regex, Predicate<Matcher> exists) {
            this(name, example, Pattern.compile(regex), exists);
        }
    }

    /** The forms, in the order of the Technical Notes. */
    public static final List<Form> FORMS = List.of(
            new Form("year", "2024", "(\\d{4})" + ZONE, m -> true),
            new Form("month", "2024-03", "(\\d{4})-(0[1-9]|1[0-2])" + ZONE, m -> true),
            new Form("date", "2024-03-31", "(\\d{4})-(\\d{2})-(\\d{2})" + ZONE,
                    m -> date(m.group(1), m.group(2), m.group(3))),
            new Form("dateTime", "2024-03-15T10:00:00", DATE_TIME, m -> date(m.group(1), m.group(2), m.group(3))),
            new Form("reportingYear", "2024-A1", "(\\d{4})-A1" + ZONE, m -> true),
            new Form("reportingSemester", "2024-S1", "(\\d{4})-S[12]" + ZONE, m -> true),
            new Form("reportingTrimester", "2024-T1", "(\\d{4})-T[1-3]" + ZONE, m -> true),
            new Form("reportingQuarter", "2024-Q1", "(\\d{4})-Q[1-4]" + ZONE, m -> true),
            new Form("reportingMonth", "2024-M03", "(\\d{4})-M(0[1-9]|1[0-2])" + ZONE, m -> true),
            new Form("reportingWeek", "2024-W05", "(\\d{4})-W(0[1-9]|[1-4]\\d|5[0-3])" + ZONE,
                    m -> Integer.parseInt(m.group(2)) <= weeksIn(Integer.parseInt(m.group(1)))),
            new Form("reportingDay", "2024-D075", "(\\d{4})-D(00[1-9]|0[1-9]\\d|[12]\\d\\d|3[0-5]\\d|36[0-6])" + ZONE,
                    m -> Integer.parseInt(m.group(2)) <= Year.of(Integer.parseInt(m.group(1))).length()),
            new Form("timeRange", "2024-01-01/P1Y",
                    "(\\d{4})-(\\d{2})-(\\d{2})(T([01]\\d|2[0-3]):([0-5]\\d):([0-5]\\d)(\\.\\d+)?)?" + ZONE + "/" + DURATION,
                    m -> date(m.group(1), m.group(2), m.group(3))));

    private SdmxTimePeriod() {
    }

    /** The form {@code text} is in, if it is a real SDMX time period. */
    public static Optional<Form> formOf(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        for (Form form : FORMS) {
            Matcher m = form.pattern().matcher(text);
            if (m.matches()) {
                return form.exists().test(m) ? Optional.of(form) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    public static boolean isValid(String text) {
        return formOf(text).isPresent();
    }

    /** The days a period covers, first and last included. */
    public record Range(LocalDate start, LocalDate end) {

        /** Whether the two share a day: how a data query's startPeriod and endPeriod select periods. */
        public boolean overlaps(LocalDate from, LocalDate to) {
            return !end.isBefore(from) && !start.isAfter(to);
        }
    }

    private static final Pattern ZONE_AT_END = Pattern.compile(ZONE.replace(")?", ")$"));
    private static final Pattern DURATION_PARTS = Pattern.compile("(\\d+)([YMWD])");
    private static final Pattern TIME_PARTS = Pattern.compile("(\\d+(?:\\.\\d+)?)([HMS])");

    /**
     * The days {@code text} covers, if it is a real SDMX time period: a year its 365 or 366 days,
     * 2024-Q2 April to June, 2024-W01 the ISO week (Monday to Sunday), a date or date-time that
     * day, a time range from its start for its whole duration ({@link #timeRange}). Time zones are
     * left aside: periods are compared by the day.
     */
    public static Optional<Range> range(String text) {
        return formOf(text).map(form -> rangeOf(form.name(), text));
    }

    private static Range rangeOf(String form, String text) {
        if (form.equals("timeRange")) {
            return timeRange(text);
        }
        String t = ZONE_AT_END.matcher(text).replaceFirst("");
        int year = Integer.parseInt(t.substring(0, 4));
        return switch (form) {
            case "year", "reportingYear" -> months(year, 1, 12);
            case "month" -> months(year, Integer.parseInt(t.substring(5, 7)), 1);
            case "reportingMonth" -> months(year, Integer.parseInt(t.substring(6, 8)), 1);
            case "reportingSemester" -> months(year, 6 * (t.charAt(6) - '1') + 1, 6);
            case "reportingTrimester" -> months(year, 4 * (t.charAt(6) - '1') + 1, 4);
            case "reportingQuarter" -> months(year, 3 * (t.charAt(6) - '1') + 1, 3);
            case "reportingWeek" -> {
                LocalDate monday = LocalDate.of(year, 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(t.substring(6, 8)))
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new Range(monday, monday.plusDays(6));
            }
            case "reportingDay" -> day(Year.of(year).atDay(Integer.parseInt(t.substring(6, 9))));
            default -> day(LocalDate.parse(t.substring(0, 10))); // date, dateTime
        };
    }

    /**
     * A time range covers its start's day to the day its last moment falls on: the start (a date,
     * or a date and time) plus the duration's years, months, weeks, days, hours, minutes and
     * seconds ("2024-01-01T12:00:00/P1D" ends on 2 January, "2024-01-01/PT48H" on 2 January too).
     * A duration past the calendar's end (P9999999999Y) runs to the last day there is.
     */
    private static Range timeRange(String text) {
        String[] parts = text.split("/", 2);
        String start = ZONE_AT_END.matcher(parts[0]).replaceFirst("");
        LocalDateTime from = start.length() > 10 ? LocalDateTime.parse(start) : LocalDate.parse(start).atStartOfDay();
        try {
            LocalDateTime end = from;
            String[] dateAndTime = parts[1].substring(1).split("T", 2);
            Matcher date = DURATION_PARTS.matcher(dateAndTime[0]);
            while (date.find()) {
                long n = Long.parseLong(date.group(1));
                end = switch (date.group(2)) {
                    case "Y" -> end.plusYears(n);
                    case "M" -> end.plusMonths(n);
                    case "W" -> end.plusWeeks(n);
                    default -> end.plusDays(n);
                };
            }
            if (dateAndTime.length > 1) {
                Matcher time = TIME_PARTS.matcher(dateAndTime[1]);
                while (time.find()) {
                    java.math.BigDecimal n = new java.math.BigDecimal(time.group(1));
                    end = switch (time.group(2)) {
                        case "H" -> end.plusSeconds(n.multiply(java.math.BigDecimal.valueOf(3600)).longValueExact());
                        case "M" -> end.plusSeconds(n.multiply(java.math.BigDecimal.valueOf(60)).longValueExact());
                        default -> end.plusNanos(n.movePointRight(9).longValueExact());
                    };
                }
            }
            // the last moment covered is just before the end
            LocalDate last = end.isAfter(from) ? end.minusNanos(1).toLocalDate() : from.toLocalDate();
            return new Range(from.toLocalDate(), last);
        } catch (ArithmeticException | DateTimeException | NumberFormatException e) {
            return new Range(from.toLocalDate(), LocalDate.MAX);
        }
    }

    private static Range months(int year, int firstMonth, int count) {
        YearMonth first = YearMonth.of(year, firstMonth);
        return new Range(first.atDay(1), first.plusMonths(count - 1L).atEndOfMonth());
    }

    private static Range day(LocalDate day) {
        return new Range(day, day);
    }

    /** Weeks in ISO 8601 week-based year {@code year}: 52 or 53. */
    static int weeksIn(int year) {
        return (int) IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(LocalDate.of(year, 6, 1)).getMaximum();
    }

    private static boolean date(String year, String month, String day) {
        try {
            LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
