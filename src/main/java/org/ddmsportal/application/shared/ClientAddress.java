package org.ddmsportal.application.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request came from, as evidence (the signer's address on an agreement).
 *
 * <p>Decision: the connection's own address is the evidence. {@code X-Forwarded-For} is a header
 * any client can write, so it is read only when the connection comes from a proxy listed in
 * {@code app.http.trusted-proxies} (comma-separated addresses, as servers' "trusted proxies"
 * settings): then the right-most entry that is not itself a trusted proxy is the client, and the
 * evidence names both, {@code "203.0.113.5 via 10.0.0.2"}. The agreement's page and the REST API
 * record a signature's address through this one rule.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "app.http.trusted-proxies")
    Optional<String> trustedProxies;

    /** The evidence for a request from the connection {@code remote} with this {@code X-Forwarded-For} header (may be null). */
    public String of(String remote, String forwardedFor) {
        return resolve(remote, forwardedFor, trusted());
    }

    private Set<String> trusted() {
        return trustedProxies.map(s -> Arrays.stream(s.split(",")).map(String::strip).filter(p -> !p.isEmpty())
                .collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
    }

    /** The evidence for a connection from {@code remote} that sent {@code forwardedFor}. */
    public static String resolve(String remote, String forwardedFor, Set<String> trusted) {
        if (remote == null || !trusted.contains(remote) || forwardedFor == null || forwardedFor.isBlank()) {
            return remote;
        }
        List<String> hops = new ArrayList<>(Arrays.stream(forwardedFor.split(",")).map(String::strip)
                .filter(h -> !h.isEmpty()).toList());
        String client = null;
        for (int i = hops.size() - 1; i >= 0; i--) {
            client = hops.get(i);
            if (!trusted.contains(client)) {
                break;
            }
        }
        if (client == null || client.equals(remote) || !plausible(client)) {
            return remote;
        }
        return client + " via " + remote;
    }

    /** An IPv4 or IPv6 address's characters only (a header can carry anything). */
    private static boolean plausible(String address) {
        return address.length() <= 45 && address.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':');
    }
}
