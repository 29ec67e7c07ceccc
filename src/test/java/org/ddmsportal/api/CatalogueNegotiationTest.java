package org.ddmsportal.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which of its two formats the catalogue gives for an Accept header (RFC 9110 12.5.1): by weight,
 * then by the header's order; a type weighted 0 is refused, also where a wildcard would take it.
 */
class CatalogueNegotiationTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "|turtle",
        "*/*|turtle",
        "text/turtle|turtle",
        "application/ld+json|json-ld",
        "application/ld+json;q=0.5, text/turtle;q=0.1|json-ld",
        "text/turtle, application/ld+json|turtle",
        "application/ld+json, text/turtle|json-ld",
        "text/turtle;q=0, */*|json-ld",
        "application/ld+json;q=0, */*|turtle",
        "text/html, application/*;q=0.9|json-ld",
        "garbage;;, application/ld+json|json-ld",
    })
    void theWeightsThenTheOrderDecide(String accept, String expected) {
        List<String> header = accept == null ? null : List.of(accept);
        assertEquals(expected, CatalogueResource.prefersJsonLd(header) ? "json-ld" : "turtle", String.valueOf(accept));
    }
}
