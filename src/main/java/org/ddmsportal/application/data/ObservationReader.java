package org.ddmsportal.application.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ddmsportal.domain.data.ObservationStatus;

/**
 * Reads an observation file as a stream, line by line, and hands every valid line to a
 * {@link ObservationSink}; invalid lines become {@link ImportProblem}s naming line, column and
 * reason. Nothing is held in memory but the first rows (for the preview) and the first problems.
 *
 * <p>Two layouts are understood, told apart by the header:
 * <ul>
 *   <li><b>SDMX-CSV 2.0</b> — a {@code STRUCTURE} column: {@code STRUCTURE, STRUCTURE_ID,
 *       ACTION}, the dimensions {@code INDICATOR} (optional when the import is for one
 *       indicator), {@code REF_AREA}, {@code TIME_PERIOD}, the measure {@code OBS_VALUE} and
 *       the attributes {@code OBS_STATUS}, {@code CONF_STATUS}; other columns (e.g.
 *       {@code UNIT_MEASURE}, {@code STRUCTURE_NAME}) are ignored. Values written as
 *       "code: label" are read by their code. ACTION D deletes the observation; I, A, M and R
 *       (or nothing) write it.</li>
 *   <li><b>Plain CSV</b> — {@code indicator} (optional as above), {@code territory},
 *       {@code period}, {@code value}, {@code status} (optional: final, provisional,
 *       confidential).</li>
 * </ul>
 * The delimiter is a comma, or a semicolon when the header has more of those.
 */
public final class ObservationReader {

    /** SDMX time periods: 2024, 2024-03, 2024-03-31, 2024-Q1, 2024-S1, 2024-W05, 2024-M03, 2024-A1. */
    private static final Pattern PERIOD = Pattern.compile(
            "\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?|-Q[1-4]|-S[12]|-W(0[1-9]|[1-4]\\d|5[0-3])|-M(0[1-9]|1[0-2])|-A1)?");
    private static final Pattern TERRITORY = Pattern.compile("[A-Za-z0-9_.-]{1,20}");
    private static final BigDecimal MAX = new BigDecimal("99999999999999.999999");
    public static final int PREVIEW_ROWS = 20;
    public static final int PROBLEMS_KEPT = 100;

    /** The layout of a file. */
    public enum Layout { SDMX_CSV, CSV }

    /** What reading a file found. */
    public record Result(Layout layout, long rows, long problemCount, List<ImportProblem> problems,
                         List<ObservationRow> preview, long written) {

        public boolean valid() {
            return problemCount == 0;
        }
    }

    private final Function<String, Optional<Long>> indicators;
    private final String defaultIndicator;

    /**
     * @param indicators       indicator code → id, empty when unknown or not the user's to change
     * @param defaultIndicator the indicator of files without an indicator column (may be null)
     */
    public ObservationReader(Function<String, Optional<Long>> indicators, String defaultIndicator) {
        this.indicators = indicators;
        this.defaultIndicator = defaultIndicator == null || defaultIndicator.isBlank() ? null : defaultIndicator;
    }

    public Result read(Reader source, ObservationSink sink) {
        BufferedReader in = source instanceof BufferedReader b ? b : new BufferedReader(source, 1 << 16);
        try {
            in.mark(1 << 16);
            String header = in.readLine();
            if (header == null) {
                return new Result(Layout.CSV, 0, 1, List.of(new ImportProblem(1, "", "import.empty", "")), List.of(), 0);
            }
            in.reset();
            if (header.startsWith("\uFEFF")) {
                in.skip(1);
                header = header.substring(1);
            }
            char delimiter = count(header, ';') > count(header, ',') ? ';' : ',';
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader()
                    .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();
            try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
                return read(parser, sink);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // commons-csv: unbalanced quotes, duplicate header names
            return new Result(Layout.CSV, 0, 1, List.of(new ImportProblem(1, "", "import.malformed",
                    String.valueOf(e.getMessage()))), List.of(), 0);
        }
    }

    private Result read(CSVParser parser, ObservationSink sink) {
        Map<String, String> columns = new HashMap<>();
        for (String name : parser.getHeaderNames()) {
            columns.put(name.strip().toUpperCase(Locale.ROOT), name);
        }
        Layout layout = columns.containsKey("STRUCTURE") ? Layout.SDMX_CSV : Layout.CSV;
        String cIndicator = columns.get("INDICATOR");
        String cTerritory = layout == Layout.SDMX_CSV ? columns.get("REF_AREA") : columns.get("TERRITORY");
        String cPeriod = layout == Layout.SDMX_CSV ? columns.get("TIME_PERIOD") : columns.get("PERIOD");
        String cValue = layout == Layout.SDMX_CSV ? columns.get("OBS_VALUE") : columns.get("VALUE");
        String cStatus = layout == Layout.SDMX_CSV ? columns.get("OBS_STATUS") : columns.get("STATUS");
        String cConf = columns.get("CONF_STATUS");
        String cStructure = columns.get("STRUCTURE");
        String cAction = columns.get("ACTION");

        List<ImportProblem> problems = new ArrayList<>();
        long[] problemCount = {0};
        List<String> missingColumns = new ArrayList<>();
        if (layout == Layout.SDMX_CSV && columns.get("STRUCTURE_ID") == null) {
            missingColumns.add("STRUCTURE_ID");
        }
        if (cTerritory == null) {
            missingColumns.add(layout == Layout.SDMX_CSV ? "REF_AREA" : "territory");
        }
        if (cPeriod == null) {
            missingColumns.add(layout == Layout.SDMX_CSV ? "TIME_PERIOD" : "period");
        }
        if (cValue == null) {
            missingColumns.add(layout == Layout.SDMX_CSV ? "OBS_VALUE" : "value");
        }
        if (cIndicator == null && defaultIndicator == null) {
            missingColumns.add(layout == Layout.SDMX_CSV ? "INDICATOR" : "indicator");
        }
        if (!missingColumns.isEmpty()) {
            for (String c : missingColumns) {
                problems.add(new ImportProblem(1, c, "import.missingColumn", c));
            }
            return new Result(layout, 0, problems.size(), problems, List.of(), 0);
        }

        Map<String, Optional<Long>> resolved = new HashMap<>();
        List<ObservationRow> preview = new ArrayList<>();
        long rows = 0;
        for (CSVRecord record : parser) {
            long line = parser.getCurrentLineNumber();
            rows++;
            int before = problems.size();
            long countBefore = problemCount[0];
            Problems p = (column, key, value) -> {
                problemCount[0]++;
                if (problems.size() < PROBLEMS_KEPT) {
                    problems.add(new ImportProblem(line, column, key, value));
                }
            };
            if (!record.isConsistent()) {
                p.add("", "import.columnCount", Integer.toString(record.size()));
                continue;
            }
            boolean delete = false;
            if (cStructure != null) {
                String structure = code(record.get(cStructure)).toLowerCase(Locale.ROOT);
                if (!structure.equals("dataflow") && !structure.equals("datastructure")
                        && !structure.equals("dataprovision")) {
                    p.add(cStructure, "import.structure", record.get(cStructure));
                }
            }
            if (cAction != null) {
                String action = code(record.get(cAction)).toUpperCase(Locale.ROOT);
                switch (action) {
                    case "", "I", "A", "M", "R" -> delete = false;
                    case "D" -> delete = true;
                    default -> p.add(cAction, "import.action", record.get(cAction));
                }
            }
            String indicatorCode = cIndicator == null ? defaultIndicator : code(record.get(cIndicator));
            if (indicatorCode.isEmpty() && defaultIndicator != null) {
                indicatorCode = defaultIndicator;
            }
            Long indicatorId = null;
            if (indicatorCode.isEmpty()) {
                p.add(cIndicator, "import.required", "");
            } else {
                indicatorId = resolved.computeIfAbsent(indicatorCode, indicators).orElse(null);
                if (indicatorId == null) {
                    p.add(cIndicator == null ? "indicator" : cIndicator, "import.indicator", indicatorCode);
                }
            }
            String territory = code(record.get(cTerritory));
            if (!TERRITORY.matcher(territory).matches()) {
                p.add(cTerritory, territory.isEmpty() ? "import.required" : "import.territory", territory);
            }
            String period = code(record.get(cPeriod));
            if (!PERIOD.matcher(period).matches()) {
                p.add(cPeriod, period.isEmpty() ? "import.required" : "import.period", period);
            }
            String valueText = record.get(cValue);
            BigDecimal value = null;
            if (valueText.isEmpty()) {
                if (!delete) {
                    p.add(cValue, "import.required", "");
                }
            } else {
                value = number(valueText);
                if (value == null) {
                    p.add(cValue, "import.value", valueText);
                }
            }
            ObservationStatus status = ObservationStatus.FINAL;
            if (cStatus != null) {
                Optional<ObservationStatus> s = ObservationStatus.parse(code(record.get(cStatus)));
                if (s.isEmpty()) {
                    p.add(cStatus, "import.status", record.get(cStatus));
                } else {
                    status = s.get();
                }
            }
            if (cConf != null && "C".equalsIgnoreCase(code(record.get(cConf)))) {
                status = ObservationStatus.CONFIDENTIAL;
            }
            if (problemCount[0] > countBefore || problems.size() > before) {
                continue;
            }
            ObservationRow row = new ObservationRow(line, indicatorId, territory, period, value, status, delete);
            if (preview.size() < PREVIEW_ROWS) {
                preview.add(row);
            }
            if (problemCount[0] == 0) {
                sink.accept(row);
            }
        }
        long written = problemCount[0] == 0 ? sink.finish() : 0;
        return new Result(layout, rows, problemCount[0], List.copyOf(problems), List.copyOf(preview), written);
    }

    @FunctionalInterface
    private interface Problems {
        void add(String column, String key, String value);
    }

    /** "RS11: Belgrade" → "RS11" (SDMX-CSV's labels=both); anything else as it is. */
    private static String code(String text) {
        int colon = text.indexOf(": ");
        return (colon > 0 ? text.substring(0, colon) : text).strip();
    }

    /** A decimal that fits DECIMAL(20,6): at most 14 integer digits; more than 6 decimals are rounded. */
    private static BigDecimal number(String text) {
        BigDecimal value;
        try {
            value = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
        if (value.abs().compareTo(MAX) > 0) {
            return null;
        }
        return value.scale() > 6 ? value.setScale(6, RoundingMode.HALF_EVEN) : value;
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
