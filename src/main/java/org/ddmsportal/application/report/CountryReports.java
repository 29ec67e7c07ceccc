package org.ddmsportal.application.report;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ddmsportal.application.agreement.AgreementQueries;
import org.ddmsportal.application.audit.ChangeMarks;
import org.ddmsportal.application.casestudy.CaseStudyQueries;
import org.ddmsportal.application.dashboard.DashboardService;
import org.ddmsportal.application.data.IndicatorService;
import org.ddmsportal.application.partnership.PartnershipService;
import org.ddmsportal.application.pilot.PilotService;
import org.ddmsportal.application.shared.AccessDeniedException;
import org.ddmsportal.application.shared.MessagePatterns;
import org.ddmsportal.application.shared.BoundedGate;
import org.ddmsportal.application.shared.MarkedCache;
import org.ddmsportal.application.shared.NotFoundException;
import org.ddmsportal.application.shared.PdfRenderer;
import org.ddmsportal.application.shared.ShortText;
import org.ddmsportal.application.shared.Templates;
import org.ddmsportal.application.shared.WorkbookWriter;
import org.ddmsportal.application.workflow.WorkflowEngine;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.casestudy.CaseStudy;
import org.ddmsportal.domain.data.Indicator;
import org.ddmsportal.domain.data.Observation;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.domain.reference.Country;
import org.ddmsportal.domain.reference.ReferenceRepository;
import org.ddmsportal.domain.report.ReportPolicy;
import org.ddmsportal.domain.report.ReportRepository;
import org.ddmsportal.domain.report.ReportRepository.Counted;
import org.ddmsportal.domain.report.ReportRepository.LessonRow;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;
import org.ddmsportal.domain.shared.Scope;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The management reports (issue 14): a country's report — its partnerships with status,
 * agreements with status and expiry, pilots with their GSBPM phase, indicators with a chart of
 * their latest values, case studies and lessons — and the cross-country summary, each as PDF
 * and XLSX, in the reader's language. Who may have them: {@link ReportPolicy}.
 *
 * <p>The country's records come through their own use cases with the country as the list's
 * filter, so each section holds what the reader's list of that kind holds for the country (the
 * agreements by {@code AgreementPolicy.listScope}, the case studies by {@code CaseStudyPolicy});
 * the summary's figures are GROUP BY queries ({@link ReportRepository}).
 *
 * <p><b>Made once per change, a few at a time</b> (issue 14: Serbia's PDF took 7.5 s and sixteen
 * at once exhausted the heap). {@link ReportPolicy} is asked on every request, first; then the
 * finished file (its bytes) is taken from a {@link MarkedCache} keyed by (country or summary,
 * format, language, confidential values or not), kept under the audit trail's change mark and
 * the day ({@link ChangeMarks}, read <em>before</em> computing, as the dashboards do): any
 * committed change through the portal or a new day makes the next request compute it anew, and
 * {@code app.report.cache-seconds} (default 300) bounds changes made outside the portal. A file
 * is the same for everyone the policy lets have it under one key: administrators and
 * coordinators read all of a country, its manager all of their own country (every section's list
 * scope and the pipeline's dashboard policy give them the same rows), so the first reader's file
 * serves the others — except the charts' confidential values, which only those who manage the
 * country's records see: that is the key's fourth part ({@link FileKey}). <b>Memory:</b> at most
 * {@value #FILES} files, the oldest out first; a country's PDF of 1,000 rows a section is (estimated)
 * 0.5–1 MB and its workbook less, so the files take some 32 MB at worst — less than one report
 * took to render. A file that is not kept is made in one of {@code app.report.concurrency}
 * places (default 2, {@link BoundedGate}); a request that finds none free within
 * {@code app.report.wait-ms} (2 s) is refused with 503 and {@code Retry-After}
 * ({@code app.report.retry-after-seconds}), never queued; a kept file takes no place.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CountryReports {

    /** Rows a section prints at most; the note says when there are more. */
    public static final int MAX_ROWS = 1000;

    /** Indicators charted at most (one query each for the latest values). */
    public static final int CHARTS = 12;

    private static final String BUNDLE = "i18n.messages";

    /** The cross-country summary's place among the kept files' keys (no country is called that). */
    private static final String SUMMARY = "*";

    /** Files kept at most (see the class comment for the memory they take). */
    static final int FILES = 32;

    /** A report file: its name, media type and bytes. */
    public record ReportFile(String fileName, String contentType, byte[] content) {
    }

    public enum Format {
        PDF("application/pdf", "pdf"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        private final String contentType;
        private final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }
    }

    @Inject
    PartnershipService partnerships;

    @Inject
    DashboardService dashboards;

    @Inject
    AgreementQueries agreements;

    @Inject
    PilotService pilots;

    @Inject
    IndicatorService indicators;

    @Inject
    CaseStudyQueries caseStudies;

    @Inject
    ReportRepository reports;

    @Inject
    ReferenceRepository reference;

    @Inject
    WorkflowEngine workflow;

    @Inject
    Templates templates;

    @Inject
    PdfRenderer pdf;

    @Inject
    WorkbookWriter workbooks;

    @Inject
    Clock clock;

    @Inject
    ChangeMarks marks;

    @Inject
    @ConfigProperty(name = "app.report.concurrency", defaultValue = "2")
    int concurrency;

    @Inject
    @ConfigProperty(name = "app.report.wait-ms", defaultValue = "2000")
    long waitMillis;

    @Inject
    @ConfigProperty(name = "app.report.retry-after-seconds", defaultValue = "10")
    int retryAfterSeconds;

    @Inject
    @ConfigProperty(name = "app.report.cache-seconds", defaultValue = "300")
    long cacheSeconds;

    /** Key: (country's alpha-2 code or {@link #SUMMARY}, format, language, confidential values or not). */
    private MarkedCache<FileKey, ReportFile> files;
    private BoundedGate gate;

    /**
     * A kept file: whose report (a country's alpha-2 code, or {@link #SUMMARY}), in which format and
     * language, and whether its charts hold the country's confidential values — those who manage
     * the country's records see them ({@link Scope#managesCountry}, the rule behind
     * {@code IndicatorService.mayEdit}), coordinators do not.
     */
    record FileKey(String report, Format format, String language, boolean confidential) {
    }

    @PostConstruct
    void createCacheAndGate() {
        files = new MarkedCache<>(Duration.ofSeconds(cacheSeconds), FILES, clock);
        gate = new BoundedGate(concurrency, Duration.ofMillis(waitMillis), "report.busy", retryAfterSeconds);
    }

    /** The country's report as a file; 403 if the actor may not have it, 404 for an unknown country. */
    public ReportFile countryFile(@NotNull Actor actor, String alpha2, @NotNull Format format, Locale locale) {
        String code = code(alpha2);
        if (!ReportPolicy.mayReadCountry(actor, code)) {
            throw new AccessDeniedException();
        }
        Locale l = MessagePatterns.spoken(locale);
        return kept(new FileKey(code, format, l.getLanguage(), Scope.managesCountry(actor, code)), day -> {
            CountryReport report = compose(actor, code, l, day);
            String name = "country-report-" + report.countryCode() + "-" + day + "." + format.extension;
            return new ReportFile(name, format.contentType, format == Format.PDF ? countryPdf(report) : countryXlsx(report));
        });
    }

    /** The cross-country summary as a file; 403 for anyone but coordinators and administrators. */
    public ReportFile summaryFile(@NotNull Actor actor, @NotNull Format format, Locale locale) {
        if (!ReportPolicy.mayReadSummary(actor)) {
            throw new AccessDeniedException();
        }
        Locale l = MessagePatterns.spoken(locale);
        return kept(new FileKey(SUMMARY, format, l.getLanguage(), false), day -> {
            Summary summary = summary(actor, l);
            String name = "cross-country-summary-" + day + "." + format.extension;
            byte[] bytes = format == Format.PDF
                    ? pdf.pdf(templates.html("documents/report", model(summary.title(), summary.generated(),
                            summary.language(), summary.sections(), List.of(), null)))
                    : workbooks.xlsx(summary.sections().stream().map(CountryReports::sheet).toList());
            return new ReportFile(name, format.contentType, bytes);
        });
    }

    /**
     * The file kept for {@code key} under the current change mark, read before anything is
     * computed; else made in one of the gate's places (a kept file takes none). Several asking
     * for the same missing file: one makes it, the others are given it ({@link MarkedCache}).
     */
    private ReportFile kept(FileKey key, java.util.function.Function<LocalDate, ReportFile> make) {
        ChangeMarks.Mark mark = marks.current();
        return files.find(key, mark).orElseGet(() -> gate.run(() -> files.get(key, mark, () -> make.apply(mark.day()))));
    }

    /** The country's report as data (see {@link CountryReport}). */
    public CountryReport country(@NotNull Actor actor, String alpha2, Locale locale) {
        String code = code(alpha2);
        if (!ReportPolicy.mayReadCountry(actor, code)) {
            throw new AccessDeniedException();
        }
        return compose(actor, code, MessagePatterns.spoken(locale), LocalDate.now(clock));
    }

    /** The alpha-2 code asked for; 404 for what cannot be one. */
    private static String code(String alpha2) {
        String code = alpha2 == null ? "" : alpha2.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2}")) {
            throw new NotFoundException();
        }
        return code;
    }

    private CountryReport compose(Actor actor, String code, Locale l, LocalDate today) {
        Country country = reference.country(code).orElseThrow(NotFoundException::new);
        Texts t = new Texts(l);
        Map<String, String> filter = Map.of("country", code);
        List<CountryReport.Section> sections = new ArrayList<>();
        sections.add(partnerships(actor, filter, t));
        sections.add(agreements(actor, filter, t));
        sections.add(pilots(actor, filter, t));
        Page<Indicator> found = indicators.search(actor, request(filter, "code"));
        sections.add(section("indicators", t, List.of("report.col.code", "report.col.name", "report.col.unit",
                "report.col.sdg"), found, i -> List.of(i.getCode(), i.nameIn(l), text(i.getUnit()),
                i.getSdg() == null ? "" : i.getSdg().getCode())));
        sections.add(caseStudies(actor, filter, t));
        sections.add(lessons(code, t));
        String name = country.nameIn(l);
        return new CountryReport(code, name, t.get("report.country.title", name), t.date(today),
                l.getLanguage(), pipeline(actor, code, t), sections, charts(actor, found.rows(), l),
                t.get("report.charts"));
    }

    /**
     * The partnership pipeline of the country (prospect → MoU signed → data-sharing agreement
     * signed → data flowing → indicator published → decision recorded), as the management dashboard
     * computes it ({@link DashboardService#pipeline}): a row per stage with its count and the
     * partnership stalled longest at it, with its last activity. Empty when the reader may not see
     * that dashboard's country (the report's own policy is checked before).
     */
    CountryReport.Section pipeline(Actor actor, String alpha2, Texts t) {
        List<DashboardService.Stage> stages;
        try {
            stages = dashboards.pipeline(actor, alpha2);
        } catch (AccessDeniedException e) {
            return null;
        }
        List<List<Object>> rows = new ArrayList<>();
        for (DashboardService.Stage s : stages) {
            var oldest = s.stalled().isEmpty() ? null : s.stalled().get(0);
            rows.add(List.of(t.get("PipelineStage." + s.stage().name()), s.count(),
                    oldest == null ? "" : oldest.title(),
                    oldest == null || oldest.lastActivity() == null ? ""
                            : t.date(LocalDate.ofInstant(oldest.lastActivity(), clock.getZone()))));
        }
        return new CountryReport.Section("pipeline", t.get("report.pipeline"),
                List.of(t.get("report.col.stage"), t.get("report.col.count"), t.get("report.col.stalled"),
                        t.get("report.col.lastActivity")), rows, rows.size(), null);
    }

    private CountryReport.Section partnerships(Actor actor, Map<String, String> filter, Texts t) {
        return section("partnerships", t, List.of("report.col.title", "report.col.lead", "report.col.type",
                        "report.col.status", "report.col.start", "report.col.end"),
                partnerships.search(actor, request(filter, "title")),
                (Partnership p) -> List.of(p.getTitle(), p.getLead().getLabel(),
                        t.get("PartnershipType." + p.getType().name()),
                        t.get("Status." + Partnership.WORKFLOW + "." + p.getStatus()), t.date(p.getStartDate()),
                        t.date(p.getEndDate())));
    }

    private CountryReport.Section agreements(Actor actor, Map<String, String> filter, Texts t) {
        return section("agreements", t, List.of("report.col.reference", "report.col.title", "report.col.kind",
                        "report.col.status", "report.col.effective", "report.col.expiry"),
                agreements.search(actor, request(filter, "reference")),
                (Agreement a) -> List.of(a.getReference(), a.getTitle(), t.get("AgreementKind." + a.getKind().name()),
                        t.get("Status." + Agreement.WORKFLOW + "." + a.getStatus()), t.date(a.getEffectiveDate()),
                        t.date(a.getExpiryDate())));
    }

    private CountryReport.Section pilots(Actor actor, Map<String, String> filter, Texts t) {
        return section("pilots", t, List.of("report.col.title", "report.col.city", "report.col.phase",
                        "report.col.status"),
                pilots.search(actor, request(filter, "title")),
                (Pilot p) -> List.of(p.getTitle(), p.getCity().getName(), t.get("Status.pilot-phase." + p.getPhase()),
                        t.get("Status." + Pilot.WORKFLOW + "." + p.getStatus())));
    }

    private CountryReport.Section caseStudies(Actor actor, Map<String, String> filter, Texts t) {
        return section("caseStudies", t, List.of("report.col.title", "report.col.status", "report.col.published"),
                caseStudies.search(actor, request(filter, "title")),
                (CaseStudy c) -> List.of(c.getTitle(), t.get("Status." + CaseStudy.WORKFLOW + "." + c.getStatus()),
                        c.getPublishedAt() == null ? "" : t.date(LocalDate.ofInstant(c.getPublishedAt(), clock.getZone()))));
    }

    private CountryReport.Section lessons(String code, Texts t) {
        List<LessonRow> rows = reports.lessonsOf(code, MAX_ROWS);
        long total = rows.size() < MAX_ROWS ? rows.size() : reports.countLessons(code);
        return section("lessons", t, List.of("report.col.category", "report.col.about", "report.col.lesson"),
                new Page<>(rows, total), (LessonRow x) -> List.of(t.get("LessonCategory." + x.category().name()),
                        text(x.about()), ShortText.abbreviate(x.text(), 600)));
    }

    /**
     * A chart of each indicator's latest value per territory (those of the first {@link #CHARTS}
     * with values): their values in one read, the territories' names in another.
     */
    private List<CountryReport.Chart> charts(Actor actor, List<Indicator> list, Locale locale) {
        List<Indicator> first = list.subList(0, Math.min(CHARTS, list.size()));
        Map<String, List<Observation>> latestByCode = first.isEmpty() ? Map.of() : indicators.latest(actor, first);
        Map<Indicator, List<Observation>> charted = new LinkedHashMap<>();
        for (Indicator i : first) {
            List<Observation> latest = latestByCode.getOrDefault(i.getCode(), List.of()).stream()
                    .filter(o -> o.value() != null).limit(20).toList();
            if (!latest.isEmpty()) {
                charted.put(i, latest);
            }
        }
        Set<String> territories = charted.values().stream().flatMap(List::stream).map(Observation::territory)
                .collect(Collectors.toSet());
        Map<String, String> names = territories.isEmpty() ? Map.of() : indicators.territoryNames(territories);
        List<CountryReport.Chart> charts = new ArrayList<>();
        charted.forEach((i, latest) -> {
            BigDecimal max = latest.stream().map(o -> o.value().abs()).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
            List<CountryReport.Bar> bars = latest.stream().map(o -> new CountryReport.Bar(
                    names.getOrDefault(o.territory(), o.territory()) + " (" + o.period() + ")", o.value(),
                    max.signum() == 0 ? 0 : o.value().abs().multiply(BigDecimal.valueOf(100))
                            .divide(max, 0, java.math.RoundingMode.HALF_UP).intValue())).toList();
            charts.add(new CountryReport.Chart(i.getCode() + " · " + i.nameIn(locale), text(i.getUnit()), bars));
        });
        return charts;
    }

    /** The cross-country summary: one table per figure, country by status (or GSBPM phase). */
    public record Summary(String title, String generated, String language, List<CountryReport.Section> sections) {
    }

    public Summary summary(@NotNull Actor actor, Locale locale) {
        if (!ReportPolicy.mayReadSummary(actor)) {
            throw new AccessDeniedException();
        }
        Locale l = MessagePatterns.spoken(locale);
        Texts t = new Texts(l);
        Map<String, String> names = new HashMap<>();
        for (Country c : reference.allCountries()) {
            names.put(c.getAlpha2(), c.nameIn(l));
        }
        List<CountryReport.Section> sections = new ArrayList<>();
        sections.add(crossTable("partnerships", Counted.PARTNERSHIP_STATUS, Partnership.WORKFLOW, names, t));
        sections.add(crossTable("agreements", Counted.AGREEMENT_STATUS, Agreement.WORKFLOW, names, t));
        sections.add(crossTable("pilots", Counted.PILOT_STATUS, Pilot.WORKFLOW, names, t));
        sections.add(crossTable("pilotPhases", Counted.PILOT_PHASE, "pilot-phase", names, t));
        sections.add(crossTable("caseStudies", Counted.CASE_STUDY_STATUS, CaseStudy.WORKFLOW, names, t));
        return new Summary(t.get("report.summary.title"), t.date(LocalDate.now(clock)), l.getLanguage(), sections);
    }

    private CountryReport.Section crossTable(String key, Counted counted, String workflowName, Map<String, String> names,
                                             Texts t) {
        Map<String, Map<String, Long>> counts = reports.countByCountry(counted);
        List<String> values = counted == Counted.PILOT_PHASE ? List.of("1", "2", "3", "4", "5", "6", "7", "8")
                : workflow.definition(workflowName).states();
        List<String> headers = new ArrayList<>();
        headers.add(t.get("report.col.country"));
        headers.add(t.get("report.col.total"));
        for (String v : values) {
            headers.add(t.get("Status." + workflowName + "." + v));
        }
        List<List<Object>> rows = new ArrayList<>();
        Map<String, Map<String, Long>> byName = new java.util.TreeMap<>();
        counts.forEach((code, perValue) -> byName.put(names.getOrDefault(code, code) + " (" + code + ")", perValue));
        byName.forEach((country, perValue) -> {
            List<Object> row = new ArrayList<>();
            row.add(country);
            row.add(perValue.values().stream().mapToLong(Long::longValue).sum());
            for (String v : values) {
                row.add(perValue.getOrDefault(v, 0L));
            }
            rows.add(row);
        });
        return new CountryReport.Section(key, t.get("report.summary." + key), headers, rows, rows.size(),
                rows.isEmpty() ? t.get("report.empty") : null);
    }

    // --- rendering ---

    byte[] countryPdf(CountryReport r) {
        return pdf.pdf(templates.html("documents/report", model(r.title(), r.generated(), r.language(), r.printed(),
                r.charts(), r.chartsTitle())));
    }

    byte[] countryXlsx(CountryReport r) {
        List<WorkbookWriter.Sheet> sheets = new ArrayList<>();
        for (CountryReport.Section s : r.printed()) {
            sheets.add(sheet(s));
        }
        return workbooks.xlsx(sheets);
    }

    private static WorkbookWriter.Sheet sheet(CountryReport.Section s) {
        return new WorkbookWriter.Sheet(s.title(), s.note() == null ? s.title() : s.title() + " — " + s.note(),
                s.headers(), s.rows());
    }

    /** The model of {@code templates/documents/report.html}: values escaped by Mustache. */
    public static Map<String, Object> model(String title, String generated, String language, List<CountryReport.Section> sections,
                                     List<CountryReport.Chart> charts, String chartsTitle) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("generated", generated);
        m.put("language", language);
        List<Map<String, Object>> ss = new ArrayList<>();
        for (CountryReport.Section s : sections) {
            Map<String, Object> sm = new HashMap<>();
            sm.put("key", s.key());
            sm.put("title", s.title());
            sm.put("note", s.note());
            sm.put("headers", s.headers());
            sm.put("hasRows", !s.rows().isEmpty());
            sm.put("rows", s.rows().stream().map(r -> Map.of("cells",
                    r.stream().map(c -> c == null ? "" : c.toString()).toList())).toList());
            ss.add(sm);
            if ("indicators".equals(s.key()) && !charts.isEmpty()) {
                Map<String, Object> cm = new HashMap<>();
                cm.put("chartsTitle", chartsTitle);
                cm.put("charts", charts.stream().map(c -> Map.of("title", c.title(), "unit", c.unit(), "bars",
                        c.bars().stream().map(b -> Map.of("label", b.label(), "value", b.value().toPlainString(),
                                "percent", Math.max(1, b.percent()))).toList())).toList());
                sm.put("chartBlock", cm);
            }
        }
        m.put("sections", ss);
        return m;
    }

    // --- helpers ---

    private static PageRequest request(Map<String, String> filter, String sort) {
        return new PageRequest(0, MAX_ROWS, sort, true, filter, null);
    }

    private static <T> CountryReport.Section section(String key, Texts t, List<String> headerKeys, Page<T> page,
                                                     Function<T, List<Object>> row) {
        List<List<Object>> rows = page.rows().stream().map(row).toList();
        String note = rows.isEmpty() ? t.get("report.empty")
                : page.total() > rows.size() ? t.get("report.cut", rows.size(), page.total()) : null;
        return new CountryReport.Section(key, t.get("report.section." + key),
                headerKeys.stream().map(t::get).toList(), rows, page.total(), note);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** The reader's texts: the views' bundle, in their language. */
    static final class Texts {
        private final Locale locale;
        private final ResourceBundle bundle;
        private final DateTimeFormatter dates;

        Texts(Locale locale) {
            this.locale = locale;
            this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
            this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        }

        String get(String key, Object... arguments) {
            String pattern;
            try {
                pattern = bundle.getString(key);
            } catch (MissingResourceException e) {
                return key;
            }
            return arguments.length == 0 ? pattern : MessagePatterns.format(pattern, locale, arguments);
        }

        String date(LocalDate d) {
            return d == null ? "" : dates.format(d);
        }
    }
}
