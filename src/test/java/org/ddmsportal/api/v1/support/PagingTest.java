package org.ddmsportal.api.v1.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PagingTest {

    private static final URI LIST = URI.create("http://localhost/ddms/api/v1/organisations?country=RS&sort=-name");

    @Test
    void defaultsAndLimits() {
        assertEquals(new Paging(0, 25), Paging.of(null, null));
        assertEquals(new Paging(50, 100), Paging.of("50", "100"));
        for (String[] bad : new String[][] {{"-1", "10"}, {"0", "0"}, {"0", "101"}, {"x", "10"}, {"0", "ten"}, {"0", "-5"}}) {
            ApiException e = assertThrows(ApiException.class, () -> Paging.of(bad[0], bad[1]));
            assertEquals(ProblemKind.INVALID_PARAMETER, e.kind());
            assertEquals(400, e.kind().status());
            assertEquals(1, e.fieldErrors().size());
        }
        assertEquals("limit", assertThrows(ApiException.class, () -> Paging.of("0", "101")).fieldErrors().get(0).field());
    }

    @Test
    void firstPageHasNoPrevious() {
        Map<String, URI> links = new Paging(0, 25).links(LIST, 60);
        assertFalse(links.containsKey("prev"));
        assertEquals(25, offset(links.get("next")));
        assertEquals(50, offset(links.get("last")));
        assertEquals(0, offset(links.get("first")));
        assertTrue(links.get("self").getQuery().contains("country=RS"), "filters are kept");
        assertTrue(links.get("self").getQuery().contains("sort=-name"), "sort is kept");
    }

    @Test
    void lastPageHasNoNext() {
        Map<String, URI> links = new Paging(50, 25).links(LIST, 60);
        assertFalse(links.containsKey("next"));
        assertEquals(25, offset(links.get("prev")));
        assertEquals(50, offset(links.get("last")));
    }

    @Test
    void exactMultipleAndEmptyList() {
        assertEquals(-1, new Paging(25, 25).nextOffset(50));
        assertEquals(25, new Paging(0, 25).lastOffset(50));
        Map<String, URI> empty = new Paging(0, 25).links(LIST, 0);
        assertEquals(Set.of("self", "first", "last"), empty.keySet());
        assertEquals(0, offset(empty.get("last")));
    }

    @Test
    void previousOfAnOffsetInsideThePageStartsAtZero() {
        assertEquals(0, new Paging(10, 25).previousOffset());
        assertEquals(-1, new Paging(0, 25).previousOffset());
    }

    @Test
    void headerLinksCarryTheirRelations() {
        String header = Paging.linkHeader(new Paging(25, 25).links(LIST, 60));
        assertTrue(header.contains("rel=\"next\""), header);
        assertTrue(header.contains("rel=\"prev\""), header);
    }

    private static int offset(URI uri) {
        for (String part : uri.getQuery().split("&")) {
            if (part.startsWith("offset=")) {
                return Integer.parseInt(part.substring(7));
            }
        }
        throw new AssertionError("no offset in " + uri);
    }
}
