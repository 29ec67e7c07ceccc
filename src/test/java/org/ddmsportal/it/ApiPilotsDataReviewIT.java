package org.ddmsportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.ddmsportal.apitest.OpenApiDocument;
import org.ddmsportal.application.agreement.AgreementDrafting;
import org.ddmsportal.application.agreement.AgreementForm;
import org.ddmsportal.application.casestudy.CaseStudyAuthoring;
import org.ddmsportal.application.casestudy.CaseStudyForm;
import org.ddmsportal.application.casestudy.CaseStudyQueries;
import org.ddmsportal.application.casestudy.CaseStudyReview;
import org.ddmsportal.application.data.DatasetForm;
import org.ddmsportal.application.data.DatasetService;
import org.ddmsportal.application.data.IndicatorForm;
import org.ddmsportal.application.data.IndicatorService;
import org.ddmsportal.application.partnership.PartnershipForm;
import org.ddmsportal.application.partnership.PartnershipService;
import org.ddmsportal.application.pilot.PilotForm;
import org.ddmsportal.application.pilot.PilotService;
import org.ddmsportal.application.organisation.OrganisationForm;
import org.ddmsportal.application.organisation.OrganisationService;
import org.ddmsportal.domain.agreement.AgreementKind;
import org.ddmsportal.domain.agreement.Confidentiality;
import org.ddmsportal.domain.casestudy.Section;
import org.ddmsportal.domain.data.SourceKind;
import org.ddmsportal.domain.partnership.PartnerRole;
import org.ddmsportal.domain.partnership.PartnershipType;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST API's remaining resources (pilots, datasets, indicators and observations, decisions,
 * case studies and their review, lessons, guidelines, activities) on the real WAR with the real
 * Keycloak, played by an integrator: a machine's client-credentials token (the integration
 * client's service account: NSI manager, Serbia), realm users' tokens for the other roles. Each
 * test builds its own Serbian chain through the use cases, then works only over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
public class ApiPilotsDataReviewIT {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime());

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    OrganisationService organisations;

    @Inject
    PartnershipService partnerships;

    @Inject
    AgreementDrafting agreementDrafting;

    @Inject
    DatasetService datasets;

    @Inject
    IndicatorService indicators;

    @Inject
    PilotService pilots;

    @Inject
    CaseStudyAuthoring authoring;

    @Inject
    CaseStudyReview review;

    @Inject
    CaseStudyQueries caseStudies;

    /** A Serbian chain: partnership → draft agreement → company dataset → pilot → indicator. */
    private final class Chain {
        final long n = SEQUENCE.incrementAndGet();
        final long nsi = organisation("SORS API " + n, "NSI", null);
        final String territory = "A" + (n % 100000000L);
        final long city = organisation("API City " + n, "MUNICIPALITY", territory);
        final long company = organisation("API company " + n, "UTILITY", null);
        final long partnership = partnership();
        final long agreement = agreement();
        final long companyData = dataset("API consumption " + n, company, agreement);
        final long pilot = pilot();
        final String code = "API-IND-" + n;
        final long indicator = indicator();

        private long partnership() {
            PartnershipForm form = new PartnershipForm();
            form.setTitle("API energy " + n);
            form.setLeadId(nsi);
            form.setType(PartnershipType.DATA_SHARING);
            PartnershipForm.PartnerRow row = new PartnershipForm.PartnerRow();
            row.setOrganisationId(company);
            row.setRole(PartnerRole.DATA_PROVIDER);
            form.getPartners().add(row);
            return partnerships.create(Actors.ADMIN, form);
        }

        private long agreement() {
            AgreementForm form = new AgreementForm();
            form.setPartnershipId(partnership);
            form.setKind(AgreementKind.DSA);
            form.setTitle("API consumption data " + n);
            form.setEffectiveDate(LocalDate.now().minusDays(10));
            form.setExpiryDate(LocalDate.now().plusYears(1));
            return agreementDrafting.create(Actors.MANAGER_RS, form);
        }

        private long dataset(String title, long provider, Long agreementId) {
            DatasetForm form = new DatasetForm();
            form.setTitle(title);
            form.setProviderId(provider);
            form.setSourceKind(SourceKind.ADMINISTRATIVE);
            form.setAgreementId(agreementId);
            form.setPartnershipId(partnership);
            form.setConfidentiality(Confidentiality.CONFIDENTIAL);
            form.setAccessUrl("https://data.example.org/api-" + n + ".csv");
            return datasets.create(Actors.MANAGER_RS, form);
        }

        private long pilot() {
            PilotForm form = new PilotForm();
            form.setTitle("API electricity pilot " + n);
            form.setCityId(city);
            form.setLeadId(nsi);
            form.setPolicyQuestion("How will prices develop?");
            form.setDecision("Energy-poverty scheme");
            form.setStatisticalMethods("Small-area estimation");
            form.setDatasetIds(List.of(companyData));
            form.setPartnershipIds(List.of(partnership));
            return pilots.create(Actors.MANAGER_RS, form);
        }

        private long indicator() {
            IndicatorForm form = new IndicatorForm();
            form.setCode(code);
            form.setNameEn("Consumption per inhabitant");
            form.setNameFr("Consommation par habitant");
            form.setNameRu("Потребление на жителя");
            form.setUnit("kWh");
            form.setPilotId(pilot);
            form.setDatasetIds(List.of(companyData));
            return indicators.create(Actors.MANAGER_RS, form);
        }

        /** A case study of the partnership, submitted by the country (as CaseStudyIT does it). */
        long submittedCaseStudy() {
            CaseStudyForm f = new CaseStudyForm();
            f.setTitle("API case " + n + " " + SEQUENCE.incrementAndGet());
            f.setLanguage("en");
            for (Section s : Section.values()) {
                f.getTexts().put(s.name(), s.name().toLowerCase() + " of case " + n + ".");
            }
            f.setPartnershipIds(List.of(partnership));
            long id = authoring.create(Actors.MANAGER_RS, f);
            review.transition(Actors.STAFF_RS, id, caseStudies.get(Actors.ADMIN, id).getVersion(), "submit", "ready");
            return id;
        }
    }

    private long organisation(String name, String type, String territory) {
        return organisation(name, type, territory, "RS");
    }

    private long organisation(String name, String type, String territory, String country) {
        OrganisationForm form = new OrganisationForm();
        form.setName(name);
        form.setCountryCode(country);
        form.setTypeCode(type);
        if (territory != null) {
            form.setTerritorialCode(territory);
            form.setLatitude(new java.math.BigDecimal("44.786600"));
            form.setLongitude(new java.math.BigDecimal("20.448900"));
        }
        return organisations.create(Actors.ADMIN, form);
    }

    // --- the integrator's journey ----------------------------------------------------------------

    @Test
    void anIntegratorListsReadsUpdatesWithIfMatchImportsObservationsAndReadsThemBack() {
        Chain c = new Chain();
        String token = ApiClient.clientToken();

        // list: the pilot and its indicator, with the tables' filters
        JsonObject pilotList = ok(ApiClient.get(ApiClient.v1("pilots?country=RS&cityId=" + c.city + "&sort=-modifiedAt"), token));
        assertEquals(1, pilotList.getInt("total"));
        JsonObject listed = pilotList.getJsonArray("items").getJsonObject(0);
        assertEquals(c.pilot, listed.getJsonNumber("id").longValue());
        assertTrue(!listed.containsKey("datasetIds") || listed.isNull("datasetIds"), "lists carry no related lists");
        JsonObject indicatorList = ok(ApiClient.get(ApiClient.v1("indicators?pilotId=" + c.pilot), token));
        assertEquals(1, indicatorList.getInt("total"));
        assertEquals(c.code, indicatorList.getJsonArray("items").getJsonObject(0).getString("code"));

        // read one, with its ETag and links
        HttpResponse<String> pilotRead = ApiClient.get(ApiClient.v1("pilots/" + c.pilot), token);
        JsonObject pilot = ok(pilotRead);
        assertEquals(List.of(c.companyData), longs(pilot.getJsonArray("datasetIds")));
        assertEquals("RS", pilot.getString("countryCode"));
        assertTrue(pilot.getJsonObject("links").getString("indicators").endsWith("/api/v1/indicators?pilotId=" + c.pilot));
        // every link leads somewhere (links.lessons led to a 404)
        for (var link : pilot.getJsonObject("links").entrySet()) {
            HttpResponse<String> followed = ApiClient.get(((jakarta.json.JsonString) link.getValue()).getString(), token);
            assertEquals(200, followed.statusCode(), link.getKey() + " " + followed.body());
        }
        assertEquals("\"" + pilot.getJsonNumber("version").longValue() + "\"", pilotRead.headers().firstValue("ETag").orElse(""));

        // update the indicator with If-Match: 200 and a new ETag; the old one is then stale (412); none is 428
        HttpResponse<String> read = ApiClient.get(ApiClient.v1("indicators/" + c.indicator), token);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        JsonObject indicator = ok(read);
        String change = ApiClient.body(Map.of("code", c.code, "nameEn", "Consumption per inhabitant (kWh)",
                "nameFr", indicator.getString("nameFr"), "nameRu", indicator.getString("nameRu"), "unit", "kWh",
                "pilotId", c.pilot));
        HttpResponse<String> updated = ApiClient.send("PUT", ApiClient.v1("indicators/" + c.indicator), token, change,
                "If-Match", etag);
        assertEquals("Consumption per inhabitant (kWh)", ok(updated).getString("nameEn"));
        assertNotEquals(etag, updated.headers().firstValue("ETag").orElse(etag));
        problem(ApiClient.send("PUT", ApiClient.v1("indicators/" + c.indicator), token, change, "If-Match", etag),
                412, "precondition-failed");
        problem(ApiClient.send("PUT", ApiClient.v1("indicators/" + c.indicator), token, change), 428,
                "precondition-required");

        // import observations (CSV) through the page's importer, then read them back
        String csv = "territory,period,value,status\n" + c.territory + ",2023,1702.5,final\n"
                + c.territory + ",2024,1688,provisional\nRS12,2024,1500,\n";
        JsonObject imported = ok(csv(c.indicator, token, csv));
        assertEquals(3, imported.getInt("inserted"));
        assertEquals("CSV", imported.getString("layout"));
        JsonObject observations = ok(ApiClient.get(ApiClient.v1("indicators/" + c.indicator
                + "/observations?sort=period&territory=" + c.territory), token));
        assertEquals(2, observations.getInt("total"));
        JsonArray items = observations.getJsonArray("items");
        assertEquals("2023", items.getJsonObject(0).getString("period"));
        assertEquals(0, items.getJsonObject(0).getJsonNumber("value").bigDecimalValue().compareTo(new java.math.BigDecimal("1702.5")));
        assertEquals("PROVISIONAL", items.getJsonObject(1).getString("status"));
        assertEquals(3, ok(ApiClient.get(ApiClient.v1("indicators/" + c.indicator + "/observations"), token)).getInt("total"));
    }

    @Test
    void aFileWithABadLineIs422ListingTheLinesAndStoresNothing() {
        Chain c = new Chain();
        String token = ApiClient.clientToken();
        String bad = "territory,period,value\n" + c.territory + ",2021,1790\n" + c.territory + ",2022,abc\n"
                + c.territory + ",2023,1650\n" + c.territory + ",20x4,1600\n";
        JsonObject problem = problem(csv(c.indicator, token, bad), 422, "validation");
        List<String> fields = problem.getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).toList();
        assertEquals(List.of("line 3 value", "line 5 period"), fields, problem.toString());
        assertTrue(problem.getString("detail").contains("2"), problem.getString("detail"));
        assertEquals(0, ok(ApiClient.get(ApiClient.v1("indicators/" + c.indicator + "/observations"), token)).getInt("total"),
                "the good lines were not stored either");
        // the problem's words follow Accept-Language
        JsonObject fr = problem(csv(c.indicator, token, bad, "fr"), 422, "validation");
        assertNotEquals(problem.getString("title"), fr.getString("title"));
        assertNotEquals(problem.getJsonArray("errors").getJsonObject(0).getString("message"),
                fr.getJsonArray("errors").getJsonObject(0).getString("message"));
        // another country's manager may not import into a Serbian indicator: 403, nothing stored
        problem(csv(c.indicator, ApiClient.userToken("manager.it"), "territory,period,value\n" + c.territory + ",2021,1\n"),
                403, "forbidden");
        // an unknown indicator: 404
        problem(ApiClient.get(ApiClient.v1("indicators/987654321/observations"), token), 404, "not-found");
    }

    // --- scope, gates and errors ----------------------------------------------------------------

    @Test
    void anotherCountrysManagerIsRefusedPilotWritesAndGatesAnswer422WithWhatIsMissing() {
        Chain c = new Chain();
        String token = ApiClient.clientToken();
        String italian = ApiClient.userToken("manager.it");
        HttpResponse<String> read = ApiClient.get(ApiClient.v1("pilots/" + c.pilot), italian);
        JsonObject pilot = ok(read);   // everyone signed in reads pilots, as on the pages
        String etag = read.headers().firstValue("ETag").orElseThrow();
        String change = ApiClient.body(Map.of("title", "Taken over", "cityId", c.city, "leadId", c.nsi));
        problem(ApiClient.send("PUT", ApiClient.v1("pilots/" + c.pilot), italian, change, "If-Match", etag), 403, "forbidden");
        problem(ApiClient.send("POST", ApiClient.v1("pilots/" + c.pilot + "/phase"), italian, "{\"phase\":2}",
                "If-Match", etag), 403, "forbidden");
        assertEquals(pilot.getString("title"), ok(ApiClient.get(ApiClient.v1("pilots/" + c.pilot), token)).getString("title"),
                "nothing changed");

        // the country's own machine moves it forward through the same use case, up to the gate
        etag = move(c.pilot, token, 2, etag);
        etag = move(c.pilot, token, 3, etag);
        JsonObject phase = ok(ApiClient.get(ApiClient.v1("pilots/" + c.pilot + "/phase"), token));
        assertEquals(3, phase.getInt("phase"));
        assertEquals(1, phase.getJsonArray("missingForNext").size(), phase.toString());
        assertEquals("gate.agreement", phase.getJsonArray("missingForNext").getJsonObject(0).getString("key"));
        JsonObject refused = problem(ApiClient.send("POST", ApiClient.v1("pilots/" + c.pilot + "/phase"), token,
                "{\"phase\":4}", "If-Match", etag), 422, "invalid-input");
        assertEquals(1, refused.getJsonArray("errors").size());
        assertTrue(refused.getJsonArray("errors").getJsonObject(0).getString("message").contains("API consumption " + c.n),
                refused.toString());
        assertEquals(3, ok(ApiClient.get(ApiClient.v1("pilots/" + c.pilot), token)).getInt("phase"), "nothing moved");
        // a jump of two phases is a 422 of the use case; no phase at all a 422 naming the field
        problem(ApiClient.send("POST", ApiClient.v1("pilots/" + c.pilot + "/phase"), token, "{\"phase\":6}",
                "If-Match", etag), 422, "invalid-input");
        problem(ApiClient.send("POST", ApiClient.v1("pilots/" + c.pilot + "/phase"), token, "{}", "If-Match", etag),
                422, "validation");

        // 404 for records that do not exist, on every resource
        for (String path : List.of("pilots/987654321", "datasets/987654321", "indicators/987654321",
                "decisions/987654321", "case-studies/987654321", "guidelines/987654321", "activities/987654321")) {
            problem(ApiClient.get(ApiClient.v1(path), token), 404, "not-found");
        }
        // the datasets and decisions lists take the tables' filters
        JsonObject ds = ok(ApiClient.get(ApiClient.v1("datasets?partnershipId=" + c.partnership + "&confidentiality=confidential"), token));
        assertEquals(1, ds.getInt("total"));
        problem(ApiClient.get(ApiClient.v1("datasets?sourceKind=nonsense"), token), 400, "invalid-parameter");
        problem(ApiClient.get(ApiClient.v1("pilots?phase=9"), token), 400, "invalid-parameter");
        assertEquals(0, ok(ApiClient.get(ApiClient.v1("decisions?pilotId=" + c.pilot), token)).getInt("total"));
    }

    private String move(long pilot, String token, int phase, String etag) {
        HttpResponse<String> r = ApiClient.send("POST", ApiClient.v1("pilots/" + pilot + "/phase"), token,
                "{\"phase\":" + phase + ",\"comment\":\"ok\"}", "If-Match", etag);
        assertEquals(phase, ok(r).getInt("phase"));
        return r.headers().firstValue("ETag").orElseThrow();
    }

    // --- review ---------------------------------------------------------------------------------

    @Test
    void aCoordinatorTakesRequestsChangesAndApprovesAManagersReviewActionIsRefused() {
        Chain c = new Chain();
        long first = c.submittedCaseStudy();
        long second = c.submittedCaseStudy();
        String coordinator = ApiClient.userToken("coordinator");
        String manager = ApiClient.userToken("manager.rs");

        // the country's manager may read it but not take it into review
        HttpResponse<String> read = ApiClient.get(ApiClient.v1("case-studies/" + first), manager);
        assertEquals("SUBMITTED", ok(read).getString("status"));
        problem(fire(first, manager, "take", read.headers().firstValue("ETag").orElseThrow()), 403, "forbidden");

        // the coordinator sees it among the submitted ones, takes it, assesses it and approves it
        JsonObject submitted = ok(ApiClient.get(ApiClient.v1("case-studies?status=SUBMITTED&partnershipId=" + c.partnership),
                coordinator));
        assertEquals(2, submitted.getInt("total"), submitted.toString());
        String etag = ApiClient.get(ApiClient.v1("case-studies/" + first), coordinator).headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> taken = fire(first, coordinator, "take", etag);
        assertEquals("IN_REVIEW", ok(taken).getString("status"));
        assertEquals("coordinator", ok(taken).getString("reviewer"));
        etag = taken.headers().firstValue("ETag").orElseThrow();
        Set<String> moves = ApiClient.json(ApiClient.get(ApiClient.v1("case-studies/" + first + "/transitions"), coordinator))
                .asJsonArray().stream().map(t -> t.asJsonObject().getString("name")).collect(Collectors.toSet());
        assertTrue(moves.containsAll(Set.of("approve", "requestChanges")), moves.toString());
        // the manager may not approve either
        problem(fire(first, manager, "approve", etag), 403, "forbidden");
        HttpResponse<String> assessed = ApiClient.send("PUT", ApiClient.v1("case-studies/" + first + "/rubric"), coordinator,
                "{\"sectionsComplete\":true,\"plainLanguage\":true,\"selfContained\":true,\"decisionImpact\":true,"
                        + "\"note\":\"fine\"}", "If-Match", etag);
        etag = assessed.headers().firstValue("ETag").orElseThrow();
        assertEquals(200, assessed.statusCode(), assessed.body());
        assertEquals("APPROVED", ok(fire(first, coordinator, "approve", etag)).getString("status"));
        assertEquals("APPROVED", caseStudies.get(Actors.ADMIN, first).getStatus(), "through the same use case");

        // the second: taken, then changes requested
        etag = ApiClient.get(ApiClient.v1("case-studies/" + second), coordinator).headers().firstValue("ETag").orElseThrow();
        etag = fire(second, coordinator, "take", etag).headers().firstValue("ETag").orElseThrow();
        assertEquals("CHANGES_REQUESTED", ok(fire(second, coordinator, "requestChanges", etag)).getString("status"));
        HttpResponse<String> events = ApiClient.get(ApiClient.v1("case-studies/" + second + "/events"), coordinator);
        assertEquals(200, events.statusCode(), events.body());
        assertTrue(ApiClient.json(events).asJsonArray().size() >= 3, events.body());
    }

    private HttpResponse<String> fire(long caseStudy, String token, String transition, String etag) {
        return ApiClient.send("POST", ApiClient.v1("case-studies/" + caseStudy + "/transitions/" + transition), token,
                "{\"comment\":\"" + transition + " by the API\"}", "If-Match", etag);
    }

    // --- paging ---------------------------------------------------------------------------------

    @Test
    void observationPagesHaveTheRightLinksAtTheEdges() {
        Chain c = new Chain();
        String token = ApiClient.clientToken();
        StringBuilder csv = new StringBuilder("territory,period,value\n");
        for (int year = 2016; year <= 2020; year++) {
            csv.append(c.territory).append(',').append(year).append(",1\n");
        }
        assertEquals(5, ok(csv(c.indicator, token, csv.toString())).getInt("inserted"));
        String base = ApiClient.v1("indicators/" + c.indicator + "/observations?sort=period&limit=2");

        HttpResponse<String> first = ApiClient.get(base, token);
        JsonObject page = ok(first);
        assertEquals(5, page.getInt("total"));
        assertEquals(List.of("2016", "2017"), periods(page));
        JsonObject links = page.getJsonObject("links");
        assertFalse(links.containsKey("prev"));
        assertTrue(links.getString("next").endsWith("offset=2&limit=2"), links.toString());
        assertTrue(links.getString("last").endsWith("offset=4&limit=2"), links.toString());
        assertTrue(links.getString("next").contains("sort=period"), "the other parameters are kept");
        assertTrue(first.headers().firstValue("Link").orElse("").contains("rel=\"next\""));

        JsonObject last = ok(ApiClient.get(base + "&offset=4", token));
        assertEquals(List.of("2020"), periods(last));
        assertFalse(last.getJsonObject("links").containsKey("next"));
        assertTrue(last.getJsonObject("links").getString("prev").endsWith("offset=2&limit=2"));

        JsonObject beyond = ok(ApiClient.get(base + "&offset=10", token));
        assertEquals(0, beyond.getJsonArray("items").size());
        assertEquals(5, beyond.getInt("total"));
        assertFalse(beyond.getJsonObject("links").containsKey("next"));

        String unpaged = ApiClient.v1("indicators/" + c.indicator + "/observations");
        problem(ApiClient.get(unpaged + "?limit=101", token), 400, "invalid-parameter");
        problem(ApiClient.get(unpaged + "?offset=-1", token), 400, "invalid-parameter");
        problem(ApiClient.get(ApiClient.v1("indicators/" + c.indicator + "/observations?sort=nonsense"), token), 400,
                "invalid-parameter");
        problem(ApiClient.get(ApiClient.v1("lessons"), token), 400, "invalid-parameter");
        assertEquals(0, ok(ApiClient.get(ApiClient.v1("lessons?pilotId=" + c.pilot), token)).getInt("total"));
        assertTrue(ok(ApiClient.get(ApiClient.v1("guidelines?limit=1"), token)).containsKey("total"));
        assertTrue(ok(ApiClient.get(ApiClient.v1("activities?limit=1&sort=-heldOn"), token)).containsKey("total"));
    }

    // --- the OpenAPI document -------------------------------------------------------------------

    @Test
    @RunAsClient
    void theServedOpenApiDocumentIsValidAndListsTheseResources() throws Exception {
        String portal = ApiClient.portal();
        URI root = URI.create(portal).resolve("/openapi");
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(root)
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        OpenApiDocument.Parsed doc = OpenApiDocument.parse(r.body());
        assertTrue(doc.openapi() != null && doc.openapi().startsWith("3."), doc.messages().toString());
        // Payara adds a top-level "endpoints" map of its own (not an OpenAPI field); everything else must be clean
        assertEquals(List.of(), doc.messages().stream().filter(m -> !m.equals("attribute endpoints is unexpected")).toList(),
                "a valid document");
        for (String path : List.of("/v1/pilots", "/v1/pilots/{id}", "/v1/pilots/{id}/phase",
                "/v1/pilots/{id}/transitions/{transition}", "/v1/datasets", "/v1/datasets/{id}", "/v1/indicators",
                "/v1/indicators/{id}", "/v1/indicators/{id}/observations", "/v1/decisions", "/v1/decisions/{id}",
                "/v1/case-studies", "/v1/case-studies/{id}", "/v1/case-studies/{id}/rubric",
                "/v1/case-studies/{id}/transitions/{transition}", "/v1/lessons", "/v1/guidelines",
                "/v1/guidelines/{id}", "/v1/activities", "/v1/activities/{id}")) {
            assertTrue(doc.paths().stream().anyMatch(p -> p.endsWith(path)), path + " in " + doc.paths());
        }
    }

    // --- helpers --------------------------------------------------------------------------------

    private static HttpResponse<String> csv(long indicator, String token, String body) {
        return csv(indicator, token, body, "en");
    }

    private static HttpResponse<String> csv(long indicator, String token, String body, String language) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(ApiClient.v1("indicators/" + indicator + "/observations")))
                    .timeout(Duration.ofSeconds(60)).header("Accept", "application/json")
                    .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv; charset=utf-8")
                    .header("Accept-Language", language).POST(HttpRequest.BodyPublishers.ofString(body)).build();
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject ok(HttpResponse<String> r) {
        assertTrue(r.statusCode() == 200 || r.statusCode() == 201, r.statusCode() + " " + r.body());
        return ApiClient.object(r.body());
    }

    private static JsonObject problem(HttpResponse<String> r, int status, String type) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                r.headers().toString());
        JsonObject problem = ApiClient.object(r.body());
        assertEquals("urn:ddms:problem:" + type, problem.getString("type"), r.body());
        assertEquals(status, problem.getInt("status"));
        return problem;
    }

    private static List<Long> longs(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonNumber.class).stream().map(jakarta.json.JsonNumber::longValue).toList();
    }

    // --- hostile input and races (found by probing the running portal) ---------------------------

    @Test
    void aDateNoRecordCanHoldIs422NamingTheFieldNotA500() {
        Chain c = new Chain();
        String token = ApiClient.clientToken();
        for (String day : List.of("+10000-01-01", "0026-03-01")) {
            JsonObject problem = problem(ApiClient.send("POST", ApiClient.v1("decisions"), token,
                    "{\"title\":\"Decided " + c.n + "\",\"cityId\":" + c.city + ",\"decidedOn\":\"" + day + "\",\"body\":\"Council\"}",
                    "Accept-Language", "fr"), 422, "validation");
            JsonObject error = problem.getJsonArray("errors").stream().map(v -> v.asJsonObject())
                    .filter(e -> "decidedOn".equals(e.getString("field"))).findFirst().orElseThrow(() -> new AssertionError(problem));
            assertEquals("doit être une date du 1000-01-01 au 9999-12-31", error.getString("message"));
        }
        problem(ApiClient.get(ApiClient.v1("activities?from=%2B10000-01-01"), token), 400, "invalid-parameter");
    }

    @Test
    void aStatusTheLifecycleHasNotIsRefusedNamingTheStatesNotAnEmptyList() {
        String token = ApiClient.clientToken();
        for (String list : List.of("partnerships", "agreements", "pilots", "case-studies")) {
            JsonObject p = problem(ApiClient.get(ApiClient.v1(list + "?status=BOGUS"), token), 400, "invalid-parameter");
            assertEquals("status", p.getJsonArray("errors").getJsonObject(0).getString("field"), list);
            assertTrue(p.getString("detail").matches(".*: [A-Z_]+(, [A-Z_]+)+\\.$"), p.toString());
        }
        assertEquals(200, ApiClient.get(ApiClient.v1("pilots?status=planned"), token).statusCode(), "a state in any case");
        // a yes/no filter is true or false, not "maybe" read as false
        for (String list : List.of("datasets?lapsed=maybe", "datasets?uncovered=1", "pilots?overdue=yes", "activities?public=maybe")) {
            problem(ApiClient.get(ApiClient.v1(list), token), 400, "invalid-parameter");
        }
        assertEquals(200, ApiClient.get(ApiClient.v1("datasets?lapsed=TRUE"), token).statusCode());
    }

    @Test
    void anotherCountrysManagerCannotHangTheirRecordsOnThisCountrys() {
        Chain c = new Chain();
        long n = SEQUENCE.incrementAndGet();
        long city = organisation("Citta API " + n, "MUNICIPALITY", "I" + (n % 100000000L), "IT");
        long istat = organisation("Istat API " + n, "NSI", null, "IT");
        String italy = ApiClient.userToken("manager.it");
        // the pickers offer Italy's partnerships and datasets only; an id of Serbia's is refused, named
        JsonObject pilot = problem(ApiClient.send("POST", ApiClient.v1("pilots"), italy,
                "{\"title\":\"Pilota " + n + "\",\"cityId\":" + city + ",\"leadId\":" + istat
                        + ",\"policyQuestion\":\"q\",\"datasetIds\":[" + c.companyData + "]}"), 422, "invalid-input");
        assertTrue(pilot.getString("detail").contains("API consumption " + c.n), pilot.toString());
        problem(ApiClient.send("POST", ApiClient.v1("pilots"), italy,
                "{\"title\":\"Pilota " + n + "\",\"cityId\":" + city + ",\"leadId\":" + istat
                        + ",\"policyQuestion\":\"q\",\"partnershipIds\":[" + c.partnership + "]}"), 422, "invalid-input");
        problem(ApiClient.send("POST", ApiClient.v1("indicators"), italy,
                "{\"code\":\"IT-API-" + n + "\",\"nameEn\":\"x\",\"nameFr\":\"x\",\"nameRu\":\"x\",\"unit\":\"%\","
                        + "\"datasetIds\":[" + c.companyData + "]}"), 422, "invalid-input");
        problem(ApiClient.send("POST", ApiClient.v1("decisions"), italy,
                "{\"title\":\"Delibera " + n + "\",\"cityId\":" + city + ",\"decidedOn\":\"2026-03-01\",\"body\":\"Giunta\",\"pilotIds\":["
                        + c.pilot + "],\"indicatorIds\":[" + c.indicator + "]}"), 422, "invalid-input");
        // Serbia's lists hold nothing of Italy's
        String serbia = ApiClient.userToken("manager.rs");
        assertEquals(1, ok(ApiClient.get(ApiClient.v1("pilots?partnershipId=" + c.partnership), serbia)).getInt("total"));
        assertEquals(0, ok(ApiClient.get(ApiClient.v1("decisions?pilotId=" + c.pilot), serbia)).getInt("total"));
        // Italy links its own records as before
        ok(ApiClient.send("POST", ApiClient.v1("pilots"), italy, "{\"title\":\"Pilota " + n + "\",\"cityId\":" + city
                + ",\"leadId\":" + istat + ",\"policyQuestion\":\"q\"}"));
    }

    @Test
    void aBodyIsTakenOnlyAsWhatItSaysNeverWrappedCutOrGuessed() {
        long n = SEQUENCE.incrementAndGet();
        String token = ApiClient.clientToken();
        long org = organisation("Strict " + n, "UTILITY", null);
        String contact = "{\"fullName\":\"Strict " + n + "\",\"email\":\"strict." + n + "@x.test\",\"organisationId\":";
        // a number out of range was organisation 2; a fraction was cut; a number in quotes was taken
        for (String id : List.of("18446744073709551618", "1.9", "\"" + org + "\"")) {
            JsonObject p = problem(ApiClient.send("POST", ApiClient.v1("contacts"), token, contact + id + "}",
                    "Accept-Language", "fr"), 400, "malformed-body");
            assertTrue(p.getString("detail").startsWith("Un nombre entier dans les limites était attendu"), p.toString());
            assertEquals("organisationId", p.getJsonArray("errors").getJsonObject(0).getString("field"), p.toString());
        }
        // "yes" was false; a number for a text was taken as its digits
        String dataset = "{\"title\":\"Strict " + n + "\",\"providerId\":" + org + ",\"sourceKind\":\"ADMINISTRATIVE\","
                + "\"granularity\":\"MUNICIPALITY\",\"periodicity\":\"ANNUAL\",\"confidentiality\":\"PUBLIC\",";
        JsonObject yes = problem(ApiClient.send("POST", ApiClient.v1("datasets"), token, dataset + "\"personalData\":\"yes\"}"),
                400, "malformed-body");
        assertEquals("personalData", yes.getJsonArray("errors").getJsonObject(0).getString("field"), yes.toString());
        problem(ApiClient.send("POST", ApiClient.v1("datasets"), token, dataset + "\"personalData\":false,\"territorialCoverage\":5}"),
                400, "malformed-body");
        // a code not of its list, a date no calendar has: the field and what it takes (it said only "not of the expected shape")
        JsonObject code = problem(ApiClient.send("POST", ApiClient.v1("datasets"), token,
                dataset.replace("\"MUNICIPALITY\"", "\"TOWN\"") + "\"personalData\":false}", "Accept-Language", "fr"),
                400, "malformed-body");
        assertEquals("granularity", code.getJsonArray("errors").getJsonObject(0).getString("field"), code.toString());
        assertTrue(code.getString("detail").startsWith("L’une des valeurs ") && code.getString("detail").contains("MUNICIPALITY")
                && code.getString("detail").endsWith(", pas \"TOWN\"."), code.toString());
        JsonObject date = problem(ApiClient.send("POST", ApiClient.v1("partnerships"), token,
                "{\"title\":\"Strict " + n + "\",\"partners\":[{\"organisationId\":" + org + ",\"resources\":[\"SKILLS\",\"NOPE\"]}],"
                + "\"startDate\":\"2026-13-45\"}"), 400, "malformed-body");
        assertEquals("partners[0].resources[1]", date.getJsonArray("errors").getJsonObject(0).getString("field"), date.toString());
        date = problem(ApiClient.send("POST", ApiClient.v1("partnerships"), token,
                "{\"title\":\"Strict " + n + "\",\"startDate\":\"2026-13-45\"}"), 400, "malformed-body");
        assertEquals("A date written yyyy-mm-dd was expected, not \"2026-13-45\".", date.getString("detail"));
        assertEquals("startDate", date.getJsonArray("errors").getJsonObject(0).getString("field"));
        // a control character in a text (an ESC pasted from a terminal made a country's report a 500)
        JsonObject control = problem(ApiClient.send("POST", ApiClient.v1("contacts"), token,
                "{\"fullName\":\"a\\u001b[31mb " + n + "\",\"email\":\"esc." + n + "@x.test\",\"organisationId\":" + org + "}"),
                400, "malformed-body");
        assertEquals("A text holds a control character (U+001B) that cannot be stored.", control.getString("detail"));
        // anything after the value; bytes that are not UTF-8; another charset
        JsonObject trailing = problem(ApiClient.send("POST", ApiClient.v1("contacts"), token, contact + org + "}xyz"),
                400, "malformed-body");
        assertEquals("The body holds more than one JSON value: nothing may follow the first.", trailing.getString("detail"));
        problem(ApiClient.send("POST", ApiClient.v1("contacts"), token, contact + org + "}", "Content-Type",
                "application/json; charset=ISO-8859-1"), 415, "unsupported-media-type");
        // none of them stored anything; the same body, well formed, is taken
        assertEquals(0, ok(ApiClient.get(ApiClient.v1("contacts?q=Strict%20" + n), token)).getInt("total"));
        ok(ApiClient.send("POST", ApiClient.v1("contacts"), token, contact + org + "}"));
    }

    @Test
    void aRefusedMoveSaysItIsNotPossibleNowNotThatSomebodyChangedTheRecord() {
        Chain c = new Chain();
        String token = ApiClient.clientToken();
        String etag = ApiClient.get(ApiClient.v1("pilots/" + c.pilot), token).headers().firstValue("ETag").orElseThrow();
        JsonObject unknown = problem(ApiClient.send("POST", ApiClient.v1("pilots/" + c.pilot + "/transitions/bogus"), token,
                "{}", "If-Match", etag, "Accept-Language", "ru"), 409, "transition-refused");
        assertEquals("Этот переход сейчас невозможен", unknown.getString("title"));
        problem(ApiClient.send("POST", ApiClient.v1("pilots/" + c.pilot + "/transitions/complete"), token,
                "{}", "If-Match", etag), 409, "transition-refused");
    }

    @Test
    void aFieldThatCannotChangeSentChangedIsRefusedNotIgnored() {
        Chain c = new Chain();
        String token = ApiClient.clientToken();
        long n = SEQUENCE.incrementAndGet();
        String code = "RS-F-" + (n % 100_000_000L);
        long org = ok(ApiClient.send("POST", ApiClient.v1("organisations"), token, "{\"code\":\"" + code
                + "\",\"name\":\"Fixed " + n + "\",\"typeCode\":\"UTILITY\",\"countryCode\":\"RS\"}")).getJsonNumber("id").longValue();
        String etag = ApiClient.get(ApiClient.v1("organisations/" + org), token).headers().firstValue("ETag").orElseThrow();
        problem(ApiClient.send("PUT", ApiClient.v1("organisations/" + org), token, "{\"code\":\"" + code + "-2\",\"name\":\"Fixed "
                + n + "\",\"typeCode\":\"UTILITY\",\"countryCode\":\"RS\"}", "If-Match", etag), 422, "invalid-input");
        assertEquals(code, organisations.get(Actors.ADMIN, org).getCode());
        long other = new Chain().partnership;
        etag = ApiClient.get(ApiClient.v1("agreements/" + c.agreement), token).headers().firstValue("ETag").orElseThrow();
        // a part read on its own carries the version to send back with it (they had no ETag)
        for (String part : List.of("agreements/" + c.agreement + "/terms", "agreements/" + c.agreement + "/parties")) {
            assertEquals(etag, ApiClient.get(ApiClient.v1(part), token).headers().firstValue("ETag").orElse(""), part);
        }
        String pilotTag = ApiClient.get(ApiClient.v1("pilots/" + c.pilot), token).headers().firstValue("ETag").orElseThrow();
        assertEquals(pilotTag, ApiClient.get(ApiClient.v1("pilots/" + c.pilot + "/phase"), token).headers().firstValue("ETag").orElse(""));
        problem(ApiClient.send("PUT", ApiClient.v1("agreements/" + c.agreement), token, "{\"partnershipId\":" + other
                + ",\"kind\":\"DSA\",\"title\":\"Moved " + n + "\"}", "If-Match", etag), 422, "invalid-input");
    }

    @Test
    void theSameCodeRecordedFourTimesAtOnceIsOneRecordAndThreeDuplicates() throws Exception {
        long n = SEQUENCE.incrementAndGet();
        String token = ApiClient.clientToken();
        String body = "{\"code\":\"RS-R-" + (n % 100_000_000L) + "\",\"name\":\"Race " + n + "\",\"typeCode\":\"UTILITY\",\"countryCode\":\"RS\"}";
        List<HttpResponse<String>> answers = concurrently(4, () -> ApiClient.send("POST", ApiClient.v1("organisations"), token, body));
        assertEquals(1, answers.stream().filter(r -> r.statusCode() == 201).count(), statuses(answers));
        answers.stream().filter(r -> r.statusCode() != 201).forEach(r -> problem(r, 409, "duplicate"));
    }

    @Test
    void twoReviewersSavingOneRubricAtOnceGetOneChangeAndConflictsNeverA500() throws Exception {
        Chain c = new Chain();
        long id = c.submittedCaseStudy();
        String coordinator = ApiClient.userToken("coordinator");
        String etag = ApiClient.get(ApiClient.v1("case-studies/" + id), coordinator).headers().firstValue("ETag").orElseThrow();
        etag = fire(id, coordinator, "take", etag).headers().firstValue("ETag").orElseThrow();
        for (int round = 0; round < 6; round++) {
            String from = etag;
            String rubric = "{\"sectionsComplete\":" + (round % 2 == 0) + ",\"plainLanguage\":true,\"note\":\"round " + round + "\"}";
            List<HttpResponse<String>> answers = concurrently(3, () -> ApiClient.send("PUT",
                    ApiClient.v1("case-studies/" + id + "/rubric"), coordinator, rubric, "If-Match", from));
            assertEquals(1, answers.stream().filter(r -> r.statusCode() == 200).count(), statuses(answers));
            // the others lost: 412 when the version check or the flush saw it, 409 not-saved when the
            // commit was rolled back without a cause (Payara's way at commit) — never a 500
            answers.stream().filter(r -> r.statusCode() != 200).forEach(r -> {
                if (r.statusCode() == 409) {
                    problem(r, 409, "not-saved");
                } else {
                    problem(r, 412, "precondition-failed");
                }
            });
            etag = ApiClient.get(ApiClient.v1("case-studies/" + id), coordinator).headers().firstValue("ETag").orElseThrow();
        }
    }

    private static List<HttpResponse<String>> concurrently(int callers, java.util.concurrent.Callable<HttpResponse<String>> call)
            throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(callers);
        try {
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(callers);
            List<java.util.concurrent.Future<HttpResponse<String>>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < callers; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            List<HttpResponse<String>> answers = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<HttpResponse<String>> f : futures) {
                answers.add(f.get(120, java.util.concurrent.TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String statuses(List<HttpResponse<String>> answers) {
        return answers.stream().map(r -> r.statusCode() + " " + r.body()).collect(Collectors.joining(" | "));
    }

    private static List<String> periods(JsonObject page) {
        return page.getJsonArray("items").stream().map(o -> o.asJsonObject().getString("period")).toList();
    }
}
