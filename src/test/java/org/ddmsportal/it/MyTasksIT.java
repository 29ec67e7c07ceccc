package org.ddmsportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.ddmsportal.application.agreement.AgreementDrafting;
import org.ddmsportal.application.agreement.AgreementForm;
import org.ddmsportal.application.agreement.AgreementLifecycle;
import org.ddmsportal.application.agreement.AgreementQueries;
import org.ddmsportal.application.agreement.AgreementSigning;
import org.ddmsportal.application.casestudy.CaseStudyAuthoring;
import org.ddmsportal.application.casestudy.CaseStudyForm;
import org.ddmsportal.application.casestudy.CaseStudyQueries;
import org.ddmsportal.application.casestudy.CaseStudyReview;
import org.ddmsportal.application.partnership.PartnershipForm;
import org.ddmsportal.application.partnership.PartnershipService;
import org.ddmsportal.application.contact.ContactForm;
import org.ddmsportal.application.contact.ContactService;
import org.ddmsportal.application.organisation.OrganisationForm;
import org.ddmsportal.application.organisation.OrganisationService;
import org.ddmsportal.application.task.MyTasks;
import org.ddmsportal.domain.agreement.AccessMethod;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.agreement.AgreementKind;
import org.ddmsportal.domain.agreement.Confidentiality;
import org.ddmsportal.domain.agreement.PartyRole;
import org.ddmsportal.domain.casestudy.Rubric;
import org.ddmsportal.domain.casestudy.Section;
import org.ddmsportal.domain.partnership.PartnerRole;
import org.ddmsportal.domain.partnership.PartnershipType;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Role;
import org.ddmsportal.domain.task.Task;
import org.ddmsportal.domain.task.TaskKind;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * My tasks on the real WAR and database: the figures equal what each test seeded — for a manager
 * (her drafts, a renewal due), the signatory whose turn it is (and not the one who comes next), a
 * coordinator (to review), an author (to revise), a partner's contact (to clear) — the header's
 * count equals the list, and a user of another country (or the same user moved to it) sees none.
 */
@ExtendWith(ArquillianExtension.class)
class MyTasksIT {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    MyTasks tasks;

    @Inject
    AgreementQueries agreements;

    @Inject
    AgreementDrafting drafting;

    @Inject
    AgreementLifecycle lifecycle;

    @Inject
    AgreementSigning signing;

    @Inject
    CaseStudyQueries caseStudies;

    @Inject
    CaseStudyAuthoring authoring;

    @Inject
    CaseStudyReview review;

    @Inject
    PartnershipService partnerships;

    @Inject
    OrganisationService organisations;

    @Inject
    ContactService contacts;

    /** A Serbian partnership of the NSI with a city and a company, each with a signatory of this run. */
    private final class Scenario {
        final long n = SEQUENCE.incrementAndGet();
        final long nsi = organisation("NSI tasks " + n, "NSI", null);
        final long city = organisation("City tasks " + n, "MUNICIPALITY", null);
        final String companyCode = "RS-TK-" + n;
        final long company = organisation("Company tasks " + n, "UTILITY", companyCode);
        final String directorEmail = "director." + n + "@stat.test";
        final String lawyerEmail = "lawyer." + n + "@city.test";
        final String engineerEmail = "engineer." + n + "@company.test";
        final long director = contact("Director " + n, directorEmail, nsi);
        final long lawyer = contact("Lawyer " + n, lawyerEmail, city);
        final long engineer = contact("Engineer " + n, engineerEmail, company);
        final long partnership = partnership();
        final Actor manager = new Actor("it.tasks.manager." + n, "Manager " + n, "manager." + n + "@stat.test",
                Set.of(Role.NSI_MANAGER), "RS", null);
        final Actor coordinator = new Actor("it.tasks.coordinator." + n, "Coordinator " + n,
                "coordinator." + n + "@unece.test", Set.of(Role.COORDINATOR), "CH", null);
        final Actor partner = new Actor("it.tasks.partner." + n, "Partner " + n, engineerEmail,
                Set.of(Role.CONTACT), "RS", companyCode);
        /** Another country's manager. */
        final Actor stranger = new Actor("it.tasks.stranger." + n, "Stranger " + n, "stranger." + n + "@istat.test",
                Set.of(Role.NSI_MANAGER), "IT", null);

        private long partnership() {
            PartnershipForm form = new PartnershipForm();
            form.setTitle("Tasks " + n);
            form.setLeadId(nsi);
            form.setType(PartnershipType.DATA_SHARING);
            for (long org : List.of(city, company)) {
                PartnershipForm.PartnerRow row = new PartnershipForm.PartnerRow();
                row.setOrganisationId(org);
                row.setRole(PartnerRole.DATA_PROVIDER);
                form.getPartners().add(row);
            }
            return partnerships.create(Actors.ADMIN, form);
        }

        AgreementForm agreement(String title, List<AgreementForm.PartyRow> parties, LocalDate expiry) {
            AgreementForm f = new AgreementForm();
            f.setPartnershipId(partnership);
            f.setKind(AgreementKind.DSA);
            f.setTitle(title + " " + n);
            f.setEffectiveDate(LocalDate.now().minusDays(1));
            f.setExpiryDate(expiry);
            f.setRenewalNoticeDays(60);
            f.setReviewDate(LocalDate.now().plusYears(1));
            f.setParties(parties);
            f.setItemsCovered("Hourly consumption per district");
            f.setPurposes("Forecast household prices");
            f.setLegalBasis("Law on Official Statistics");
            f.setPersonalData(false);
            f.setConfidentiality(Confidentiality.CONFIDENTIAL);
            f.setMinCellCount(10);
            f.setPermittedUses("Official statistics");
            f.setProhibitedUses("Commercial use");
            f.setAccessMethod(AccessMethod.SECURE_TRANSFER);
            f.setFrequency("Monthly");
            f.setRetentionPeriod("P5Y");
            f.setDeletionDuty("Delete microdata after five years");
            f.setBreachProcedure("Notify within 72 hours");
            f.setProprietaryRights("Data remain the provider's");
            f.setPublicationAllowed(true);
            f.setPublicationClearance(true);
            return f;
        }

        long sent(AgreementForm form) {
            long id = drafting.create(manager, form);
            move(id, "submitForReview");
            move(id, "sendForSignature");
            return id;
        }

        void move(long id, String transition) {
            lifecycle.transition(manager, id, agreements.get(manager, id).getVersion(), transition, "ok");
        }

        void consent(String email, long id) {
            signing.consent(Actors.contactUser(email), id, agreements.pdf(manager, id).sha256(), "10.0.0.1", "Test");
        }

        CaseStudyForm caseStudy(String title, boolean complete) {
            CaseStudyForm f = new CaseStudyForm();
            f.setTitle(title + " " + n);
            f.setLanguage("en");
            for (Section s : Section.values()) {
                if (complete || s == Section.SUMMARY || s == Section.MOTIVATION) {
                    f.getTexts().put(s.name(), s.name().toLowerCase() + " of case " + n);
                }
            }
            f.setPartnershipIds(List.of(partnership));
            return f;
        }

        void moveCase(Actor actor, long id, String transition) {
            review.transition(actor, id, caseStudies.get(Actors.ADMIN, id).getVersion(), transition, "because " + transition);
        }
    }

    private static AgreementForm.PartyRow party(long org, long contact, PartyRole role, int order) {
        AgreementForm.PartyRow row = new AgreementForm.PartyRow();
        row.setOrganisationId(org);
        row.setContactId(contact);
        row.setRole(role);
        row.setOrder(order);
        return row;
    }

    private long organisation(String name, String type, String code) {
        OrganisationForm form = new OrganisationForm();
        form.setName(name);
        form.setCountryCode("RS");
        form.setTypeCode(type);
        form.setCode(code);
        return organisations.create(Actors.ADMIN, form);
    }

    private long contact(String name, String email, long organisation) {
        ContactForm form = new ContactForm();
        form.setFullName(name);
        form.setEmail(email);
        form.setOrganisationId(organisation);
        return contacts.create(Actors.ADMIN, form);
    }

    /** The actor's tasks as kind → record ids. */
    private Map<TaskKind, Set<Long>> of(Actor actor) {
        List<Task> list = tasks.list(actor);
        for (int i = 1; i < list.size(); i++) {
            Task before = list.get(i - 1);
            Task after = list.get(i);
            assertTrue(before.since() == null || after.since() == null || !before.since().isBefore(after.since()),
                    "newest first: " + list);
        }
        return new java.util.HashMap<>(list.stream().collect(Collectors.groupingBy(Task::kind,
                Collectors.mapping(Task::recordId, Collectors.toSet()))));
    }

    @Test
    void agreementsWaitForTheirOwnerAndForTheSignatoryWhoseTurnItIs() {
        Scenario s = new Scenario();
        long draft = drafting.create(s.manager, s.agreement("Draft", List.of(), LocalDate.now().plusYears(2)));
        // active, expiring in 30 days with a 60-day renewal notice: the renewal is due
        long renewing = s.sent(s.agreement("Renewing", List.of(party(s.city, s.lawyer, PartyRole.SIGNER, 1),
                party(s.company, s.engineer, PartyRole.SIGNER, 2)), LocalDate.now().plusDays(30)));
        s.consent(s.lawyerEmail, renewing);
        s.consent(s.engineerEmail, renewing);
        assertEquals(Agreement.ACTIVE, agreements.get(s.manager, renewing).getStatus());
        // out for signature: the director approves first, then the city, then the company sign
        long sent = s.sent(s.agreement("Sent", List.of(party(s.nsi, s.director, PartyRole.APPROVER, 1),
                party(s.city, s.lawyer, PartyRole.SIGNER, 1), party(s.company, s.engineer, PartyRole.SIGNER, 2)),
                LocalDate.now().plusYears(2)));

        Map<TaskKind, Set<Long>> manager = of(s.manager);
        manager.remove(TaskKind.CASE_STUDY_REVISE); // the country's, whoever wrote them: counted below
        assertEquals(Map.of(TaskKind.AGREEMENT_DRAFT, Set.of(draft), TaskKind.AGREEMENT_RENEW, Set.of(renewing)), manager);
        // the same role and country without drafts, agreements or e-mail: only the country's revisions
        Actor colleague = new Actor("it.tasks.colleague." + s.n, "Colleague", null, Set.of(Role.NSI_MANAGER), "RS", null);
        assertEquals(Set.of(), of(colleague).keySet().stream().filter(k -> k != TaskKind.CASE_STUDY_REVISE)
                .collect(Collectors.toSet()));
        assertEquals(2 + tasks.count(colleague), tasks.count(s.manager), "the header's count: her two, and the country's");

        Actor director = Actors.contactUser(s.directorEmail);
        Actor lawyer = Actors.contactUser(s.lawyerEmail);
        Actor engineer = Actors.contactUser(s.engineerEmail);
        assertEquals(Map.of(TaskKind.AGREEMENT_APPROVE, Set.of(sent)), of(director));
        assertEquals(1, tasks.count(director));
        assertEquals(Map.of(), of(lawyer), "not the city's turn yet");
        assertEquals(0, tasks.count(lawyer));

        s.consent(s.directorEmail, sent);
        assertEquals(Map.of(), of(director), "approved: nothing left for the director");
        assertEquals(Map.of(TaskKind.AGREEMENT_SIGN, Set.of(sent)), of(lawyer));
        assertEquals(1, tasks.count(lawyer));
        assertEquals(0, tasks.count(engineer), "the company signs after the city");

        // another country's manager, and the same manager moved to another country, see none of it
        assertEquals(Map.of(), of(s.stranger));
        assertEquals(0, tasks.count(s.stranger));
        Actor moved = new Actor(s.manager.username(), "Moved", s.manager.email(), Set.of(Role.NSI_MANAGER), "IT", null);
        assertTrue(of(moved).values().stream().flatMap(Set::stream).noneMatch(id -> id == draft || id == renewing),
                "a draft or a reminder of another country is not a task");
    }

    @Test
    void caseStudiesWaitForTheirAuthorTheCoordinatorsAndThePartnerWhoMustClear() {
        Scenario s = new Scenario();
        long coordinatorBefore = tasks.count(s.coordinator);
        long draft = authoring.create(s.manager, s.caseStudy("Draft", false));
        long submitted = authoring.create(s.manager, s.caseStudy("Submitted", false));
        s.moveCase(s.manager, submitted, "submit");

        assertEquals(Set.of(draft), of(s.manager).get(TaskKind.CASE_STUDY_DRAFT));
        assertTrue(of(s.coordinator).get(TaskKind.CASE_STUDY_REVIEW).contains(submitted),
                "a submitted case study waits for every coordinator");
        assertEquals(coordinatorBefore + 1, tasks.count(s.coordinator), "one more task: the submitted case study");

        // taken: it waits for its reviewer only; changes requested: it waits for its country
        s.moveCase(s.coordinator, submitted, "take");
        Actor other = new Actor("it.tasks.other." + s.n, "Other", "other." + s.n + "@unece.test",
                Set.of(Role.COORDINATOR), "CH", null);
        assertTrue(of(s.coordinator).get(TaskKind.CASE_STUDY_REVIEW).contains(submitted));
        assertTrue(!of(other).getOrDefault(TaskKind.CASE_STUDY_REVIEW, Set.of()).contains(submitted),
                "in review: another coordinator's task no more");
        s.moveCase(s.coordinator, submitted, "requestChanges");
        assertTrue(of(s.manager).get(TaskKind.CASE_STUDY_REVISE).contains(submitted));
        assertTrue(!of(s.coordinator).getOrDefault(TaskKind.CASE_STUDY_REVIEW, Set.of()).contains(submitted));
        assertEquals(coordinatorBefore, tasks.count(s.coordinator));

        // approved: the company (a party of a data-sharing agreement requiring clearance) must clear it
        drafting.create(s.manager, s.agreement("Clearance", List.of(party(s.company, s.engineer, PartyRole.SIGNER, 1)),
                LocalDate.now().plusYears(1)));
        long approved = authoring.create(s.manager, s.caseStudy("Approved", true));
        s.moveCase(s.manager, approved, "submit");
        s.moveCase(s.coordinator, approved, "take");
        review.assess(s.coordinator, approved, caseStudies.get(Actors.ADMIN, approved).getVersion(),
                new Rubric(true, true, true, true, "note"));
        s.moveCase(s.coordinator, approved, "approve");
        assertEquals(Map.of(TaskKind.CASE_STUDY_CLEAR, Set.of(approved)), of(s.partner));
        assertEquals(1, tasks.count(s.partner));

        // another country's manager sees none of these
        assertTrue(of(s.stranger).values().stream().flatMap(Set::stream)
                .noneMatch(id -> id == draft || id == submitted || id == approved));
        assertEquals(tasks.list(s.stranger).size(), tasks.count(s.stranger));
    }
}
