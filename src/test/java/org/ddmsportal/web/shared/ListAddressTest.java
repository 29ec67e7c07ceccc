package org.ddmsportal.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ddmsportal.domain.communication.ActivityCriteria;
import org.ddmsportal.domain.contact.ContactCriteria;
import org.ddmsportal.domain.partnership.PartnershipCriteria;
import org.ddmsportal.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

/** A list's address ↔ its table's filters: component names to table fields and back. */
class ListAddressTest {

    private static Map<String, String> params(String... pairs) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.put(pairs[i], pairs[i + 1]);
        }
        return params;
    }

    @Test
    void componentsBecomeTheFieldsTheCriteriaReadFromTheTable() {
        ListAddress a = ListAddress.of(PartnershipCriteria.class,
                params("country", "rs", "status", "ACTIVE", "organisationId", "12", "text", "power", "sort", "-title"));
        assertEquals(Map.of("country", "rs", "status", "ACTIVE", "organisation", "12"), a.getFields());
        assertEquals("power", a.getText());
        assertEquals("organisationId", a.component("organisation"));
        // a component whose shorter name is another component keeps its name
        assertEquals("organisationId", ListAddress.of(ContactCriteria.class, Map.of()).field("organisationId"));
        assertEquals("public", ListAddress.of(ActivityCriteria.class, Map.of()).field("publicOnly"));
    }

    @Test
    void filtersWithoutAColumnStayOn() {
        ListAddress a = ListAddress.of(PartnershipCriteria.class, params("country", "RS", "organisationId", "12"));
        assertEquals(Map.of("organisation", "12"), a.fixedFilters(Set.of("title", "country", "status")));
    }

    @Test
    void theQueryOfAPageUsesTheComponentNames() {
        ListAddress a = ListAddress.of(PartnershipCriteria.class, Map.of());
        PageRequest request = new PageRequest(20, 20, "title", false,
                Map.of("organisation", "12", "nonsense", "x"), "a b");
        String q = a.query(request);
        assertEquals("?text=a+b&organisationId=12&sort=-title&page=2", q);
        assertEquals("", a.query(new PageRequest(0, 20, null, true, Map.of(), null)));
        assertNull(ListAddress.of(PartnershipCriteria.class, Map.of()).getText());
    }
    /**
     * A list that opens on the user's country writes "All" as {@code country=all}, and reads it back
     * as no country filter (not as a country named "all"), without a note.
     */
    @Test
    void allCountriesIsKeptInTheAddressOfAListThatOpensOnTheUsersCountry() {
        ListAddress manager = ListAddress.of(PartnershipCriteria.class, Map.of()).opensOn("RS");
        assertEquals("?status=ACTIVE&country=all",
                manager.query(new PageRequest(0, 20, null, true, Map.of("status", "ACTIVE"), null)));
        assertEquals("?country=IT", manager.query(new PageRequest(0, 20, null, true, Map.of("country", "IT"), null)));
        ListAddress admin = ListAddress.of(PartnershipCriteria.class, Map.of()).opensOn(null);
        assertEquals("", admin.query(new PageRequest(0, 20, null, true, Map.of(), null)), "all is where it opens");

        ListAddress read = ListAddress.of(PartnershipCriteria.class, params("country", "all", "status", "ACTIVE"));
        assertTrue(read.isAllCountries());
        assertEquals(Map.of("status", "ACTIVE"), read.getFields());
        assertEquals(List.of(), read.getNotes());
    }

    @Test
    void thePageIsInTheAddressPastTheFirstOnly() {
        ListAddress a = ListAddress.of(PartnershipCriteria.class, Map.of());
        assertEquals("?status=ACTIVE&page=3", a.query(new PageRequest(40, 20, null, true, Map.of("status", "ACTIVE"), null)));
        // at 50 rows a page, with them: page 2 of 20 rows is another page
        assertEquals("?rows=50&page=2", a.query(new PageRequest(50, 50, null, true, Map.of(), null)), "at 50 rows a page");
        assertEquals("?status=ACTIVE", a.query(new PageRequest(0, 20, null, true, Map.of("status", "ACTIVE"), null)));
        assertEquals("", a.query(new PageRequest(10, 20, null, true, Map.of(), null)), "still on the first page");
    }

    @Test
    void thePageIsReadBackAndIsNoFilter() {
        ListAddress a = ListAddress.of(PartnershipCriteria.class, params("status", "ACTIVE", "page", "3"));
        assertEquals(3, a.getPage());
        assertEquals(40, a.firstAt(20), "the first row of page 3 at 20 rows a page");
        assertEquals(100, a.firstAt(50), "at 50 rows a page");
        assertEquals(40, a.firstAt(0), "the lists' 20 when the table is not known");
        assertEquals(Map.of("status", "ACTIVE"), a.getFields(), "page is not a filter");
        assertNull(a.badPage());
        // read back, written again: the same address
        assertEquals("?status=ACTIVE&page=3",
                a.query(new PageRequest(a.firstAt(20), 20, null, true, Map.of("status", "ACTIVE"), null)));
    }

    /** Rows a page other than the usual 20 are in the address, so a shared link opens as it was copied. */
    @Test
    void rowsAPageOtherThanTheUsualAreInTheAddressAndReadBack() {
        ListAddress a = ListAddress.of(PartnershipCriteria.class, Map.of());
        assertEquals("?rows=10&page=2", a.query(new PageRequest(10, 10, null, true, Map.of(), null)));
        assertEquals("?rows=50", a.query(new PageRequest(0, 50, null, true, Map.of(), null)));
        assertEquals("?page=2", a.query(new PageRequest(20, 20, null, true, Map.of(), null)));

        ListAddress ten = ListAddress.of(PartnershipCriteria.class, params("rows", "10", "page", "2"));
        assertEquals(10, ten.getRows());
        assertEquals(10, ten.firstAt(ten.getRows()));
        assertTrue(ten.getFields().isEmpty(), "rows is no filter");
        for (String nonsense : List.of("x", "-10", "0", "1000")) {
            ListAddress odd = ListAddress.of(PartnershipCriteria.class, params("rows", nonsense));
            assertEquals(20, odd.getRows(), nonsense);
            assertNull(ListAddress.rowsPerPage(nonsense), nonsense);
        }
        // a number the paginator does not offer is the table's to refuse (ListPaging), with a note
        assertEquals(7, ListAddress.of(PartnershipCriteria.class, params("rows", "7")).getRows());
    }

    /** A status its workflow has not (a typed or stale address) is left out and said, not a list emptied in silence. */
    @Test
    void aStatusTheWorkflowHasNotIsLeftOutWithANote() {
        ListAddress bogus = ListAddress.of(PartnershipCriteria.class, params("status", "BOGUS", "country", "RS"))
                .allowing("status", List.of("PROPOSED", "ACTIVE"));
        assertEquals(Map.of("country", "RS"), bogus.getFields());
        assertEquals(Map.of("status", "BOGUS"), bogus.disallowed(), "said in the table's head");
        ListAddress active = ListAddress.of(PartnershipCriteria.class, params("status", "ACTIVE"))
                .allowing("status", List.of("PROPOSED", "ACTIVE"));
        assertEquals(Map.of("status", "ACTIVE"), active.getFields());
        assertTrue(active.disallowed().isEmpty());
    }

    @Test
    void aPageThatIsNoPageNumberOpensTheFirstWithANoteNeverAnError() {
        for (String nonsense : List.of("x", "0", "-2", "2.5", "99999999999999", "1e3")) {
            ListAddress a = ListAddress.of(PartnershipCriteria.class, params("page", nonsense));
            assertEquals(1, a.getPage(), nonsense);
            assertEquals(0, a.getFirst(), nonsense);
            assertEquals(nonsense, a.badPage(), "said in the table's head");
            assertTrue(a.getFields().isEmpty());
        }
        ListAddress blank = ListAddress.of(PartnershipCriteria.class, params("page", " "));
        assertEquals(0, blank.getFirst());
        assertNull(blank.badPage());
        // far past the last page: the table clamps it to its last page when it loads (UIPageableData.calculateFirst)
        ListAddress far = ListAddress.of(PartnershipCriteria.class, params("page", "999999999"));
        assertTrue(far.firstAt(100) > 0 && far.firstAt(100) < Integer.MAX_VALUE, "no overflow: " + far.firstAt(100));
    }
}
