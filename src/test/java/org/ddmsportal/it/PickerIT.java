package org.ddmsportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.ddmsportal.application.casestudy.CaseStudyAuthoring;
import org.ddmsportal.application.casestudy.CaseStudyForm;
import org.ddmsportal.application.casestudy.CaseStudyQueries;
import org.ddmsportal.application.picker.Picker;
import org.ddmsportal.application.picker.PickerService;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Pick;
import org.ddmsportal.domain.shared.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The autocomplete pickers against the real database: every organisation of a country with
 * far more than the old menus' 500 entries can be found and picked, prefix matches come first,
 * the user's own country first where every country may be picked, a picker never offers nor
 * accepts another country's records where its form is scoped to the user's, a draft case study
 * stays with those who may read it, and a suggestion costs at most two queries.
 */
@ExtendWith(ArquillianExtension.class)
class PickerIT {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private static final int MANY = 600;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    PickerService pickers;

    @Inject
    CaseStudyQueries caseStudies;

    @Inject
    CaseStudyAuthoring authoring;


    @Resource(lookup = "java:app/jdbc/ddms")
    DataSource dataSource;

    private static final Actor MANAGER_MD = new Actor("it.manager.md", "Manager MD (test)", "it.manager.md@test.ddms",
            Set.of(Role.NSI_MANAGER), "MD", null);

    /** Inserts organisations "{prefix} 0001" … in one statement batch; answers their ids in name order. */
    private List<Long> insertOrganisations(String prefix, String country, String type, int count) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO organisation (name, type_id, country_id,"
                     + " version, created_at, created_by, modified_at, modified_by)"
                     + " SELECT ?, t.id, k.id, 0, UTC_TIMESTAMP(6), 'it', UTC_TIMESTAMP(6), 'it'"
                     + " FROM organisation_type t, country k WHERE t.code = ? AND k.iso_alpha2 = ?")) {
            for (int i = 1; i <= count; i++) {
                insert.setString(1, prefix + String.format(Locale.ROOT, " %04d", i));
                insert.setString(2, type);
                insert.setString(3, country);
                insert.addBatch();
            }
            insert.executeBatch();
            SeededChange.record(c, "PickerIT " + prefix); // as a user's change would
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id FROM organisation WHERE name LIKE '" + prefix
                         + " %' ORDER BY name")) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private List<Long> ids(List<Pick> picks) {
        return picks.stream().map(Pick::id).toList();
    }

    @Test
    void everyOrganisationOfACountryWithManyIsFoundAndPickedPrefixMatchesFirst() throws Exception {
        String prefix = "Picktown " + SEQUENCE.incrementAndGet();
        List<Long> cities = insertOrganisations(prefix, "MD", "MUNICIPALITY", MANY);
        long last = cities.get(MANY - 1);

        // the 600th city of Moldova: found by its full name, and the page may pick it (its label loads)
        List<Pick> found = pickers.suggest(MANAGER_MD, Picker.CITY, prefix + " 0600", null, Locale.ENGLISH);
        assertEquals(List.of(last), ids(found));
        assertEquals(prefix + " 0600", found.get(0).label());
        assertEquals(List.of(new Pick(last, prefix + " 0600")),
                pickers.labels(MANAGER_MD, Picker.CITY, List.of(last), Locale.ENGLISH));

        // a short prefix gives at most 20, in name order
        List<Pick> first = pickers.suggest(MANAGER_MD, Picker.CITY, prefix, null, Locale.ENGLISH);
        assertEquals(cities.subList(0, PickerService.LIMIT), ids(first));

        // text inside the name matches after the names that start with it
        String word = "Inner" + SEQUENCE.incrementAndGet();
        List<Long> starting = insertOrganisations(word, "MD", "UTILITY", 1);
        List<Long> inside = insertOrganisations("Old " + word, "MD", "UTILITY", 1);
        assertEquals(List.of(starting.get(0), inside.get(0)),
                ids(pickers.suggest(MANAGER_MD, Picker.ORGANISATION, word, null, Locale.ENGLISH)));
    }

    @Test
    void aPickerScopedToTheUsersCountryNeverOffersNorAcceptsAnotherCountrysRecords() throws Exception {
        String prefix = "Scopeville " + SEQUENCE.incrementAndGet();
        List<Long> moldovan = insertOrganisations(prefix, "MD", "MUNICIPALITY", 3);
        List<Long> serbian = insertOrganisations(prefix + " RS", "RS", "MUNICIPALITY", 1);

        // pilot cities: the Serbian manager gets Serbia's only, and no label for a forged Moldovan id
        assertEquals(serbian, ids(pickers.suggest(Actors.MANAGER_RS, Picker.CITY, prefix, null, Locale.ENGLISH)));
        assertEquals(List.of(), pickers.labels(Actors.MANAGER_RS, Picker.CITY, moldovan, Locale.ENGLISH));
        assertEquals(List.of(), pickers.suggest(Actors.MANAGER_RS, Picker.LEAD, prefix, null, Locale.ENGLISH));

        // partners may be of any country: the user's own country comes first
        List<Long> forRs = ids(pickers.suggest(Actors.MANAGER_RS, Picker.ORGANISATION, prefix, null, Locale.ENGLISH));
        assertEquals(serbian.get(0), forRs.get(0));
        assertEquals(4, forRs.size());
        List<Long> forMd = ids(pickers.suggest(MANAGER_MD, Picker.ORGANISATION, prefix, null, Locale.ENGLISH));
        assertEquals(moldovan, forMd.subList(0, 3));

        // a form's country narrows a picker (a parent of the same country), never widens it
        assertEquals(List.of(), pickers.suggest(Actors.MANAGER_RS, Picker.CITY, prefix, "MD", Locale.ENGLISH));
        assertEquals(moldovan,
                ids(pickers.suggest(Actors.MANAGER_RS, Picker.ORGANISATION, prefix, "MD", Locale.ENGLISH)));
    }

    @Test
    void aDraftCaseStudyIsOfferedOnlyToThoseWhoMayReadIt() {
        long n = SEQUENCE.incrementAndGet();
        CaseStudyForm form = new CaseStudyForm();
        form.setTitle("Pickable draft " + n);
        form.setLanguage("en");
        long draft = authoring.create(Actors.MANAGER_RS, form);

        assertEquals(List.of(draft), ids(pickers.suggest(Actors.MANAGER_RS, Picker.CASE_STUDY, "Pickable draft " + n,
                null, Locale.ENGLISH)));
        assertEquals(List.of(draft), ids(pickers.suggest(Actors.COORDINATOR, Picker.CASE_STUDY, "draft " + n,
                null, Locale.ENGLISH)));
        assertEquals(List.of(), pickers.suggest(Actors.MANAGER_IT, Picker.CASE_STUDY, "Pickable draft " + n,
                null, Locale.ENGLISH));
        assertEquals(List.of(), pickers.labels(Actors.MANAGER_IT, Picker.CASE_STUDY, List.of(draft), Locale.ENGLISH));
    }

    @Test
    void aSuggestionCostsAtMostTwoQueries() throws Exception {
        String prefix = "Querytown " + SEQUENCE.incrementAndGet();
        insertOrganisations(prefix, "MD", "MUNICIPALITY", 30);
        long prefixOnly = QueryCounter.selects(dataSource,
                () -> pickers.suggest(MANAGER_MD, Picker.CITY, prefix, null, Locale.ENGLISH));
        long both = QueryCounter.selects(dataSource,
                () -> pickers.suggest(MANAGER_MD, Picker.DATASET, "no dataset is called this", null, Locale.ENGLISH));
        assertTrue(prefixOnly <= 1, "a full page of prefix matches is one query, was " + prefixOnly);
        assertTrue(both <= 2, "prefix and contains are two queries, was " + both);
    }
}
