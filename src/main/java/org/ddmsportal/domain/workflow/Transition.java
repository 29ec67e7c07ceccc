package org.ddmsportal.domain.workflow;

import java.util.List;
import java.util.Set;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Role;

/**
 * One transition of a workflow: from which states, to which state, who may fire it, which
 * named guards must hold and which notification templates it sends. An automatic transition
 * has no button: the portal fires it as the consequence of something else (the last signature,
 * a decline, a date reached), with the actor who caused it. A transition asks for a comment
 * saying why, unless it is declared {@code "commentOptional": true} (a GSBPM phase forward).
 *
 * <p>A name is usually one transition; a move declared once per target (the GSBPM phases:
 * {@code phaseBack} to each earlier phase) repeats its name with another {@code to}, and is
 * fired with the target the user chose.
 */
public record Transition(String name, Set<String> from, String to, Set<Role> roles, List<String> guards,
                         List<String> notifications, boolean automatic, boolean commentOptional) {

    public Transition {
        from = Set.copyOf(from);
        roles = Set.copyOf(roles);
        guards = List.copyOf(guards);
        notifications = List.copyOf(notifications);
    }

    /** A transition that asks for a comment. */
    public Transition(String name, Set<String> from, String to, Set<Role> roles, List<String> guards,
                      List<String> notifications, boolean automatic) {
        this(name, from, to, roles, guards, notifications, automatic, false);
    }

    public boolean leaves(String state) {
        return from.contains(state);
    }

    public boolean allows(Actor actor) {
        return !automatic && roles.stream().anyMatch(actor::has);
    }
}
