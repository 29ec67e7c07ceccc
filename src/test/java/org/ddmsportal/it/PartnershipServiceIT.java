package org.ddmsportal.it;

import org.ddmsportal.domain.shared.Page;
import javax.sql.DataSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.ddmsportal.application.audit.AuditService;
import org.ddmsportal.application.partnership.PartnershipForm;
import org.ddmsportal.application.partnership.PartnershipService;
import org.ddmsportal.application.organisation.OrganisationForm;
import org.ddmsportal.application.organisation.OrganisationService;
import org.ddmsportal.application.shared.AccessDeniedException;
import org.ddmsportal.application.shared.ConcurrentEditException;
import org.ddmsportal.application.shared.DdmsException;
import org.ddmsportal.application.shared.InUseException;
import org.ddmsportal.application.shared.InvalidInputException;
import org.ddmsportal.application.workflow.TransitionRefusedException;
import org.ddmsportal.domain.partnership.PartnerRole;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.partnership.PartnershipCriteria;
import org.ddmsportal.domain.partnership.PartnershipType;
import org.ddmsportal.domain.partnership.Resource;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.PageRequest;
import org.ddmsportal.domain.workflow.WorkflowEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Partnerships and the workflow engine inside Payara: every transition of
 * workflows/partnership.json fired by an allowed actor, and refusals for the wrong role, the
 * wrong country, a failed guard, a missing comment, a stale version and a transition from the
 * wrong state — each leaving the partnership as it was.
 */
@ExtendWith(ArquillianExtension.class)
class PartnershipServiceIT {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime());

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    PartnershipService partnerships;

    @Inject
    OrganisationService organisations;

    @Inject
    AuditService audit;

    @jakarta.annotation.Resource(lookup = "java:app/jdbc/ddms")
    DataSource dataSource;

    private long organisation(String country, String type) {
        OrganisationForm form = new OrganisationForm();
        form.setName("Org " + SEQUENCE.incrementAndGet());
        form.setCountryCode(country);
        form.setTypeCode(type);
        return organisations.create(Actors.ADMIN, form);
    }

    private PartnershipForm form(long lead, long partner) {
        PartnershipForm form = new PartnershipForm();
        form.setTitle("Electricity price forecasting " + SEQUENCE.incrementAndGet());
        form.setLeadId(lead);
        form.setType(PartnershipType.DATA_SHARING);
        form.setDomainCodes(List.of("ENERGY", "LOCAL_ECONOMY"));
        form.setLeadResources(List.of(Resource.SKILLS, Resource.STATISTICAL_DATA));
        PartnershipForm.PartnerRow row = new PartnershipForm.PartnerRow();
        row.setOrganisationId(partner);
        row.setRole(PartnerRole.DATA_PROVIDER);
        row.setResources(List.of(Resource.STATISTICAL_DATA));
        form.setPartners(List.of(row));
        form.setObjectives("Forecast electricity prices for the city's investment plan");
        return form;
    }

    private void move(Actor actor, long id, String transition) {
        Partnership p = partnerships.get(actor, id);
        partnerships.transition(actor, id, p.getVersion(), transition, "Because: " + transition);
    }

    private void assertRefused(Class<? extends DdmsException> type, String key, Actor actor, long id,
                               String transition, String comment) {
        Partnership before = partnerships.get(Actors.ADMIN, id);
        DdmsException e = assertThrows(type,
                () -> partnerships.transition(actor, id, before.getVersion(), transition, comment));
        if (key != null) {
            assertEquals(key, e.messageKey());
        }
        Partnership after = partnerships.get(Actors.ADMIN, id);
        assertEquals(before.getStatus(), after.getStatus());
        assertEquals(before.getVersion(), after.getVersion());
    }

    /**
     * The partnership list (and the workspace's figures) cost the same number of queries for a
     * page of 2 as for a page of 20, with everything the page shows read for every row: lead,
     * country, domains, partners and their organisations.
     */
    @Test
    void aListPageCostsTheSameForTwoRowsAsForTwenty() throws Exception {
        String marker = "Paged partnership " + SEQUENCE.incrementAndGet();
        for (int i = 0; i < 22; i++) {
            PartnershipForm f = form(organisation("RS", "NSI"), organisation("RS", "UTILITY"));
            f.setTitle(marker + " " + i);
            partnerships.create(Actors.MANAGER_RS, f);
        }
        java.util.function.IntFunction<Runnable> page = size -> () -> {
            Page<Partnership> p = partnerships.search(Actors.MANAGER_RS,
                    PartnershipCriteria.all().withTitle(marker).withCountry("RS"),
                    new PageRequest(0, size, "title", true, null, null));
            assertEquals(22, p.total());
            for (Partnership row : p.rows()) {
                row.getLead().getLabel();
                row.getCountry().nameIn(java.util.Locale.FRENCH);
                row.getDomainList().forEach(d -> d.nameIn(java.util.Locale.FRENCH));
                row.getPartners().forEach(pp -> pp.getOrganisation().getLabel());
            }
        };
        page.apply(20).run(); // warm: reference data cached
        long two = QueryCounter.selects(dataSource, page.apply(2));
        long twenty = QueryCounter.selects(dataSource, page.apply(20));
        assertEquals(two, twenty, "a page of 20 took " + twenty + " SELECTs, a page of 2 " + two);
        assertTrue(twenty <= 6, "a page of 20 took " + twenty + " SELECTs");

        long counts = QueryCounter.selects(dataSource, () -> partnerships.statusCounts(Actors.MANAGER_RS));
        assertTrue(counts <= 1, "the workspace's partnership figures took " + counts + " SELECTs");
    }

    @Test
    void aPartnershipGoesThroughItsWholeLifecycle() {
        long nsi = organisation("RS", "NSI");
        long utility = organisation("RS", "UTILITY");
        long id = partnerships.create(Actors.MANAGER_RS, form(nsi, utility));
        Partnership created = partnerships.get(Actors.COORDINATOR, id);
        assertEquals("PROPOSED", created.getStatus());
        assertEquals("RS", created.getCountry().getAlpha2());
        assertEquals(1, created.getPartners().size());

        move(Actors.STAFF_RS, id, "startNegotiation");
        assertRefused(AccessDeniedException.class, null, Actors.STAFF_RS, id, "activate", "staff may not");
        assertRefused(TransitionRefusedException.class, "guard.hasStartDate", Actors.MANAGER_RS, id, "activate", "no date");

        PartnershipForm dated = PartnershipForm.of(partnerships.get(Actors.MANAGER_RS, id));
        dated.setStartDate(LocalDate.of(2026, 3, 1));
        partnerships.update(Actors.MANAGER_RS, id, dated);

        assertRefused(AccessDeniedException.class, null, Actors.MANAGER_IT, id, "activate", "another country");
        assertRefused(AccessDeniedException.class, null, Actors.COORDINATOR, id, "activate", "read only");
        assertRefused(TransitionRefusedException.class, "error.transition.commentRequired", Actors.MANAGER_RS, id,
                "activate", "  ");
        assertRefused(TransitionRefusedException.class, "error.transition.notFromState", Actors.MANAGER_RS, id,
                "resume", "not suspended");
        assertRefused(TransitionRefusedException.class, "error.transition.unknown", Actors.MANAGER_RS, id,
                "celebrate", "no such transition");

        move(Actors.MANAGER_RS, id, "activate");
        move(Actors.MANAGER_RS, id, "suspend");
        move(Actors.ADMIN, id, "resume");
        move(Actors.MANAGER_RS, id, "conclude");
        assertEquals("CONCLUDED", partnerships.get(Actors.ADMIN, id).getStatus());
        assertRefused(TransitionRefusedException.class, "error.transition.notFromState", Actors.ADMIN, id,
                "terminate", "already concluded");

        List<WorkflowEvent> events = partnerships.lifecycle(Actors.COORDINATOR, id);
        assertEquals(List.of("conclude", "resume", "suspend", "activate", "startNegotiation"),
                events.stream().map(WorkflowEvent::getTransition).toList());
        assertEquals("Because: resume", events.get(1).getComment());
        assertEquals("it.admin", events.get(1).getActor());
        assertEquals("IT Admin (it.admin)", events.get(1).getWho(), "the lifecycle names the person, with the account");
        assertEquals("SUSPENDED", events.get(1).getFromState());
        assertTrue(audit.history(Actors.ADMIN, "Partnership", id).stream()
                .anyMatch(e -> AuditService.changesOf(e).stream()
                        .anyMatch(c -> c.field().equals("status") && "CONCLUDED".equals(c.after()))));
    }

    @Test
    void aProposedPartnershipCanBeTerminatedAndAStaleMoveIsRefused() {
        long id = partnerships.create(Actors.MANAGER_RS, form(organisation("RS", "NSI"), organisation("RS", "ACADEMIC")));
        Partnership seen = partnerships.get(Actors.MANAGER_RS, id);
        move(Actors.MANAGER_RS, id, "startNegotiation");
        assertThrows(ConcurrentEditException.class,
                () -> partnerships.transition(Actors.MANAGER_RS, id, seen.getVersion(), "terminate", "stale"));
        assertEquals("NEGOTIATING", partnerships.get(Actors.ADMIN, id).getStatus());
        // a comment longer than the lifecycle keeps: refused with its limit, nothing changed (not "Data too long")
        assertRefused(org.ddmsportal.application.workflow.TransitionRefusedException.class,
                "error.transition.commentTooLong", Actors.MANAGER_RS, id, "terminate", "x".repeat(4001));
        move(Actors.MANAGER_RS, id, "terminate");
        assertEquals("TERMINATED", partnerships.get(Actors.ADMIN, id).getStatus());
        assertTrue(partnerships.availableTransitions(Actors.ADMIN, partnerships.get(Actors.ADMIN, id)).isEmpty());
    }

    @Test
    void onlyAnNsiLeadsAndOnlyItsCountryRecordsIt() {
        long utility = organisation("RS", "UTILITY");
        assertThrows(InvalidInputException.class,
                () -> partnerships.create(Actors.MANAGER_RS, form(organisation("RS", "CHAMBER"), utility)));
        assertThrows(AccessDeniedException.class,
                () -> partnerships.create(Actors.MANAGER_IT, form(organisation("RS", "NSI"), utility)));
        assertThrows(InvalidInputException.class,
                () -> partnerships.create(Actors.MANAGER_RS, form(utility, utility)));
        long regional = organisation("RS", "NSI_REGIONAL");
        PartnershipForm ownPartner = form(regional, regional);
        assertThrows(InvalidInputException.class, () -> partnerships.create(Actors.MANAGER_RS, ownPartner));
    }

    @Test
    void listsFilterByCountryStatusDomainAndPartnerType() {
        long rsNsi = organisation("RS", "NSI");
        long rsUtility = organisation("RS", "UTILITY");
        long itNsi = organisation("IT", "NSI");
        long itAcademic = organisation("IT", "ACADEMIC");
        String marker = "Lineage " + SEQUENCE.incrementAndGet();
        PartnershipForm energy = form(rsNsi, rsUtility);
        energy.setTitle(marker + " energy");
        long energyId = partnerships.create(Actors.ADMIN, energy);
        PartnershipForm mobility = form(itNsi, itAcademic);
        mobility.setTitle(marker + " mobility");
        mobility.setDomainCodes(List.of("MOBILITY"));
        partnerships.create(Actors.ADMIN, mobility);
        move(Actors.ADMIN, energyId, "startNegotiation");

        PartnershipCriteria titled = PartnershipCriteria.all().withTitle(marker);
        assertEquals(List.of(marker + " energy"), titles(titled.withCountry("RS")));
        assertEquals(List.of(marker + " mobility"), titles(titled.withStatus("PROPOSED")));
        assertEquals(List.of(marker + " mobility"), titles(titled.withDomain("MOBILITY")));
        assertEquals(List.of(marker + " energy"), titles(titled.withPartnerType("UTILITY")));
        assertEquals(2, titles(titled).size());
        assertEquals(List.of(marker + " energy"), titles(PartnershipCriteria.all().withOrganisationId(rsUtility)));
        assertEquals(List.of(marker + " mobility"), titles(PartnershipCriteria.all().withOrganisationId(itNsi)));

        Map<String, Long> italy = partnerships.statusCounts(Actors.MANAGER_IT);
        assertEquals(List.of("PROPOSED", "NEGOTIATING", "ACTIVE", "SUSPENDED", "CONCLUDED", "TERMINATED"),
                List.copyOf(italy.keySet()));
        assertTrue(italy.get("PROPOSED") >= 1);
        Map<String, Long> all = partnerships.statusCounts(Actors.COORDINATOR);
        assertTrue(all.get("NEGOTIATING") >= 1 && all.get("PROPOSED") >= italy.get("PROPOSED"));
        Actor stateless = new Actor("nobody", null, null, java.util.Set.of(org.ddmsportal.domain.shared.Role.NSI_STAFF),
                null, null);
        assertEquals(0L, partnerships.statusCounts(stateless).values().stream().mapToLong(Long::longValue).sum());

        InUseException inUse = assertThrows(InUseException.class, () -> organisations.delete(Actors.ADMIN, rsUtility,
                organisations.get(Actors.ADMIN, rsUtility).getVersion()));
        assertEquals(1L, inUse.arguments()[0]);
    }

    private List<String> titles(PartnershipCriteria criteria) {
        return partnerships.search(Actors.COORDINATOR, criteria, new PageRequest(0, 50, "title", true, null, null)).rows()
                .stream().map(Partnership::getTitle).toList();
    }
}
