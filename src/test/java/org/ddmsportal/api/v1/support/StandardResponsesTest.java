package org.ddmsportal.api.v1.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.junit.jupiter.api.Test;

/**
 * The problem responses {@link StandardResponses} adds, by an operation's shape: the same each
 * kind of operation of {@code /api/v1} declared one by one before (the ones particular to an
 * operation — 409, a list's 404, the rubric's 403, … — stay on it).
 */
class StandardResponsesTest {

    private static Set<String> codes(String path, HttpMethod method, boolean ifMatch, boolean paged, boolean body) {
        return StandardResponses.implied(path, method, ifMatch, paged, body).stream().map(s -> s.code)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void aListAnswers400ForItsParameters() {
        assertEquals(Set.of("400", "401", "429", "500"), codes("/api/v1/contacts", HttpMethod.GET, false, true, false));
        assertEquals(Set.of("400", "401", "404", "429", "500"),
                codes("/api/v1/indicators/{id}/observations", HttpMethod.GET, false, true, false));
    }

    @Test
    void aReadOfARecord404() {
        assertEquals(Set.of("401", "404", "429", "500"), codes("/api/v1/contacts/{id}", HttpMethod.GET, false, false, false));
        assertEquals(Set.of("401", "404", "429", "500"),
                codes("/api/v1/agreements/{id}/transitions", HttpMethod.GET, false, false, false));
    }

    @Test
    void creatingAndReplacingARecord() {
        assertEquals(Set.of("400", "401", "403", "413", "422", "429", "500"),
                codes("/api/v1/contacts", HttpMethod.POST, false, false, true));
        assertEquals(Set.of("400", "401", "403", "404", "412", "413", "422", "428", "429", "500"),
                codes("/api/v1/contacts/{id}", HttpMethod.PUT, true, false, true));
        assertEquals(Set.of("401", "403", "404", "412", "428", "429", "500"),
                codes("/api/v1/contacts/{id}", HttpMethod.DELETE, true, false, false));
    }

    @Test
    void aPagedListsOffsetAndLimitAreDescribedAsTheyWereDeclared() {
        assertEquals("Index of the first item (default 0)", StandardResponses.pagingDescription("offset"));
        assertEquals("Items per page (default 25, at most 100)", StandardResponses.pagingDescription("limit"));
        assertNull(StandardResponses.pagingDescription("sort"));
    }

    @Test
    void aWriteToASubResource() {
        assertEquals(Set.of("401", "403", "404", "412", "422", "428", "429", "500"),
                codes("/api/v1/pilots/{id}/transitions/{transition}", HttpMethod.POST, true, false, true));
        assertEquals(Set.of("401", "403", "404", "412", "422", "428", "429", "500"),
                codes("/api/v1/agreements/{id}/parties", HttpMethod.PUT, true, false, true));
        assertEquals(Set.of("401", "403", "404", "422", "429", "500"),
                codes("/api/v1/indicators/{id}/observations", HttpMethod.POST, false, false, true));
    }
}
