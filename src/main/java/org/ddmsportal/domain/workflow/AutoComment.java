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

    /**
     * The arguments as text; an ASCII control character in one (what a pasted reason may hold) is
     * a space, so none holds the character that separates them when stored
     * ({@link WorkflowEvent#ARGUMENT_SEPARATOR}).
     */
    public static AutoComment of(String key, Object... arguments) {
        return new AutoComment(key, java.util.Arrays.stream(arguments).map(String::valueOf)
                .map(a -> CONTROL.matcher(a).replaceAll(" ")).toList());
    }

    /** ASCII control characters but tab and line breaks. */
    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
}
