package org.ddmsportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.ddmsportal.application.audit.AuditService;
import org.ddmsportal.application.contact.ContactForm;
import org.ddmsportal.application.contact.ContactService;
import org.ddmsportal.application.organisation.OrganisationForm;
import org.ddmsportal.application.organisation.OrganisationService;
import org.ddmsportal.application.shared.AccessDeniedException;
import org.ddmsportal.application.shared.ConcurrentEditException;
import org.ddmsportal.application.shared.DuplicateException;
import org.ddmsportal.application.shared.InUseException;
import org.ddmsportal.application.shared.InvalidInputException;
import org.ddmsportal.domain.audit.AuditAction;
import org.ddmsportal.domain.audit.AuditEntry;
import org.ddmsportal.domain.audit.FieldChange;
import org.ddmsportal.domain.contact.ContactCriteria;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.organisation.OrganisationCriteria;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The registry's use cases inside Payara against the test MariaDB: scope, audit, conflicts,
 * validation, referential protection and the cost of a list page. Each test makes its own
 * records with names no other test uses.
 */
@ExtendWith(ArquillianExtension.class)
class RegistryServiceIT {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime());

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    OrganisationService organisations;

    @Inject
    ContactService contacts;

    @Inject
    AuditService audit;

    @Resource(lookup = "java:app/jdbc/ddms")
    DataSource dataSource;

    private static String unique(String prefix) {
        return prefix + " " + SEQUENCE.incrementAndGet();
    }

    private static OrganisationForm organisationForm(String name, String country, String type) {
        OrganisationForm form = new OrganisationForm();
        form.setName(name);
        form.setCountryCode(country);
        form.setTypeCode(type);
        return form;
    }

    private long createOrganisation(Actor actor, String country) {
        return organisations.create(actor, organisationForm(unique("Org"), country, "UTILITY"));
    }

    @Test
    void aNewOrganisationKeepsItsAcronym() {
        OrganisationForm form = organisationForm(unique("Heating Company"), "RS", "UTILITY");
        form.setAcronym("HC");
        long id = organisations.create(Actors.MANAGER_RS, form);
        assertEquals("HC", organisations.get(Actors.ADMIN, id).getAcronym());
    }

    @Test
    void createAndEditAreAuditedFieldByField() {
        OrganisationForm form = organisationForm(unique("Belgrade Heating"), "RS", "UTILITY");
        form.setCity("Belgrade");
        long id = organisations.create(Actors.MANAGER_RS, form);

        OrganisationForm edit = OrganisationForm.of(organisations.get(Actors.MANAGER_RS, id));
        edit.setCity("Novi Sad");
        edit.setAcronym("BH");
        organisations.update(Actors.STAFF_RS, id, edit);

        Organisation saved = organisations.get(Actors.ADMIN, id);
        assertEquals("Novi Sad", saved.getCity());
        assertEquals("it.manager.rs", saved.getCreatedBy());
        assertEquals("it.staff.rs", saved.getModifiedBy());

        List<AuditEntry> history = audit.history(Actors.COORDINATOR, organisations.get(Actors.COORDINATOR, id));
        assertEquals(2, history.size());
        assertEquals(AuditAction.UPDATE, history.get(0).getAction());
        assertEquals("it.staff.rs", history.get(0).getActor());
        assertEquals(List.of(new FieldChange("acronym", null, "BH"), new FieldChange("city", "Belgrade", "Novi Sad")),
                AuditService.changesOf(history.get(0)));
        assertEquals(AuditAction.CREATE, history.get(1).getAction());
        assertTrue(AuditService.changesOf(history.get(1)).contains(new FieldChange("country", null, "RS")));
    }

    @Test
    void aUserOfAnotherCountryIsRefusedAndNothingChanges() {
        long id = createOrganisation(Actors.MANAGER_RS, "RS");
        Organisation before = organisations.get(Actors.ADMIN, id);
        OrganisationForm edit = OrganisationForm.of(before);
        edit.setName("Taken over by Italy");

        assertThrows(AccessDeniedException.class, () -> organisations.update(Actors.MANAGER_IT, id, edit));
        assertThrows(AccessDeniedException.class, () -> organisations.update(Actors.COORDINATOR, id, edit));
        assertThrows(AccessDeniedException.class, () -> organisations.delete(Actors.MANAGER_IT, id, before.getVersion()));
        assertThrows(AccessDeniedException.class,
                () -> organisations.create(Actors.MANAGER_IT, organisationForm(unique("Org"), "RS", "NGO")));
        // nor may a Serbian manager move a record into Italy
        assertThrows(AccessDeniedException.class, () -> {
            OrganisationForm move = OrganisationForm.of(before);
            move.setCountryCode("IT");
            organisations.update(Actors.MANAGER_RS, id, move);
        });

        Organisation after = organisations.get(Actors.ADMIN, id);
        assertEquals(before.getName(), after.getName());
        assertEquals(before.getVersion(), after.getVersion());
        assertEquals(1, audit.history(Actors.ADMIN, "Organisation", id).size());
    }

    @Test
    void aContactUserEditsOnlyTheirOwnRecord() {
        long org = createOrganisation(Actors.MANAGER_RS, "RS");
        String ownEmail = "own." + SEQUENCE.incrementAndGet() + "@partner.rs";
        long own = contacts.create(Actors.MANAGER_RS, contactForm("Own Person", ownEmail, org));
        long other = contacts.create(Actors.MANAGER_RS,
                contactForm("Other Person", "other." + SEQUENCE.incrementAndGet() + "@partner.rs", org));
        Actor contactUser = Actors.contactUser(ownEmail);

        ContactForm mine = ContactForm.of(contacts.get(contactUser, own));
        mine.setPhone("+381 11 123 456");
        contacts.update(contactUser, own, mine);
        assertEquals("+381 11 123 456", contacts.get(contactUser, own).getPhone());

        ContactForm theirs = ContactForm.of(contacts.get(contactUser, other));
        theirs.setPhone("+381 11 999 999");
        assertThrows(AccessDeniedException.class, () -> contacts.update(contactUser, other, theirs));
        assertThrows(AccessDeniedException.class, () -> organisations.update(contactUser, org,
                OrganisationForm.of(organisations.get(contactUser, org))));
        assertEquals(null, contacts.get(Actors.ADMIN, other).getPhone());
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsRefusedWithWhoAndWhen() {
        long id = createOrganisation(Actors.MANAGER_RS, "RS");
        OrganisationForm first = OrganisationForm.of(organisations.get(Actors.MANAGER_RS, id));
        OrganisationForm second = OrganisationForm.of(organisations.get(Actors.STAFF_RS, id));

        first.setCity("Kragujevac");
        organisations.update(Actors.MANAGER_RS, id, first);

        second.setCity("Niš");
        ConcurrentEditException conflict = assertThrows(ConcurrentEditException.class,
                () -> organisations.update(Actors.STAFF_RS, id, second));
        assertEquals("Ana (test) (it.manager.rs)", conflict.changedBy(), "the name the changer had, and their account");
        Organisation saved = organisations.get(Actors.ADMIN, id);
        assertEquals("Kragujevac", saved.getCity());
        assertEquals(conflict.changedAt(), saved.getModifiedAt());
        assertEquals(2, audit.history(Actors.ADMIN, "Organisation", id).size());
    }

    @Test
    void badInputIsRefusedAndNothingIsStored() throws Exception {
        long before = countRows("organisation");

        assertThrows(ConstraintViolationException.class,
                () -> organisations.create(Actors.ADMIN, organisationForm("", "RS", "NSI")));
        assertThrows(ConstraintViolationException.class,
                () -> organisations.create(Actors.ADMIN, organisationForm("x".repeat(10_000), "RS", "NSI")));
        assertThrows(InvalidInputException.class,
                () -> organisations.create(Actors.ADMIN, organisationForm(unique("Org"), "XX", "NSI")));
        assertThrows(ConstraintViolationException.class,
                () -> organisations.create(Actors.ADMIN, organisationForm(unique("Org"), "Serbia", "NSI")));
        assertThrows(InvalidInputException.class,
                () -> organisations.create(Actors.ADMIN, organisationForm(unique("Org"), "RS", "NO_SUCH_TYPE")));
        OrganisationForm badUrl = organisationForm(unique("Org"), "RS", "NSI");
        badUrl.setWebsite("javascript:alert(1)");
        assertThrows(ConstraintViolationException.class, () -> organisations.create(Actors.ADMIN, badUrl));
        assertEquals(before, countRows("organisation"));

        long org = createOrganisation(Actors.ADMIN, "RS");
        long contactsBefore = countRows("contact");
        assertThrows(ConstraintViolationException.class,
                () -> contacts.create(Actors.ADMIN, contactForm("No Mail", "not-an-address", org)));
        String taken = "taken." + SEQUENCE.incrementAndGet() + "@x.rs";
        contacts.create(Actors.ADMIN, contactForm("First", taken, org));
        assertThrows(DuplicateException.class,
                () -> contacts.create(Actors.ADMIN, contactForm("Second", taken.toUpperCase(), org)));
        assertEquals(contactsBefore + 1, countRows("contact"));

        // markup is data, stored as typed; the views escape it (see RegistryJourneyIT)
        String script = "<script>alert('x')</script> " + SEQUENCE.incrementAndGet();
        long scripted = organisations.create(Actors.ADMIN, organisationForm(script, "RS", "NGO"));
        assertEquals(script, organisations.get(Actors.ADMIN, scripted).getName());
    }

    @Test
    void deleteIsRefusedWhileSomethingRefersToTheRecord() {
        long parent = createOrganisation(Actors.MANAGER_RS, "RS");
        OrganisationForm childForm = organisationForm(unique("Regional office"), "RS", "NSI_REGIONAL");
        childForm.setParentId(parent);
        long child = organisations.create(Actors.MANAGER_RS, childForm);
        long contact = contacts.create(Actors.MANAGER_RS,
                contactForm("Someone", "someone." + SEQUENCE.incrementAndGet() + "@x.rs", parent));

        InUseException inUse = assertThrows(InUseException.class, () -> organisations.delete(Actors.MANAGER_RS,
                parent, organisations.get(Actors.ADMIN, parent).getVersion()));
        assertEquals(2L, inUse.arguments()[0]);

        contacts.delete(Actors.MANAGER_RS, contact, contacts.get(Actors.ADMIN, contact).getVersion());
        organisations.delete(Actors.MANAGER_RS, child, organisations.get(Actors.ADMIN, child).getVersion());
        organisations.delete(Actors.MANAGER_RS, parent, organisations.get(Actors.ADMIN, parent).getVersion());
        assertTrue(organisations.find(Actors.ADMIN, parent).isEmpty());
        assertEquals(AuditAction.DELETE, audit.history(Actors.ADMIN, "Organisation", parent).get(0).getAction());
    }

    @Test
    void aListPageCostsTwoQueriesWhateverItsLength() throws Exception {
        String marker = unique("Paged");
        long parent = organisations.create(Actors.ADMIN, organisationForm(marker + " NSI", "RS", "NSI"));
        for (int i = 0; i < 24; i++) {
            OrganisationForm form = organisationForm(marker + " office " + i, "RS", "NSI_REGIONAL");
            form.setParentId(parent);
            organisations.create(Actors.ADMIN, form);
        }
        PageRequest request = new PageRequest(0, 20, "name", true, null, null);

        List<Page<Organisation>> loaded = new ArrayList<>();
        long selects = QueryCounter.selects(dataSource, () -> {
            Page<Organisation> page = organisations.search(Actors.COORDINATOR, OrganisationCriteria.all().withName(marker),
                    request);
            // everything the list page shows, for every row
            for (Organisation o : page.rows()) {
                o.getType().getCode();
                o.getCountry().getName().getEn();
                if (o.getParent() != null) {
                    o.getParent().getLabel();
                }
            }
            loaded.add(page);
        });
        Page<Organisation> page = loaded.get(0);

        assertEquals(25, page.total());
        assertEquals(20, page.rows().size());
        assertTrue(selects >= 1, "the SELECT counter must see the page query");
        assertTrue(selects <= 2, "a page of 20 took " + selects + " SELECTs");
    }

    /** The contact list costs the same for a page of 2 as for 20, with each row's organisation and country read. */
    @Test
    void theContactListCostsTheSameForTwoRowsAsForTwenty() throws Exception {
        String marker = unique("Paged contact");
        for (int i = 0; i < 22; i++) {
            long org = createOrganisation(Actors.ADMIN, i % 2 == 0 ? "RS" : "PL");
            contacts.create(Actors.ADMIN, contactForm(marker + " " + i, "paged." + SEQUENCE.incrementAndGet() + "@org.test", org));
        }
        java.util.function.IntFunction<Runnable> page = size -> () -> {
            var p = contacts.search(Actors.COORDINATOR, ContactCriteria.all().withFullName(marker),
                    new PageRequest(0, size, "fullName", true, null, null));
            assertEquals(22, p.total());
            p.rows().forEach(k -> {
                k.getOrganisation().getLabel();
                k.getOrganisation().getCountry().nameIn(java.util.Locale.ENGLISH);
            });
        };
        page.apply(20).run();
        long two = QueryCounter.selects(dataSource, page.apply(2));
        long twenty = QueryCounter.selects(dataSource, page.apply(20));
        assertEquals(two, twenty, "a page of 20 took " + twenty + " SELECTs, a page of 2 " + two);
        assertTrue(twenty <= 3, "a page of 20 took " + twenty + " SELECTs");
    }

    @Test
    void listsFilterSortAndPageOnTheServer() {
        String marker = unique("Filtered");
        organisations.create(Actors.ADMIN, organisationForm(marker + " B", "RS", "UTILITY"));
        organisations.create(Actors.ADMIN, organisationForm(marker + " A", "PL", "UTILITY"));
        organisations.create(Actors.ADMIN, organisationForm(marker + " C", "RS", "ACADEMIC"));

        Page<Organisation> serbianUtilities = organisations.search(Actors.ADMIN,
                OrganisationCriteria.all().withName(marker).withCountry("rs").withType("UTILITY"),
                new PageRequest(0, 10, "name", true, null, null));
        assertEquals(List.of(marker + " B"), serbianUtilities.rows().stream().map(Organisation::getName).toList());

        Page<Organisation> descending = organisations.search(Actors.ADMIN, OrganisationCriteria.all().withText(marker),
                new PageRequest(1, 1, "name", false, null, null));
        assertEquals(3, descending.total());
        assertEquals(List.of(marker + " B"), descending.rows().stream().map(Organisation::getName).toList());
    }

    private static ContactForm contactForm(String name, String email, long organisation) {
        ContactForm form = new ContactForm();
        form.setFullName(name);
        form.setEmail(email);
        form.setOrganisationId(organisation);
        return form;
    }

    private long countRows(String table) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
