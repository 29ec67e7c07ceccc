package org.ddmsportal.api.v1.support;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictJsonBodiesTest {

    @Test
    void oneJsonValueInUtf8IsLetThrough() {
        for (String body : new String[] {"{\"name\":\"Café Београд\"}", "[1,[2,{}]]", "5", "\"x\"", "  {} \n", ""}) {
            assertDoesNotThrow(() -> StrictJsonBodies.check(body.getBytes(StandardCharsets.UTF_8)), body);
        }
    }

    @Test
    void anythingAfterTheValueIsRefusedSayingSo() {
        for (String body : new String[] {"{\"name\":\"x\"}xyz", "{}{}", "[1] 2", "{} ,"}) {
            ApiException e = assertThrows(ApiException.class, () -> StrictJsonBodies.check(body.getBytes(StandardCharsets.UTF_8)), body);
            assertEquals(ProblemKind.MALFORMED_BODY, e.kind());
            assertEquals("api.problem.malformedBody.trailing", e.detailKey(), body);
        }
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedNotStoredAsReplacementCharacters() {
        byte[] latin1 = "{\"name\":\"Caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        ApiException e = assertThrows(ApiException.class, () -> StrictJsonBodies.check(latin1));
        assertEquals("api.problem.malformedBody.encoding", e.detailKey());
    }

    @Test
    void aValueNestedDeeperThanTheParserGoesIsAMalformedBodyNotA500() {
        String deep = "{\"x\":" + "[".repeat(1500) + "]".repeat(1500) + "}";
        ApiException e = assertThrows(ApiException.class, () -> StrictJsonBodies.check(deep.getBytes(StandardCharsets.UTF_8)));
        assertEquals(ProblemKind.MALFORMED_BODY, e.kind());
    }

    @Test
    void aBrokenValueIsTheUsualMalformedBody() {
        ApiException e = assertThrows(ApiException.class, () -> StrictJsonBodies.check("{\"name\": ".getBytes(StandardCharsets.UTF_8)));
        assertEquals("api.problem.malformedBody.detail", e.detailKey());
    }
}
