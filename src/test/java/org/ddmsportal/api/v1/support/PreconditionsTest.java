package org.ddmsportal.api.v1.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PreconditionsTest {

    @Test
    void ifMatchNamesOneVersion() {
        assertEquals(3, Preconditions.ifMatch("\"3\""));
        assertEquals(3, Preconditions.ifMatch(" W/\"3\" "));
        assertEquals(0, Preconditions.ifMatch("\"0\""));
    }

    @Test
    void withoutIfMatch428() {
        assertEquals(ProblemKind.PRECONDITION_REQUIRED, assertThrows(ApiException.class, () -> Preconditions.ifMatch(null)).kind());
        assertEquals(428, assertThrows(ApiException.class, () -> Preconditions.ifMatch(" ")).kind().status());
    }

    @Test
    void malformedIfMatch400() {
        for (String bad : new String[] {"3", "*", "\"3\", \"4\"", "\"x\"", "\"-1\"", "\"\"", "W/3"}) {
            ApiException e = assertThrows(ApiException.class, () -> Preconditions.ifMatch(bad), bad);
            assertEquals(400, e.kind().status(), bad);
            assertEquals("If-Match", e.fieldErrors().get(0).field());
        }
    }

    @Test
    void staleIfMatch412() {
        assertEquals(4, Preconditions.require("\"4\"", 4L));
        assertEquals(ProblemKind.PRECONDITION_FAILED,
                assertThrows(ApiException.class, () -> Preconditions.require("\"3\"", 4L)).kind());
        assertEquals(ProblemKind.PRECONDITION_REQUIRED,
                assertThrows(ApiException.class, () -> Preconditions.require(null, 4L)).kind());
    }
}
