package org.ddmsportal.web.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ddmsportal.domain.data.Observation;
import org.junit.jupiter.api.Test;

/** The charts' configurations (Charts), without a container: hostile names stay text. */
class ChartsTest {

    private static final String PAYLOAD = "u</script><img src=x onerror=alert(1)>";

    @Test
    void chartConfigurationsCarryNoMarkup() {
        Observation o = new Observation("X", "RS" + PAYLOAD, "2024", new java.math.BigDecimal("1.5"), null);
        String series = Charts.series(List.of(o), t -> t, PAYLOAD, java.util.Locale.FRENCH);
        String comparison = Charts.comparison(List.of(o), t -> t, PAYLOAD, PAYLOAD, java.util.Locale.FRENCH);
        for (String chart : List.of(series, comparison)) {
            assertFalse(chart.contains("</script"), chart);
            assertFalse(chart.contains("<"), chart);
            assertTrue(chart.contains("\\u003c/script\\u003e"), chart);
            assertTrue(chart.contains("\"locale\":\"fr\""), "numbers as a French reader writes them: " + chart);
        }
    }
}
