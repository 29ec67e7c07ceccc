package org.ddmsportal.infrastructure.workflow;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ddmsportal.application.shared.Jsons;
import org.ddmsportal.domain.shared.Role;
import org.ddmsportal.domain.workflow.Transition;
import org.ddmsportal.domain.workflow.WorkflowDefinition;
import org.ddmsportal.domain.workflow.WorkflowVocabulary;

/**
 * Reads a workflow file of {@code workflows/} and checks it: the JSON's shape here, the
 * definition's sense in {@link WorkflowDefinition#problems}. Every problem is reported with the
 * file's name, so a broken file stops the portal with a message that says what to fix.
 */
public final class WorkflowFiles {

    private WorkflowFiles() {
    }

    /**
     * @param file  the file's name, for messages
     * @param in    its content
     * @param known the guards, effects, templates and tags the portal implements
     * @throws IllegalStateException naming the file and every problem found
     */
    public static WorkflowDefinition read(String file, InputStream in, WorkflowVocabulary known) {
        List<String> problems = new ArrayList<>();
        WorkflowDefinition definition;
        try (var reader = Jsons.reader(in)) {
            JsonObject json = reader.readObject();
            String name = text(json, "workflow", problems);
            String initial = text(json, "initial", problems);
            List<String> states = new ArrayList<>();
            Set<String> finals = new LinkedHashSet<>();
            Map<String, Set<String>> tags = new LinkedHashMap<>();
            Map<String, List<String>> onEnter = new LinkedHashMap<>();
            for (JsonValue value : array(json, "states", problems)) {
                JsonObject state = value.asJsonObject();
                String stateName = text(state, "name", problems);
                states.add(stateName);
                if (state.getBoolean("final", false)) {
                    finals.add(stateName);
                }
                if (!strings(state, "tags").isEmpty()) {
                    tags.put(stateName, new LinkedHashSet<>(strings(state, "tags")));
                }
                if (!strings(state, "onEnter").isEmpty()) {
                    onEnter.put(stateName, strings(state, "onEnter"));
                }
            }
            List<Transition> transitions = new ArrayList<>();
            for (JsonValue value : array(json, "transitions", problems)) {
                JsonObject t = value.asJsonObject();
                String tName = text(t, "name", problems);
                Set<Role> roles = EnumSet.noneOf(Role.class);
                for (String roleName : strings(t, "roles")) {
                    Role.fromRoleName(roleName).ifPresentOrElse(roles::add,
                            () -> problems.add("transition '" + tName + "' names unknown role '" + roleName + "'"));
                }
                transitions.add(new Transition(tName, new LinkedHashSet<>(strings(t, "from")), text(t, "to", problems),
                        roles, strings(t, "guards"), strings(t, "notify"),
                        t.getBoolean("automatic", false), t.getBoolean("commentOptional", false)));
            }
            definition = new WorkflowDefinition(name, initial, states, finals, transitions, tags, onEnter);
        } catch (JsonException | ClassCastException | IllegalStateException e) {
            throw new IllegalStateException("workflows/" + file + " is not a valid workflow file: " + e.getMessage(), e);
        }
        if (problems.isEmpty()) {
            problems.addAll(definition.problems(known));
        }
        if (!file.equals(definition.name() + ".json")) {
            problems.add("declares workflow '" + definition.name() + "' but is named " + file);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("workflows/" + file + " is broken: " + String.join("; ", problems));
        }
        return definition;
    }

    private static String text(JsonObject json, String key, List<String> problems) {
        JsonValue value = json.get(key);
        if (value instanceof JsonString s && !s.getString().isBlank()) {
            return s.getString();
        }
        problems.add("'" + key + "' is missing");
        return "";
    }

    private static List<JsonValue> array(JsonObject json, String key, List<String> problems) {
        JsonValue value = json.get(key);
        if (value instanceof JsonArray a) {
            return a;
        }
        problems.add("'" + key + "' is missing");
        return List.of();
    }

    private static List<String> strings(JsonObject json, String key) {
        JsonValue value = json.get(key);
        if (!(value instanceof JsonArray a)) {
            return List.of();
        }
        return a.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
