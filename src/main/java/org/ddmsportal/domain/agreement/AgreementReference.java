package org.ddmsportal.domain.agreement;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An agreement's business key: the partnership's country, the year it was drafted and a number
 * counted per country and year, written {@code RS-2026-0007} (at least four digits). The one
 * place that knows the format; the agreement stores its text, which never changes.
 */
public record AgreementReference(String country, int year, int number) {

    private static final Pattern FORMAT = Pattern.compile("([A-Z]{2})-(\\d{4})-(\\d{4,})");

    public AgreementReference {
        Objects.requireNonNull(country, "country");
        if (!country.matches("[A-Z]{2}") || year < 1000 || year > 9999 || number < 1) {
            throw new IllegalArgumentException("a reference looks like RS-2026-0007");
        }
    }

    /** Reads {@code RS-2026-0007}. */
    public static AgreementReference parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("a reference looks like RS-2026-0007");
        }
        return new AgreementReference(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    @Override
    public String toString() {
        return "%s-%d-%04d".formatted(country, year, number);
    }
}
