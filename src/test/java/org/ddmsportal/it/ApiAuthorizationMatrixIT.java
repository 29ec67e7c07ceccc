package org.ddmsportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.ddmsportal.application.agreement.AgreementDrafting;
import org.ddmsportal.application.agreement.AgreementForm;
import org.ddmsportal.application.partnership.PartnershipForm;
import org.ddmsportal.application.partnership.PartnershipService;
import org.ddmsportal.application.contact.ContactForm;
import org.ddmsportal.application.contact.ContactService;
import org.ddmsportal.application.organisation.OrganisationForm;
import org.ddmsportal.application.organisation.OrganisationService;
import org.ddmsportal.domain.agreement.AgreementKind;
import org.ddmsportal.domain.agreement.PartyRole;
import org.ddmsportal.domain.partnership.PartnerRole;
import org.ddmsportal.domain.partnership.PartnershipType;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The authorisation matrix ({@code authorization-matrix.md}, held for the use cases by
 * {@link AuthorizationMatrixIT}) through the REST API: every API write of organisations, contacts,
 * partnerships and agreements, by every kind of user with a real Keycloak token of theirs, must
 * give the same outcome as the use case — 2xx where the matrix says ✓, 403/404 where it says ✗ —
 * and a refusal must write nothing. Users the demo realm lacks (staff of Serbia and Italy, the
 * contacts) are made in Keycloak for the run; the party contact's e-mail and organisation are set
 * to each cell's records before its token is taken.
 */
@ExtendWith(ArquillianExtension.class)
class ApiAuthorizationMatrixIT {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000L, 36);

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject OrganisationService organisations;
    @Inject ContactService contacts;
    @Inject PartnershipService partnerships;
    @Inject AgreementDrafting agreementDrafting;

    @Resource(lookup = "java:app/jdbc/ddms")
    DataSource dataSource;

    private final Map<String, String> usernames = new LinkedHashMap<>();
    private final Map<String, String[]> tokens = new LinkedHashMap<>();
    private String partyContactId;

    private void users() {
        if (!usernames.isEmpty()) {
            return;
        }
        usernames.put("admin", "admin");
        usernames.put("coordinator", "coordinator");
        usernames.put("manager (RS)", "manager.rs");
        usernames.put("staff (RS)", testUser("staff.rs"));
        KeycloakUsers.ensure(usernames.get("staff (RS)"), "api.staff.rs." + RUN + "@test.ddms", "nsi-staff", "RS", null);
        usernames.put("manager (IT)", "manager.it");
        usernames.put("staff (IT)", testUser("staff.it"));
        KeycloakUsers.ensure(usernames.get("staff (IT)"), "api.staff.it." + RUN + "@test.ddms", "nsi-staff", "IT", null);
        usernames.put("contact (party)", testUser("contact.party"));
        partyContactId = KeycloakUsers.ensure(usernames.get("contact (party)"), "api.party." + RUN + "@test.ddms",
                "contact", "RS", "NONE-" + RUN);
        usernames.put("contact (other)", testUser("contact.other"));
        KeycloakUsers.ensure(usernames.get("contact (other)"), "api.other." + RUN + "@test.ddms", "contact", "IT",
                "IT-X-" + RUN);
    }

    private static String testUser(String role) {
        return "api." + role + "." + RUN;
    }

    /** A fresh enough token of the column's user (the party contact's is taken again for each cell). */
    private String token(String column, World w) {
        if (column.equals("contact (party)")) {
            KeycloakUsers.update(partyContactId, w.contactEmail, "RS", w.companyCode);
            return ApiClient.userToken(usernames.get(column));
        }
        String[] cached = tokens.get(column);
        if (cached == null || System.currentTimeMillis() - Long.parseLong(cached[1]) > 120_000) {
            cached = new String[] {ApiClient.userToken(usernames.get(column)), Long.toString(System.currentTimeMillis())};
            tokens.put(column, cached);
        }
        return cached[0];
    }

    final class World {
        final long n = SEQUENCE.incrementAndGet();
        final String companyCode = "AX-" + n;
        final String contactEmail = "api.contact." + n + "@company.test";
        long nsi;
        long company;
        long city;
        long contact;
        long partnership;
        long agreement;

        World registry() {
            nsi = organisation("NSI " + n, "NSI", null);
            company = organisation("Company " + n, "UTILITY", companyCode);
            city = organisation("City " + n, "MUNICIPALITY", null);
            ContactForm c = new ContactForm();
            c.setFullName("Contact " + n);
            c.setEmail(contactEmail);
            c.setOrganisationId(company);
            contact = contacts.create(Actors.ADMIN, c);
            return this;
        }

        World partnership() {
            registry();
            PartnershipForm f = new PartnershipForm();
            f.setTitle("API matrix partnership " + n);
            f.setLeadId(nsi);
            f.setType(PartnershipType.DATA_SHARING);
            f.setStartDate(LocalDate.now());
            PartnershipForm.PartnerRow row = new PartnershipForm.PartnerRow();
            row.setOrganisationId(company);
            row.setRole(PartnerRole.DATA_PROVIDER);
            f.getPartners().add(row);
            partnership = partnerships.create(Actors.ADMIN, f);
            return this;
        }

        World agreement() {
            partnership();
            AgreementForm f = new AgreementForm();
            f.setPartnershipId(partnership);
            f.setKind(AgreementKind.DSA);
            f.setTitle("API matrix data " + n);
            f.setEffectiveDate(LocalDate.now());
            f.setExpiryDate(LocalDate.now().plusYears(1));
            AgreementForm.PartyRow row = new AgreementForm.PartyRow();
            row.setOrganisationId(company);
            row.setContactId(contact);
            row.setRole(PartyRole.SIGNER);
            row.setOrder(1);
            f.setParties(List.of(row));
            agreement = agreementDrafting.create(Actors.ADMIN, f);
            return this;
        }

        private long organisation(String name, String type, String code) {
            OrganisationForm f = new OrganisationForm();
            f.setName(name);
            f.setCountryCode("RS");
            f.setTypeCode(type);
            f.setCode(code);
            return organisations.create(Actors.ADMIN, f);
        }
    }

    /** An API write: the matrix's use case name, what it needs, the call (token, records) → response. */
    record Write(String name, Consumer<World> prepare, BiFunction<String, World, HttpResponse<String>> call) {
    }

    private List<Write> writes() {
        List<Write> u = new ArrayList<>();
        u.add(new Write("organisation: create (RS)", World::registry, (t, w) -> ApiClient.send("POST",
                ApiClient.v1("organisations"), t, "{\"name\":\"New " + w.n + "\",\"countryCode\":\"RS\","
                        + "\"typeCode\":\"UTILITY\",\"code\":\"AX2-" + w.n + "\"}")));
        u.add(new Write("organisation: update", World::registry,
                (t, w) -> replace(t, "organisations/" + w.company, "name", "Renamed " + w.n)));
        u.add(new Write("organisation: delete", World::registry, (t, w) -> delete(t, "organisations/" + w.city)));
        u.add(new Write("contact: create", World::registry, (t, w) -> ApiClient.send("POST", ApiClient.v1("contacts"), t,
                "{\"fullName\":\"Another " + w.n + "\",\"email\":\"another." + w.n + "@company.test\",\"organisationId\":"
                        + w.company + "}")));
        u.add(new Write("contact: update", World::registry,
                (t, w) -> replace(t, "contacts/" + w.contact, "position", "Head " + w.n)));
        u.add(new Write("contact: delete", World::registry, (t, w) -> delete(t, "contacts/" + w.contact)));
        u.add(new Write("partnership: create", World::registry, (t, w) -> ApiClient.send("POST",
                ApiClient.v1("partnerships"), t, "{\"title\":\"Another partnership " + w.n + "\",\"leadId\":" + w.nsi
                        + ",\"type\":\"DATA_SHARING\"}")));
        u.add(new Write("partnership: update", World::partnership,
                (t, w) -> replace(t, "partnerships/" + w.partnership, "title", "Renamed partnership " + w.n)));
        u.add(new Write("partnership: start negotiation", World::partnership,
                (t, w) -> fire(t, "partnerships/" + w.partnership, "startNegotiation", "go")));
        u.add(new Write("partnership: terminate", World::partnership,
                (t, w) -> fire(t, "partnerships/" + w.partnership, "terminate", "stop")));
        u.add(new Write("agreement: create", World::partnership, (t, w) -> ApiClient.send("POST",
                ApiClient.v1("agreements"), t, "{\"partnershipId\":" + w.partnership + ",\"kind\":\"DSA\",\"title\":"
                        + "\"Matrix data " + w.n + "\",\"parties\":[{\"organisationId\":" + w.company + ",\"contactId\":"
                        + w.contact + ",\"role\":\"SIGNER\",\"order\":1}]}")));
        u.add(new Write("agreement: update", World::agreement,
                (t, w) -> replace(t, "agreements/" + w.agreement, "title", "Renamed agreement " + w.n)));
        u.add(new Write("agreement: submit for review", World::agreement,
                (t, w) -> fire(t, "agreements/" + w.agreement, "submitForReview", "ready")));
        return u;
    }

    /** Reads the record as the administrator (its ETag and fields) and sends it back with one field changed. */
    private HttpResponse<String> replace(String token, String path, String field, String value) {
        HttpResponse<String> read = ApiClient.get(ApiClient.v1(path), adminToken());
        JsonObject changed = Json.createObjectBuilder(ApiClient.object(read.body())).add(field, value).build();
        return ApiClient.send("PUT", ApiClient.v1(path), token, changed.toString(), "If-Match",
                read.headers().firstValue("ETag").orElseThrow());
    }

    private HttpResponse<String> delete(String token, String path) {
        String etag = ApiClient.get(ApiClient.v1(path), adminToken()).headers().firstValue("ETag").orElseThrow();
        return ApiClient.send("DELETE", ApiClient.v1(path), token, null, "If-Match", etag);
    }

    private HttpResponse<String> fire(String token, String path, String transition, String comment) {
        String etag = ApiClient.get(ApiClient.v1(path), adminToken()).headers().firstValue("ETag").orElseThrow();
        return ApiClient.send("POST", ApiClient.v1(path + "/transitions/" + transition), token,
                "{\"comment\":\"" + comment + "\"}", "If-Match", etag);
    }

    private String adminToken() {
        return token("admin", null);
    }

    @Test
    void everyApiWriteFollowsTheMatrix() throws Exception {
        users();
        Map<String, Map<String, String>> expected = expected();
        List<String> columns = new ArrayList<>(usernames.keySet());
        StringBuilder table = new StringBuilder("| use case | " + String.join(" | ", columns) + " |\n");
        List<String> mismatches = new ArrayList<>();
        for (Write write : writes()) {
            table.append("| ").append(write.name()).append(" |");
            for (String column : columns) {
                World w = new World();
                write.prepare().accept(w);
                String token = token(column, w);
                long auditBefore = audits();
                HttpResponse<String> r = write.call().apply(token, w);
                String outcome = r.statusCode() / 100 == 2 ? AuthorizationMatrixIT.ALLOWED
                        : r.statusCode() == 403 || r.statusCode() == 404 ? AuthorizationMatrixIT.REFUSED
                        : "HTTP " + r.statusCode() + " " + r.body();
                if (r.statusCode() / 100 != 2) {
                    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                            write.name() + " / " + column + ": " + r.body());
                    if (audits() != auditBefore) {
                        mismatches.add(write.name() + " / " + column + ": refused but something was written");
                    }
                }
                table.append(' ').append(outcome.length() > 60 ? outcome.substring(0, 60) : outcome).append(" |");
                String want = expected.getOrDefault(write.name(), Map.of()).get(column);
                if (!outcome.equals(want)) {
                    mismatches.add(write.name() + " / " + column + ": expected " + want + ", was " + outcome);
                }
            }
            table.append('\n');
        }
        System.out.println("API authorisation matrix found:\n" + table);
        assertEquals(List.of(), mismatches, "the API matrix found:\n" + table);
    }

    private static Map<String, Map<String, String>> expected() throws IOException {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        try (InputStream in = ApiAuthorizationMatrixIT.class.getResourceAsStream("/authorization-matrix.md")) {
            List<String> header = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("|") || line.startsWith("|---")) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (String cell : line.substring(1, line.lastIndexOf('|')).split("\\|")) {
                    cells.add(cell.strip());
                }
                if (header == null) {
                    header = cells;
                    continue;
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 1; i < cells.size() && i < header.size(); i++) {
                    row.put(header.get(i), cells.get(i));
                }
                rows.put(cells.get(0), row);
            }
        }
        return rows;
    }

    private long audits() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM audit_entry")) {
            r.next();
            return r.getLong(1);
        }
    }
}
