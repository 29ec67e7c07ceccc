package org.ddmsportal.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * UNSD's global SDG indicator framework after the 2025 comprehensive review, read from the copy in
 * {@code standards/sdg-gif-2025/} (the sheet "A.RES.71.313 Annex" as CSV: column B goals and targets,
 * column C indicators, column D UNSD codes). Texts are compared as the portal stores them: runs of white
 * space (Unicode) as one space, and the three footnote markers the sheet appends to a text dropped.
 */
public final class OfficialSdgFramework {

    public static final String RESOURCE =
            "/standards/sdg-gif-2025/Global-Indicator-Framework-after-2025-review-English.csv";

    /** Entries whose text ends in a footnote number in the sheet (footnotes 3 and 4 of the annex). */
    private static final Set<String> FOOTNOTED = Set.of("13", "14.6", "17.6.1");

    private static final Pattern GOAL = Pattern.compile("Goal (\\d+)\\. (.+)", Pattern.DOTALL);
    private static final Pattern TARGET = Pattern.compile("(\\d+\\.[0-9a-z]+) (.+)", Pattern.DOTALL);
    private static final Pattern INDICATOR = Pattern.compile("(\\d+\\.[0-9a-z]+\\.\\d+) (.+)", Pattern.DOTALL);

    /** One goal, target or indicator as the framework lists it. */
    public record Entry(String code, String level, String parentCode, String titleEn) {
    }

    private OfficialSdgFramework() {
    }

    /** Every entry by code, in the framework's order. */
    public static Map<String, Entry> entries() throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        String goal = null;
        String target = null;
        try (InputStream in = Objects.requireNonNull(OfficialSdgFramework.class.getResourceAsStream(RESOURCE), RESOURCE);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.parse(reader)) {
                String left = row.size() > 1 ? row.get(1).strip() : "";
                String right = row.size() > 2 ? row.get(2).strip() : "";
                Matcher m = GOAL.matcher(left);
                if (m.matches()) {
                    goal = m.group(1);
                    put(entries, new Entry(goal, "GOAL", null, text(goal, m.group(2))));
                    continue;
                }
                m = TARGET.matcher(left);
                if (m.matches()) {
                    target = m.group(1);
                    if (!target.startsWith(goal + ".")) {
                        throw new IllegalStateException("target " + target + " outside goal " + goal);
                    }
                    put(entries, new Entry(target, "TARGET", goal, text(target, m.group(2))));
                }
                m = INDICATOR.matcher(right);
                if (m.matches()) {
                    String code = m.group(1);
                    if (!code.startsWith(target + ".")) {
                        throw new IllegalStateException("indicator " + code + " outside target " + target);
                    }
                    put(entries, new Entry(code, "INDICATOR", target, text(code, m.group(2))));
                }
            }
        }
        return entries;
    }

    private static void put(Map<String, Entry> entries, Entry e) {
        if (entries.put(e.code(), e) != null) {
            throw new IllegalStateException("listed twice: " + e.code());
        }
    }

    /** Runs of white space (any Unicode white space, such as the sheet's no-break spaces) as one space. */
    public static String spaces(String text) {
        return text.replaceAll("(?U)\\s+", " ").strip();
    }

    private static String text(String code, String raw) {
        String t = spaces(raw);
        return FOOTNOTED.contains(code) ? t.replaceFirst("\\d$", "") : t;
    }
}
