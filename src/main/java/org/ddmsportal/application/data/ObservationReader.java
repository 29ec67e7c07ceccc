package org.ddmsportal.application.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ddmsportal.domain.data.Observation;
import org.ddmsportal.domain.data.ObservationStatus;
import org.ddmsportal.domain.data.SdmxDataflow;
import org.ddmsportal.domain.data.SdmxTimePeriod;

/**
 * Reads an observation file as a stream, line by line, and hands every valid line to a
 * {@link ObservationSink}; invalid lines become {@link ImportProblem}s naming line, column and
 * reason. Nothing is held in memory but the first rows (for the preview), the first problems
 * and a hash of each key (to refuse a key given twice).
 *
 * <p>Two layouts are understood, told apart by the first header field:
 * <ul>
 *   <li><b>SDMX-CSV 2.0</b> (official field guide, sdmx-twg/sdmx-csv v2.0.0) — the first header
 *       field is {@code STRUCTURE}, optionally with a bracket term ({@code STRUCTURE[;]}, the
 *       sub-field separator of multi-valued components, which this dataflow has none of); the
 *       column delimiter is the character right after that term. STRUCTURE must be
 *       {@code dataflow} and STRUCTURE_ID the portal's dataflow ({@link SdmxDataflow}).
 *       Columns: ACTION (optional, I/M/R write, D deletes), INDICATOR (optional when the import
 *       is for one indicator), REF_AREA, TIME_PERIOD, OBS_VALUE, and the attributes
 *       UNIT_MEASURE (must be the indicator's unit), UNIT_MULT (applied: the value is
 *       multiplied by 10^UNIT_MULT), OBS_STATUS, CONF_STATUS. Header fields and coded values
 *       may carry labels (labels=both: {@code REF_AREA: Reference area}, {@code RS11: Belgrade});
 *       with labels=name the name columns (and STRUCTURE_NAME, OBS_KEY, SERIES_KEY) are
 *       ignored. ACTION D deletes whole observations given by their full key; a D row with an
 *       empty dimension (wildcard delete) or deleting an attribute alone is refused, and so is a
 *       row that writes attributes without OBS_VALUE.</li>
 *   <li><b>Plain CSV</b> — {@code indicator} (optional as above), {@code territory},
 *       {@code period}, {@code value}, {@code status} (optional: final, provisional,
 *       confidential); the delimiter is a comma, or a semicolon (or tab) when the header has
 *       more of those outside quotes.</li>
 * </ul>
 * Fields are RFC 4180 fields: spaces are part of them (never trimmed). Numbers have a dot as
 * decimal separator and no thousands separators, whatever the delimiter ({@code 1234.5}).
 * Periods are exact SDMX time periods ({@link SdmxTimePeriod}). The text must be UTF-8 (a
 * byte-order mark is allowed); another encoding is reported at the line where it shows.
 */
public final class ObservationReader {

    /** A territory code: SDMX IDType, at most 20, not starting with "-" or "@" (a spreadsheet reads a formula). */
    public static final Pattern TERRITORY = Pattern.compile("[A-Za-z0-9_$][A-Za-z0-9_@$-]{0,19}");
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d{1,3})?");
    private static final Pattern STRUCTURE_HEADER = Pattern.compile("(?i)STRUCTURE(\\[[^\\]]*\\])?");
    private static final BigDecimal MAX = new BigDecimal("99999999999999.999999");
    private static final int MAX_UNIT_MULT = 18;
    public static final int PREVIEW_ROWS = 20;
    public static final int PROBLEMS_KEPT = 100;

    /** The layout of a file. */
    public enum Layout { SDMX_CSV, CSV }

    /** An indicator as the reader needs it: its id, code and unit. */
    public record Target(long id, String code, String unit) {
    }

    /** What reading a file found; {@code counts} only after an import (none for a preview). */
    public record Result(Layout layout, long rows, long problemCount, List<ImportProblem> problems,
                         List<ImportProblem> warnings, List<ObservationRow> preview, ImportCounts counts) {

        public boolean valid() {
            return problemCount == 0;
        }

        /** Rows that changed the store (inserted, updated or deleted). */
        public long written() {
            return counts.changed();
        }

        /** Whether the file names its indicator in a column (the preview then shows it). */
        public boolean multiIndicator() {
            return preview.stream().map(ObservationRow::indicatorCode).distinct().count() > 1;
        }
    }

    private final Function<String, Optional<Target>> indicators;
    private final String defaultIndicator;
    private final Predicate<String> knownTerritory;

    /**
     * @param indicators       indicator code → indicator, empty when unknown or not the user's to change
     * @param defaultIndicator the indicator of the page the file is uploaded on (may be null: a
     *                         multi-indicator import, every line names its indicator); when set,
     *                         lines for any other indicator are refused
     * @param knownTerritory   whether a territory code is in the registry (unknown ones are warned about)
     */
    public ObservationReader(Function<String, Optional<Target>> indicators, String defaultIndicator,
                             Predicate<String> knownTerritory) {
        this.indicators = indicators;
        this.defaultIndicator = defaultIndicator == null || defaultIndicator.isBlank() ? null : defaultIndicator;
        this.knownTerritory = knownTerritory;
    }

    public Result read(Reader source, ObservationSink sink) {
        BufferedReader in = source instanceof BufferedReader b ? b : new BufferedReader(source, 1 << 16);
        String header;
        try {
            in.mark(1 << 16);
            header = in.readLine();
            if (header == null) {
                return refused(Layout.CSV, new ImportProblem(1, "", "import.empty", ""));
            }
            in.reset();
            if (header.startsWith("\uFEFF")) {
                in.skip(1);
                header = header.substring(1);
            }
        } catch (CharacterCodingException e) {
            return refused(Layout.CSV, new ImportProblem(1, "", "import.encoding", ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Layout layout = isSdmx(header) ? Layout.SDMX_CSV : Layout.CSV;
        char delimiter = layout == Layout.SDMX_CSV ? sdmxDelimiter(header) : plainDelimiter(header);
        // RFC 4180: no trimming, empty lines kept as records so that line numbers stay exact
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setTrim(false).setIgnoreSurroundingSpaces(false).get();
        long[] lastLine = {0};
        try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
            return read(layout, parser, sink, lastLine);
        } catch (CharacterCodingException e) {
            return refused(layout, new ImportProblem(lastLine[0] + 1, "", "import.encoding", ""));
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                return refused(layout, new ImportProblem(lastLine[0] + 1, "", "import.encoding", ""));
            }
            // the parser's own message names its classes: the user gets the reason in their language
            return refused(layout, new ImportProblem(lastLine[0] + 1, "", "import.malformed", ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // commons-csv: unbalanced quotes
            return refused(layout, new ImportProblem(lastLine[0] + 1, "", "import.malformed", ""));
        }
    }

    private static Result refused(Layout layout, ImportProblem problem) {
        return new Result(layout, 0, 1, List.of(problem), List.of(), List.of(), ImportCounts.NONE);
    }

    /** SDMX-CSV: the character after {@code STRUCTURE} or after its bracket term; a comma when none. */
    static char sdmxDelimiter(String header) {
        boolean quoted = header.startsWith("\"");
        int i = "STRUCTURE".length() + (quoted ? 1 : 0);
        if (i < header.length() && header.charAt(i) == '[') {
            int close = header.indexOf(']', i);
            i = close < 0 ? header.length() : close + 1;
        }
        if (quoted && i < header.length() && header.charAt(i) == '"') {
            i++;
        }
        return i < header.length() ? header.charAt(i) : ',';
    }

    /** Plain CSV: comma, or semicolon or tab when the header has more of those outside quotes. */
    static char plainDelimiter(String header) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    /** SDMX-CSV: the first header field is STRUCTURE, alone or with a bracket term. */
    static boolean isSdmx(String header) {
        String h = header.startsWith("\"") ? header.substring(1) : header;
        if (!h.regionMatches(true, 0, "STRUCTURE", 0, 9)) {
            return false;
        }
        if (h.length() == 9) {
            return true;
        }
        char c = h.charAt(9);
        return c == '[' || !(Character.isLetterOrDigit(c) || c == '_');
    }

    /** The columns found in the header, by their SDMX id (or plain CSV name) in capitals. */
    private record Columns(Map<String, Integer> index, List<String> names) {

        static Columns of(CSVRecord header) {
            Map<String, Integer> index = new HashMap<>();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i);
                names.add(name);
                // labels=both: "REF_AREA: Reference area"; STRUCTURE[;]: the bracket term
                String id = code(name).toUpperCase(Locale.ROOT);
                if (i == 0 && STRUCTURE_HEADER.matcher(id).matches()) {
                    id = "STRUCTURE";
                }
                index.putIfAbsent(id, i);
            }
            return new Columns(index, names);
        }

        Integer get(String id) {
            return index.get(id);
        }

        String name(Integer i) {
            return i == null ? "" : names.get(i);
        }
    }

    private Result read(Layout layout, CSVParser parser, ObservationSink sink, long[] lastLine) {
        Iterator<CSVRecord> records = parser.iterator();
        if (!records.hasNext()) {
            return refused(layout, new ImportProblem(1, "", "import.empty", ""));
        }
        Columns columns = Columns.of(records.next());
        lastLine[0] = parser.getCurrentLineNumber();
        boolean sdmx = layout == Layout.SDMX_CSV;
        Integer cIndicator = columns.get("INDICATOR");
        Integer cTerritory = columns.get(sdmx ? "REF_AREA" : "TERRITORY");
        Integer cPeriod = columns.get(sdmx ? "TIME_PERIOD" : "PERIOD");
        Integer cValue = columns.get(sdmx ? "OBS_VALUE" : "VALUE");
        Integer cStatus = columns.get(sdmx ? "OBS_STATUS" : "STATUS");
        Integer cConf = sdmx ? columns.get("CONF_STATUS") : null;
        Integer cStructure = sdmx ? columns.get("STRUCTURE") : null;
        Integer cStructureId = sdmx ? columns.get("STRUCTURE_ID") : null;
        Integer cAction = sdmx ? columns.get("ACTION") : null;
        Integer cUnit = sdmx ? columns.get("UNIT_MEASURE") : columns.get("UNIT");
        Integer cUnitMult = sdmx ? columns.get("UNIT_MULT") : null;

        List<ImportProblem> problems = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        if (sdmx && cStructureId == null) {
            missing.add("STRUCTURE_ID");
        }
        if (cTerritory == null) {
            missing.add(sdmx ? "REF_AREA" : "territory");
        }
        if (cPeriod == null) {
            missing.add(sdmx ? "TIME_PERIOD" : "period");
        }
        // SDMX-CSV: a file of D rows needs no OBS_VALUE column; other rows are checked one by one
        if (cValue == null && !sdmx) {
            missing.add("value");
        }
        if (cIndicator == null && defaultIndicator == null) {
            missing.add(sdmx ? "INDICATOR" : "indicator");
        }
        if (!missing.isEmpty()) {
            for (String c : missing) {
                problems.add(new ImportProblem(1, c, "import.missingColumn", c));
            }
            return new Result(layout, 0, problems.size(), problems, List.of(), List.of(), ImportCounts.NONE);
        }

        long[] problemCount = {0};
        List<ImportProblem> warnings = new ArrayList<>();
        boolean[] rounded = {false};
        Map<String, Optional<Target>> resolved = new HashMap<>();
        Map<String, Boolean> territories = new HashMap<>();
        SeenKeys seen = new SeenKeys();
        List<ObservationRow> preview = new ArrayList<>();
        long rows = 0;
        int width = columns.names().size();
        while (records.hasNext()) {
            CSVRecord record = records.next();
            long line = lastLine[0] + 1; // a record spanning several lines is reported at its first
            lastLine[0] = parser.getCurrentLineNumber();
            if (record.size() == 1 && record.get(0).isEmpty()) {
                continue; // an empty line
            }
            rows++;
            long countBefore = problemCount[0];
            Problems p = (column, key, value, expected) -> {
                problemCount[0]++;
                if (problems.size() < PROBLEMS_KEPT) {
                    problems.add(new ImportProblem(line, columns.name(column), key, value, expected));
                }
            };
            if (record.size() != width) {
                p.add(null, "import.columnCount", Integer.toString(record.size()), Integer.toString(width));
                continue;
            }
            boolean delete = false;
            if (sdmx) {
                String structure = code(record.get(cStructure));
                if (!structure.equals("dataflow")) {
                    p.add(cStructure, "import.structure", record.get(cStructure), "");
                }
                String structureId = code(record.get(cStructureId));
                if (!SdmxDataflow.isThis(structureId)) {
                    p.add(cStructureId, structureId.isEmpty() ? "import.structureIdMissing" : "import.structureId",
                            record.get(cStructureId), SdmxDataflow.ID);
                }
                String action = cAction == null ? "" : code(record.get(cAction)).toUpperCase(Locale.ROOT);
                switch (action) {
                    case "", "I", "A", "M", "R" -> delete = false; // A: SDMX-CSV 1.0 Append
                    case "D" -> delete = true;
                    default -> p.add(cAction, "import.action", record.get(cAction), "");
                }
            }
            String indicatorCode = cIndicator == null ? defaultIndicator : code(record.get(cIndicator));
            if (indicatorCode.isEmpty() && defaultIndicator != null) {
                indicatorCode = defaultIndicator;
            }
            Target target = null;
            if (indicatorCode.isEmpty()) {
                p.add(cIndicator, delete ? "import.deleteWildcard" : "import.required", "", "");
            } else if (defaultIndicator != null && !indicatorCode.equals(defaultIndicator)) {
                p.add(cIndicator, "import.otherIndicator", indicatorCode, defaultIndicator);
            } else {
                target = resolved.computeIfAbsent(indicatorCode, indicators).orElse(null);
                if (target == null) {
                    p.add(cIndicator, "import.indicator", indicatorCode, "");
                }
            }
            String territory = code(record.get(cTerritory));
            if (territory.isEmpty()) {
                p.add(cTerritory, delete ? "import.deleteWildcard" : "import.required", "", "");
            } else if (!TERRITORY.matcher(territory).matches()) {
                p.add(cTerritory, "import.territory", territory, "");
            } else if (!territories.computeIfAbsent(territory, knownTerritory::test)) {
                territories.put(territory, true); // warn once per code
                if (warnings.size() < PROBLEMS_KEPT) {
                    warnings.add(new ImportProblem(line, columns.name(cTerritory), "import.unknownTerritory", territory));
                }
            }
            String period = record.get(cPeriod);
            if (period.isEmpty()) {
                p.add(cPeriod, delete ? "import.deleteWildcard" : "import.required", "", "");
            } else if (!SdmxTimePeriod.isValid(period)) {
                p.add(cPeriod, "import.period", period, "");
            }
            String valueText = cValue == null ? "" : record.get(cValue);
            String statusText = cStatus == null ? "" : record.get(cStatus);
            String confText = cConf == null ? "" : record.get(cConf);
            BigDecimal value = null;
            ObservationStatus status = ObservationStatus.FINAL;
            if (delete) {
                // SDMX-CSV: a D row deletes the values given (any text, e.g. "-") or, with none, the whole observation
                if (valueText.isEmpty() && !(statusText.isEmpty() && confText.isEmpty())) {
                    p.add(statusText.isEmpty() ? cConf : cStatus, "import.deleteAttribute", "", "");
                }
            } else {
                if (cValue == null) {
                    p.add(null, "import.noValueColumn", "", "");
                } else if (valueText.isEmpty()) {
                    p.add(cValue, sdmx ? "import.valueMissing" : "import.required", "", "");
                } else {
                    value = number(valueText);
                    if (value == null) {
                        p.add(cValue, "import.value", valueText, "");
                    }
                }
                if (value != null && cUnitMult != null && !record.get(cUnitMult).isEmpty()) {
                    value = multiplied(value, code(record.get(cUnitMult)));
                    if (value == null) {
                        p.add(cUnitMult, "import.unitMult", record.get(cUnitMult), "");
                    }
                }
                if (value != null) {
                    BigDecimal stored = stored(value);
                    // the store keeps 6 decimals: said once a file, with what is kept (1e-7 would be 0)
                    if (stored.compareTo(value) != 0 && !rounded[0] && warnings.size() < PROBLEMS_KEPT) {
                        rounded[0] = true;
                        warnings.add(new ImportProblem(line, columns.name(cValue), "import.rounded", value.toPlainString(),
                                Observation.canonical(stored).toPlainString()));
                    }
                    value = stored;
                }
                if (cStatus != null) {
                    Optional<ObservationStatus> s = ObservationStatus.parse(code(statusText));
                    if (s.isEmpty() || !statusText.equals(statusText.strip())) {
                        p.add(cStatus, "import.status", statusText, "");
                    } else {
                        status = s.get();
                    }
                }
                if ("C".equalsIgnoreCase(code(confText))) {
                    status = ObservationStatus.CONFIDENTIAL;
                }
                if (target != null && cUnit != null && !record.get(cUnit).isEmpty()
                        && !SdmxDataflow.sameUnit(code(record.get(cUnit)), target.unit())) {
                    p.add(cUnit, "import.unit", record.get(cUnit),
                            target.unit() + " (" + SdmxDataflow.unitCode(target.unit()) + ")");
                }
            }
            if (problemCount[0] > countBefore) {
                continue;
            }
            ObservationRow row = new ObservationRow(line, target.id(), target.code(), territory, period, value, status, delete);
            long first = seen.firstLine(row.key(), line);
            if (first != 0) {
                p.add(cPeriod, "import.duplicate", indicatorCode + " " + territory + " " + period, Long.toString(first));
                continue;
            }
            if (preview.size() < PREVIEW_ROWS) {
                preview.add(row);
            }
            if (problemCount[0] == 0) {
                sink.accept(row);
            }
        }
        ImportCounts counts = problemCount[0] == 0 ? sink.finish() : ImportCounts.NONE;
        return new Result(layout, rows, problemCount[0], List.copyOf(problems), List.copyOf(warnings),
                List.copyOf(preview), counts);
    }

    @FunctionalInterface
    private interface Problems {
        void add(Integer column, String key, String value, String expected);
    }

    /** "RS11: Belgrade" → "RS11" (SDMX-CSV's labels=both); anything else as it is. */
    private static String code(String text) {
        int colon = text.indexOf(": ");
        return colon > 0 ? text.substring(0, colon) : text;
    }

    /**
     * A decimal with a dot and no thousands separators (an exponent allowed) that fits
     * DECIMAL(20,6): at most 14 integer digits. As written: more than 6 decimals are rounded when
     * stored ({@link #stored}), and the import warns of it.
     */
    static BigDecimal number(String text) {
        if (!NUMBER.matcher(text).matches()) {
            return null;
        }
        return fit(new BigDecimal(text));
    }

    private static BigDecimal fit(BigDecimal value) {
        return stored(value).abs().compareTo(MAX) > 0 ? null : value;
    }

    /** The value as DECIMAL(20,6) keeps it: more than 6 decimals rounded half to even. */
    static BigDecimal stored(BigDecimal value) {
        return value.scale() > 6 ? value.setScale(6, RoundingMode.HALF_EVEN) : value;
    }

    /** SDMX UNIT_MULT: the value is in units of 10^mult (3 = thousands); an integer code. */
    private static BigDecimal multiplied(BigDecimal value, String mult) {
        if (!mult.matches("-?\\d{1,2}")) {
            return null;
        }
        int m = Integer.parseInt(mult);
        return Math.abs(m) > MAX_UNIT_MULT ? null : fit(value.scaleByPowerOfTen(m));
    }
}
