package org.ddmsportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.ddmsportal.application.partnership.PartnershipForm;
import org.ddmsportal.application.partnership.PartnershipService;
import org.ddmsportal.application.organisation.OrganisationForm;
import org.ddmsportal.application.organisation.OrganisationService;
import org.ddmsportal.domain.partnership.PartnerRole;
import org.ddmsportal.domain.partnership.PartnershipType;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST API v1 as an integrator meets it, on the real WAR with the real Keycloak: each test
 * builds its own records with the use cases (as the pages would), then calls the API over HTTP
 * with the demo realm's users' tokens and the integration client's — problems for every refusal,
 * paging at the edges, ETag and If-Match, the same scope as the pages.
 */
@ExtendWith(ArquillianExtension.class)
class ApiResourcesIT {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    OrganisationService organisations;

    @Inject
    PartnershipService partnerships;

    private long organisation(String name, String type) {
        OrganisationForm f = new OrganisationForm();
        f.setName(name);
        f.setCountryCode("RS");
        f.setTypeCode(type);
        return organisations.create(Actors.ADMIN, f);
    }

    @Test
    void anIntegratorListsReadsAndUpdatesWithIfMatch() {
        long n = SEQUENCE.incrementAndGet();
        long nsi = organisation("Zavod API " + n, "NSI");
        long company = organisation("Company API " + n, "UTILITY");
        PartnershipForm form = new PartnershipForm();
        form.setTitle("API partnership " + n);
        form.setLeadId(nsi);
        form.setType(PartnershipType.DATA_SHARING);
        form.setStartDate(LocalDate.now());
        PartnershipForm.PartnerRow row = new PartnershipForm.PartnerRow();
        row.setOrganisationId(company);
        row.setRole(PartnerRole.DATA_PROVIDER);
        form.getPartners().add(row);
        long partnership = partnerships.create(Actors.ADMIN, form);

        String token = ApiClient.clientToken();   // a machine: the service account, NSI manager of Serbia
        HttpResponse<String> list = ApiClient.get(ApiClient.v1("partnerships?title=" + ApiClient.enc("API partnership " + n)
                + "&country=RS&sort=-modifiedAt"), token);
        assertEquals(200, list.statusCode(), list.body());
        JsonObject page = ApiClient.object(list.body());
        assertEquals(1, page.getInt("total"));
        JsonObject item = page.getJsonArray("items").getJsonObject(0);
        assertEquals(partnership, item.getJsonNumber("id").longValue());
        assertTrue(item.getJsonObject("links").getString("lead").endsWith("/api/v1/organisations/" + nsi));

        HttpResponse<String> read = ApiClient.get(ApiClient.v1("partnerships/" + partnership), token);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        JsonObject record = ApiClient.object(read.body());
        assertEquals("\"" + record.getJsonNumber("version").longValue() + "\"", etag);
        assertEquals(304, ApiClient.get(ApiClient.v1("partnerships/" + partnership), token, "If-None-Match", etag)
                .statusCode());

        String body = "{\"title\":\"Renamed by the API " + n + "\",\"leadId\":" + nsi + ",\"type\":\"DATA_SHARING\","
                + "\"partners\":[{\"organisationId\":" + company + ",\"role\":\"DATA_PROVIDER\"}]}";
        HttpResponse<String> noIfMatch = ApiClient.send("PUT", ApiClient.v1("partnerships/" + partnership), token, body);
        assertProblem(noIfMatch, 428, "precondition-required");
        HttpResponse<String> updated = ApiClient.send("PUT", ApiClient.v1("partnerships/" + partnership), token, body,
                "If-Match", etag);
        assertEquals(200, updated.statusCode(), updated.body());
        assertEquals("Renamed by the API " + n, ApiClient.object(updated.body()).getString("title"));
        assertNotEquals(etag, updated.headers().firstValue("ETag").orElseThrow());
        HttpResponse<String> stale = ApiClient.send("PUT", ApiClient.v1("partnerships/" + partnership), token, body,
                "If-Match", etag);
        assertProblem(stale, 412, "precondition-failed");

        // a lifecycle move through the same workflow use case as the page's panel
        HttpResponse<String> moves = ApiClient.get(ApiClient.v1("partnerships/" + partnership + "/transitions"), token);
        assertEquals(200, moves.statusCode(), moves.body());
        assertTrue(moves.body().contains("startNegotiation"), moves.body());
        String now = updated.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> moved = ApiClient.send("POST",
                ApiClient.v1("partnerships/" + partnership + "/transitions/startNegotiation"), token,
                "{\"comment\":\"from the API\"}", "If-Match", now);
        assertEquals(200, moved.statusCode(), moved.body());
        assertNotEquals(ApiClient.object(updated.body()).getString("status"), ApiClient.object(moved.body()).getString("status"));
        JsonArray events = ApiClient.json(ApiClient.get(ApiClient.v1("partnerships/" + partnership + "/events"), token))
                .asJsonArray();
        assertTrue(events.stream().anyMatch(e -> "startNegotiation".equals(e.asJsonObject().getString("transition"))),
                events.toString());
    }

    @Test
    void anotherCountrysManagerIsRefused() {
        long n = SEQUENCE.incrementAndGet();
        long org = organisation("Serbian org " + n, "UTILITY");
        String italian = ApiClient.userToken("manager.it");
        HttpResponse<String> read = ApiClient.get(ApiClient.v1("organisations/" + org), italian);
        assertEquals(200, read.statusCode(), "the registry is readable by every signed-in user");
        String etag = read.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> r = ApiClient.send("PUT", ApiClient.v1("organisations/" + org), italian,
                "{\"name\":\"Taken over\",\"typeCode\":\"UTILITY\",\"countryCode\":\"RS\"}", "If-Match", etag);
        assertProblem(r, 403, "forbidden");
        assertEquals("Serbian org " + n, organisations.get(Actors.ADMIN, org).getName(), "nothing changed");
        // and the Serbian manager may
        HttpResponse<String> ok = ApiClient.send("PUT", ApiClient.v1("organisations/" + org), ApiClient.userToken("manager.rs"),
                "{\"name\":\"Changed by RS " + n + "\",\"typeCode\":\"UTILITY\",\"countryCode\":\"RS\"}", "If-Match", etag);
        assertEquals(200, ok.statusCode(), ok.body());
    }

    @Test
    void refusalsAreProblemDetailsInTheCallersLanguage() {
        String token = ApiClient.userToken("manager.rs");
        assertProblem(ApiClient.get(ApiClient.v1("organisations/987654321"), token), 404, "not-found");
        assertProblem(ApiClient.get(ApiClient.v1("no-such-collection"), token), 404, "not-found");
        HttpResponse<String> limit = ApiClient.get(ApiClient.v1("organisations?limit=101"), token);
        assertProblem(limit, 400, "invalid-parameter");
        assertEquals("limit", ApiClient.object(limit.body()).getJsonArray("errors").getJsonObject(0).getString("field"));
        assertProblem(ApiClient.get(ApiClient.v1("organisations?offset=-1"), token), 400, "invalid-parameter");
        assertProblem(ApiClient.get(ApiClient.v1("organisations?sort=password"), token), 400, "invalid-parameter");
        assertProblem(ApiClient.send("DELETE", ApiClient.v1("organisations"), token, null), 405, "method-not-allowed");
        assertProblem(ApiClient.get(ApiClient.v1("organisations"), token, "Accept", "text/csv"), 406, "not-acceptable");
        assertProblem(ApiClient.send("POST", ApiClient.v1("organisations"), token, "name=x", "Content-Type", "text/plain"),
                415, "unsupported-media-type");
        assertProblem(ApiClient.send("POST", ApiClient.v1("organisations"), token, "{\"name\": "), 400, "malformed-body");

        long n = SEQUENCE.incrementAndGet();
        long org = organisation("Valid " + n, "UTILITY");
        String etag = ApiClient.get(ApiClient.v1("organisations/" + org), token).headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> invalid = ApiClient.send("PUT", ApiClient.v1("organisations/" + org), token,
                "{\"name\":\"\",\"typeCode\":\"UTILITY\",\"countryCode\":\"RS\",\"website\":\"ftp:nope\"}",
                "If-Match", etag, "Accept-Language", "fr");
        assertProblem(invalid, 422, "validation");
        JsonObject problem = ApiClient.object(invalid.body());
        assertEquals("Saisie non valide", problem.getString("title"));
        List<String> fields = problem.getJsonArray("errors").stream().map(v -> v.asJsonObject().getString("field")).toList();
        assertTrue(fields.contains("name") && fields.contains("website"), fields.toString());
        HttpResponse<String> unknownCountry = ApiClient.send("PUT", ApiClient.v1("organisations/" + org), token,
                "{\"name\":\"X\",\"typeCode\":\"UTILITY\",\"countryCode\":\"QQ\"}", "If-Match", etag);
        assertTrue(unknownCountry.statusCode() == 422 || unknownCountry.statusCode() == 403, unknownCountry.body());
        assertEquals("Valid " + n, organisations.get(Actors.ADMIN, org).getName());
        // a list holding null (an id, a language): a 422 naming the list, not a 500
        HttpResponse<String> nullInList = ApiClient.send("POST", ApiClient.v1("contacts"), token,
                "{\"fullName\":\"Null " + n + "\",\"email\":\"null." + n + "@x.test\",\"organisationId\":" + org
                        + ",\"languages\":[null]}");
        assertProblem(nullInList, 422, "validation");
        assertTrue(ApiClient.object(nullInList.body()).getJsonArray("errors").stream()
                .anyMatch(v -> v.asJsonObject().getString("field").startsWith("languages")), nullInList.body());
        // a rule of the record about one field names it, as the form shows it beside the field
        long nsi = organisation("Dates lead " + n, "NSI");
        HttpResponse<String> dates = ApiClient.send("POST", ApiClient.v1("partnerships"), token,
                "{\"title\":\"Dates " + n + "\",\"leadId\":" + nsi + ",\"type\":\"DATA_SHARING\","
                        + "\"startDate\":\"2027-06-30\",\"endDate\":\"2027-01-01\"}", "Accept-Language", "fr");
        assertProblem(dates, 422, "invalid-input");
        JsonObject order = ApiClient.object(dates.body()).getJsonArray("errors").getJsonObject(0);
        assertEquals("endDate", order.getString("field"), dates.body());
        assertEquals("La date de fin précède la date de début.", order.getString("message"), dates.body());
    }

    @Test
    void pagingLinksAtTheEdges() {
        long n = SEQUENCE.incrementAndGet();
        for (int i = 0; i < 5; i++) {
            organisation("Pagingtest " + n + " " + i, "UTILITY");
        }
        String token = ApiClient.clientToken();
        String query = "organisations?name=" + ApiClient.enc("Pagingtest " + n) + "&sort=name&limit=2";
        JsonObject first = ApiClient.object(ApiClient.get(ApiClient.v1(query), token).body());
        assertEquals(5, first.getInt("total"));
        JsonObject links = first.getJsonObject("links");
        assertFalse(links.containsKey("prev"), "the first page has no previous one");
        assertTrue(links.getString("next").contains("offset=2"), links.toString());
        assertTrue(links.getString("last").contains("offset=4"), links.toString());
        assertTrue(links.getString("next").contains("name=Pagingtest"), "the filters are kept: " + links);

        HttpResponse<String> lastResponse = ApiClient.get(links.getString("last"), token);
        JsonObject last = ApiClient.object(lastResponse.body());
        assertEquals(1, last.getJsonArray("items").size());
        assertFalse(last.getJsonObject("links").containsKey("next"), "the last page has no next one");
        assertTrue(last.getJsonObject("links").getString("prev").contains("offset=2"));
        String header = lastResponse.headers().firstValue("Link").orElse("");
        assertTrue(header.contains("rel=\"prev\"") && !header.contains("rel=\"next\""), header);
        assertEquals("Pagingtest " + n + " 4", last.getJsonArray("items").getJsonObject(0).getString("name"));
    }

    @Test
    void limitsOnBodiesAndRequests() {
        String token = ApiClient.userToken("staff.pl");
        System.setProperty("app.api.max-body-bytes", "2000");
        try {
            String big = "{\"name\":\"" + "x".repeat(5000) + "\",\"typeCode\":\"UTILITY\",\"countryCode\":\"PL\"}";
            assertProblem(ApiClient.send("POST", ApiClient.v1("organisations"), token, big), 413, "payload-too-large");
        } finally {
            System.clearProperty("app.api.max-body-bytes");
        }
        System.setProperty("app.api.rate-limit.requests", "3");
        try {
            HttpResponse<String> last = null;
            for (int i = 0; i < 6; i++) {
                last = ApiClient.get(ApiClient.v1("organisations?limit=1"), token);
            }
            assertProblem(last, 429, "too-many-requests");
            assertTrue(Integer.parseInt(last.headers().firstValue("Retry-After").orElse("0")) >= 1);
        } finally {
            System.clearProperty("app.api.rate-limit.requests");
        }
        assertEquals(200, ApiClient.get(ApiClient.v1("organisations?limit=1"), token).statusCode());
    }

    static void assertProblem(HttpResponse<String> r, int status, String kind) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                r.headers().map().toString());
        JsonObject problem = ApiClient.object(r.body());
        assertEquals("urn:ddms:problem:" + kind, problem.getString("type"), r.body());
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("title").isBlank());
        assertFalse(r.body().contains("Exception") || r.body().contains("<html"), r.body());
    }

    static Map<String, String> headers(HttpResponse<String> r) {
        Map<String, String> h = new HashMap<>();
        r.headers().map().forEach((k, v) -> h.put(k, String.join(",", v)));
        return h;
    }
}
