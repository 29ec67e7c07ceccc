package org.ddmsportal.domain.workflow;

import java.util.List;
import java.util.Objects;

/**
 * Why the portal fired an automatic transition, as a message key and its arguments
 * ({@code lifecycle.auto.agreement.expire} with the expiry date), so that each reader sees it in
 * their own language; only what people wrote (a party's reason) is kept as they wrote it.
 */
public record AutoComment(String key, List<String> arguments) {

    public AutoComment {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
    }

    public static AutoComment of(String key, Object... arguments) {
        return new AutoComment(key, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
