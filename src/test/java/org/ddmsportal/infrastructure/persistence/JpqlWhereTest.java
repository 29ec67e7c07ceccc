package org.ddmsportal.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

class JpqlWhereTest {

    @Test
    void aBoundedCountReadsTheIdsUnderTheSameFromAndJoins() {
        assertEquals("SELECT d.id FROM Dataset d JOIN d.provider pr LEFT JOIN d.country c",
                JpqlWhere.boundedCount("SELECT COUNT(d) FROM Dataset d JOIN d.provider pr LEFT JOIN d.country c"));
    }

    @Test
    void aCountOfAnotherShapeIsRefusedRatherThanGuessed() {
        assertThrows(IllegalArgumentException.class, () -> JpqlWhere.boundedCount("SELECT COUNT(DISTINCT d) FROM Dataset d"));
        assertThrows(IllegalArgumentException.class, () -> JpqlWhere.boundedCount("SELECT d FROM Dataset d"));
    }

    @Test
    void aListsRequestCountsEveryMatchUnlessAskedToStop() {
        PageRequest request = new PageRequest(40, 20, "title", false, Map.of("country", "RS"), "data");
        assertEquals(0, request.countUpTo());
        PageRequest bounded = request.countingUpTo(1_000);
        assertEquals(1_000, bounded.countUpTo());
        assertEquals(new PageRequest(40, 20, "title", false, Map.of("country", "RS"), "data", 1_000), bounded);
        assertEquals(0, new PageRequest(0, 20, null, true, null, null, -5).countUpTo());
        assertFalse(new Page<>(java.util.List.of(), 3).more());
    }
}
