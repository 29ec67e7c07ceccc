package org.ddmsportal.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The bench data set: the portal at the size of its mission (56 UNECE countries, 5,000
 * organisations, 20,000 partnerships, 40,000 agreements, 100,000 datasets, 2,000,000
 * observations, 10,000 case studies …), generated from a fixed seed — the same rows every run —
 * into tab-separated files and loaded with {@code LOAD DATA LOCAL INFILE}.
 *
 * <p>It runs after Flyway: the schema and the reference data (countries, organisation types,
 * GSBPM phases, policy domains, SDG codes) come from the migrations, and the demo data (if
 * loaded) stays as it is. New rows get ids above each table's current maximum; the demo NSIs
 * (Serbia, Italy, Poland) lead their countries' share, so {@code manager.rs} sees hundreds of
 * partnerships. Values are ones the application accepts (workflow states, enum names,
 * Markdown sections). Loading twice is refused (organisation codes starting "B-" mark it).
 *
 * <p>Usage: {@code BenchData [jdbcUrl] [folder for the files]}; default
 * {@code jdbc:mariadb://127.0.0.1:3307/ddms} (the {@code mvn -Prun} database); user and password
 * from {@code BENCH_DB_USER} (root) and {@code BENCH_DB_PASSWORD} (empty).
 */
public final class BenchData {

    static final long SEED = 20_261_202L;
    static final String MARK = "B-";

    static final int ORGANISATIONS = 5_000;
    static final int CONTACTS = 20_000;
    static final int PARTNERSHIPS = 20_000;
    static final int AGREEMENTS = 40_000;
    static final int PILOTS = 1_000;
    static final int DATASETS = 100_000;
    static final int INDICATORS = 5_000;
    static final int BIG_INDICATORS = 20;
    static final int CASE_STUDIES = 10_000;
    static final int LESSONS_PER_CASE_STUDY = 5;
    static final int DECISIONS = 2_000;
    static final int ACTIVITIES = 2_000;
    static final int GUIDELINES = 100;
    static final int AUDIT_ENTRIES = 150_000;

    /** Relative size of each country's share (default 1): larger statistical systems get more. */
    static final Map<String, Double> WEIGHTS = Map.ofEntries(
            Map.entry("DE", 4.0), Map.entry("FR", 3.5), Map.entry("GB", 3.5), Map.entry("IT", 3.0),
            Map.entry("ES", 3.0), Map.entry("PL", 2.5), Map.entry("TR", 3.0), Map.entry("RU", 3.5),
            Map.entry("UA", 2.0), Map.entry("US", 4.0), Map.entry("CA", 2.5), Map.entry("NL", 1.8),
            Map.entry("RS", 1.5), Map.entry("RO", 1.8), Map.entry("KZ", 1.5), Map.entry("UZ", 1.5),
            Map.entry("SE", 1.5), Map.entry("BE", 1.5), Map.entry("CZ", 1.5), Map.entry("PT", 1.5),
            Map.entry("AD", 0.3), Map.entry("LI", 0.3), Map.entry("MC", 0.3), Map.entry("SM", 0.3),
            Map.entry("MT", 0.4), Map.entry("IS", 0.4), Map.entry("LU", 0.5), Map.entry("CY", 0.5),
            Map.entry("ME", 0.5));

    static final String[][] TOPICS = {
        // topic, policy domain, indicator unit, French, Russian (indicator names)
        {"Household electricity consumption", "ENERGY", "kWh", "Consommation d'électricité des ménages", "Потребление электроэнергии домохозяйствами"},
        {"Public transport ridership", "MOBILITY", "trips", "Fréquentation des transports publics", "Пассажиропоток общественного транспорта"},
        {"Air quality", "ENVIRONMENT", "µg/m³", "Qualité de l'air", "Качество воздуха"},
        {"Housing prices", "HOUSING", "EUR/m²", "Prix du logement", "Цены на жильё"},
        {"Tourist overnight stays", "TOURISM", "nights", "Nuitées touristiques", "Ночёвки туристов"},
        {"Mobile network population", "MOBILITY", "persons", "Population selon les réseaux mobiles", "Население по данным мобильных сетей"},
        {"Energy poverty", "ENERGY", "%", "Précarité énergétique", "Энергетическая бедность"},
        {"School enrolment", "EDUCATION", "%", "Scolarisation", "Охват школьным образованием"},
        {"Local labour market", "LOCAL_ECONOMY", "persons", "Marché du travail local", "Местный рынок труда"},
        {"Municipal waste collection", "ENVIRONMENT", "t", "Collecte des déchets municipaux", "Сбор муниципальных отходов"},
        {"Water consumption", "ENVIRONMENT", "m³", "Consommation d'eau", "Потребление воды"},
        {"Road traffic", "MOBILITY", "vehicles", "Trafic routier", "Дорожное движение"},
        {"Business demography", "LOCAL_ECONOMY", "enterprises", "Démographie des entreprises", "Демография предприятий"},
        {"Land use", "ENVIRONMENT", "ha", "Utilisation des terres", "Землепользование"},
        {"Population projections", "SOCIAL_STRUCTURE", "persons", "Projections démographiques", "Демографические прогнозы"},
        {"Access to healthcare", "HEALTH", "%", "Accès aux soins", "Доступ к здравоохранению"},
        {"Retail card payments", "LOCAL_ECONOMY", "EUR", "Paiements par carte dans le commerce", "Розничные платежи картами"},
        {"Commuting flows", "MOBILITY", "persons", "Flux de navetteurs", "Маятниковая миграция"},
        {"Building energy performance", "HOUSING", "kWh/m²", "Performance énergétique des bâtiments", "Энергоэффективность зданий"},
        {"Social assistance recipients", "SOCIAL_STRUCTURE", "persons", "Bénéficiaires de l'aide sociale", "Получатели социальной помощи"},
        {"Poverty rate", "SDGS", "%", "Taux de pauvreté", "Уровень бедности"},
        {"Green space per inhabitant", "SDGS", "m²", "Espaces verts par habitant", "Зелёные зоны на жителя"},
    };
    static final String[] DATASET_KINDS = {"data", "statistics", "survey", "register data", "open data", "microdata", "sensor data", "administrative data"};
    static final String[] PARTNERSHIP_KINDS = {"data sharing", "statistics", "joint analytics", "data partnership", "indicators", "open data"};
    static final String[] SYLLABLES_A = {"Nov", "Star", "Bel", "Kral", "Vel", "Mal", "Gor", "Dol", "Ost", "Zel", "Brod", "Ber", "Lind", "Ald", "Rosen", "Fal", "Mar", "Port", "Val", "San", "Mont", "Kam", "Ozer", "Sol", "Tar", "Lub", "Bor", "Hel", "Vin", "Kor"};
    static final String[] SYLLABLES_B = {"grad", "ovo", "ica", "burg", "dorf", "heim", "ville", "ino", "ara", "ets", "sk", "ow", "ice", "stad", "berg", "polje", "mont", "ford", "haven", "ovac"};
    static final String[] FIRST = {"Ana", "Marko", "Jelena", "Nikola", "Maria", "Giulia", "Piotr", "Anna", "Katarzyna", "Luca", "Sofia", "Elena", "Ivan", "Olga", "Thomas", "Claire", "Jan", "Eva", "David", "Sara", "Lukas", "Emma", "Mehmet", "Ayşe", "Nino", "Giorgi", "Aigerim", "Timur", "John", "Laura"};
    static final String[] LAST = {"Petrović", "Jovanović", "Nikolić", "Rossi", "Bianchi", "Kowalski", "Nowak", "Wiśniewska", "Müller", "Schmidt", "Martin", "Bernard", "Ivanov", "Smirnova", "Novák", "Horvat", "Popescu", "Yılmaz", "Kaya", "Beridze", "Nurlanov", "Smith", "Jones", "García", "López", "Jansen", "de Vries", "Andersson", "Nielsen", "Papadopoulos"};
    static final String[] POSITIONS = {"Head of unit", "Data scientist", "Statistician", "Legal adviser", "IT manager", "Project officer", "Director", "Analyst", "GIS specialist", "Communication officer"};
    static final String[] OUTCOMES = {"what the data changed", "lessons for other cities", "from pilot to production", "a data partnership that lasted", "why access took a year", "results for the city council"};
    static final String[] REASONS = {"the data holder's legal review", "missing metadata", "a change of government", "privacy concerns", "the lack of a secure transfer channel", "staff turnover", "unclear ownership of the data"};

    private final Random random = new Random(SEED);
    private final LocalDateTime loadedAt = LocalDateTime.of(2026, 11, 30, 12, 0);

    // reference data read from the database
    private final List<String> countries = new ArrayList<>();
    private final Map<String, Long> countryId = new HashMap<>();
    private final Map<String, Long> typeId = new HashMap<>();
    private final Map<String, Long> domainId = new HashMap<>();
    private final List<Long> phaseIds = new ArrayList<>();
    private final List<String> sdgCodes = new ArrayList<>();
    private final Map<String, Long> existingNsi = new HashMap<>();
    private final Map<String, Integer> agreementCounter = new HashMap<>();
    private final Map<String, Long> nextId = new HashMap<>();

    // what was generated, by country
    private double[] cumulativeWeight;
    private final Map<String, List<Long>> orgsByCountry = new HashMap<>();
    private final Map<String, List<Long>> leadsByCountry = new HashMap<>();
    private final Map<String, List<Long>> citiesByCountry = new HashMap<>();
    private final Map<String, List<String>> territoriesByCountry = new HashMap<>();
    private final Map<Long, String> cityName = new HashMap<>();
    private final Map<Long, Long> firstContact = new HashMap<>();
    private final Map<String, List<Long>> partnershipsByCountry = new HashMap<>();
    private final Map<Long, Long> firstAgreement = new HashMap<>();
    private final Map<String, List<Long>> pilotsByCountry = new HashMap<>();
    private final Map<String, List<Long>> datasetsByCountry = new HashMap<>();
    private final Map<String, List<Long>> indicatorsByCountry = new HashMap<>();
    private final Map<String, List<Long>> caseStudiesByCountry = new HashMap<>();
    private final List<Object[]> auditSubjects = new ArrayList<>();

    private BenchData() {
    }

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0] : "jdbc:mariadb://127.0.0.1:3307/ddms";
        Path dir = Path.of(args.length > 1 ? args[1] : "target/bench-data-files");
        load(url, System.getenv().getOrDefault("BENCH_DB_USER", "root"),
                System.getenv().getOrDefault("BENCH_DB_PASSWORD", ""), dir);
    }

    /** Generates and loads the data set unless it is there already; answers false if it was. */
    public static boolean load(String jdbcUrl, String user, String password, Path dir) throws Exception {
        String url = jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "allowLocalInfile=true";
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            if (alreadyLoaded(c)) {
                say("The bench data set is loaded already (organisations coded " + MARK + "…): nothing to do.");
                return false;
            }
            Instant started = Instant.now();
            Files.createDirectories(dir);
            BenchData data = new BenchData();
            data.readReferenceData(c);
            List<TsvTable> tables = data.generate(dir);
            Instant generated = Instant.now();
            say("Generated " + tables.size() + " files in " + Duration.between(started, generated).toSeconds()
                    + " s; loading …");
            try (Statement st = c.createStatement()) {
                st.execute("SET foreign_key_checks = 0");
                st.execute("SET unique_checks = 0");
            }
            c.setAutoCommit(false);
            for (TsvTable t : tables) {
                Instant t0 = Instant.now();
                long loaded = t.load(c);
                c.commit();
                if (loaded != t.rows()) {
                    throw new IllegalStateException(t.name + ": wrote " + t.rows() + " rows, loaded " + loaded);
                }
                say(String.format("  %-24s %,10d rows  %5.1f s", t.name, loaded,
                        Duration.between(t0, Instant.now()).toMillis() / 1000.0));
            }
            c.setAutoCommit(true);
            try (Statement st = c.createStatement()) {
                data.updateAgreementCounters(st);
                // the datasets' stored country by its rule (V12), whatever order the tables were loaded in
                st.execute(org.ddmsportal.infrastructure.persistence.DatabaseSetup.LOCATE_DATASETS);
                // and their provider's name (V24), for the list's order by provider
                st.execute(org.ddmsportal.infrastructure.persistence.DatabaseSetup.NAME_DATASET_PROVIDERS);
                st.execute("SET foreign_key_checks = 1");
                st.execute("SET unique_checks = 1");
                for (TsvTable t : tables) {
                    st.execute("ANALYZE TABLE " + t.name);
                }
            }
            say("Bench data set loaded in " + Duration.between(started, Instant.now()).toSeconds() + " s (generating "
                    + Duration.between(started, generated).toSeconds() + " s).");
            return true;
        }
    }

    static boolean alreadyLoaded(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM organisation WHERE code LIKE '" + MARK + "%'")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    private void readReferenceData(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT iso_alpha2, id FROM country WHERE unece_member ORDER BY iso_alpha2")) {
                while (rs.next()) {
                    countries.add(rs.getString(1));
                    countryId.put(rs.getString(1), rs.getLong(2));
                }
            }
            readCodes(st, "organisation_type", typeId);
            readCodes(st, "policy_domain", domainId);
            try (ResultSet rs = st.executeQuery("SELECT id FROM gsbpm_phase ORDER BY sort_order")) {
                while (rs.next()) {
                    phaseIds.add(rs.getLong(1));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT code FROM sdg_entry WHERE level = 'INDICATOR' ORDER BY sort_key")) {
                while (rs.next()) {
                    sdgCodes.add(rs.getString(1));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT c.iso_alpha2, MIN(o.id) FROM organisation o JOIN country c ON c.id = o.country_id"
                    + " JOIN organisation_type t ON t.id = o.type_id WHERE t.code = 'NSI' GROUP BY c.iso_alpha2")) {
                while (rs.next()) {
                    existingNsi.put(rs.getString(1), rs.getLong(2));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT country_code, year, last_number FROM agreement_counter")) {
                while (rs.next()) {
                    agreementCounter.put(rs.getString(1) + "-" + rs.getInt(2), rs.getInt(3));
                }
            }
            for (String table : List.of("organisation", "contact", "partnership", "partnership_partner", "agreement",
                    "agreement_party", "pilot", "pilot_milestone", "dataset", "indicator", "observation", "decision",
                    "case_study", "case_study_submission", "lesson", "dissemination_activity", "guideline",
                    "guideline_revision", "audit_entry")) {
                try (ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
                    rs.next();
                    nextId.put(table, rs.getLong(1) + 1);
                }
            }
        }
        if (countries.size() < 56 || sdgCodes.isEmpty() || typeId.size() < 10) {
            throw new IllegalStateException("Reference data missing: run the portal's migrations first");
        }
        cumulativeWeight = new double[countries.size()];
        double sum = 0;
        for (int i = 0; i < countries.size(); i++) {
            sum += WEIGHTS.getOrDefault(countries.get(i), 1.0);
            cumulativeWeight[i] = sum;
        }
    }

    private static void readCodes(Statement st, String table, Map<String, Long> into) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT code, id FROM " + table)) {
            while (rs.next()) {
                into.put(rs.getString(1), rs.getLong(2));
            }
        }
    }

    private long id(String table) {
        return nextId.merge(table, 1L, Long::sum) - 1;
    }

    // ---------------------------------------------------------------- generation

    private List<TsvTable> generate(Path dir) throws Exception {
        List<TsvTable> tables = new ArrayList<>();
        tables.addAll(organisationsAndContacts(dir));
        tables.addAll(partnerships(dir));
        tables.addAll(agreements(dir));
        tables.addAll(pilots(dir));
        tables.addAll(datasets(dir));
        tables.addAll(indicators(dir));
        tables.addAll(decisions(dir));
        tables.addAll(caseStudies(dir));
        tables.addAll(communication(dir));
        tables.add(audit(dir));
        return tables;
    }

    private List<TsvTable> organisationsAndContacts(Path dir) throws Exception {
        try (TsvTable org = new TsvTable(dir, "organisation", "id, code, name, acronym, type_id, country_id, parent_id,"
                + " territorial_code, city, latitude, longitude, website, description, version, created_at, created_by,"
                + " modified_at, modified_by");
             TsvTable contact = new TsvTable(dir, "contact", "id, full_name, email, phone, position, organisation_id,"
                     + " languages, version, created_at, created_by, modified_at, modified_by")) {
            // each country's share of organisations, by weight; every country has its NSI
            Map<String, Integer> share = new LinkedHashMap<>();
            double total = cumulativeWeight[cumulativeWeight.length - 1];
            for (int i = 0; i < countries.size(); i++) {
                String cc = countries.get(i);
                share.put(cc, (int) Math.round(ORGANISATIONS * WEIGHTS.getOrDefault(cc, 1.0) / total));
            }
            int n = 0;
            for (var e : share.entrySet()) {
                String cc = e.getKey();
                List<Long> orgs = orgsByCountry.computeIfAbsent(cc, k -> new ArrayList<>());
                List<Long> leads = leadsByCountry.computeIfAbsent(cc, k -> new ArrayList<>());
                List<Long> cities = citiesByCountry.computeIfAbsent(cc, k -> new ArrayList<>());
                List<String> territories = territoriesByCountry.computeIfAbsent(cc, k -> new ArrayList<>());
                double lat = 40 + random.nextDouble() * 20;
                double lon = -5 + random.nextDouble() * 45;
                Long nsi = existingNsi.get(cc);
                if (nsi != null) {
                    leads.add(nsi);
                    orgs.add(nsi);
                }
                for (int k = 0; k < e.getValue(); k++, n++) {
                    String type;
                    if (nsi == null) {
                        type = "NSI";
                    } else {
                        type = pick(new String[] {"NSI_REGIONAL", "MUNICIPALITY", "MUNICIPALITY", "MUNICIPALITY",
                            "REGIONAL_GOV", "CHAMBER", "PRIVATE", "PRIVATE", "UTILITY", "ACADEMIC", "ACADEMIC", "NGO"});
                    }
                    long id = id("organisation");
                    String place = place();
                    String name;
                    String territorial = null;
                    switch (type) {
                        case "NSI" -> name = "National Statistical Office of " + cc;
                        case "NSI_REGIONAL" -> name = "Regional Statistical Office " + place;
                        case "MUNICIPALITY" -> {
                            name = "City of " + place;
                            territorial = cc + String.format("%04d", cities.size() + 1);
                        }
                        case "REGIONAL_GOV" -> name = "Regional Government of " + place;
                        case "CHAMBER" -> name = place + " Chamber of Commerce";
                        case "PRIVATE" -> name = place + " " + pick(new String[] {"Mobile", "Telecom", "Retail", "Payments", "Analytics", "Logistics"});
                        case "UTILITY" -> name = place + " " + pick(new String[] {"Water Utility", "Electricity Distribution", "Gas Company", "Public Transport Company", "District Heating"});
                        case "ACADEMIC" -> name = "University of " + place;
                        default -> name = place + " " + pick(new String[] {"Open Data Society", "Civic Tech Lab", "Urban Institute", "Citizens' Association"});
                    }
                    org.row(id, MARK + cc + "-" + String.format("%05d", id), name, null, typeId.get(type),
                            countryId.get(cc), type.equals("NSI_REGIONAL") ? nsi : null, territorial, place,
                            String.format(Locale.ROOT, "%.6f", lat + random.nextGaussian()), String.format(Locale.ROOT, "%.6f", lon + random.nextGaussian()),
                            random.nextInt(3) == 0 ? null : "https://www.example.org/" + cc.toLowerCase() + "/" + id,
                            random.nextInt(2) == 0 ? null : name + ": partner of official statistics for " + place + ".",
                            0, created(), "bench", loadedAt, "bench");
                    auditSubjects.add(new Object[] {"Organisation", id, name});
                    orgs.add(id);
                    if (type.equals("NSI")) {
                        nsi = id;
                        leads.add(id);
                    } else if (type.equals("NSI_REGIONAL")) {
                        leads.add(id);
                    } else if (type.equals("MUNICIPALITY")) {
                        cities.add(id);
                        cityName.put(id, place);
                        territories.add(territorial);
                    }
                }
                if (cities.isEmpty()) {
                    long id = id("organisation");
                    String place = place();
                    org.row(id, MARK + cc + "-" + String.format("%05d", id), "City of " + place, null,
                            typeId.get("MUNICIPALITY"), countryId.get(cc), null, cc + "0001", place, null, null, null,
                            null, 0, created(), "bench", loadedAt, "bench");
                    cities.add(id);
                    orgs.add(id);
                    cityName.put(id, place);
                    territories.add(cc + "0001");
                }
            }
            // contacts: one for every new organisation, the rest spread at random
            List<Long> all = new ArrayList<>();
            orgsByCountry.values().forEach(all::addAll);
            for (int k = 0; k < CONTACTS; k++) {
                long orgId = k < all.size() ? all.get(k) : all.get(random.nextInt(all.size()));
                long id = id("contact");
                String first = pick(FIRST);
                String last = pick(LAST);
                contact.row(id, first + " " + last, ascii(first + "." + last).replace(" ", "").toLowerCase() + "." + id + "@bench.example.org",
                        "+41 22 917 " + String.format("%04d", random.nextInt(10_000)), pick(POSITIONS), orgId,
                        pick(new String[] {"en", "en,fr", "en,ru", "fr", "ru", null}), 0, created(), "bench", loadedAt, "bench");
                firstContact.putIfAbsent(orgId, id);
                if (k % 10 == 0) {
                    auditSubjects.add(new Object[] {"Contact", id, first + " " + last});
                }
            }
            say("  organisations " + org.rows() + " (RS " + orgsByCountry.get("RS").size() + "), contacts " + contact.rows());
            return List.of(org, contact);
        }
    }

    private List<TsvTable> partnerships(Path dir) throws Exception {
        try (TsvTable p = new TsvTable(dir, "partnership", "id, title, lead_organisation_id, type, lead_resources,"
                + " objectives, expected_value, start_date, end_date, notes, status, version, created_at, created_by,"
                + " modified_at, modified_by");
             TsvTable partner = new TsvTable(dir, "partnership_partner", "id, partnership_id, organisation_id, role, resources");
             TsvTable domain = new TsvTable(dir, "partnership_domain", "partnership_id, domain_id")) {
            for (int k = 0; k < PARTNERSHIPS; k++) {
                String cc = country();
                long id = id("partnership");
                String[] topic = pick(TOPICS);
                long city = pick(citiesByCountry.get(cc));
                String title = topic[0] + " " + pick(PARTNERSHIP_KINDS) + " for " + cityName.get(city);
                String status = weighted(new String[] {"PROPOSED", "NEGOTIATING", "ACTIVE", "SUSPENDED", "CONCLUDED", "TERMINATED"},
                        new int[] {15, 15, 40, 5, 20, 5});
                LocalDate start = status.equals("PROPOSED") ? null : date(2016, 2026);
                p.row(id, title, pick(leadsByCountry.get(cc)),
                        pick(new String[] {"STRATEGIC", "DATA_SHARING", "DATA_SHARING", "JOINT_ANALYTICS", "CAPACITY_BUILDING", "OTHER"}),
                        pick(new String[] {"SKILLS,STATISTICAL_DATA", "STATISTICAL_DATA", "EXPERTISE", "GEOSPATIAL_DATA,SKILLS", null}),
                        "Combine " + topic[0].toLowerCase() + " data of the partners with official statistics for "
                                + cityName.get(city) + ".",
                        "Informs the city's decisions on " + topic[1].toLowerCase().replace('_', ' ') + ".",
                        start, start == null || random.nextBoolean() ? null : start.plusYears(1 + random.nextInt(4)),
                        null, status, 0, created(), "bench", loadedAt, "bench");
                Set<Long> partners = new LinkedHashSet<>();
                partners.add(city);
                int more = 1 + random.nextInt(3);
                for (int j = 0; j < more; j++) {
                    partners.add(pick(orgsByCountry.get(cc)));
                }
                for (long o : partners) {
                    partner.row(id("partnership_partner"), id, o,
                            o == city ? "USER_OF_RESULTS" : pick(new String[] {"DATA_PROVIDER", "DATA_PROVIDER", "EXPERTISE", "FUNDING", "INFRASTRUCTURE", "OTHER"}),
                            random.nextBoolean() ? "STATISTICAL_DATA" : null);
                }
                domain.row(id, domainId.get(topic[1]));
                if (random.nextInt(4) == 0 && !topic[1].equals("LOCAL_ECONOMY")) {
                    domain.row(id, domainId.get("LOCAL_ECONOMY"));
                }
                partnershipsByCountry.computeIfAbsent(cc, x -> new ArrayList<>()).add(id);
                partnershipPartners.put(id, new ArrayList<>(partners));
                auditSubjects.add(new Object[] {"Partnership", id, title});
            }
            say("  partnerships " + p.rows() + " (RS " + partnershipsByCountry.get("RS").size() + ")");
            return List.of(p, partner, domain);
        }
    }

    private final Map<Long, List<Long>> partnershipPartners = new HashMap<>();
    private final Map<Long, String> partnershipCountry = new HashMap<>();

    private List<TsvTable> agreements(Path dir) throws Exception {
        try (TsvTable a = new TsvTable(dir, "agreement", "id, reference, kind, title, partnership_id, country_code,"
                + " template_code, status, amends_id, owner_email, effective_date, expiry_date, renewal_notice_days,"
                + " review_date, items_covered, purposes, legal_basis, personal_data, personal_data_categories,"
                + " confidentiality, disclosure_control, min_cell_count, permitted_uses, prohibited_uses, access_method,"
                + " frequency, retention_period, deletion_duty, breach_procedure, proprietary_rights, publication_allowed,"
                + " publication_clearance, costs, term_text, version, created_at, created_by, modified_at, modified_by");
             TsvTable party = new TsvTable(dir, "agreement_party", "id, agreement_id, organisation_id, contact_id,"
                     + " party_role, sign_order, status, acted_at, acted_by, ip_address, user_agent, document_sha256")) {
            List<String> ccs = new ArrayList<>();
            List<Long> ps = new ArrayList<>();
            partnershipsByCountry.forEach((cc, list) -> list.forEach(pid -> {
                ccs.add(cc);
                ps.add(pid);
                partnershipCountry.put(pid, cc);
            }));
            for (int k = 0; k < AGREEMENTS; k++) {
                int i = k < ps.size() ? k : random.nextInt(ps.size());
                String cc = ccs.get(i);
                long pid = ps.get(i);
                long id = id("agreement");
                firstAgreement.putIfAbsent(pid, id);
                LocalDateTime created = created();
                int year = created.getYear();
                int number = agreementCounter.merge(cc + "-" + year, 1, Integer::sum);
                boolean dsa = random.nextInt(10) < 7;
                String status = weighted(new String[] {"DRAFT", "INTERNAL_REVIEW", "OUT_FOR_SIGNATURE", "SIGNED", "ACTIVE", "LAPSED", "EXPIRED", "TERMINATED"},
                        new int[] {10, 5, 5, 5, 45, 2, 23, 5});
                LocalDate effective = created.toLocalDate().plusDays(30 + random.nextInt(200));
                LocalDate expiry = effective.plusYears(1 + random.nextInt(5));
                if (status.equals("ACTIVE") && !expiry.isAfter(LocalDate.of(2026, 12, 31))) {
                    expiry = LocalDate.of(2027 + random.nextInt(4), 1 + random.nextInt(12), 1);
                } else if (status.equals("LAPSED")) {
                    // in force by status, but its expiry has passed: the hourly job's work
                    status = "ACTIVE";
                    expiry = LocalDate.of(2026, 1 + random.nextInt(10), 1 + random.nextInt(28));
                } else if (status.equals("EXPIRED") && expiry.isAfter(LocalDate.of(2026, 11, 1))) {
                    expiry = LocalDate.of(2025, 1 + random.nextInt(12), 1);
                    effective = expiry.minusYears(2);
                }
                String[] topic = pick(TOPICS);
                String title = (dsa ? topic[0] + " data for " : "Memorandum on " + topic[0].toLowerCase() + " statistics, ")
                        + partnershipCountry.get(pid) + " " + year;
                String conf = pick(new String[] {"PUBLIC", "RESTRICTED", "CONFIDENTIAL", "CONFIDENTIAL"});
                a.row(id, String.format("%s-%d-%04d", cc, year, number), dsa ? "DSA" : "MOU", title, pid, cc,
                        dsa ? "dsa" : "mou", status, null, "owner." + id + "@bench.example.org",
                        effective, expiry, 90, expiry.minusMonths(6),
                        dsa ? topic[0] + " aggregated by municipality, " + (year - 5) + " onwards." : null,
                        dsa ? "Production of official statistics on " + topic[0].toLowerCase() + "." : null,
                        dsa ? "Law on Official Statistics, Art. 26." : null,
                        dsa && random.nextInt(5) == 0, null, dsa ? conf : null,
                        dsa ? "Cells with fewer than 10 units are suppressed." : null, dsa ? 10 : null,
                        dsa ? "Official statistics and the analyses agreed in the partnership." : null,
                        dsa ? "Commercial use; re-identification; transfer to third parties." : null,
                        dsa ? pick(new String[] {"SECURE_TRANSFER", "API", "SECURE_LAB", "OTHER"}) : null,
                        dsa ? "Monthly" : null, dsa ? "5 years" : null,
                        dsa ? "The receiving party deletes the data at the end of the retention period." : null,
                        dsa ? "Breaches are notified within 72 hours." : null,
                        dsa ? "The data remain the property of the provider." : null,
                        dsa ? Boolean.TRUE : null, dsa ? random.nextInt(4) == 0 : null,
                        "Each party bears its own costs.", "Renewable by amendment.",
                        0, created, "bench", loadedAt, "bench");
                boolean signed = switch (status) {
                    case "SIGNED", "ACTIVE", "EXPIRED", "TERMINATED" -> true;
                    default -> false;
                };
                List<Long> partners = partnershipPartners.get(pid);
                int order = 1;
                for (long o : partners.subList(0, Math.min(2, partners.size()))) {
                    party.row(id("agreement_party"), id, o, firstContact.get(o), "SIGNER", order++,
                            signed ? "SIGNED" : "PENDING", signed ? effective.minusDays(10).atTime(10, 0) : null,
                            signed ? "signer." + o : null, null, null, null);
                }
                auditSubjects.add(new Object[] {"Agreement", id, title});
            }
            say("  agreements " + a.rows() + ", parties " + party.rows());
            return List.of(a, party);
        }
    }

    private void updateAgreementCounters(Statement st) throws SQLException {
        for (var e : agreementCounter.entrySet()) {
            String[] key = e.getKey().split("-");
            st.addBatch("INSERT INTO agreement_counter (country_code, year, last_number) VALUES ('" + key[0] + "', "
                    + key[1] + ", " + e.getValue() + ") ON DUPLICATE KEY UPDATE last_number = GREATEST(last_number, "
                    + e.getValue() + ")");
        }
        st.executeBatch();
    }

    private final Map<Long, String> pilotCountry = new HashMap<>();

    private List<TsvTable> pilots(Path dir) throws Exception {
        try (TsvTable p = new TsvTable(dir, "pilot", "id, title, city_id, lead_id, policy_question, decision_text,"
                + " decision_body, decision_due, goal_types, statistical_methods, ml_technique, ml_purpose, status, phase,"
                + " version, created_at, created_by, modified_at, modified_by");
             TsvTable pDomain = new TsvTable(dir, "pilot_domain", "pilot_id, domain_id");
             TsvTable pPartnership = new TsvTable(dir, "pilot_partnership", "pilot_id, partnership_id");
             TsvTable pPartner = new TsvTable(dir, "pilot_partner", "pilot_id, organisation_id");
             TsvTable pSdg = new TsvTable(dir, "pilot_sdg", "pilot_id, sdg_code");
             TsvTable milestone = new TsvTable(dir, "pilot_milestone", "id, pilot_id, title, due, done_on, position")) {
            for (int k = 0; k < PILOTS; k++) {
                String cc = country();
                long id = id("pilot");
                long city = pick(citiesByCountry.get(cc));
                String[] topic = pick(TOPICS);
                String title = "Forecasting " + topic[0].toLowerCase() + " in " + cityName.get(city);
                String status = weighted(new String[] {"PLANNED", "RUNNING", "ON_HOLD", "COMPLETED", "CANCELLED"},
                        new int[] {20, 45, 10, 20, 5});
                int phase = switch (status) {
                    case "PLANNED" -> 1 + random.nextInt(2);
                    case "COMPLETED" -> 8;
                    default -> 2 + random.nextInt(6);
                };
                p.row(id, title, city, leadsByCountry.get(cc).get(0),
                        "How will " + topic[0].toLowerCase() + " develop in " + cityName.get(city) + ", and where should the city act?",
                        "Targeting of the city's " + topic[1].toLowerCase().replace('_', ' ') + " programme",
                        "City Assembly of " + cityName.get(city), date(2025, 2028),
                        pick(new String[] {"POLICY_MONITORING", "NEW_POLICY,INVESTMENT_PLAN", "POLICY_EVALUATION", "RESIDENT_INFORMATION"}),
                        "Small-area estimation; seasonal adjustment of monthly series.",
                        pick(new String[] {"Gradient-boosted trees", "Random forest", null, "Neural network"}), null,
                        status, phase, 0, created(), "bench", loadedAt, "bench");
                pDomain.row(id, domainId.get(topic[1]));
                List<Long> partnerships = partnershipsByCountry.get(cc);
                Set<Long> chosen = new LinkedHashSet<>();
                for (int j = 0; j < 1 + random.nextInt(2); j++) {
                    chosen.add(pick(partnerships));
                }
                chosen.forEach(ps -> pPartnership.row(id, ps));
                Set<Long> partners = new LinkedHashSet<>();
                for (int j = 0; j < 1 + random.nextInt(3); j++) {
                    partners.add(pick(orgsByCountry.get(cc)));
                }
                partners.forEach(o -> pPartner.row(id, o));
                pSdg.row(id, pick(sdgCodes));
                String[] steps = {"Data-sharing agreement signed", "First estimates reviewed", "Results presented to the city council"};
                for (int j = 0; j < steps.length; j++) {
                    LocalDate due = date(2025, 2028);
                    milestone.row(id("pilot_milestone"), id, steps[j], due, j < phase / 3 ? due.minusDays(5) : null, j);
                }
                pilotsByCountry.computeIfAbsent(cc, x -> new ArrayList<>()).add(id);
                pilotCountry.put(id, cc);
                auditSubjects.add(new Object[] {"Pilot", id, title});
            }
            say("  pilots " + p.rows());
            return List.of(p, pDomain, pPartnership, pPartner, pSdg, milestone);
        }
    }

    private List<TsvTable> datasets(Path dir) throws Exception {
        try (TsvTable d = new TsvTable(dir, "dataset", "id, title, description, provider_id, source_kind, agreement_id,"
                + " granularity, territorial_coverage, time_from, time_to, periodicity, confidentiality, personal_data,"
                + " format, access_url, partnership_id, pilot_id, version, created_at, created_by, modified_at, modified_by");
             TsvTable pilotDataset = new TsvTable(dir, "pilot_dataset", "pilot_id, dataset_id")) {
            for (int k = 0; k < DATASETS; k++) {
                String cc = country();
                long id = id("dataset");
                String[] topic = pick(TOPICS);
                long city = pick(citiesByCountry.get(cc));
                String granularity = pick(new String[] {"COUNTRY", "REGION", "MUNICIPALITY", "MUNICIPALITY", "DISTRICT", "GRID"});
                int from = 2000 + random.nextInt(24);
                String title = topic[0] + " " + pick(DATASET_KINDS) + " by " + granularity.toLowerCase() + ", "
                        + cityName.get(city) + " " + from;
                String conf = weighted(new String[] {"PUBLIC", "RESTRICTED", "CONFIDENTIAL"}, new int[] {50, 25, 25});
                Long partnership = random.nextInt(10) < 4 ? pick(partnershipsByCountry.get(cc)) : null;
                Long agreement = partnership != null && random.nextInt(10) < 6 ? firstAgreement.get(partnership) : null;
                List<Long> pilots = pilotsByCountry.get(cc);
                Long pilot = pilots != null && random.nextInt(20) == 0 ? pick(pilots) : null;
                d.row(id, title, topic[0] + " for " + cityName.get(city) + ", collected by the provider and documented for statistical use.",
                        pick(orgsByCountry.get(cc)),
                        pick(new String[] {"ADMINISTRATIVE", "SURVEY", "BIG_DATA", "GEOSPATIAL"}), agreement, granularity,
                        cityName.get(city), LocalDate.of(from, 1, 1), random.nextBoolean() ? null : LocalDate.of(Math.min(2026, from + 1 + random.nextInt(10)), 12, 31),
                        pick(new String[] {"DAILY", "WEEKLY", "MONTHLY", "QUARTERLY", "ANNUAL", "ANNUAL", "IRREGULAR", "ONCE"}),
                        conf, !conf.equals("PUBLIC") && random.nextInt(5) == 0,
                        pick(new String[] {"CSV", "XLSX", "JSON", "XML", "SDMX", "GEOJSON", "SHP", "DATABASE", "API"}),
                        conf.equals("PUBLIC") ? "https://data.example.org/" + cc.toLowerCase() + "/datasets/" + id : null,
                        partnership, pilot, 0, created(), "bench", loadedAt, "bench");
                datasetsByCountry.computeIfAbsent(cc, x -> new ArrayList<>()).add(id);
                if (k % 5 == 0) {
                    auditSubjects.add(new Object[] {"Dataset", id, title});
                }
            }
            // the datasets each pilot uses: two to five of its country's
            pilotsByCountry.forEach((cc, pilots) -> pilots.forEach(pilot -> {
                Set<Long> chosen = new LinkedHashSet<>();
                for (int j = 0; j < 2 + random.nextInt(4); j++) {
                    chosen.add(pick(datasetsByCountry.get(cc)));
                }
                chosen.forEach(ds -> pilotDataset.row(pilot, ds));
            }));
            say("  datasets " + d.rows());
            return List.of(d, pilotDataset);
        }
    }

    private List<TsvTable> indicators(Path dir) throws Exception {
        try (TsvTable ind = new TsvTable(dir, "indicator", "id, code, name_en, name_fr, name_ru, country_id, definition,"
                + " unit, sdg_code, methodology, pilot_id, disaggregations, version, created_at, created_by, modified_at,"
                + " modified_by");
             TsvTable indDataset = new TsvTable(dir, "indicator_dataset", "indicator_id, dataset_id");
             TsvTable obs = new TsvTable(dir, "observation", "id, indicator_id, territory_code, period, obs_value, status")) {
            for (int k = 0; k < INDICATORS; k++) {
                // the first few are Serbia's, Italy's and Poland's long monthly series (12,000 observations each)
                String cc = k < BIG_INDICATORS ? new String[] {"RS", "IT", "PL"}[k % 3] : country();
                long id = id("indicator");
                String[] topic = pick(TOPICS);
                String per = pick(new String[] {" per 1,000 inhabitants", " per inhabitant", ", total", ", share of households", " index"});
                List<Long> pilots = pilotsByCountry.get(cc);
                ind.row(id, MARK + cc + "-" + id, topic[0] + per, topic[3], topic[4], countryId.get(cc),
                        topic[0] + per + ", computed from administrative and survey data.", topic[2],
                        random.nextInt(3) == 0 ? null : pick(sdgCodes), "Official statistics combined with partner data.",
                        pilots != null && random.nextInt(10) == 0 ? pick(pilots) : null,
                        pick(new String[] {"sex, age", "municipality", null, "tariff group"}),
                        0, created(), "bench", loadedAt, "bench");
                Set<Long> sources = new LinkedHashSet<>();
                for (int j = 0; j < 1 + random.nextInt(3); j++) {
                    sources.add(pick(datasetsByCountry.get(cc)));
                }
                sources.forEach(ds -> indDataset.row(id, ds));
                List<String> territories = territoriesByCountry.get(cc);
                boolean monthly = k < BIG_INDICATORS;
                int nTerritories = monthly ? 50 : 1 + random.nextInt(28);
                double base = 10 + random.nextDouble() * 1000;
                for (int t = 0; t < nTerritories; t++) {
                    String territory = t < territories.size() ? territories.get(t) : cc + String.format("%04d", 9000 + t);
                    double level = base * (0.5 + random.nextDouble());
                    int periods = monthly ? 240 : 25;
                    for (int q = 0; q < periods; q++) {
                        String period = monthly ? String.format("%d-%02d", 2006 + q / 12, 1 + q % 12) : Integer.toString(2001 + q);
                        level *= 1 + (random.nextGaussian() * 0.02 + 0.002);
                        obs.row(id("observation"), id, territory, period, String.format(Locale.ROOT, "%.3f", level),
                                q == periods - 1 ? "P" : "F");
                    }
                }
                indicatorsByCountry.computeIfAbsent(cc, x -> new ArrayList<>()).add(id);
                auditSubjects.add(new Object[] {"Indicator", id, topic[0] + per});
            }
            say("  indicators " + ind.rows() + ", observations " + obs.rows());
            return List.of(ind, indDataset, obs);
        }
    }

    private List<TsvTable> decisions(Path dir) throws Exception {
        try (TsvTable d = new TsvTable(dir, "decision", "id, title, city_id, decided_on, body, summary, link, version,"
                + " created_at, created_by, modified_at, modified_by");
             TsvTable dInd = new TsvTable(dir, "decision_indicator", "decision_id, indicator_id");
             TsvTable dPilot = new TsvTable(dir, "decision_pilot", "decision_id, pilot_id")) {
            for (int k = 0; k < DECISIONS; k++) {
                String cc = country();
                long id = id("decision");
                long city = pick(citiesByCountry.get(cc));
                String[] topic = pick(TOPICS);
                String title = topic[0] + " programme " + (2020 + random.nextInt(8)) + ", " + cityName.get(city);
                d.row(id, title, city, date(2019, 2027), "City Assembly of " + cityName.get(city),
                        "Budget and eligibility set from the statistics on " + topic[0].toLowerCase() + ".",
                        "https://www.example.org/decisions/" + id, 0, created(), "bench", loadedAt, "bench");
                List<Long> indicators = indicatorsByCountry.get(cc);
                if (indicators != null) {
                    dInd.row(id, pick(indicators));
                }
                List<Long> pilots = pilotsByCountry.get(cc);
                if (pilots != null && random.nextInt(3) == 0) {
                    dPilot.row(id, pick(pilots));
                }
                auditSubjects.add(new Object[] {"Decision", id, title});
            }
            say("  decisions " + d.rows());
            return List.of(d, dInd, dPilot);
        }
    }

    private List<TsvTable> caseStudies(Path dir) throws Exception {
        String sections = "summary, motivation, organisational_context, data_context, approach, results, decision_impact, next_steps";
        try (TsvTable cs = new TsvTable(dir, "case_study", "id, country_id, slug, language, title, " + sections
                + ", search_text, status, owner_email, reviewer, reviewer_name, reviewer_email, rubric_sections_complete,"
                + " rubric_plain_language, rubric_self_contained, rubric_decision_impact, rubric_note, submissions,"
                + " published_at, version, created_at, created_by, modified_at, modified_by");
             TsvTable sub = new TsvTable(dir, "case_study_submission", "id, case_study_id, number, title, " + sections
                     + ", submitted_at, submitted_by");
             TsvTable csPartnership = new TsvTable(dir, "case_study_partnership", "case_study_id, partnership_id");
             TsvTable csPilot = new TsvTable(dir, "case_study_pilot", "case_study_id, pilot_id");
             TsvTable lesson = new TsvTable(dir, "lesson", "id, country_id, case_study_id, partnership_id, pilot_id,"
                     + " category, text, gsbpm_phase_id, source_kind, partner_sector_id, domain_id, ml_technique,"
                     + " version, created_at, created_by, modified_at, modified_by")) {
            for (int k = 0; k < CASE_STUDIES; k++) {
                String cc = country();
                long id = id("case_study");
                long city = pick(citiesByCountry.get(cc));
                String place = cityName.get(city);
                String[] topic = pick(TOPICS);
                String title = topic[0] + " in " + place + ": " + pick(OUTCOMES);
                String[] text = {
                    "The national statistical office and the City of " + place + " combined " + topic[0].toLowerCase()
                        + " data from partners with official statistics to support a decision of the city.",
                    "The city had to decide on its " + topic[1].toLowerCase().replace('_', ' ') + " programme and had no recent data.",
                    "The regional statistical office led the work with the city; a steering group met monthly.",
                    "**Administrative data** of the partners, survey data and the census; access took "
                        + (2 + random.nextInt(12)) + " months because of " + pick(REASONS) + ".",
                    "Small-area estimation calibrated against census data; a model for areas without data.",
                    "Estimates of " + topic[0].toLowerCase() + " by district, published as experimental statistics.",
                    "The city council used the results in its decision of " + date(2020, 2026) + ".",
                    "Repeat the estimates every year and sign a data-sharing agreement for the next period.",
                };
                String status = weighted(new String[] {"DRAFT", "SUBMITTED", "IN_REVIEW", "CHANGES_REQUESTED", "RESUBMITTED", "APPROVED", "PUBLISHED", "WITHDRAWN"},
                        new int[] {30, 8, 10, 5, 5, 7, 30, 5});
                int submissions = switch (status) {
                    case "DRAFT" -> 0;
                    case "RESUBMITTED" -> 2;
                    default -> 1;
                };
                boolean reviewed = !status.equals("DRAFT") && !status.equals("SUBMITTED");
                boolean met = status.equals("APPROVED") || status.equals("PUBLISHED");
                LocalDateTime created = created();
                Object[] row = new Object[38];
                int c = 0;
                row[c++] = id;
                row[c++] = countryId.get(cc);
                row[c++] = cc.toLowerCase() + "-" + slug(topic[0] + " " + place) + "-" + id;
                row[c++] = "en";
                row[c++] = title;
                for (String s : text) {
                    row[c++] = s;
                }
                row[c++] = title + "\n" + String.join("\n", text);
                row[c++] = status;
                row[c++] = "owner." + id + "@bench.example.org";
                row[c++] = reviewed ? "coordinator" : null;
                row[c++] = reviewed ? "Claire Martin" : null;
                row[c++] = reviewed ? "claire.martin@demo.unece.org" : null;
                row[c++] = met;
                row[c++] = met;
                row[c++] = met;
                row[c++] = met;
                row[c++] = null;
                row[c++] = submissions;
                row[c++] = status.equals("PUBLISHED") ? created.plusDays(60) : null;
                row[c++] = 0;
                row[c++] = created;
                row[c++] = "bench";
                row[c++] = loadedAt;
                row[c++] = "bench";
                cs.row(java.util.Arrays.copyOf(row, c));
                for (int n = 1; n <= submissions; n++) {
                    Object[] s = new Object[14];
                    s[0] = id("case_study_submission");
                    s[1] = id;
                    s[2] = n;
                    s[3] = title;
                    System.arraycopy(text, 0, s, 4, 8);
                    s[12] = created.plusDays(10L * n);
                    s[13] = "bench";
                    sub.row(s);
                }
                csPartnership.row(id, pick(partnershipsByCountry.get(cc)));
                List<Long> pilots = pilotsByCountry.get(cc);
                Long pilot = pilots != null && random.nextInt(10) == 0 ? pick(pilots) : null;
                if (pilot != null) {
                    csPilot.row(id, pilot);
                }
                for (int j = 0; j < LESSONS_PER_CASE_STUDY; j++) {
                    String category = pick(new String[] {"PLANNED_VS_ACHIEVED", "STILL_TO_ACHIEVE", "SUCCESS_FACTOR", "OBSTACLE", "RECOMMENDATION"});
                    String lessonText = switch (category) {
                        case "OBSTACLE" -> "Access to " + topic[0].toLowerCase() + " data took months longer than planned because of " + pick(REASONS) + ".";
                        case "SUCCESS_FACTOR" -> "A steering group with the data holder met monthly and kept the data flowing.";
                        case "RECOMMENDATION" -> "Sign the data-sharing agreement before the pilot starts and agree on the clearance of publications.";
                        case "STILL_TO_ACHIEVE" -> "Regular production of the " + topic[0].toLowerCase() + " statistics is still to be agreed.";
                        default -> "Planned: estimates by district; achieved: estimates by municipality only.";
                    };
                    lesson.row(id("lesson"), countryId.get(cc), id, null, null, category, lessonText,
                            pick(phaseIds), pick(new String[] {"ADMINISTRATIVE", "SURVEY", "BIG_DATA", "GEOSPATIAL", null}),
                            typeId.get(pick(new String[] {"MUNICIPALITY", "UTILITY", "PRIVATE", "ACADEMIC"})),
                            domainId.get(topic[1]),
                            pick(new String[] {"NONE", "REGRESSION", "CLASSIFICATION", "TIME_SERIES", "NLP", null}),
                            0, created, "bench", loadedAt, "bench");
                }
                caseStudiesByCountry.computeIfAbsent(cc, x -> new ArrayList<>()).add(id);
                auditSubjects.add(new Object[] {"CaseStudy", id, title});
            }
            say("  case studies " + cs.rows() + ", lessons " + lesson.rows());
            return List.of(cs, sub, csPartnership, csPilot, lesson);
        }
    }

    private List<TsvTable> communication(Path dir) throws Exception {
        try (TsvTable a = new TsvTable(dir, "dissemination_activity", "id, kind, title, held_on, place, online,"
                + " audience, outcome, public_event, country_id, version, created_at, created_by, modified_at, modified_by");
             TsvTable aCountry = new TsvTable(dir, "activity_country", "activity_id, country_id");
             TsvTable aCase = new TsvTable(dir, "activity_case_study", "activity_id, case_study_id");
             TsvTable aPilot = new TsvTable(dir, "activity_pilot", "activity_id, pilot_id");
             TsvTable aAttendance = new TsvTable(dir, "activity_attendance", "activity_id, organisation_id, attendees");
             TsvTable g = new TsvTable(dir, "guideline", "id, slug, title, category, language, summary, body, published,"
                     + " revision, version, created_at, created_by, modified_at, modified_by");
             TsvTable gRev = new TsvTable(dir, "guideline_revision", "id, guideline_id, revision, title, body, note,"
                     + " changed_at, changed_by")) {
            for (int k = 0; k < ACTIVITIES; k++) {
                String cc = country();
                long id = id("dissemination_activity");
                String[] topic = pick(TOPICS);
                boolean online = random.nextInt(3) == 0;
                String title = topic[0] + " data: results for " + cityName.get(pick(citiesByCountry.get(cc)));
                a.row(id, pick(new String[] {"SEMINAR", "WEBINAR", "MANAGEMENT_MEETING", "WORKSHOP", "PUBLICATION", "PRESS_RELEASE"}),
                        title, date(2019, 2027), online ? null : cityName.get(pick(citiesByCountry.get(cc))), online,
                        "City officials and statisticians", "Results discussed; follow-up agreed.", random.nextBoolean(),
                        countryId.get(cc), 0, created(), "bench", loadedAt, "bench");
                aCountry.row(id, countryId.get(cc));
                if (random.nextInt(5) == 0) {
                    aCase.row(id, pick(caseStudiesByCountry.get(cc)));
                }
                List<Long> pilots = pilotsByCountry.get(cc);
                if (pilots != null && random.nextInt(5) == 0) {
                    aPilot.row(id, pick(pilots));
                }
                aAttendance.row(id, pick(leadsByCountry.get(cc)), 1 + random.nextInt(30));
                auditSubjects.add(new Object[] {"Activity", id, title});
            }
            String[] categories = {"METHODOLOGY", "DATA_ACCESS", "LEGAL", "PARTNERSHIPS", "COMMUNICATION", "QUALITY", "TOOLS"};
            for (int k = 0; k < GUIDELINES; k++) {
                long id = id("guideline");
                String[] topic = pick(TOPICS);
                String title = "Working with " + topic[0].toLowerCase() + " data, part " + (k + 1);
                String body = "## Why\n\nCities need " + topic[0].toLowerCase() + " data.\n\n## How\n\n"
                        + "1. Open the conversation with the data holder early.\n2. Agree on the terms in a data-sharing agreement.\n";
                g.row(id, "bench-" + slug(title), title, pick(categories), "en", "How to obtain and use " + topic[0].toLowerCase() + " data.",
                        body, random.nextInt(10) < 7, 1, 0, created(), "bench", loadedAt, "bench");
                gRev.row(id("guideline_revision"), id, 1, title, body, "First version", created(), "bench");
            }
            say("  activities " + a.rows() + ", guidelines " + g.rows());
            return List.of(a, aCountry, aCase, aPilot, aAttendance, g, gRev);
        }
    }

    private TsvTable audit(Path dir) throws Exception {
        try (TsvTable t = new TsvTable(dir, "audit_entry", "id, at, actor, entity_type, entity_id, entity_label, action, changes")) {
            String[] actors = {"manager.rs", "manager.it", "staff.pl", "coordinator", "admin", "bench.user"};
            for (int k = 0; k < AUDIT_ENTRIES; k++) {
                Object[] subject = auditSubjects.get(k < auditSubjects.size() ? k : random.nextInt(auditSubjects.size()));
                boolean create = k < auditSubjects.size();
                String label = (String) subject[2];
                String changes = create
                        ? "[{\"field\":\"title\",\"before\":null,\"after\":\"" + label.replace("\"", "'") + "\"}]"
                        : "[{\"field\":\"status\",\"before\":\"DRAFT\",\"after\":\"ACTIVE\"}]";
                t.row(id("audit_entry"), created(), pick(actors), subject[0], subject[1],
                        label.length() > 200 ? label.substring(0, 200) : label, create ? "CREATE" : "UPDATE", changes);
            }
            say("  audit entries " + t.rows());
            return t;
        }
    }

    // ---------------------------------------------------------------- distributions

    /** A country drawn by its weight. */
    private String country() {
        double x = random.nextDouble() * cumulativeWeight[cumulativeWeight.length - 1];
        for (int i = 0; i < cumulativeWeight.length; i++) {
            if (x < cumulativeWeight[i]) {
                return countries.get(i);
            }
        }
        return countries.get(countries.size() - 1);
    }

    private String weighted(String[] values, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String place() {
        return pick(SYLLABLES_A) + pick(SYLLABLES_B);
    }

    /** A creation time spread over ten years, more recent ones more often. */
    private LocalDateTime created() {
        double x = Math.sqrt(random.nextDouble());
        return LocalDateTime.of(2016, 1, 1, 8, 0).plusMinutes((long) (x * 10.9 * 365 * 24 * 60));
    }

    private LocalDate date(int fromYear, int toYear) {
        return LocalDate.of(fromYear, 1, 1).plusDays(random.nextInt((toYear - fromYear) * 365));
    }

    private static String slug(String s) {
        return ascii(s).toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static String ascii(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace("ı", "i").replace("ł", "l");
    }

    private static void say(String line) {
        System.out.println("[bench] " + line);
    }
}
