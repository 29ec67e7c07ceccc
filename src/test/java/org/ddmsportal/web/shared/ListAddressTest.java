package org.ddmsportal.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
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
        assertEquals("?text=a+b&organisationId=12&sort=-title", q);
        assertEquals("", a.query(new PageRequest(0, 20, null, true, Map.of(), null)));
        assertNull(ListAddress.of(PartnershipCriteria.class, Map.of()).getText());
    }
}
