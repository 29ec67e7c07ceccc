package org.ddmsportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.ddmsportal.application.dashboard.DashboardService;
import org.ddmsportal.application.dashboard.DashboardService.CoordinatorDashboard;
import org.ddmsportal.application.dashboard.DashboardService.CountryRow;
import org.ddmsportal.application.dashboard.DashboardService.NsiDashboard;
import org.ddmsportal.application.dashboard.WorkspaceFigures;
import org.ddmsportal.application.shared.AccessDeniedException;
import org.ddmsportal.domain.agreement.AgreementCriteria;
import org.ddmsportal.domain.agreement.AgreementPolicy;
import org.ddmsportal.domain.agreement.AgreementRepository;
import org.ddmsportal.domain.data.DatasetCriteria;
import org.ddmsportal.domain.data.DatasetRepository;
import org.ddmsportal.domain.partnership.PartnershipCriteria;
import org.ddmsportal.domain.partnership.PartnershipHealth;
import org.ddmsportal.domain.partnership.PartnershipRepository;
import org.ddmsportal.domain.partnership.PipelineStage;
import org.ddmsportal.domain.pilot.PilotCriteria;
import org.ddmsportal.domain.pilot.PilotRepository;
import org.ddmsportal.domain.shared.AbstractEntity;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.PageRequest;
import org.ddmsportal.domain.shared.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboards against data each test seeds itself, by SQL (so that dates — last changes, phase
 * moves, signatures — can lie in the past), in a country no other test uses. Every figure is
 * compared with a count the test computes from what it seeded: the pipeline stage from the
 * evidence it wrote, the computed status with the domain's rule on the facts it wrote (not with
 * the SQL under test). Another country's manager sees none of it; the queries do not grow with
 * the data; and the lists the numbers open (the criteria the address parameters fill) hold exactly
 * the records counted — tested on the repositories, as the list pages read these parameters only
 * once the generic address reader (branch {@code tasks}) is in.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardIT {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    DashboardService dashboards;

    @Inject
    PartnershipRepository partnerships;

    @Inject
    AgreementRepository agreements;

    @Inject
    PilotRepository pilots;

    @Inject
    DatasetRepository datasets;

    @Inject
    WorkspaceFigures workspace;

    @Inject
    org.ddmsportal.application.audit.ChangeMarks changeMarks;

    @Resource(lookup = "java:app/jdbc/ddms")
    DataSource dataSource;

    private static Actor manager(String country) {
        return new Actor("it.manager." + country.toLowerCase(), "Manager " + country, "manager." + country + "@test.ddms",
                Set.of(Role.NSI_MANAGER), country, null);
    }

    private static final PageRequest ALL = new PageRequest(0, 1000, null, true, null, null);

    /** A partnership the test wrote, with what it wrote about it. */
    record Seeded(long id, String status, PipelineStage stage, PartnershipHealth.Facts facts) {
    }

    /** One country's world: partnerships at every stage and status, agreements, pilots, data, case studies, lessons. */
    private final class World {
        final long n = SEQUENCE.incrementAndGet();
        final String country;
        final LocalDate today = LocalDate.now();
        final Instant now = Instant.now();
        final long nsi;
        final long city1;
        final long city2;
        final long partner;
        final long contact;
        final List<Seeded> seeded = new ArrayList<>();
        final Map<String, Integer> agreementStates = new HashMap<>();
        final List<Long> expiring30 = new ArrayList<>();
        final List<Long> expiring60 = new ArrayList<>();
        final List<Long> reviewsDue = new ArrayList<>();
        final List<Long> outForSignature = new ArrayList<>();
        final List<Long> overduePilots = new ArrayList<>();
        final List<Long> lapsedDatasets = new ArrayList<>();
        final List<Long> uncoveredDatasets = new ArrayList<>();
        final Map<Integer, Map<String, Long>> pilotsByPhase = new TreeMap<>();
        final Map<String, Long> caseStudies = new HashMap<>();
        final Map<Integer, long[]> stays = new TreeMap<>();
        Instant lastActivity = Instant.EPOCH;
        int overdueMilestones;
        final Connection c;

        World(String country) throws SQLException {
            this.country = country;
            c = dataSource.getConnection();
            try {
                nsi = organisation("Statistical office " + n, "NSI", null, null);
                city1 = organisation("City one " + n, "MUNICIPALITY", 41.3, 69.2);
                city2 = organisation("City two " + n, "MUNICIPALITY", 39.6, 66.9);
                partner = organisation("Power company " + n, "UTILITY", null, null);
                contact = insert("INSERT INTO contact (full_name, email, organisation_id, version, created_at, created_by,"
                        + " modified_at, modified_by) VALUES (?, ?, ?, 0, UTC_TIMESTAMP(6), 'it', UTC_TIMESTAMP(6), 'it')",
                        "Engineer " + n, "engineer." + n + "@power.test", partner);
                seed();
                SeededChange.record(c, "DashboardIT world " + n);
            } finally {
                c.close();
            }
        }

        private Instant daysAgo(int days) {
            return now.minus(days, ChronoUnit.DAYS);
        }

        private void seed() throws SQLException {
            // 1 prospect, changed today: on track
            long p1 = partnership("PROPOSED", null, daysAgo(0), PipelineStage.PROSPECT, false, null);
            // 1 prospect, quiet for 100 days: at risk; an MoU out for signature, the NSI approved 3 days ago, the company's turn
            long p2 = partnership("NEGOTIATING", null, daysAgo(100), PipelineStage.PROSPECT, false, null);
            long mou2 = agreement(p2, "MOU", "OUT_FOR_SIGNATURE", null, null, daysAgo(100));
            party(mou2, nsi, null, "APPROVER", 1, "APPROVED", daysAgo(3));
            party(mou2, partner, contact, "SIGNER", 1, "PENDING", null);
            outForSignature.add(mou2);
            // 2 an active MoU expiring in 45 days: at risk
            long p3 = partnership("ACTIVE", null, daysAgo(0), PipelineStage.MOU_SIGNED, false, today.plusDays(45));
            long mou3 = agreement(p3, "MOU", "ACTIVE", today.plusDays(45), null, daysAgo(0));
            expiring60.add(mou3);
            // 3 a signed DSA (not yet active), its review due in 10 days; the partnership's end date is past: off track
            long p4 = partnership("ACTIVE", today.minusDays(1), daysAgo(0), PipelineStage.DSA_SIGNED, false, null);
            reviewsDue.add(agreement(p4, "DSA", "SIGNED", null, today.plusDays(10), daysAgo(0)));
            // 4 data flowing: a monthly dataset updated 5 days ago (from the company, with no agreement); the partnership itself unchanged for 200 days
            long p5 = partnership("ACTIVE", null, daysAgo(200), PipelineStage.DATA_FLOWING, false, null);
            uncoveredDatasets.add(dataset(p5, null, partner, "MONTHLY", daysAgo(5)));
            raiseActivity(p5, daysAgo(5));
            // 3 a DSA expired 10 days ago, its monthly dataset late (60 days): lapsed, off track
            long p6 = partnership("ACTIVE", null, daysAgo(0), PipelineStage.DSA_SIGNED, true, null);
            long dsa6 = agreement(p6, "DSA", "EXPIRED", today.minusDays(10), null, daysAgo(0));
            lapsedDatasets.add(dataset(null, dsa6, partner, "MONTHLY", daysAgo(60)));
            // 5 an indicator with data, from a one-off NSI dataset: on track
            long p7 = partnership("ACTIVE", null, daysAgo(0), PipelineStage.INDICATOR_PUBLISHED, false, null);
            long d7 = dataset(p7, null, nsi, "ONCE", daysAgo(400));
            long ind7 = indicator(d7);
            // 6 a decision on a pilot of the partnership; an active DSA expiring in 20 days: at risk
            long p8 = partnership("ACTIVE", null, daysAgo(0), PipelineStage.DECISION_RECORDED, false, today.plusDays(20));
            long dsa8 = agreement(p8, "DSA", "ACTIVE", today.plusDays(20), null, daysAgo(0));
            expiring30.add(dsa8);
            expiring60.add(dsa8);
            // closed: in no stage and no status
            long p9 = partnership("CONCLUDED", today.minusDays(50), daysAgo(50), null, false, null);
            agreement(p9, "MOU", "ACTIVE", null, null, daysAgo(50));
            // 1 suspended: at risk; 1 silent for 200 days: off track
            partnership("SUSPENDED", null, daysAgo(0), PipelineStage.PROSPECT, false, null);
            partnership("PROPOSED", null, daysAgo(200), PipelineStage.PROSPECT, false, null);

            // pilots: A running in phase 2 (moved 1→2 60 days ago, created 100 days ago), B planned in phase 1, C completed in phase 4
            long pilotA = pilot("RUNNING", 2, city1, daysAgo(100));
            phaseMove(pilotA, 1, 2, daysAgo(60));
            stay(1, 40);
            stay(2, 60);
            milestone(pilotA, today.minusDays(5), null);
            milestone(pilotA, today.minusDays(30), today.minusDays(31));
            overduePilots.add(pilotA);
            link("pilot_partnership", "pilot_id", pilotA, "partnership_id", p8);
            long decision = insert("INSERT INTO decision (title, city_id, decided_on, body, version, created_at, created_by,"
                    + " modified_at, modified_by) VALUES (?, ?, ?, 'Council', 0, UTC_TIMESTAMP(6), 'it', UTC_TIMESTAMP(6), 'it')",
                    "Decision " + n, city1, today.minusDays(2));
            link("decision_pilot", "decision_id", decision, "pilot_id", pilotA);
            long pilotB = pilot("PLANNED", 1, city1, daysAgo(10));
            stay(1, 10);
            milestone(pilotB, today.minusDays(2), null);
            overduePilots.add(pilotB);
            long pilotC = pilot("COMPLETED", 4, city2, daysAgo(300));
            phaseMove(pilotC, 1, 2, daysAgo(250));
            phaseMove(pilotC, 2, 3, daysAgo(200));
            phaseMove(pilotC, 3, 4, daysAgo(100));
            stay(1, 50);
            stay(2, 50);
            stay(3, 100);
            overdueMilestones = 2;
            assertNotNull(ind7);

            // case studies and lessons
            long cs1 = caseStudy("SUBMITTED", daysAgo(5));
            long cs2 = caseStudy("IN_REVIEW", daysAgo(12));
            caseStudy("DRAFT", null);
            reviewItems = List.of(cs2, cs1);
            lesson("OBSTACLE", "4");
            lesson("OBSTACLE", "4");
            lesson("SUCCESS_FACTOR", null);
        }

        List<Long> reviewItems;

        private void stay(int phase, long days) {
            long[] s = stays.computeIfAbsent(phase, k -> new long[2]);
            s[0]++;
            s[1] += days;
        }

        private void raiseActivity(long partnershipId, Instant at) {
            for (int i = 0; i < seeded.size(); i++) {
                Seeded s = seeded.get(i);
                if (s.id() == partnershipId) {
                    LocalDate last = LocalDateTime.ofInstant(at, ZoneOffset.UTC).toLocalDate();
                    PartnershipHealth.Facts f = s.facts();
                    if (last.isAfter(f.lastActivity())) {
                        seeded.set(i, new Seeded(s.id(), s.status(), s.stage(),
                                new PartnershipHealth.Facts(f.status(), f.endDate(), f.lapsed(), f.nextExpiry(), last)));
                    }
                }
            }
        }

        long organisation(String name, String type, Double lat, Double lon) throws SQLException {
            return insert("INSERT INTO organisation (name, type_id, country_id, latitude, longitude, version, created_at, created_by,"
                    + " modified_at, modified_by) VALUES (?, (SELECT id FROM organisation_type WHERE code = ?),"
                    + " (SELECT id FROM country WHERE iso_alpha2 = ?), ?, ?, 0, UTC_TIMESTAMP(6), 'it', UTC_TIMESTAMP(6), 'it')",
                    name, type, country, lat, lon);
        }

        long partnership(String status, LocalDate end, Instant modified, PipelineStage stage, boolean lapsed,
                         LocalDate nextExpiry) throws SQLException {
            long id = insert("INSERT INTO partnership (title, lead_organisation_id, type, end_date, status, version, created_at,"
                    + " created_by, modified_at, modified_by) VALUES (?, ?, 'DATA_SHARING', ?, ?, 0, ?, 'it', ?, 'it')",
                    "Partnership " + status + " " + seeded.size() + " " + n, nsi, end, status, ts(modified), ts(modified));
            seeded.add(new Seeded(id, status, stage, new PartnershipHealth.Facts(status, end, lapsed, nextExpiry,
                    LocalDateTime.ofInstant(modified, ZoneOffset.UTC).toLocalDate())));
            noteActivity(modified);
            return id;
        }

        long agreement(long partnershipId, String kind, String status, LocalDate expiry, LocalDate review, Instant modified)
                throws SQLException {
            long id = insert("INSERT INTO agreement (reference, kind, title, partnership_id, country_code, template_code, status,"
                    + " expiry_date, review_date, version, created_at, created_by, modified_at, modified_by)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, 'it', ?, 'it')",
                    country + "-" + (n % 100000) + "-" + agreementStates.values().stream().mapToInt(Integer::intValue).sum(),
                    kind, "Agreement " + kind + " " + n, partnershipId, country, kind.toLowerCase(), status, expiry, review,
                    ts(modified), ts(modified));
            agreementStates.merge(status, 1, Integer::sum);
            noteActivity(modified);
            raiseActivity(partnershipId, modified);
            return id;
        }

        void party(long agreementId, long organisation, Long contactId, String role, int order, String status, Instant acted)
                throws SQLException {
            insert("INSERT INTO agreement_party (agreement_id, organisation_id, contact_id, party_role, sign_order, status, acted_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)", agreementId, organisation, contactId, role, order, status,
                    acted == null ? null : ts(acted));
        }

        long dataset(Long partnershipId, Long agreementId, long provider, String periodicity, Instant modified) throws SQLException {
            return insert("INSERT INTO dataset (title, provider_id, source_kind, agreement_id, granularity, periodicity,"
                    + " confidentiality, partnership_id, country_id, version, created_at, created_by, modified_at, modified_by)"
                    + " VALUES (?, ?, 'ADMINISTRATIVE', ?, 'MUNICIPALITY', ?, 'RESTRICTED', ?,"
                    + " (SELECT id FROM country WHERE iso_alpha2 = ?), 0, ?, 'it', ?, 'it')",
                    "Dataset " + periodicity + " " + n, provider, agreementId, periodicity, partnershipId, country,
                    ts(modified), ts(modified));
        }

        long indicator(long dataset) throws SQLException {
            long id = insert("INSERT INTO indicator (code, name_en, name_fr, name_ru, country_id, unit, version, created_at,"
                    + " created_by, modified_at, modified_by) VALUES (?, 'I', 'I', 'I', (SELECT id FROM country WHERE iso_alpha2 = ?),"
                    + " 'kWh', 0, UTC_TIMESTAMP(6), 'it', UTC_TIMESTAMP(6), 'it')", "DASH_" + n, country);
            link("indicator_dataset", "indicator_id", id, "dataset_id", dataset);
            insert("INSERT INTO observation (indicator_id, territory_code, period, obs_value, status) VALUES (?, 'X1', '2026', 1, 'A')", id);
            return id;
        }

        long pilot(String status, int phase, long city, Instant created) throws SQLException {
            long id = insert("INSERT INTO pilot (title, city_id, lead_id, status, phase, version, created_at, created_by,"
                    + " modified_at, modified_by) VALUES (?, ?, ?, ?, ?, 0, ?, 'it', ?, 'it')",
                    "Pilot " + status + " " + n, city, nsi, status, phase, ts(created), ts(created));
            pilotsByPhase.computeIfAbsent(phase, k -> new HashMap<>()).merge(status, 1L, Long::sum);
            noteActivity(created);
            return id;
        }

        void phaseMove(long pilot, int from, int to, Instant at) throws SQLException {
            insert("INSERT INTO workflow_event (workflow, subject_id, transition_name, from_state, to_state, comment_text, actor, at)"
                    + " VALUES ('pilot-phase', ?, 'phaseForward', ?, ?, '', 'it', ?)", pilot, Integer.toString(from),
                    Integer.toString(to), ts(at));
        }

        void milestone(long pilot, LocalDate due, LocalDate done) throws SQLException {
            insert("INSERT INTO pilot_milestone (pilot_id, title, due, done_on, position) VALUES (?, ?, ?, ?, 0)",
                    pilot, "Milestone " + due, due, done);
        }

        long caseStudy(String status, Instant submitted) throws SQLException {
            Instant modified = daysAgo(1);
            long id = insert("INSERT INTO case_study (country_id, slug, language, title, status, version, created_at, created_by,"
                    + " modified_at, modified_by) VALUES ((SELECT id FROM country WHERE iso_alpha2 = ?), ?, 'en', ?, ?, 0, ?, 'it', ?, 'it')",
                    country, "dash-" + n + "-" + status.toLowerCase(), "Case study " + status + " " + n, status,
                    ts(modified), ts(modified));
            if (submitted != null) {
                insert("INSERT INTO workflow_event (workflow, subject_id, transition_name, from_state, to_state, comment_text, actor, at)"
                        + " VALUES ('case-study', ?, 'submit', 'DRAFT', ?, '', 'it', ?)", id, status, ts(submitted));
            }
            caseStudies.merge(status, 1L, Long::sum);
            noteActivity(modified);
            return id;
        }

        void lesson(String category, String phase) throws SQLException {
            insert("INSERT INTO lesson (country_id, category, text, gsbpm_phase_id, version, created_at, created_by, modified_at,"
                    + " modified_by) VALUES ((SELECT id FROM country WHERE iso_alpha2 = ?), ?, 'A lesson', "
                    + "(SELECT id FROM gsbpm_phase WHERE code = ?), 0, UTC_TIMESTAMP(6), 'it', UTC_TIMESTAMP(6), 'it')",
                    country, category, phase);
        }

        void link(String table, String a, long aId, String b, long bId) throws SQLException {
            insert("INSERT INTO " + table + " (" + a + ", " + b + ") VALUES (?, ?)", aId, bId);
        }

        private void noteActivity(Instant at) {
            if (at.isAfter(lastActivity)) {
                lastActivity = at;
            }
        }

        private long insert(String sql, Object... args) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                for (int i = 0; i < args.length; i++) {
                    Object v = args[i];
                    ps.setObject(i + 1, v instanceof LocalDate d ? java.sql.Date.valueOf(d) : v);
                }
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    return keys.next() ? keys.getLong(1) : 0;
                }
            }
        }

        private Timestamp ts(Instant instant) {
            return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
        }

        // what the test expects, computed from what it seeded

        Map<PipelineStage, List<Long>> expectedStages() {
            Map<PipelineStage, List<Long>> m = new EnumMap<>(PipelineStage.class);
            for (PipelineStage s : PipelineStage.values()) {
                m.put(s, new ArrayList<>());
            }
            seeded.stream().filter(s -> s.stage() != null).forEach(s -> m.get(s.stage()).add(s.id()));
            return m;
        }

        Map<PartnershipHealth.Status, List<Long>> expectedHealth() {
            Map<PartnershipHealth.Status, List<Long>> m = new EnumMap<>(PartnershipHealth.Status.class);
            for (PartnershipHealth.Status s : PartnershipHealth.Status.values()) {
                m.put(s, new ArrayList<>());
            }
            for (Seeded s : seeded) {
                PartnershipHealth.Status h = PartnershipHealth.of(s.facts(), today);
                if (h != null) {
                    m.get(h).add(s.id());
                }
            }
            return m;
        }
    }

    private static Set<Long> ids(List<? extends AbstractEntity> rows) {
        return rows.stream().map(AbstractEntity::getId).collect(Collectors.toSet());
    }

    private void assertNsiFigures(World w, NsiDashboard d) {
        assertEquals(w.country, d.country());
        var stages = w.expectedStages();
        for (var s : d.pipeline()) {
            assertEquals(stages.get(s.stage()).size(), s.count(), "stage " + s.stage());
            assertTrue(stages.get(s.stage()).containsAll(s.stalled().stream().map(p -> p.id()).toList()), "stalled at " + s.stage());
        }
        // stalled longest first: at the prospect stage the one silent for 200 days, then the one quiet for 100
        var prospects = d.pipeline().get(0).stalled();
        assertEquals(w.seeded.get(w.seeded.size() - 1).id(), prospects.get(0).id());
        assertEquals(w.seeded.get(1).id(), prospects.get(1).id());
        assertEquals(PartnershipHealth.Status.OFF_TRACK, prospects.get(0).health());
        var health = w.expectedHealth();
        for (var e : health.entrySet()) {
            assertEquals(e.getValue().size(), d.health().get(e.getKey()), "status " + e.getKey());
        }
        // the rule by hand for a few, so that a wrong rule and a wrong query cannot agree
        assertEquals(4, health.get(PartnershipHealth.Status.AT_RISK).size(), "quiet, MoU expiring, DSA expiring, suspended");
        assertEquals(3, health.get(PartnershipHealth.Status.OFF_TRACK).size(), "past end, lapsed, silent");
        assertEquals(3, health.get(PartnershipHealth.Status.ON_TRACK).size());
        assertEquals(w.expiring30.size(), d.deadlines().expiring30());
        assertEquals(w.expiring60.size(), d.deadlines().expiring60());
        assertEquals(w.expiring60.size(), d.deadlines().expiring90());
        assertEquals(w.reviewsDue.size(), d.deadlines().reviewsDue());
        assertEquals(w.outForSignature.size(), d.deadlines().outForSignature());
        assertEquals(1, d.pendingSignatures().size());
        var pending = d.pendingSignatures().get(0);
        assertEquals(w.outForSignature.get(0), pending.agreementId());
        assertEquals("Power company " + w.n, pending.organisation(), "the company's turn, after the NSI's approval");
        assertEquals("Engineer " + w.n, pending.contact());
        assertEquals(3, ChronoUnit.DAYS.between(pending.since(), Instant.now()), "waiting since the NSI approved");
        for (var phase : w.pilotsByPhase.entrySet()) {
            for (var status : phase.getValue().entrySet()) {
                assertEquals(status.getValue(), d.pilots(phase.getKey(), status.getKey()), "pilots " + phase + " " + status);
            }
        }
        assertEquals(3, d.pilotsByPhase().values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum());
        assertEquals(w.overdueMilestones, d.overdue().milestones());
        assertEquals(w.overduePilots.size(), d.overdue().pilots());
        assertEquals(w.overdueMilestones, d.overdueMilestones().size());
        assertEquals(w.lapsedDatasets.size(), d.datasets().lapsed());
        assertEquals(w.uncoveredDatasets.size(), d.datasets().uncovered());
        assertEquals(2, d.cities().size());
        assertEquals(Map.of(w.city1, 2L, w.city2, 1L),
                d.cities().stream().collect(Collectors.toMap(c -> c.cityId(), c -> c.pilots())));
    }

    @Test
    void theManagersDashboardCountsWhatWasSeededAndTheListsHoldThoseRecords() throws SQLException {
        World w = new World("KZ");
        Actor manager = manager("KZ");
        NsiDashboard d = dashboards.nsi(manager, null);
        assertNsiFigures(w, d);
        // the same for a coordinator and an administrator who choose the country
        assertNsiFigures(w, dashboards.nsi(Actors.COORDINATOR, "KZ"));
        assertNsiFigures(w, dashboards.nsi(Actors.ADMIN, "kz"));

        // each number opens a list, by the criteria its address fills: exactly the records counted
        for (var e : w.expectedStages().entrySet()) {
            assertEquals(new HashSet<>(e.getValue()), ids(partnerships.search(PartnershipCriteria.all().withCountry("KZ")
                    .withStage(e.getKey()), ALL).rows()), "?country=KZ&stage=" + e.getKey());
        }
        for (var e : w.expectedHealth().entrySet()) {
            assertEquals(new HashSet<>(e.getValue()), ids(partnerships.search(PartnershipCriteria.all().withCountry("KZ")
                    .withHealth(e.getKey()), ALL).rows()), "?country=KZ&health=" + e.getKey());
        }
        AgreementCriteria mine = AgreementCriteria.of(AgreementPolicy.listScope(manager)).withCountry("KZ");
        assertEquals(new HashSet<>(w.expiring30), ids(agreements.search(mine.withExpiringWithinDays(30), ALL).rows()));
        assertEquals(new HashSet<>(w.expiring60), ids(agreements.search(mine.withExpiringWithinDays(60), ALL).rows()));
        assertEquals(new HashSet<>(w.reviewsDue), ids(agreements.search(mine.withReviewWithinDays(30), ALL).rows()));
        assertEquals(new HashSet<>(w.outForSignature), ids(agreements.search(mine.withStatus("OUT_FOR_SIGNATURE"), ALL).rows()));
        assertEquals(w.agreementStates.getOrDefault("SIGNED", 0) + w.agreementStates.getOrDefault("ACTIVE", 0),
                agreements.search(mine.withSigned(true), ALL).total());
        assertEquals(new HashSet<>(w.overduePilots), ids(pilots.search(PilotCriteria.all().withCountry("KZ").withOverdue(true), ALL).rows()));
        assertEquals(1, pilots.search(PilotCriteria.all().withCountry("KZ").withPhase(2).withStatus("RUNNING"), ALL).total());
        assertEquals(new HashSet<>(w.lapsedDatasets), ids(datasets.search(DatasetCriteria.all().withCountry("KZ").withLapsed(true), ALL).rows()));
        assertEquals(new HashSet<>(w.uncoveredDatasets), ids(datasets.search(DatasetCriteria.all().withCountry("KZ").withUncovered(true), ALL).rows()));
    }

    @Test
    void anotherCountrysManagerAndAPartnerSeeNoneOfIt() throws SQLException {
        World w = new World("TM");
        NsiDashboard other = dashboards.nsi(manager("TJ"), null);
        assertEquals("TJ", other.country());
        assertEquals(0, other.openPartnerships());
        assertTrue(other.health().values().stream().allMatch(v -> v == 0));
        assertEquals(0, other.deadlines().outForSignature() + other.deadlines().expiring90() + other.deadlines().reviewsDue());
        assertTrue(other.pendingSignatures().isEmpty() && other.overdueMilestones().isEmpty() && other.cities().isEmpty());
        assertEquals(0, other.datasets().lapsed() + other.datasets().uncovered() + other.overdue().milestones());
        assertTrue(other.pilotsByPhase().isEmpty());
        // asking for the seeded country is refused, as is the coordinators' dashboard
        assertThrows(AccessDeniedException.class, () -> dashboards.nsi(manager("TJ"), w.country));
        assertThrows(AccessDeniedException.class, () -> dashboards.coordinator(manager("TJ")));
        Actor contact = new Actor("it.contact.dash", "Contact", "engineer." + w.n + "@power.test", Set.of(Role.CONTACT),
                w.country, null);
        assertThrows(AccessDeniedException.class, () -> dashboards.nsi(contact, null));
        assertThrows(AccessDeniedException.class, () -> dashboards.nsi(contact, w.country));
        assertThrows(AccessDeniedException.class, () -> dashboards.coordinator(contact));
        // and the country's own manager sees it
        assertEquals(w.seeded.size() - 1, dashboards.nsi(manager(w.country), null).openPartnerships());
    }

    @Test
    void theCoordinatorsDashboardCountsWhatWasSeeded() throws SQLException {
        long queueBefore = dashboards.coordinator(Actors.COORDINATOR).reviewTotal();
        World w = new World("UZ");
        CoordinatorDashboard d = dashboards.coordinator(Actors.COORDINATOR);
        assertEquals(queueBefore + 2, d.reviewTotal(), "the submitted and the in-review case study");
        List<Long> queued = d.reviewQueue().stream().map(r -> r.id()).filter(w.reviewItems::contains).toList();
        assertEquals(w.reviewItems, queued, "waiting longest first: in review for 12 days, then submitted 5 days ago");
        var inReview = d.reviewQueue().stream().filter(r -> r.id() == w.reviewItems.get(0)).findFirst().orElseThrow();
        assertEquals(12, ChronoUnit.DAYS.between(inReview.since(), d.now()));

        CountryRow row = d.countries().stream().filter(r -> r.country().equals("UZ")).findFirst().orElseThrow();
        Map<String, Long> byStatus = w.seeded.stream().collect(Collectors.groupingBy(Seeded::status, Collectors.counting()));
        assertEquals(byStatus, row.partnerships());
        assertEquals(w.agreementStates.getOrDefault("SIGNED", 0) + w.agreementStates.getOrDefault("ACTIVE", 0), row.agreementsSigned());
        Map<Integer, Long> byPhase = new TreeMap<>();
        w.pilotsByPhase.forEach((phase, m) -> byPhase.put(phase, m.values().stream().mapToLong(Long::longValue).sum()));
        assertEquals(byPhase, row.pilotsByPhase());
        assertEquals(w.caseStudies, row.caseStudies());
        assertEquals(w.lastActivity.truncatedTo(ChronoUnit.MILLIS), row.lastActivity().truncatedTo(ChronoUnit.MILLIS));

        for (var stay : d.phases()) {
            var t = stay.in("UZ");
            long[] expected = w.stays.get(stay.phase());
            if (expected == null) {
                assertEquals(null, t, "no stay in phase " + stay.phase());
            } else {
                assertEquals(expected[0], t.stays(), "stays in phase " + stay.phase());
                assertEquals(expected[1], t.days(), "days in phase " + stay.phase());
            }
        }
        assertTrue(d.lessons("OBSTACLE", "4") >= 2 && d.lessons("SUCCESS_FACTOR", "") >= 1);
    }

    @Test
    void theDashboardsQueriesDoNotGrowWithTheData() throws SQLException {
        new World("AZ");
        long nsi = QueryCounter.selects(dataSource, () -> dashboards.nsi(Actors.ADMIN, "AZ"));
        long all = QueryCounter.selects(dataSource, () -> dashboards.nsi(Actors.ADMIN, null));
        long coordinator = QueryCounter.selects(dataSource, () -> dashboards.coordinator(Actors.COORDINATOR));
        for (int i = 0; i < 3; i++) {
            new World("AZ");
        }
        assertEquals(nsi, QueryCounter.selects(dataSource, () -> dashboards.nsi(Actors.ADMIN, "AZ")), "one country, 4× the data");
        assertEquals(all, QueryCounter.selects(dataSource, () -> dashboards.nsi(Actors.ADMIN, null)), "all countries");
        assertEquals(coordinator, QueryCounter.selects(dataSource, () -> dashboards.coordinator(Actors.COORDINATOR)));
        // 9 statements and the change mark the answer is kept under (MarkedCache); QueryCounter sees a native
        // statement run on the transaction's connection with both of its counters (EclipseLink's per thread and
        // the connection's), so 20 at most
        assertTrue(nsi <= 20, "a fixed handful of queries: " + nsi);
    }

    @Inject
    org.ddmsportal.application.partnership.PartnershipService partnershipService;

    /**
     * A dashboard is computed once per change and kept (MarkedCache): asked again, it costs the
     * change mark's one statement; a partnership created through the portal shows at once, in the
     * country's dashboard and in "all countries".
     */
    @Test
    void aDashboardIsKeptUntilAChangeAndComputedAnewAfterIt() throws SQLException {
        World w = new World("AM");
        long first = QueryCounter.selects(dataSource, () -> dashboards.nsi(Actors.ADMIN, "AM"));
        long again = QueryCounter.selects(dataSource, () -> dashboards.nsi(Actors.ADMIN, "AM"));
        assertTrue(first > 4, "computed: " + first);
        assertTrue(again <= 2, "kept: only the change mark is read, not " + again);
        long prospects = dashboards.nsi(Actors.ADMIN, "AM").pipeline().get(0).count();
        long allProspects = dashboards.nsi(Actors.ADMIN, null).pipeline().get(0).count();

        org.ddmsportal.application.partnership.PartnershipForm form = new org.ddmsportal.application.partnership.PartnershipForm();
        form.setTitle("Cache change " + w.n);
        form.setLeadId(w.nsi);
        form.setType(org.ddmsportal.domain.partnership.PartnershipType.DATA_SHARING);
        long created = partnershipService.create(Actors.ADMIN, form);

        assertTrue(ids(partnerships.search(PartnershipCriteria.all().withCountry("AM").withStage(PipelineStage.PROSPECT), ALL)
                .rows()).contains(created), "the list the number opens has it at once (the stored signals rewritten)");
        assertTrue(ids(partnerships.search(PartnershipCriteria.all().withCountry("AM")
                .withHealth(PartnershipHealth.Status.ON_TRACK), ALL).rows()).contains(created), "on track");
        assertEquals(prospects + 1, dashboards.nsi(Actors.ADMIN, "AM").pipeline().get(0).count(), "the country's");
        assertEquals(allProspects + 1, dashboards.nsi(Actors.ADMIN, null).pipeline().get(0).count(), "all countries'");
        // the policy is still asked on every request, before the cache
        assertThrows(AccessDeniedException.class, () -> dashboards.nsi(manager("KZ"), "AM"));
    }

    /**
     * The workspace's figures are kept per scope like the dashboards: asked again they cost the
     * change mark alone; a partnership created through the portal is counted at once for its
     * country and not for another; the lapsed datasets are those of the country, named without
     * entities.
     */
    @Test
    void theWorkspaceFiguresAreKeptUntilAChangeAndComputedAnewAfterIt() throws SQLException {
        World w = new World("AM");
        Actor am = manager("AM");
        Actor kz = manager("KZ");
        var lapsed = workspace.lapsedDatasets(am, "AM");
        assertTrue(lapsed.total() >= w.lapsedDatasets.size(), "the world's lapsed datasets: " + lapsed.total());
        assertEquals(Math.min(lapsed.total(), WorkspaceFigures.LAPSED_SHOWN), lapsed.rows().size(), "the first ten named");
        assertTrue(lapsed.rows().stream().allMatch(d -> d.agreementReference() != null && d.agreementStatus() != null));
        workspace.partnershipStatusCounts(am);
        long again = QueryCounter.selects(dataSource, () -> {
            workspace.lapsedDatasets(am, "AM");
            workspace.partnershipStatusCounts(am);
        });
        long mark = QueryCounter.selects(dataSource, () -> changeMarks.current());
        assertTrue(again <= 2 * mark, "kept: only the change mark is read, once for each, not " + again + " (a mark: " + mark + ")");
        String first = partnershipService.states().get(0);
        long amFirst = count(workspace.partnershipStatusCounts(am), first);
        long kzFirst = count(workspace.partnershipStatusCounts(kz), first);

        org.ddmsportal.application.partnership.PartnershipForm form = new org.ddmsportal.application.partnership.PartnershipForm();
        form.setTitle("Workspace change " + w.n);
        form.setLeadId(w.nsi);
        form.setType(org.ddmsportal.domain.partnership.PartnershipType.DATA_SHARING);
        partnershipService.create(Actors.ADMIN, form);

        assertEquals(amFirst + 1, count(workspace.partnershipStatusCounts(am), first), "counted at once for its country");
        assertEquals(kzFirst, count(workspace.partnershipStatusCounts(kz), first), "not for another country");
    }

    private static long count(List<Map.Entry<String, Long>> counts, String status) {
        return counts.stream().filter(e -> e.getKey().equals(status)).mapToLong(Map.Entry::getValue).findFirst().orElseThrow();
    }
}
