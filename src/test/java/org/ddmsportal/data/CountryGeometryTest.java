package org.ddmsportal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.ddmsportal.application.data.CountryGeometry;
import org.junit.jupiter.api.Test;

/**
 * Every country the migrations create has a centroid and a bounding box for the catalogue, and
 * each centroid lies in its box (a swapped latitude/longitude or a wrong line would not).
 */
class CountryGeometryTest {

    static List<String> alpha3OfTheMigration() throws IOException {
        try (InputStream in = CountryGeometryTest.class.getResourceAsStream("/db/migration/V2__countries.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Pattern.compile("'[A-Z]{2}', *'([A-Z]{3})'").matcher(sql).results().map(m -> m.group(1)).toList();
        }
    }

    @Test
    void everyCountryOfTheMigrationHasItsGeometry() throws IOException {
        List<String> codes = alpha3OfTheMigration();
        assertEquals(56, codes.size());
        List<String> missing = codes.stream().filter(c -> CountryGeometry.of(c).isEmpty()).toList();
        assertEquals(List.of(), missing);
    }

    @Test
    void eachCentroidLiesInItsBoundingBox() throws IOException {
        for (String code : alpha3OfTheMigration()) {
            CountryGeometry g = CountryGeometry.of(code).orElseThrow();
            assertTrue(g.south() <= g.latitude() && g.latitude() <= g.north(), code + " latitude");
            assertTrue(g.west() <= g.longitude() && g.longitude() <= g.east(), code + " longitude");
        }
    }

    @Test
    void serbiaIsWrittenAsWkt() {
        CountryGeometry serbia = CountryGeometry.of("SRB").orElseThrow();
        assertEquals("POINT(21.005859 44.016521)", serbia.centroidWkt());
        assertTrue(serbia.bboxWkt().startsWith("POLYGON(("), serbia.bboxWkt());
    }
}
