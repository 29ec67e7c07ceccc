package org.ddmsportal.domain.workflow;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A lifecycle as declared in {@code workflows/<name>.json}: states, the initial and final ones,
 * and the transitions between them. Immutable; {@link #problems} says what is wrong with a
 * definition before anything relies on it.
 */
public record WorkflowDefinition(String name, String initial, List<String> states, Set<String> finals,
                                 List<Transition> transitions) {

    public WorkflowDefinition {
        states = List.copyOf(states);
        finals = Set.copyOf(finals);
        transitions = List.copyOf(transitions);
    }

    public Optional<Transition> transition(String transitionName) {
        return transitions.stream().filter(t -> t.name().equals(transitionName)).findFirst();
    }

    /** The transitions that leave a state, in declaration order. */
    public List<Transition> leaving(String state) {
        return transitions.stream().filter(t -> t.leaves(state)).toList();
    }

    public boolean isFinal(String state) {
        return finals.contains(state);
    }

    /**
     * What is wrong with the definition, given the guards and templates the portal knows: unknown
     * or duplicate states and transitions, unknown guards or templates, transitions out of final
     * states, states that cannot be reached. Empty when the definition is sound.
     */
    public List<String> problems(Set<String> knownGuards, Set<String> knownTemplates) {
        List<String> problems = new ArrayList<>();
        Set<String> stateSet = new LinkedHashSet<>(states);
        if (stateSet.size() != states.size()) {
            problems.add("a state is declared twice");
        }
        if (!stateSet.contains(initial)) {
            problems.add("the initial state '" + initial + "' is not a declared state");
        }
        for (String f : finals) {
            if (!stateSet.contains(f)) {
                problems.add("the final state '" + f + "' is not a declared state");
            }
        }
        Set<String> names = new LinkedHashSet<>();
        for (Transition t : transitions) {
            String where = "transition '" + t.name() + "'";
            if (!names.add(t.name())) {
                problems.add(where + " is declared twice");
            }
            if (t.from().isEmpty()) {
                problems.add(where + " leaves no state");
            }
            for (String s : t.from()) {
                if (!stateSet.contains(s)) {
                    problems.add(where + " leaves unknown state '" + s + "'");
                } else if (finals.contains(s)) {
                    problems.add(where + " leaves final state '" + s + "'");
                }
            }
            if (!stateSet.contains(t.to())) {
                problems.add(where + " enters unknown state '" + t.to() + "'");
            }
            if (t.roles().isEmpty() && !t.automatic()) {
                problems.add(where + " allows no role");
            }
            if (!t.roles().isEmpty() && t.automatic()) {
                problems.add(where + " is automatic and names roles");
            }
            for (String g : t.guards()) {
                if (!knownGuards.contains(g)) {
                    problems.add(where + " names unknown guard '" + g + "'");
                }
            }
            for (String n : t.notifications()) {
                if (!knownTemplates.contains(n)) {
                    problems.add(where + " names unknown template '" + n + "'");
                }
            }
        }
        Set<String> reached = new LinkedHashSet<>(Set.of(initial));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Transition t : transitions) {
                if (t.from().stream().anyMatch(reached::contains) && reached.add(t.to())) {
                    grew = true;
                }
            }
        }
        for (String s : states) {
            if (!reached.contains(s)) {
                problems.add("state '" + s + "' cannot be reached from '" + initial + "'");
            }
        }
        return problems;
    }
}
