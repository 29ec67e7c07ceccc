package org.ddmsportal.application.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The address recorded for a signer (ClientAddress.resolve), without a container. */
class ClientAddressTest {

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
