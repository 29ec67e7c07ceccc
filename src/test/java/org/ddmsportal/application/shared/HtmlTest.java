package org.ddmsportal.application.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** JSON placed inside a page's script element (Html.scriptJson), without a container. */
class HtmlTest {

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
}
