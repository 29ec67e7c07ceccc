package org.ddmsportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.ddmsportal.application.audit.AuditService;
import org.ddmsportal.application.communication.ActivityForm;
import org.ddmsportal.application.communication.ActivityService;
import org.ddmsportal.application.communication.GuidelineService;
import org.ddmsportal.application.communication.StakeholderService;
import org.ddmsportal.application.communication.GuidelineForm;
import org.ddmsportal.application.communication.StakeholderForm;
import org.ddmsportal.application.pilot.PilotForm;
import org.ddmsportal.application.pilot.PilotService;
import org.ddmsportal.application.organisation.OrganisationForm;
import org.ddmsportal.application.organisation.OrganisationService;
import org.ddmsportal.application.shared.AccessDeniedException;
import org.ddmsportal.application.shared.ConcurrentEditException;
import org.ddmsportal.application.shared.InvalidInputException;
import org.ddmsportal.application.shared.NotFoundException;
import org.ddmsportal.domain.audit.AuditEntry;
import org.ddmsportal.domain.communication.Activity;
import org.ddmsportal.domain.communication.ActivityCriteria;
import org.ddmsportal.domain.communication.ActivityKind;
import org.ddmsportal.domain.communication.GuidelineCategory;
import org.ddmsportal.domain.communication.Level;
import org.ddmsportal.domain.communication.Stakeholder;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.PageRequest;
import org.ddmsportal.domain.shared.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Communication inside Payara with the real database: guideline revisions and publication kept
 * by coordinators only, dissemination activities in their country's scope with attendance and
 * public events, a pilot's stakeholder map in the pilot's scope, and the activity list's cost.
 */
@ExtendWith(ArquillianExtension.class)
class CommunicationIT {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    GuidelineService guidelines;

    @Inject
    ActivityService activities;

    @Inject
    StakeholderService stakeholders;

    @Inject
    OrganisationService organisations;

    @Inject
    PilotService pilots;

    @Inject
    AuditService audit;

    @Resource(lookup = "java:app/jdbc/ddms")
    DataSource dataSource;

    private GuidelineForm guideline(String title, String body) {
        GuidelineForm f = new GuidelineForm();
        f.setTitle(title);
        f.setCategory(GuidelineCategory.DATA_ACCESS);
        f.setBody(body);
        f.setNote("first");
        return f;
    }

    @Test
    void guidelinesAreKeptByCoordinatorsWithARevisionForEveryChangedText() {
        long n = SEQUENCE.incrementAndGet();
        GuidelineForm form = guideline("Access to data " + n, "Start early.");
        assertThrows(AccessDeniedException.class, () -> guidelines.create(Actors.MANAGER_RS, form));
        long id = guidelines.create(Actors.COORDINATOR, form);
        assertTrue(guidelines.find(Actors.MANAGER_RS, id).isEmpty(), "a draft is the coordinators' only");
        var g = guidelines.find(Actors.COORDINATOR, id).orElseThrow();
        assertEquals(1, g.getRevision());
        assertTrue(guidelines.publishedBySlug(g.getSlug()).isEmpty());

        GuidelineForm edit = GuidelineForm.of(g);
        edit.setBody("Start early, with a model agreement.");
        edit.setNote("model agreement");
        edit.setPublished(true);
        guidelines.update(Actors.COORDINATOR, id, edit);
        g = guidelines.find(Actors.MANAGER_RS, id).orElseThrow();
        assertEquals(2, g.getRevision());
        assertTrue(guidelines.publishedBySlug(g.getSlug()).isPresent(), "published: on the showcase");
        var revisions = guidelines.revisions(Actors.MANAGER_RS, id);
        assertEquals(List.of(2, 1), revisions.stream().map(r -> r.getRevision()).toList());
        assertEquals("Start early.", revisions.get(1).getBody(), "the old text is kept");
        assertEquals("Coordinator (test) (it.coordinator)", revisions.get(0).getChangedByShown(), "who wrote it, named");
        assertEquals("Coordinator (test) (it.coordinator)", g.getModifiedByShown(), "who changed it last, named");

        GuidelineForm recategorised = GuidelineForm.of(g);
        recategorised.setCategory(GuidelineCategory.LEGAL);
        guidelines.update(Actors.COORDINATOR, id, recategorised);
        assertEquals(2, guidelines.find(Actors.COORDINATOR, id).orElseThrow().getRevision(),
                "the same text is no new revision");
        assertThrows(ConcurrentEditException.class, () -> guidelines.update(Actors.COORDINATOR, id, edit),
                "a stale form is refused");
        assertThrows(AccessDeniedException.class, () -> guidelines.update(Actors.MANAGER_RS, id, recategorised));
        assertFalse(audit.history(Actors.ADMIN, "Guideline", id).isEmpty());
    }

    @Test
    void activitiesBelongToTheirCountryAndPublicOnesAreShownAsEvents() throws Exception {
        long n = SEQUENCE.incrementAndGet();
        long org = organisation("Statistics Italy office " + n, "NSI_REGIONAL", "IT");
        ActivityForm f = new ActivityForm();
        f.setKind(ActivityKind.SEMINAR);
        f.setTitle("Seminar " + n);
        f.setHeldOn(LocalDate.now().plusDays(30));
        f.setPlace("Milan");
        f.setPublicEvent(true);
        f.setCountryCodes(List.of("IT", "RS"));
        ActivityForm.AttendanceRow row = new ActivityForm.AttendanceRow();
        row.setOrganisationId(org);
        row.setAttendees(12);
        f.getAttendance().add(row);
        f.setCountryCode("RS");
        long id = activities.create(Actors.MANAGER_IT, f);
        Activity a = activities.find(Actors.MANAGER_RS, id).orElseThrow();
        assertEquals("IT", a.getCountry().getAlpha2(), "an NSI records for its own country whatever the form says");
        assertEquals(12, a.getTotalAttendees());
        assertTrue(activities.publicEvents(true, 1000).stream().anyMatch(e -> e.getId() == id), "an upcoming public event");
        assertTrue(activities.publicEvents(false, 1000).stream().noneMatch(e -> e.getId() == id));

        ActivityForm edit = ActivityForm.of(a);
        edit.setPublicEvent(false);
        assertThrows(AccessDeniedException.class, () -> activities.update(Actors.MANAGER_RS, id, edit),
                "Serbia may not change Italy's activity");
        ActivityForm twice = ActivityForm.of(a);
        twice.getAttendance().add(twice.getAttendance().get(0));
        assertEquals("error.activity.attendance", assertThrows(InvalidInputException.class,
                () -> activities.update(Actors.MANAGER_IT, id, twice)).messageKey());
        activities.update(Actors.COORDINATOR, id, edit);
        assertTrue(activities.publicEvents(true, 1000).stream().noneMatch(e -> e.getId() == id), "no longer public");

        // the list page: two rows or ten cost the same queries
        for (int i = 0; i < 10; i++) {
            ActivityForm more = ActivityForm.of(a);
            more.setTitle("More " + n + " " + i);
            activities.create(Actors.MANAGER_IT, more);
        }
        ActivityCriteria italy = ActivityCriteria.all().withCountry("IT");
        PageRequest two = new PageRequest(0, 2, "heldOn", false, null, null);
        PageRequest ten = new PageRequest(0, 10, "heldOn", false, null, null);
        assertEquals(QueryCounter.selects(dataSource, () -> activities.search(Actors.MANAGER_RS, italy, two).rows().forEach(CommunicationIT::touch)),
                QueryCounter.selects(dataSource, () -> activities.search(Actors.MANAGER_RS, italy, ten).rows().forEach(CommunicationIT::touch)));
    }

    /**
     * An activity links only case studies its recorder reads: Italy's manager naming Serbia's draft
     * (by id, as the REST API takes it) is told the link is unknown, and Serbia's may link it.
     */
    @Test
    void anActivityLinksOnlyCaseStudiesItsRecorderReads() throws Exception {
        long n = SEQUENCE.incrementAndGet();
        long draft;
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO case_study (country_id, slug, language, title, summary, status, version, created_at,"
                    + " created_by, modified_at, modified_by) SELECT k.id, 'rs-draft-activity-" + n + "', 'en', 'Draft "
                    + n + "', 'secret', 'DRAFT', 0, NOW(6), 'test', NOW(6), 'test' FROM country k WHERE k.iso_alpha2 = 'RS'",
                    java.sql.Statement.RETURN_GENERATED_KEYS);
            try (java.sql.ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                draft = keys.getLong(1);
            }
        }
        ActivityForm f = new ActivityForm();
        f.setKind(ActivityKind.SEMINAR);
        f.setTitle("Linked seminar " + n);
        f.setHeldOn(LocalDate.now().plusDays(10));
        f.setPlace("Rome");
        f.setCaseStudyIds(new java.util.ArrayList<>(List.of(draft)));
        assertEquals("error.activity.link", assertThrows(InvalidInputException.class,
                () -> activities.create(Actors.MANAGER_IT, f)).messageKey(), "another country's draft");
        long id = activities.create(Actors.MANAGER_RS, f);
        assertEquals(List.of(draft), activities.find(Actors.MANAGER_RS, id).orElseThrow().getCaseStudies().stream()
                .map(c -> c.getId()).toList());
    }

    @Test
    void aPilotsStakeholderMapIsKeptByThoseWhoMayEditThePilot() {
        long n = SEQUENCE.incrementAndGet();
        long nsi = organisation("SORS " + n, "NSI", "RS");
        long city = organisation("City " + n, "MUNICIPALITY", "RS");
        PilotForm pf = new PilotForm();
        pf.setTitle("Pilot " + n);
        pf.setCityId(city);
        pf.setLeadId(nsi);
        long pilot = pilots.create(Actors.MANAGER_RS, pf);
        StakeholderForm f = new StakeholderForm();
        f.setName("City council " + n);
        f.setInterest(Level.HIGH);
        f.setInfluence(Level.LOW);
        f.setChannel("Briefings");
        assertThrows(AccessDeniedException.class, () -> stakeholders.add(Actors.MANAGER_IT, pilot, f));
        long id = stakeholders.add(Actors.STAFF_RS, pilot, f);
        Actor otherContact = new Actor("it.contact.other." + n, "Other contact", "other." + n + "@test.ddms",
                Set.of(Role.CONTACT), "RS", "NOT-A-PARTNER-" + n);
        Pilot loaded = pilots.get(Actors.MANAGER_RS, pilot);
        assertThrows(NotFoundException.class, () -> stakeholders.ofPilot(otherContact, loaded),
                "a contact of an organisation that is no party to the pilot does not read its map");
        List<Stakeholder> map = stakeholders.ofPilot(Actors.MANAGER_IT, pilots.get(Actors.MANAGER_IT, pilot));
        assertEquals(1, map.size());
        assertEquals("KEEP_INFORMED", map.get(0).getStrategy());
        assertThrows(AccessDeniedException.class, () -> stakeholders.remove(Actors.MANAGER_IT, id));
        stakeholders.remove(Actors.MANAGER_RS, id);
        assertTrue(stakeholders.ofPilot(Actors.MANAGER_RS, pilots.get(Actors.MANAGER_RS, pilot)).isEmpty());
        assertEquals(2, audit.history(Actors.ADMIN, "Stakeholder", id).size(), "added and removed, both audited");
    }

    /** A stakeholder has no page: its pilot's history shows its entries, newest first, with the pilot's own. */
    @Test
    void aPilotsHistoryShowsItsStakeholdersBeingAddedAndRemoved() {
        long n = SEQUENCE.incrementAndGet();
        PilotForm pf = new PilotForm();
        pf.setTitle("Pilot " + n);
        pf.setCityId(organisation("City " + n, "MUNICIPALITY", "RS"));
        pf.setLeadId(organisation("SORS " + n, "NSI", "RS"));
        long pilot = pilots.create(Actors.MANAGER_RS, pf);
        long other = pilots.create(Actors.MANAGER_RS, pf);
        StakeholderForm f = new StakeholderForm();
        f.setName("Heating company " + n);
        f.setInterest(Level.HIGH);
        f.setInfluence(Level.HIGH);
        long id = stakeholders.add(Actors.MANAGER_RS, pilot, f);
        stakeholders.remove(Actors.MANAGER_RS, id);

        List<AuditEntry> history = audit.history(Actors.MANAGER_RS, pilots.get(Actors.MANAGER_RS, pilot));
        assertEquals(List.of("Stakeholder DELETE", "Stakeholder CREATE", "Pilot CREATE"),
                history.stream().map(e -> e.getEntityType() + " " + e.getAction()).toList());
        assertEquals("Pilot " + n + ": Heating company " + n, history.get(0).getEntityLabel());
        assertEquals(Actors.MANAGER_RS.displayName() + " (it.manager.rs)", history.get(0).getWho(),
                "the history names the person, with the account (a user sets their own name)");
        assertEquals(Actors.MANAGER_RS.username(), history.get(0).getActor());
        assertEquals(List.of("Pilot CREATE"), audit.history(Actors.MANAGER_RS, pilots.get(Actors.MANAGER_RS, other)).stream()
                .map(e -> e.getEntityType() + " " + e.getAction()).toList(), "another pilot's history has none of it");
        assertThrows(AccessDeniedException.class, () -> audit.history(Actors.MANAGER_RS, "Pilot", pilot),
                "by type and id, unread, only for the audit trail's readers");
        assertEquals(3, audit.history(Actors.ADMIN, "Pilot", pilot).size());
    }

    /** Reads what the list page shows of a row. */
    private static void touch(Activity a) {
        a.getCountries().forEach(c -> c.getAlpha2());
        a.getTotalAttendees();
    }

    private long organisation(String name, String type, String country) {
        OrganisationForm form = new OrganisationForm();
        form.setName(name);
        form.setCountryCode(country);
        form.setTypeCode(type);
        return organisations.create(Actors.ADMIN, form);
    }

}
