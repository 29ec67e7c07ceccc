package org.ddmsportal.application.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.ddmsportal.application.audit.ChangeMarks;
import org.ddmsportal.application.shared.AccessDeniedException;
import org.ddmsportal.application.shared.MarkedCache;
import org.ddmsportal.domain.dashboard.DashboardPolicy;
import org.ddmsportal.domain.dashboard.DashboardRepository;
import org.ddmsportal.domain.dashboard.DashboardRepository.AgreementDeadlines;
import org.ddmsportal.domain.dashboard.DashboardRepository.CityPoint;
import org.ddmsportal.domain.dashboard.DashboardRepository.CountryTally;
import org.ddmsportal.domain.dashboard.DashboardRepository.DatasetCoverage;
import org.ddmsportal.domain.dashboard.DashboardRepository.OverdueCount;
import org.ddmsportal.domain.dashboard.DashboardRepository.OverdueMilestone;
import org.ddmsportal.domain.dashboard.DashboardRepository.PendingSignature;
import org.ddmsportal.domain.dashboard.DashboardRepository.PhaseTime;
import org.ddmsportal.domain.dashboard.DashboardRepository.ReviewItem;
import org.ddmsportal.domain.dashboard.DashboardRepository.StalledPartnership;
import org.ddmsportal.domain.dashboard.DashboardRepository.Tally;
import org.ddmsportal.domain.partnership.PartnershipHealth;
import org.ddmsportal.domain.partnership.PipelineStage;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Filters;

/**
 * The dashboards: figures a manager or a coordinator looks at, each a count the database made
 * ({@link DashboardRepository}) for the country {@link DashboardPolicy} allows. Reads only.
 *
 * <p>A dashboard is the same for everyone allowed to see it (a country's, all countries', the
 * coordinators'), and costs a few aggregate statements over the whole country — over all 20,000
 * partnerships for "all countries". So each is computed once per change: kept in a
 * {@link MarkedCache} under the audit trail's change mark and the day ({@link ChangeMarks}),
 * computed anew after any committed change (exact, as without the cache), and at the latest
 * after {@code app.dashboard.cache-seconds} (default 300) for changes made outside the portal.
 * The policy is checked on every request, before the cache.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DashboardService {

    /** How many partnerships each pipeline stage lists (stalled longest first). */
    public static final int STALLED_PER_STAGE = 3;
    public static final int LIST_LIMIT = 10;
    public static final int REVIEW_LIMIT = 20;
    public static final int CITY_LIMIT = 500;

    @Inject
    DashboardRepository repository;

    @Inject
    Clock clock;

    @Inject
    ChangeMarks marks;

    /** Key: the country's alpha-2 code, or {@link #ALL} for all countries. */
    private MarkedCache<String, NsiDashboard> nsiDashboards;
    private MarkedCache<String, CoordinatorDashboard> coordinatorDashboards;

    private static final String ALL = "*";

    /**
     * Numbers each computed dashboard ({@code computation} of the records), so that a page may keep
     * what it rendered from one (OmniFaces' {@code o:cache}, keyed by it and the language) exactly
     * as long as the dashboard itself is kept.
     */
    private final AtomicLong computations = new AtomicLong();

    @PostConstruct
    void createCaches() {
        nsiDashboards = marks.newCache(64);
        coordinatorDashboards = marks.newCache(1);
    }

    /** A stage of the pipeline: its count and the partnerships stalled longest at it. */
    public record Stage(PipelineStage stage, long count, List<StalledPartnership> stalled) {
    }

    /** The NSI management dashboard of a country ({@code country} null: all countries). */
    public record NsiDashboard(String country, LocalDate today, List<Stage> pipeline,
                               Map<PartnershipHealth.Status, Long> health, AgreementDeadlines deadlines,
                               List<PendingSignature> pendingSignatures, Map<Integer, Map<String, Long>> pilotsByPhase,
                               OverdueCount overdue, List<OverdueMilestone> overdueMilestones, DatasetCoverage datasets,
                               List<CityPoint> cities, long computation) {

        public long openPartnerships() {
            return pipeline.stream().mapToLong(Stage::count).sum();
        }

        public long pilots(int phase, String status) {
            return pilotsByPhase.getOrDefault(phase, Map.of()).getOrDefault(status, 0L);
        }

        public long pilots(int phase) {
            return pilotsByPhase.getOrDefault(phase, Map.of()).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** A row of the cross-country table. */
    public record CountryRow(String country, Map<String, Long> partnerships, long agreementsSigned,
                             Map<Integer, Long> pilotsByPhase, Map<String, Long> caseStudies, Instant lastActivity) {

        public long partnerships(String status) {
            return partnerships.getOrDefault(status, 0L);
        }

        public long pilots(int phase) {
            return pilotsByPhase.getOrDefault(phase, 0L);
        }

        public long caseStudies(String status) {
            return caseStudies.getOrDefault(status, 0L);
        }
    }

    /** Time in a GSBPM phase: stays and average days, per country and across countries. */
    public record PhaseStay(int phase, Map<String, PhaseTime> byCountry, long stays, long days) {

        public double averageDays() {
            return stays == 0 ? 0 : (double) days / stays;
        }

        public PhaseTime in(String country) {
            return byCountry.get(country);
        }
    }

    public record CoordinatorDashboard(Instant now, List<ReviewItem> reviewQueue, long reviewTotal,
                                       List<CountryRow> countries, List<PhaseStay> phases,
                                       Map<String, Map<String, Long>> lessons, long computation) {

        public long lessons(String category, String phase) {
            return lessons.getOrDefault(category, Map.of()).getOrDefault(phase, 0L);
        }
    }

    /**
     * The partnership pipeline of a country ({@code null}: all countries) as the management
     * dashboard shows it, for whoever may see that dashboard of that country (the country report
     * prints it too).
     *
     * @throws AccessDeniedException for partners' contacts, and for an NSI user asking for another country
     */
    public List<Stage> pipeline(@NotNull Actor actor, String requestedCountry) {
        String country = DashboardPolicy.nsiCountry(actor, Filters.code(requestedCountry))
                .orElseThrow(AccessDeniedException::new).country();
        return nsi(country).pipeline();
    }

    private List<Stage> pipeline(String country, LocalDate today) {
        Map<PipelineStage, List<StalledPartnership>> byStage = new EnumMap<>(PipelineStage.class);
        Map<PipelineStage, Long> counts = new EnumMap<>(PipelineStage.class);
        for (StalledPartnership p : repository.pipeline(country, today, STALLED_PER_STAGE)) {
            byStage.computeIfAbsent(p.stage(), s -> new ArrayList<>()).add(p);
            counts.put(p.stage(), p.stageCount());
        }
        List<Stage> pipeline = new ArrayList<>();
        for (PipelineStage s : PipelineStage.values()) {
            pipeline.add(new Stage(s, counts.getOrDefault(s, 0L), byStage.getOrDefault(s, List.of())));
        }
        return pipeline;
    }

    /**
     * The NSI management dashboard for the country asked for ({@code null}: the user's own, or all
     * for coordinators and administrators).
     *
     * @throws AccessDeniedException for partners' contacts, and for an NSI user asking for another country
     */
    public NsiDashboard nsi(@NotNull Actor actor, String requestedCountry) {
        String country = DashboardPolicy.nsiCountry(actor, Filters.code(requestedCountry))
                .orElseThrow(AccessDeniedException::new).country();
        return nsi(country);
    }

    private NsiDashboard nsi(String country) {
        ChangeMarks.Mark mark = marks.current();
        return nsiDashboards.get(country == null ? ALL : country, mark, () -> computeNsi(country, mark.day()));
    }

    private NsiDashboard computeNsi(String country, LocalDate today) {
        List<Stage> pipeline = pipeline(country, today);
        Map<PartnershipHealth.Status, Long> health = new EnumMap<>(PartnershipHealth.Status.class);
        for (PartnershipHealth.Status s : PartnershipHealth.Status.values()) {
            health.put(s, 0L);
        }
        for (Tally t : repository.health(country, today)) {
            if (t.key() != null) {
                health.put(PartnershipHealth.Status.valueOf(t.key()), t.count());
            }
        }
        Map<Integer, Map<String, Long>> pilots = new TreeMap<>();
        for (Tally t : repository.pilotsByPhaseAndStatus(country)) {
            pilots.computeIfAbsent(Integer.valueOf(t.key()), k -> new LinkedHashMap<>()).put(t.sub(), t.count());
        }
        return new NsiDashboard(country, today, pipeline, health, repository.agreementDeadlines(country, today),
                repository.pendingSignatures(country, LIST_LIMIT), pilots, repository.overdueMilestones(country, today),
                repository.oldestOverdueMilestones(country, today, LIST_LIMIT), repository.datasetCoverage(country, today),
                repository.pilotCities(country, CITY_LIMIT), computations.incrementAndGet());
    }

    /**
     * The coordinators' dashboard: the review queue, the cross-country table, where pilots stall,
     * lessons by category and phase.
     *
     * @throws AccessDeniedException for anyone but coordinators and administrators
     */
    public CoordinatorDashboard coordinator(@NotNull Actor actor) {
        if (!DashboardPolicy.mayReadCoordinator(actor)) {
            throw new AccessDeniedException();
        }
        return coordinatorDashboards.get(ALL, marks.current(), this::computeCoordinator);
    }

    private CoordinatorDashboard computeCoordinator() {
        Instant now = clock.instant();
        List<ReviewItem> queue = repository.reviewQueue(REVIEW_LIMIT);
        Map<String, Map<String, Long>> partnerships = new TreeMap<>();
        Map<String, Long> signed = new TreeMap<>();
        Map<String, Map<Integer, Long>> pilots = new TreeMap<>();
        Map<String, Map<String, Long>> caseStudies = new TreeMap<>();
        Map<String, Instant> last = new TreeMap<>();
        for (CountryTally t : repository.crossCountry()) {
            switch (t.kind()) {
                case "partnerships" -> partnerships.computeIfAbsent(t.country(), k -> new TreeMap<>()).put(t.sub(), t.count());
                case "agreements" -> {
                    if ("SIGNED".equals(t.sub()) || "ACTIVE".equals(t.sub())) {
                        signed.merge(t.country(), t.count(), Long::sum);
                    }
                }
                case "pilots" -> pilots.computeIfAbsent(t.country(), k -> new TreeMap<>()).put(Integer.valueOf(t.sub()), t.count());
                case "caseStudies" -> caseStudies.computeIfAbsent(t.country(), k -> new TreeMap<>()).put(t.sub(), t.count());
                default -> throw new IllegalStateException(t.kind());
            }
            if (t.last() != null) {
                last.merge(t.country(), t.last(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        List<CountryRow> rows = new ArrayList<>();
        for (String c : last.keySet()) {
            rows.add(new CountryRow(c, partnerships.getOrDefault(c, Map.of()), signed.getOrDefault(c, 0L),
                    pilots.getOrDefault(c, Map.of()), caseStudies.getOrDefault(c, Map.of()), last.get(c)));
        }
        Map<Integer, Map<String, PhaseTime>> byPhase = new TreeMap<>();
        for (PhaseTime t : repository.phaseTimes(now)) {
            byPhase.computeIfAbsent(t.phase(), k -> new TreeMap<>()).put(t.country(), t);
        }
        List<PhaseStay> phases = new ArrayList<>();
        for (int phase = 1; phase <= 8; phase++) {
            Map<String, PhaseTime> m = byPhase.getOrDefault(phase, Map.of());
            phases.add(new PhaseStay(phase, m, m.values().stream().mapToLong(PhaseTime::stays).sum(),
                    m.values().stream().mapToLong(PhaseTime::days).sum()));
        }
        Map<String, Map<String, Long>> lessons = new TreeMap<>();
        for (Tally t : repository.lessonsByCategoryAndPhase()) {
            lessons.computeIfAbsent(t.key(), k -> new TreeMap<>()).put(t.sub() == null ? "" : t.sub(), t.count());
        }
        return new CoordinatorDashboard(now, queue, queue.isEmpty() ? 0 : queue.get(0).total(), rows, phases, lessons,
                computations.incrementAndGet());
    }
}
