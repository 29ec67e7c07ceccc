package org.ddmsportal.domain.workflow;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A lifecycle as declared in {@code workflows/<name>.json}: states, the initial and final ones,
 * the transitions between them, and per state its tags (what the code asks of a state, e.g.
 * {@code frozen}) and its entry effects (what entering it does besides changing the state, in
 * order). Immutable; {@link #problems} says what is wrong with a definition before anything
 * relies on it.
 */
public record WorkflowDefinition(String name, String initial, List<String> states, Set<String> finals,
                                 List<Transition> transitions, Map<String, Set<String>> tags,
                                 Map<String, List<String>> onEnter) {

    public WorkflowDefinition {
        states = List.copyOf(states);
        finals = Set.copyOf(finals);
        transitions = List.copyOf(transitions);
        tags = Map.copyOf(tags);
        onEnter = Map.copyOf(onEnter);
    }

    /** A definition whose states have no tags and no entry effects. */
    public WorkflowDefinition(String name, String initial, List<String> states, Set<String> finals,
                              List<Transition> transitions) {
        this(name, initial, states, finals, transitions, Map.of(), Map.of());
    }

    /** Whether the state carries the tag ({@code "tags": ["frozen"]} in the file). */
    public boolean hasTag(String state, String tag) {
        return tags.getOrDefault(state, Set.of()).contains(tag);
    }

    /** The states carrying the tag, in declaration order. */
    public List<String> tagged(String tag) {
        return states.stream().filter(s -> hasTag(s, tag)).toList();
    }

    /** The effects entering the state runs, in order ({@code "onEnter"} in the file). */
    public List<String> onEnter(String state) {
        return onEnter.getOrDefault(state, List.of());
    }

    public Optional<Transition> transition(String transitionName) {
        return transitions.stream().filter(t -> t.name().equals(transitionName)).findFirst();
    }

    /** The transition of that name that enters {@code to} (a move declared once per target). */
    public Optional<Transition> transition(String transitionName, String to) {
        return transitions.stream().filter(t -> t.name().equals(transitionName) && t.to().equals(to)).findFirst();
    }

    /** The transitions that leave a state, in declaration order. */
    public List<Transition> leaving(String state) {
        return transitions.stream().filter(t -> t.leaves(state)).toList();
    }

    public boolean isFinal(String state) {
        return finals.contains(state);
    }

    /**
     * What is wrong with the definition, given what the portal knows: unknown or duplicate states
     * and transitions, unknown guards, effects, tags or templates, guards or effects of another
     * workflow, transitions out of final states, states that cannot be reached. Empty when the
     * definition is sound.
     */
    public List<String> problems(WorkflowVocabulary known) {
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
            if (!names.add(t.name() + " -> " + t.to())) {
                problems.add(where + " to '" + t.to() + "' is declared twice");
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
                String owner = known.guards().get(g);
                if (owner == null) {
                    problems.add(where + " names unknown guard '" + g + "'");
                } else if (!owner.equals(name)) {
                    problems.add(where + " names guard '" + g + "' of workflow '" + owner + "'");
                }
            }
            for (String n : t.notifications()) {
                if (!known.templates().contains(n)) {
                    problems.add(where + " names unknown template '" + n + "'");
                }
            }
        }
        for (String s : states) {
            for (String tag : tags.getOrDefault(s, Set.of())) {
                if (!known.tags().contains(tag)) {
                    problems.add("state '" + s + "' has unknown tag '" + tag + "'");
                }
            }
        }
        for (String s : states) {
            List<String> effects = onEnter(s);
            if (new LinkedHashSet<>(effects).size() != effects.size()) {
                problems.add("state '" + s + "' runs an effect twice");
            }
            for (String e : effects) {
                String owner = known.effects().get(e);
                if (owner == null) {
                    problems.add("state '" + s + "' names unknown effect '" + e + "'");
                } else if (!owner.equals(name)) {
                    problems.add("state '" + s + "' names effect '" + e + "' of workflow '" + owner + "'");
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
