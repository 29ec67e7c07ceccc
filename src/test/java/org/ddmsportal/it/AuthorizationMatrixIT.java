package org.ddmsportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.ddmsportal.application.agreement.AgreementDrafting;
import org.ddmsportal.application.agreement.AgreementForm;
import org.ddmsportal.application.agreement.AgreementLifecycle;
import org.ddmsportal.application.agreement.AgreementQueries;
import org.ddmsportal.application.casestudy.CaseStudyAuthoring;
import org.ddmsportal.application.casestudy.CaseStudyForm;
import org.ddmsportal.application.casestudy.CaseStudyQueries;
import org.ddmsportal.application.casestudy.CaseStudyReview;
import org.ddmsportal.application.casestudy.LessonForm;
import org.ddmsportal.application.casestudy.LessonService;
import org.ddmsportal.application.communication.ActivityForm;
import org.ddmsportal.application.communication.ActivityService;
import org.ddmsportal.application.communication.GuidelineService;
import org.ddmsportal.application.communication.StakeholderService;
import org.ddmsportal.application.communication.GuidelineForm;
import org.ddmsportal.application.communication.StakeholderForm;
import org.ddmsportal.application.data.DatasetForm;
import org.ddmsportal.application.data.DatasetService;
import org.ddmsportal.application.data.IndicatorForm;
import org.ddmsportal.application.data.IndicatorService;
import org.ddmsportal.application.decision.DecisionForm;
import org.ddmsportal.application.decision.DecisionService;
import org.ddmsportal.application.partnership.PartnershipForm;
import org.ddmsportal.application.partnership.PartnershipService;
import org.ddmsportal.application.pilot.PilotForm;
import org.ddmsportal.application.pilot.PilotService;
import org.ddmsportal.application.reference.ReferenceService;
import org.ddmsportal.application.reference.TermForm;
import org.ddmsportal.application.contact.ContactForm;
import org.ddmsportal.application.contact.ContactService;
import org.ddmsportal.application.organisation.OrganisationForm;
import org.ddmsportal.application.organisation.OrganisationService;
import org.ddmsportal.application.shared.AccessDeniedException;
import org.ddmsportal.application.shared.DdmsException;
import org.ddmsportal.application.shared.NotFoundException;
import org.ddmsportal.domain.agreement.AgreementKind;
import org.ddmsportal.domain.agreement.PartyRole;
import org.ddmsportal.domain.casestudy.LessonCategory;
import org.ddmsportal.domain.casestudy.Section;
import org.ddmsportal.domain.communication.ActivityKind;
import org.ddmsportal.domain.communication.GuidelineCategory;
import org.ddmsportal.domain.communication.Level;
import org.ddmsportal.domain.data.SourceKind;
import org.ddmsportal.domain.partnership.PartnerRole;
import org.ddmsportal.domain.partnership.PartnershipType;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The authorisation matrix: every role (admin, coordinator, NSI manager and staff of the record's
 * country and of another, the contact of a party organisation and of another) against every
 * use case that changes data, each cell on records of its own. The expected outcome of every
 * cell is the readable table {@code src/test/resources/authorization-matrix.md}, which doubles as
 * the documentation of who may do what; the table found is printed to the container's output
 * (target/failsafe-reports/…AuthorizationMatrixIT-output.txt), ready to paste into the file after a
 * decision. A refusal must change nothing (no audit entry).
 */
@ExtendWith(ArquillianExtension.class)
class AuthorizationMatrixIT {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    static final String ALLOWED = "✓";
    static final String REFUSED = "✗";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject OrganisationService organisations;
    @Inject ContactService contacts;
    @Inject PartnershipService partnerships;
    @Inject AgreementQueries agreements;
    @Inject AgreementDrafting agreementDrafting;
    @Inject AgreementLifecycle agreementLifecycle;
    @Inject PilotService pilots;
    @Inject DatasetService datasets;
    @Inject IndicatorService indicators;
    @Inject DecisionService decisions;
    @Inject CaseStudyQueries caseStudies;
    @Inject CaseStudyAuthoring authoring;
    @Inject CaseStudyReview review;
    @Inject LessonService lessons;
    @Inject GuidelineService guidelines;
    @Inject ActivityService activities;
    @Inject StakeholderService stakeholders;
    @Inject ReferenceService reference;

    @Resource(lookup = "java:app/jdbc/ddms")
    DataSource dataSource;

    /** The columns: who tries. The record's country is Serbia; the party organisation a Serbian company. */
    private Map<String, Actor> actors(World w) {
        Map<String, Actor> a = new LinkedHashMap<>();
        a.put("admin", Actors.ADMIN);
        a.put("coordinator", Actors.COORDINATOR);
        a.put("manager (RS)", new Actor("mx.manager.rs." + w.n, "M", "m@rs.test", Set.of(Role.NSI_MANAGER), "RS", null));
        a.put("staff (RS)", new Actor("mx.staff.rs." + w.n, "S", "s@rs.test", Set.of(Role.NSI_STAFF), "RS", null));
        a.put("manager (IT)", new Actor("mx.manager.it." + w.n, "M", "m@it.test", Set.of(Role.NSI_MANAGER), "IT", null));
        a.put("staff (IT)", new Actor("mx.staff.it." + w.n, "S", "s@it.test", Set.of(Role.NSI_STAFF), "IT", null));
        a.put("contact (party)", new Actor("mx.contact." + w.n, "C", w.contactEmail, Set.of(Role.CONTACT), "RS", w.companyCode));
        a.put("contact (other)", new Actor("mx.other." + w.n, "O", "o@else.test", Set.of(Role.CONTACT), "IT", "IT-X-" + w.n));
        return a;
    }

    /** One cell's records, made by the admin: a Serbian partnership of the NSI and a company. */
    final class World {
        final long n = SEQUENCE.incrementAndGet();
        final String companyCode = "MX-" + n;
        final String contactEmail = "contact." + n + "@company.test";
        final String territory = "M" + n;
        long nsi;
        long company;
        long city;
        long contact;
        long partnership;
        long agreement;
        long pilot;
        long dataset;
        long indicator;
        long decision;
        long caseStudy;
        long guideline;
        long activity;

        World registry() {
            nsi = organisation("NSI " + n, "NSI", null, null);
            company = organisation("Company " + n, "UTILITY", companyCode, null);
            city = organisation("City " + n, "MUNICIPALITY", null, territory);
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
            f.setTitle("Matrix partnership " + n);
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
            agreement = agreementDrafting.create(Actors.ADMIN, agreementForm(this));
            return this;
        }

        World pilot() {
            partnership();
            pilot = pilots.create(Actors.ADMIN, pilotForm(this));
            return this;
        }

        World data() {
            pilot();
            dataset = datasets.create(Actors.ADMIN, datasetForm(this));
            indicator = indicators.create(Actors.ADMIN, indicatorForm(this));
            return this;
        }

        World decision() {
            data();
            decision = decisions.create(Actors.ADMIN, decisionForm(this));
            return this;
        }

        World caseStudy() {
            partnership();
            caseStudy = authoring.create(new Actor("mx.author." + n, "A", "a@rs.test", Set.of(Role.NSI_MANAGER), "RS", null),
                    caseStudyForm(this));
            return this;
        }

        World guideline() {
            guideline = guidelines.create(Actors.COORDINATOR, guidelineForm(n));
            return this;
        }

        World activity() {
            registry();
            activity = activities.create(Actors.ADMIN, activityForm(this));
            return this;
        }
    }

    record UseCase(String name, Consumer<World> prepare, BiConsumer<Actor, World> run) {
    }

    private List<UseCase> useCases() {
        List<UseCase> u = new ArrayList<>();
        u.add(new UseCase("organisation: create (RS)", World::registry, (a, w) -> organisations.create(a, orgForm("New " + w.n, "MX2-" + w.n))));
        u.add(new UseCase("organisation: update", World::registry, (a, w) -> {
            OrganisationForm f = OrganisationForm.of(organisations.get(Actors.ADMIN, w.company));
            f.setName("Renamed " + w.n);
            organisations.update(a, w.company, f);
        }));
        u.add(new UseCase("organisation: delete", World::registry,
                (a, w) -> organisations.delete(a, w.city, organisations.get(Actors.ADMIN, w.city).getVersion())));
        u.add(new UseCase("contact: create", World::registry, (a, w) -> {
            ContactForm f = new ContactForm();
            f.setFullName("Another " + w.n);
            f.setEmail("another." + w.n + "@company.test");
            f.setOrganisationId(w.company);
            contacts.create(a, f);
        }));
        u.add(new UseCase("contact: update", World::registry, (a, w) -> {
            ContactForm f = ContactForm.of(contacts.get(Actors.ADMIN, w.contact));
            f.setPosition("Head " + w.n);
            contacts.update(a, w.contact, f);
        }));
        u.add(new UseCase("contact: delete", World::registry,
                (a, w) -> contacts.delete(a, w.contact, contacts.get(Actors.ADMIN, w.contact).getVersion())));
        u.add(new UseCase("partnership: create", World::registry, (a, w) -> {
            PartnershipForm f = new PartnershipForm();
            f.setTitle("Another partnership " + w.n);
            f.setLeadId(w.nsi);
            f.setType(PartnershipType.DATA_SHARING);
            partnerships.create(a, f);
        }));
        u.add(new UseCase("partnership: update", World::partnership, (a, w) -> {
            PartnershipForm f = PartnershipForm.of(partnerships.get(Actors.ADMIN, w.partnership));
            f.setTitle("Renamed partnership " + w.n);
            partnerships.update(a, w.partnership, f);
        }));
        u.add(new UseCase("partnership: start negotiation", World::partnership, (a, w) -> partnerships.transition(a,
                w.partnership, partnerships.get(Actors.ADMIN, w.partnership).getVersion(), "startNegotiation", "go")));
        u.add(new UseCase("partnership: terminate", World::partnership, (a, w) -> partnerships.transition(a,
                w.partnership, partnerships.get(Actors.ADMIN, w.partnership).getVersion(), "terminate", "stop")));
        u.add(new UseCase("agreement: create", World::partnership, (a, w) -> agreementDrafting.create(a, agreementForm(w))));
        u.add(new UseCase("agreement: update", World::agreement, (a, w) -> {
            AgreementForm f = AgreementForm.of(agreements.get(Actors.ADMIN, w.agreement));
            f.setTitle("Renamed agreement " + w.n);
            agreementDrafting.update(a, w.agreement, f);
        }));
        u.add(new UseCase("agreement: submit for review", World::agreement, (a, w) -> agreementLifecycle.transition(a,
                w.agreement, agreements.get(Actors.ADMIN, w.agreement).getVersion(), "submitForReview", "ready")));
        u.add(new UseCase("pilot: create", World::partnership, (a, w) -> pilots.create(a, pilotForm(w))));
        u.add(new UseCase("pilot: update", World::pilot, (a, w) -> {
            PilotForm f = PilotForm.of(pilots.get(Actors.ADMIN, w.pilot));
            f.setTitle("Renamed pilot " + w.n);
            pilots.update(a, w.pilot, f);
        }));
        u.add(new UseCase("pilot: start", World::pilot, (a, w) -> pilots.transition(a, w.pilot,
                pilots.get(Actors.ADMIN, w.pilot).getVersion(), "start", "go")));
        u.add(new UseCase("pilot: next GSBPM phase", World::pilot, (a, w) -> {
            var p = pilots.get(Actors.ADMIN, w.pilot);
            pilots.movePhase(a, w.pilot, p.getVersion(), p.getPhase() + 1, "next");
        }));
        u.add(new UseCase("pilot: add stakeholder", World::pilot, (a, w) -> {
            StakeholderForm f = new StakeholderForm();
            f.setName("Council " + w.n);
            f.setInterest(Level.HIGH);
            f.setInfluence(Level.LOW);
            stakeholders.add(a, w.pilot, f);
        }));
        u.add(new UseCase("dataset: create", World::pilot, (a, w) -> datasets.create(a, datasetForm(w))));
        u.add(new UseCase("dataset: update", World::data, (a, w) -> {
            DatasetForm f = DatasetForm.of(datasets.get(Actors.ADMIN, w.dataset));
            f.setTitle("Renamed dataset " + w.n);
            datasets.update(a, w.dataset, f);
        }));
        u.add(new UseCase("indicator: create", w -> {
            w.pilot();
            w.dataset = datasets.create(Actors.ADMIN, datasetForm(w));
        }, (a, w) -> indicators.create(a, indicatorForm(w))));
        u.add(new UseCase("indicator: update", World::data, (a, w) -> {
            IndicatorForm f = IndicatorForm.of(indicators.get(Actors.ADMIN, w.indicator));
            f.setUnit("%");
            indicators.update(a, w.indicator, f);
        }));
        u.add(new UseCase("indicator: import observations", World::data, (a, w) -> indicators.importObservations(a,
                w.indicator, new StringReader("territory,period,value,status\n" + w.territory + ",2023,1.5,final\n"),
                "matrix.csv")));
        u.add(new UseCase("decision: create", World::data, (a, w) -> decisions.create(a, decisionForm(w))));
        u.add(new UseCase("decision: update", World::decision, (a, w) -> {
            DecisionForm f = DecisionForm.of(decisions.get(Actors.ADMIN, w.decision));
            f.setBody("City Council " + w.n);
            decisions.update(a, w.decision, f);
        }));
        u.add(new UseCase("case study: create", World::partnership, (a, w) -> authoring.create(a, caseStudyForm(w))));
        u.add(new UseCase("case study: update", World::caseStudy, (a, w) -> {
            CaseStudyForm f = CaseStudyForm.of(caseStudies.get(Actors.ADMIN, w.caseStudy));
            f.setTitle("Renamed case " + w.n);
            authoring.update(a, w.caseStudy, f);
        }));
        u.add(new UseCase("case study: submit", World::caseStudy, (a, w) -> review.transition(a, w.caseStudy,
                caseStudies.get(Actors.ADMIN, w.caseStudy).getVersion(), "submit", "ready")));
        u.add(new UseCase("case study: take into review", w -> {
            w.caseStudy();
            review.transition(Actors.ADMIN, w.caseStudy, caseStudies.get(Actors.ADMIN, w.caseStudy).getVersion(),
                    "submit", "ready");
        }, (a, w) -> review.transition(a, w.caseStudy, caseStudies.get(Actors.ADMIN, w.caseStudy).getVersion(),
                "take", "mine")));
        u.add(new UseCase("case study: comment (submitted)", w -> {
            w.caseStudy();
            review.transition(Actors.ADMIN, w.caseStudy, caseStudies.get(Actors.ADMIN, w.caseStudy).getVersion(),
                    "submit", "ready");
        }, (a, w) -> review.comment(a, w.caseStudy, Section.RESULTS, null, "a remark")));
        u.add(new UseCase("case study: withdraw", World::caseStudy, (a, w) -> review.transition(a, w.caseStudy,
                caseStudies.get(Actors.ADMIN, w.caseStudy).getVersion(), "withdraw", "not now")));
        u.add(new UseCase("lesson: add to partnership", World::partnership,
                (a, w) -> lessons.add(a, LessonService.PARTNERSHIP, w.partnership, lessonForm())));
        u.add(new UseCase("lesson: add to pilot", World::pilot, (a, w) -> lessons.add(a, LessonService.PILOT, w.pilot, lessonForm())));
        u.add(new UseCase("guideline: create", w -> { }, (a, w) -> guidelines.create(a, guidelineForm(w.n))));
        u.add(new UseCase("guideline: update", World::guideline, (a, w) -> {
            GuidelineForm f = GuidelineForm.of(guidelines.find(Actors.COORDINATOR, w.guideline).orElseThrow());
            f.setBody("Changed text " + w.n);
            guidelines.update(a, w.guideline, f);
        }));
        u.add(new UseCase("activity: record (RS)", World::registry, (a, w) -> activities.create(a, activityForm(w))));
        u.add(new UseCase("activity: update", World::activity, (a, w) -> {
            ActivityForm f = ActivityForm.of(activities.find(Actors.ADMIN, w.activity).orElseThrow());
            f.setPlace("Novi Sad");
            activities.update(a, w.activity, f);
        }));
        u.add(new UseCase("policy domain: add", w -> { }, (a, w) -> {
            TermForm f = new TermForm();
            f.setCode("MX_" + w.n);
            f.setNameEn("Matrix " + w.n);
            f.setNameFr("Matrice " + w.n);
            f.setNameRu("Матрица " + w.n);
            reference.addPolicyDomain(a, f);
        }));
        return u;
    }

    @Test
    void everyRoleMayDoExactlyWhatTheMatrixSays() throws Exception {
        Map<String, Map<String, String>> expected = expected();
        List<String> columns = new ArrayList<>(actors(new World()).keySet());
        StringBuilder table = new StringBuilder("| use case | " + String.join(" | ", columns) + " |\n|---|"
                + "---|".repeat(columns.size()) + "\n");
        List<String> mismatches = new ArrayList<>();
        for (UseCase useCase : useCases()) {
            table.append("| ").append(useCase.name()).append(" |");
            for (String column : columns) {
                World w = new World();
                useCase.prepare().accept(w);
                Actor actor = actors(w).get(column);
                long auditBefore = audits();
                String outcome = attempt(() -> useCase.run().accept(actor, w));
                if (REFUSED.equals(outcome) && audits() != auditBefore) {
                    mismatches.add(useCase.name() + " / " + column + ": refused but something was written");
                }
                table.append(' ').append(outcome).append(" |");
                String want = expected.getOrDefault(useCase.name(), Map.of()).get(column);
                if (!outcome.equals(want)) {
                    mismatches.add(useCase.name() + " / " + column + ": expected " + want + ", was " + outcome);
                }
            }
            table.append('\n');
        }
        System.out.println("authorisation matrix found:\n" + table);
        assertTrue(useCases().size() >= 35);
        assertEquals(List.of(), mismatches, "the matrix found:\n" + table);
    }

    private static String attempt(Runnable call) {
        try {
            call.run();
            return ALLOWED;
        } catch (AccessDeniedException | NotFoundException e) {
            return REFUSED;
        } catch (DdmsException e) {
            return e.messageKey();
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName();
        }
    }

    /** The table of the matrix file: use case → column → outcome. */
    private static Map<String, Map<String, String>> expected() throws IOException {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        try (InputStream in = AuthorizationMatrixIT.class.getResourceAsStream("/authorization-matrix.md")) {
            if (in == null) {
                return rows;
            }
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

    // ---- forms

    private long organisation(String name, String type, String code, String territory) {
        OrganisationForm f = new OrganisationForm();
        f.setName(name);
        f.setCountryCode("RS");
        f.setTypeCode(type);
        f.setCode(code);
        if (territory != null) {
            f.setTerritorialCode(territory);
            f.setLatitude(new java.math.BigDecimal("45.267100"));
            f.setLongitude(new java.math.BigDecimal("19.833500"));
        }
        return organisations.create(Actors.ADMIN, f);
    }

    private static OrganisationForm orgForm(String name, String code) {
        OrganisationForm f = new OrganisationForm();
        f.setName(name);
        f.setCountryCode("RS");
        f.setTypeCode("UTILITY");
        f.setCode(code);
        return f;
    }

    private static AgreementForm agreementForm(World w) {
        AgreementForm f = new AgreementForm();
        f.setPartnershipId(w.partnership);
        f.setKind(AgreementKind.DSA);
        f.setTitle("Matrix data " + w.n);
        f.setEffectiveDate(LocalDate.now());
        f.setExpiryDate(LocalDate.now().plusYears(1));
        AgreementForm.PartyRow row = new AgreementForm.PartyRow();
        row.setOrganisationId(w.company);
        row.setContactId(w.contact);
        row.setRole(PartyRole.SIGNER);
        row.setOrder(1);
        f.setParties(List.of(row));
        return f;
    }

    private static PilotForm pilotForm(World w) {
        PilotForm f = new PilotForm();
        f.setTitle("Matrix pilot " + w.n);
        f.setCityId(w.city);
        f.setLeadId(w.nsi);
        f.setPolicyQuestion("Which households?");
        f.setDecision("Support scheme");
        f.setPartnershipIds(List.of(w.partnership));
        return f;
    }

    private static DatasetForm datasetForm(World w) {
        DatasetForm f = new DatasetForm();
        f.setTitle("Matrix dataset " + w.n);
        f.setProviderId(w.nsi);
        f.setSourceKind(SourceKind.SURVEY);
        f.setPartnershipId(w.partnership);
        f.setAccessUrl("https://data.example.org/" + w.n + ".csv");
        return f;
    }

    private static IndicatorForm indicatorForm(World w) {
        IndicatorForm f = new IndicatorForm();
        f.setCode("MX-" + w.n);
        f.setNameEn("Matrix indicator");
        f.setNameFr("Indicateur matrice");
        f.setNameRu("Индикатор");
        f.setUnit("kWh");
        f.setPilotId(w.pilot);
        f.setDatasetIds(List.of(w.dataset));
        return f;
    }

    private static DecisionForm decisionForm(World w) {
        DecisionForm f = new DecisionForm();
        f.setTitle("Matrix decision " + w.n);
        f.setCityId(w.city);
        f.setDecidedOn(LocalDate.now());
        f.setBody("City Assembly");
        f.setIndicatorIds(List.of(w.indicator));
        f.setPilotIds(List.of(w.pilot));
        return f;
    }

    private static CaseStudyForm caseStudyForm(World w) {
        CaseStudyForm f = new CaseStudyForm();
        f.setTitle("Matrix case " + w.n);
        f.setLanguage("en");
        f.getTexts().put(Section.SUMMARY.name(), "Summary " + w.n);
        f.setPartnershipIds(List.of(w.partnership));
        return f;
    }

    private static LessonForm lessonForm() {
        LessonForm f = new LessonForm();
        f.setCategory(LessonCategory.OBSTACLE);
        f.setText("Start the agreement early.");
        return f;
    }

    private static GuidelineForm guidelineForm(long n) {
        GuidelineForm f = new GuidelineForm();
        f.setTitle("Matrix guideline " + n);
        f.setCategory(GuidelineCategory.DATA_ACCESS);
        f.setBody("Text " + n);
        f.setNote("first");
        return f;
    }

    private static ActivityForm activityForm(World w) {
        ActivityForm f = new ActivityForm();
        f.setKind(ActivityKind.SEMINAR);
        f.setTitle("Matrix seminar " + w.n);
        f.setHeldOn(LocalDate.now().plusDays(30));
        f.setPlace("Belgrade");
        f.setCountryCodes(List.of("RS"));
        f.setCountryCode("RS");
        return f;
    }
}
