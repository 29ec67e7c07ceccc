package org.ddmsportal.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.ddmsportal.application.shared.ClientAddress;
import org.ddmsportal.application.shared.Html;
import org.ddmsportal.domain.data.Observation;
import org.junit.jupiter.api.Test;

/** The small rules behind the trust fixes, without a container. */
class TrustRulesTest {

    private static final String PAYLOAD = "u</script><img src=x onerror=alert(1)>";

    @Test
    void jsonInsideAScriptCannotCloseItAndStaysTheSameValue() {
        String json = Json.createObjectBuilder().add("unit", PAYLOAD + "&\u2028\u2029").build().toString();
        String safe = Html.scriptJson(json);
        assertFalse(safe.contains("<"), safe);
        assertFalse(safe.contains(">"), safe);
        assertFalse(safe.contains("&"), safe);
        assertFalse(safe.contains("\u2028") || safe.contains("\u2029"), safe);
        assertEquals(PAYLOAD + "&\u2028\u2029",
                Json.createReader(new StringReader(safe)).readObject().getString("unit"));
    }

    @Test
    void chartConfigurationsCarryNoMarkup() {
        Observation o = new Observation("X", "RS" + PAYLOAD, "2024", new java.math.BigDecimal("1.5"), null);
        String series = Charts.series(List.of(o), t -> t, PAYLOAD);
        String comparison = Charts.comparison(List.of(o), t -> t, PAYLOAD, PAYLOAD);
        for (String chart : List.of(series, comparison)) {
            assertFalse(chart.contains("</script"), chart);
            assertFalse(chart.contains("<"), chart);
            assertTrue(chart.contains("\\u003c/script\\u003e"), chart);
        }
    }

    @Test
    void theSignersAddressIsTheConnectionsUnlessAProxyIsTrusted() {
        // no trusted proxy: the header is the client's word and is ignored
        assertEquals("192.0.2.7", ClientAddress.resolve("192.0.2.7", "6.6.6.6", Set.of()));
        // a connection from a proxy that is not listed: ignored too
        assertEquals("192.0.2.7", ClientAddress.resolve("192.0.2.7", "6.6.6.6", Set.of("10.0.0.2")));
        // from a trusted proxy: the right-most untrusted entry, and both are recorded
        assertEquals("203.0.113.5 via 10.0.0.2",
                ClientAddress.resolve("10.0.0.2", "6.6.6.6, 203.0.113.5", Set.of("10.0.0.2")));
        assertEquals("203.0.113.5 via 10.0.0.2",
                ClientAddress.resolve("10.0.0.2", "203.0.113.5, 10.0.0.3", Set.of("10.0.0.2", "10.0.0.3")));
        // a header that is not an address, or absent
        assertEquals("10.0.0.2", ClientAddress.resolve("10.0.0.2", "<script>", Set.of("10.0.0.2")));
        assertEquals("10.0.0.2", ClientAddress.resolve("10.0.0.2", null, Set.of("10.0.0.2")));
    }
}
