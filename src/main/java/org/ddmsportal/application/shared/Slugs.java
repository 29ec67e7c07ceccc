package org.ddmsportal.application.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/** Readable address parts from titles: {@code "Poznań: bus data"} → {@code poznan-bus-data}. */
public final class Slugs {

    private Slugs() {
    }

    /**
     * The title without accents, lower case, words joined by hyphens, at most {@code max}
     * characters, after {@code prefix} (if any); {@code -2}, {@code -3}… appended while taken.
     */
    public static String of(String prefix, String title, String fallback, int max, Predicate<String> taken) {
        String base = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        if (base.length() > max) {
            base = base.substring(0, max).replaceAll("-$", "");
        }
        String stem = prefix == null ? (base.isEmpty() ? fallback : base) : prefix + (base.isEmpty() ? "" : "-" + base);
        String candidate = stem;
        for (int n = 2; taken.test(candidate); n++) {
            candidate = stem + "-" + n;
        }
        return candidate;
    }
}
