package org.ddmsportal.domain.agreement;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The retention period of an agreement as an ISO 8601 duration ({@code P5Y}), the form ODRL's
 * {@code elapsedTime} and DPV's storage duration take (xsd:duration). The agreement form holds the
 * period as text, so this reads what people write: an ISO duration, or a number and a unit in
 * English, French or Russian ("5 years", "18 mois", "3 года"). Anything else has no duration — the
 * text stays in the agreement, and the ODRL twin then carries no elapsed-time constraint rather
 * than a wrong one.
 */
public final class RetentionPeriod {

    private static final Pattern ISO = Pattern.compile("P(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?");
    private static final Pattern WORDS = Pattern.compile("(\\d{1,4})\\s*(\\p{L}+)\\.?");

    private RetentionPeriod() {
    }

    public static Optional<String> isoDuration(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        if (ISO.matcher(t).matches() && t.length() > 1) {
            try {
                Period.parse(t);
                return Optional.of(t);
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        Matcher m = WORDS.matcher(t.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        int n = Integer.parseInt(m.group(1));
        String unit = m.group(2);
        String designator = switch (unit) {
            case "year", "years", "an", "ans", "année", "années", "год", "года", "лет" -> "Y";
            case "month", "months", "mois", "месяц", "месяца", "месяцев" -> "M";
            case "week", "weeks", "semaine", "semaines", "неделя", "недели", "недель" -> "W";
            case "day", "days", "jour", "jours", "день", "дня", "дней" -> "D";
            default -> null;
        };
        return n == 0 || designator == null ? Optional.empty() : Optional.of("P" + n + designator);
    }
}
