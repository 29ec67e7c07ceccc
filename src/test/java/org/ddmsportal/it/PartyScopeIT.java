package org.ddmsportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.ddmsportal.application.casestudy.LessonForm;
import org.ddmsportal.application.casestudy.LessonService;
import org.ddmsportal.application.data.DatasetForm;
import org.ddmsportal.application.data.DatasetService;
import org.ddmsportal.application.data.IndicatorForm;
import org.ddmsportal.application.data.IndicatorService;
import org.ddmsportal.application.decision.DecisionForm;
import org.ddmsportal.application.decision.DecisionService;
import org.ddmsportal.application.partnership.PartnershipForm;
import org.ddmsportal.application.partnership.PartnershipService;
import org.ddmsportal.application.picker.Picker;
import org.ddmsportal.application.picker.PickerService;
import org.ddmsportal.application.pilot.PilotForm;
import org.ddmsportal.application.pilot.PilotService;
import org.ddmsportal.application.organisation.OrganisationForm;
import org.ddmsportal.application.organisation.OrganisationService;
import org.ddmsportal.application.search.RecordSearch;
import org.ddmsportal.application.search.SearchService;
import org.ddmsportal.application.search.RecordSearch.Kind;
import org.ddmsportal.application.shared.InvalidInputException;
import org.ddmsportal.application.shared.NotFoundException;
import org.ddmsportal.domain.agreement.Confidentiality;
import org.ddmsportal.domain.casestudy.Lesson;
import org.ddmsportal.domain.casestudy.LessonCategory;
import org.ddmsportal.domain.data.SourceKind;
import org.ddmsportal.domain.partnership.PartnerRole;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.partnership.PartnershipType;
import org.ddmsportal.domain.shared.AbstractEntity;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;
import org.ddmsportal.domain.shared.Role;
import org.ddmsportal.domain.workflow.WorkflowEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14, "a contact only sees what their organisation takes part in", on the real WAR: the
 * contact of company A lists, opens, finds and gets through the API what A takes part in, and
 * none of it for company B — partnerships, pilots, datasets, indicators, decisions; a public
 * dataset stays readable; the NSI's users of the country still see all of it.
 */
@ExtendWith(ArquillianExtension.class)
class PartyScopeIT {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject OrganisationService organisations;
    @Inject PartnershipService partnerships;
    @Inject PilotService pilots;
    @Inject DatasetService datasets;
    @Inject IndicatorService indicators;
    @Inject DecisionService decisions;
    @Inject RecordSearch search;
    @Inject PickerService pickers;
    @Inject LessonService lessons;
    @Inject SearchService lessonSearch;

    /**
     * Two Serbian partnerships of the NSI: A's with company A as partner, B's with company B. A
     * pilot of each partnership (both in B's city), a confidential dataset of each company, a
     * public one of B, an indicator from each confidential dataset (B's also produced by B's
     * pilot), and a decision of the city drawing on each pilot (B's also on B's indicator).
     */
    final class Scenario {
        final long n = SEQUENCE.incrementAndGet();
        final String word = "Scq" + n;
        final String codeA = "SCA-" + n;
        final String codeB = "SCB-" + n;
        final long nsi = organisation("SORS " + word, "NSI", null, null);
        final long companyA = organisation("Alpha company " + word, "UTILITY", codeA, null);
        final long companyB = organisation("Beta company " + word, "UTILITY", codeB, null);
        final long city = organisation("Betaville " + word, "MUNICIPALITY", null, "S" + n);
        final long partnershipA = partnership("Alpha partnership " + word, companyA);
        final long partnershipB = partnership("Beta partnership " + word, companyB);
        final long datasetA = dataset("Alpha data " + word, companyA, partnershipA, Confidentiality.CONFIDENTIAL);
        final long datasetB = dataset("Beta data " + word, companyB, partnershipB, Confidentiality.CONFIDENTIAL);
        final long openB = dataset("Beta open data " + word, companyB, partnershipB, Confidentiality.PUBLIC);
        final long pilotA = pilot("Alpha pilot " + word, partnershipA, datasetA);
        final long pilotB = pilot("Beta pilot " + word, partnershipB, datasetB);
        final long indicatorA = indicator("SCA-IND-" + n, "Alpha indicator " + word, datasetA, null);
        final long indicatorB = indicator("SCB-IND-" + n, "Beta indicator " + word, datasetB, pilotB);
        final long decisionA = decision("Alpha decision " + word, List.of(pilotA), List.of());
        final long decisionB = decision("Beta decision " + word, List.of(pilotB), List.of(indicatorB));

        Actor contactOfA() {
            return new Actor("it.scope.a." + n, "Contact A", "a." + n + "@alpha.test", Set.of(Role.CONTACT), "RS", codeA);
        }

        private long organisation(String name, String type, String code, String territory) {
            OrganisationForm form = new OrganisationForm();
            form.setName(name);
            form.setCountryCode("RS");
            form.setTypeCode(type);
            form.setCode(code);
            if (territory != null) {
                form.setTerritorialCode(territory);
                form.setLatitude(new java.math.BigDecimal("45.267100"));
                form.setLongitude(new java.math.BigDecimal("19.833500"));
            }
            return organisations.create(Actors.ADMIN, form);
        }

        private long partnership(String title, long partner) {
            PartnershipForm form = new PartnershipForm();
            form.setTitle(title);
            form.setLeadId(nsi);
            form.setType(PartnershipType.DATA_SHARING);
            PartnershipForm.PartnerRow row = new PartnershipForm.PartnerRow();
            row.setOrganisationId(partner);
            row.setRole(PartnerRole.DATA_PROVIDER);
            form.getPartners().add(row);
            return partnerships.create(Actors.ADMIN, form);
        }

        private long dataset(String title, long provider, long partnership, Confidentiality confidentiality) {
            DatasetForm form = new DatasetForm();
            form.setTitle(title);
            form.setProviderId(provider);
            form.setSourceKind(SourceKind.ADMINISTRATIVE);
            form.setPartnershipId(partnership);
            form.setConfidentiality(confidentiality);
            return datasets.create(Actors.ADMIN, form);
        }

        private long pilot(String title, long partnership, long dataset) {
            PilotForm form = new PilotForm();
            form.setTitle(title);
            form.setCityId(city);
            form.setLeadId(nsi);
            form.setPolicyQuestion("Who pays for what?");
            form.setDatasetIds(List.of(dataset));
            form.setPartnershipIds(List.of(partnership));
            return pilots.create(Actors.ADMIN, form);
        }

        private long indicator(String code, String name, long dataset, Long pilot) {
            IndicatorForm form = new IndicatorForm();
            form.setCode(code);
            form.setNameEn(name);
            form.setNameFr(name);
            form.setNameRu(name);
            form.setUnit("kWh");
            form.setPilotId(pilot);
            form.setDatasetIds(List.of(dataset));
            return indicators.create(Actors.MANAGER_RS, form);   // of Serbia: the admin has no country
        }

        private long decision(String title, List<Long> pilotIds, List<Long> indicatorIds) {
            DecisionForm form = new DecisionForm();
            form.setTitle(title);
            form.setCityId(city);
            form.setDecidedOn(LocalDate.now());
            form.setBody("City Assembly");
            form.setPilotIds(pilotIds);
            form.setIndicatorIds(indicatorIds);
            return decisions.create(Actors.ADMIN, form);
        }
    }

    private static PageRequest filtered(String field, String value) {
        return new PageRequest(0, 50, null, true, Map.of(field, value), null);
    }

    private static PageRequest searched(String text) {
        return new PageRequest(0, 50, null, true, Map.of(), text);
    }

    private static <T extends AbstractEntity> Set<Long> ids(Page<T> page) {
        Set<Long> ids = new HashSet<>();
        page.rows().forEach(r -> ids.add(r.getId()));
        return ids;
    }

    private Set<Long> found(Actor actor, Kind kind, String text) {
        Set<Long> ids = new HashSet<>();
        search.group(actor, kind, text, 1, Locale.ENGLISH).items().forEach(i -> ids.add(i.id()));
        return ids;
    }

    /** What each list shows the actor of the scenario's records, by kind. */
    private Map<Kind, Set<Long>> lists(Actor a, Scenario s) {
        return Map.of(
                Kind.PARTNERSHIP, ids(partnerships.search(a, filtered("title", s.word))),
                Kind.PILOT, ids(pilots.search(a, filtered("title", s.word))),
                Kind.DATASET, ids(datasets.search(a, filtered("title", s.word))),
                Kind.INDICATOR, ids(indicators.search(a, filtered("name", s.word))),
                Kind.DECISION, ids(decisions.search(a, filtered("title", s.word))));
    }

    @Test
    void aContactListsOpensAndFindsOnlyWhatTheirOrganisationTakesPartIn() {
        Scenario s = new Scenario();
        Actor a = s.contactOfA();
        Map<Kind, Set<Long>> expected = Map.of(
                Kind.PARTNERSHIP, Set.of(s.partnershipA),
                Kind.PILOT, Set.of(s.pilotA),
                Kind.DATASET, Set.of(s.datasetA, s.openB),
                Kind.INDICATOR, Set.of(s.indicatorA),
                Kind.DECISION, Set.of(s.decisionA));
        assertEquals(expected, lists(a, s), "the lists");
        // the header search: the same rule as the lists
        for (var e : expected.entrySet()) {
            assertEquals(e.getValue(), found(a, e.getKey(), s.word), "search " + e.getKey());
        }
        assertTrue(search.overview(a, s.word, Locale.ENGLISH).stream()
                .flatMap(g -> g.items().stream().map(i -> g.kind() + "-" + i.id()))
                .noneMatch(k -> k.equals(Kind.PARTNERSHIP + "-" + s.partnershipB) || k.equals(Kind.PILOT + "-" + s.pilotB)
                        || k.equals(Kind.DATASET + "-" + s.datasetB) || k.equals(Kind.INDICATOR + "-" + s.indicatorB)
                        || k.equals(Kind.DECISION + "-" + s.decisionB)), "the overview");
        // opened by id: A's, and "not found" for B's (its existence is not disclosed)
        assertEquals(s.partnershipA, partnerships.get(a, s.partnershipA).getId());
        assertEquals(s.pilotA, pilots.get(a, s.pilotA).getId());
        assertEquals(s.datasetA, datasets.get(a, s.datasetA).getId());
        assertEquals(s.openB, datasets.get(a, s.openB).getId(), "a public dataset");
        assertEquals(s.indicatorA, indicators.get(a, s.indicatorA).getId());
        assertEquals(s.decisionA, decisions.get(a, s.decisionA).getId());
        assertThrows(NotFoundException.class, () -> partnerships.get(a, s.partnershipB));
        assertThrows(NotFoundException.class, () -> pilots.get(a, s.pilotB));
        assertThrows(NotFoundException.class, () -> datasets.get(a, s.datasetB));
        assertThrows(NotFoundException.class, () -> indicators.get(a, s.indicatorB));
        assertThrows(NotFoundException.class, () -> decisions.get(a, s.decisionB));
        assertTrue(partnerships.find(a, s.partnershipB).isEmpty() && pilots.find(a, s.pilotB).isEmpty()
                && datasets.find(a, s.datasetB).isEmpty() && indicators.find(a, s.indicatorB).isEmpty()
                && decisions.find(a, s.decisionB).isEmpty(), "the pages' find");
        // B's data, B's indicator's series: refused as the indicator is
        assertThrows(NotFoundException.class, () -> indicators.series(a, s.indicatorB));
        // the workspace's partnership counts: A's one, not the country's
        assertEquals(1L, partnerships.statusCounts(a).values().stream().mapToLong(Long::longValue).sum(),
                "a contact counts what they read");
        // a list asked for B's records by its filters still holds none of them
        assertTrue(ids(partnerships.search(a, filtered("organisation", Long.toString(s.companyB)))).isEmpty());
        assertTrue(ids(datasets.search(a, filtered("partnership", Long.toString(s.partnershipB))))
                .equals(Set.of(s.openB)));
        assertTrue(ids(pilots.search(a, searched(s.word))).equals(Set.of(s.pilotA)), "the list's global search");
        // the pickers (a city's contact records decisions on pilots and indicators): the same rule
        assertEquals(Set.of(s.pilotA), picked(a, Picker.ANY_PILOT, "Alpha pilot " + s.word, "Beta pilot " + s.word));
        assertEquals(Set.of(s.indicatorA), picked(a, Picker.ANY_INDICATOR, "SCA-IND-" + s.n, "SCB-IND-" + s.n));
        assertEquals(Set.of(s.partnershipA), picked(a, Picker.PARTNERSHIP, "Alpha partnership " + s.word,
                "Beta partnership " + s.word));
        assertEquals(Set.of(s.datasetA, s.openB), picked(a, Picker.DATASET, "Alpha data " + s.word,
                "Beta data " + s.word, "Beta open data " + s.word));
        assertEquals(2, picked(Actors.MANAGER_RS, Picker.ANY_PILOT, "Alpha pilot " + s.word, "Beta pilot " + s.word).size());
    }

    @Test
    void aRecordsLifecycleAndHistoryByIdAreRefusedToWhoMayNotReadIt() {
        Scenario s = new Scenario();
        Actor a = s.contactOfA();
        partnerships.transition(Actors.ADMIN, s.partnershipA, partnerships.get(Actors.ADMIN, s.partnershipA).getVersion(),
                "startNegotiation", "Talks begin");
        assertEquals(List.of("startNegotiation"), partnerships.lifecycle(a, s.partnershipA).stream()
                .map(WorkflowEvent::getTransition).toList(), "A's partnership: its moves");
        assertFalse(partnerships.history(a, s.partnershipA).isEmpty(), "and its audit entries");
        assertFalse(pilots.history(a, s.pilotA).isEmpty());
        // B's: "not found", as B's record itself (no events, no audit entries, no existence disclosed)
        assertThrows(NotFoundException.class, () -> partnerships.lifecycle(a, s.partnershipB));
        assertThrows(NotFoundException.class, () -> partnerships.history(a, s.partnershipB));
        assertThrows(NotFoundException.class, () -> pilots.lifecycle(a, s.pilotB));
        assertThrows(NotFoundException.class, () -> pilots.history(a, s.pilotB));
        Partnership loadedB = partnerships.get(Actors.MANAGER_RS, s.partnershipB);
        assertThrows(NotFoundException.class, () -> partnerships.lifecycle(a, loadedB), "a record loaded by someone else");
        assertThrows(NotFoundException.class, () -> partnerships.history(a, loadedB));
    }

    /**
     * The lessons learned on a partnership or pilot are read as the record is: A's contact reads
     * those of A's, by the record's id (the REST API) or on its loaded page, and finds them in
     * the lessons' search; B's are "not found" and never among the search's hits. The country's
     * NSI still finds both.
     */
    @Test
    void aContactReadsAndFindsOnlyTheLessonsOfWhatTheirOrganisationTakesPartIn() {
        Scenario s = new Scenario();
        Actor a = s.contactOfA();
        long lessonA = lesson(LessonService.PARTNERSHIP, s.partnershipA, "Alpha lesson " + s.word);
        long lessonB = lesson(LessonService.PARTNERSHIP, s.partnershipB, "Beta lesson " + s.word);
        long pilotLessonA = lesson(LessonService.PILOT, s.pilotA, "Alpha pilot lesson " + s.word);
        long pilotLessonB = lesson(LessonService.PILOT, s.pilotB, "Beta pilot lesson " + s.word);

        assertEquals(List.of(lessonA), lessons.attachedTo(a, LessonService.PARTNERSHIP, s.partnershipA).stream()
                .map(Lesson::getId).toList());
        assertEquals(List.of(pilotLessonA), lessons.attachedTo(a, LessonService.PILOT, s.pilotA).stream()
                .map(Lesson::getId).toList());
        assertThrows(NotFoundException.class, () -> lessons.attachedTo(a, LessonService.PARTNERSHIP, s.partnershipB));
        assertThrows(NotFoundException.class, () -> lessons.attachedTo(a, LessonService.PILOT, s.pilotB));
        Partnership loadedB = partnerships.get(Actors.MANAGER_RS, s.partnershipB);
        assertThrows(NotFoundException.class, () -> lessons.attachedTo(a, loadedB), "a record loaded by someone else");
        assertThrows(NotFoundException.class, () -> lessons.attachedTo(a, pilots.get(Actors.MANAGER_RS, s.pilotB)));

        assertEquals(Set.of(lessonA, pilotLessonA), foundLessons(a, s.word), "the contact's search");
        assertEquals(Set.of(lessonA, lessonB, pilotLessonA, pilotLessonB), foundLessons(Actors.MANAGER_RS, s.word),
                "the NSI's search");
        Actor none = new Actor("it.scope.none." + s.n, "None", "none." + s.n + "@x.test", Set.of(Role.CONTACT), "RS", null);
        assertTrue(foundLessons(none, s.word).isEmpty(), "a contact without organisation");
    }

    /**
     * A city's contact records the city's decisions, informed only by pilots and indicators they
     * read: another partnership's pilot or indicator is "unknown", as a wrong id would be (the
     * REST API takes any id), and nothing is recorded.
     */
    @Test
    void aCitysContactLinksADecisionOnlyToWhatTheyRead() {
        Scenario s = new Scenario();
        String code = "SCG-" + s.n;
        long gammaville = s.organisation("Gammaville " + s.word, "MUNICIPALITY", code, "G" + s.n);
        Actor cityContact = new Actor("it.scope.g." + s.n, "Contact G", "g." + s.n + "@gamma.test", Set.of(Role.CONTACT),
                "RS", code);
        assertTrue(decisions.mayCreate(cityContact), "a city's contact is offered the form");
        assertFalse(decisions.mayCreate(s.contactOfA()), "a utility's contact is not: they have no city to record for");
        DecisionForm form = new DecisionForm();
        form.setTitle("Gamma decision " + s.word);
        form.setCityId(gammaville);
        form.setDecidedOn(LocalDate.now());
        form.setBody("City Council");
        form.setPilotIds(new java.util.ArrayList<>(List.of(s.pilotA)));
        assertEquals("error.dataset.unknownPilot",
                assertThrows(InvalidInputException.class, () -> decisions.create(cityContact, form)).messageKey());
        form.setPilotIds(new java.util.ArrayList<>());
        form.setIndicatorIds(new java.util.ArrayList<>(List.of(s.indicatorA)));
        assertEquals("error.decision.unknownIndicator",
                assertThrows(InvalidInputException.class, () -> decisions.create(cityContact, form)).messageKey());
        assertTrue(ids(decisions.search(Actors.ADMIN, filtered("title", "Gamma decision " + s.word))).isEmpty(),
                "nothing recorded");
        form.setIndicatorIds(new java.util.ArrayList<>());
        long id = decisions.create(cityContact, form);
        assertEquals(gammaville, decisions.get(cityContact, id).getCity().getId(), "without the links, recorded");
    }

    private long lesson(String kind, long owner, String text) {
        LessonForm form = new LessonForm();
        form.setCategory(LessonCategory.OBSTACLE);
        form.setText(text);
        return lessons.add(Actors.ADMIN, kind, owner, form);
    }

    private Set<Long> foundLessons(Actor actor, String word) {
        Set<Long> ids = new HashSet<>();
        lessonSearch.search(actor, new SearchService.Query(word, Map.of(), 0, 50)).hits().stream()
                .filter(h -> h.kind().equals("lesson")).forEach(h -> ids.add(h.id()));
        return ids;
    }

    /** What the picker suggests to the actor for each of the texts. */
    private Set<Long> picked(Actor actor, Picker picker, String... texts) {
        Set<Long> ids = new HashSet<>();
        for (String text : texts) {
            pickers.suggest(actor, picker, text, null, Locale.ENGLISH).forEach(p -> ids.add(p.id()));
        }
        return ids;
    }

    @Test
    void aContactWithoutOrganisationSeesOnlyPublicDatasets() {
        Scenario s = new Scenario();
        Actor none = new Actor("it.scope.none." + s.n, "None", "none." + s.n + "@x.test", Set.of(Role.CONTACT), "RS", null);
        Map<Kind, Set<Long>> found = lists(none, s);
        assertEquals(Set.of(s.openB), found.get(Kind.DATASET));
        assertTrue(found.get(Kind.PARTNERSHIP).isEmpty() && found.get(Kind.PILOT).isEmpty()
                && found.get(Kind.INDICATOR).isEmpty() && found.get(Kind.DECISION).isEmpty(), found.toString());
    }

    @Test
    void theNsiOfTheCountryAndTheCoordinatorStillSeeEverything() {
        Scenario s = new Scenario();
        Map<Kind, Set<Long>> all = Map.of(
                Kind.PARTNERSHIP, Set.of(s.partnershipA, s.partnershipB),
                Kind.PILOT, Set.of(s.pilotA, s.pilotB),
                Kind.DATASET, Set.of(s.datasetA, s.datasetB, s.openB),
                Kind.INDICATOR, Set.of(s.indicatorA, s.indicatorB),
                Kind.DECISION, Set.of(s.decisionA, s.decisionB));
        for (Actor a : List.of(Actors.MANAGER_RS, Actors.STAFF_RS, Actors.COORDINATOR)) {
            assertEquals(all, lists(a, s), a.username());
            assertEquals(all.get(Kind.PILOT), found(a, Kind.PILOT, s.word), a.username());
            assertEquals(s.partnershipB, partnerships.get(a, s.partnershipB).getId());
            assertEquals(s.decisionB, decisions.get(a, s.decisionB).getId());
        }
    }

    @Test
    void theApiGivesAContactWhatTheListsGiveThem() {
        Scenario s = new Scenario();
        String username = "it.scope.api." + s.n;
        KeycloakUsers.ensure(username, "api.scope." + s.n + "@alpha.test", "contact", "RS", s.codeA);
        String token = ApiClient.userToken(username);
        Function<String, Set<Long>> listed = path -> {
            HttpResponse<String> r = ApiClient.get(ApiClient.v1(path), token);
            assertEquals(200, r.statusCode(), path + ": " + r.body());
            Set<Long> ids = new HashSet<>();
            ApiClient.object(r.body()).getJsonArray("items")
                    .forEach(v -> ids.add(((JsonObject) v).getJsonNumber("id").longValue()));
            return ids;
        };
        String q = ApiClient.enc(s.word);
        assertEquals(Set.of(s.partnershipA), listed.apply("partnerships?title=" + q));
        assertEquals(Set.of(s.pilotA), listed.apply("pilots?title=" + q));
        assertEquals(Set.of(s.datasetA, s.openB), listed.apply("datasets?title=" + q));
        assertEquals(Set.of(s.indicatorA), listed.apply("indicators?q=" + q));
        assertEquals(Set.of(s.decisionA), listed.apply("decisions?title=" + q));
        for (String own : List.of("partnerships/" + s.partnershipA, "pilots/" + s.pilotA, "datasets/" + s.datasetA,
                "indicators/" + s.indicatorA, "decisions/" + s.decisionA)) {
            assertEquals(200, ApiClient.get(ApiClient.v1(own), token).statusCode(), own);
        }
        for (String theirs : List.of("partnerships/" + s.partnershipB, "pilots/" + s.pilotB, "datasets/" + s.datasetB,
                "indicators/" + s.indicatorB, "decisions/" + s.decisionB)) {
            assertEquals(404, ApiClient.get(ApiClient.v1(theirs), token).statusCode(), theirs);
        }
        assertFalse(listed.apply("partnerships?organisationId=" + s.companyB).contains(s.partnershipB));
    }
}
