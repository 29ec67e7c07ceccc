package org.ddmsportal.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.ddmsportal.domain.workflow.WorkflowDefinition;
import org.ddmsportal.domain.workflow.WorkflowVocabulary;
import org.ddmsportal.infrastructure.workflow.WorkflowFiles;
import org.junit.jupiter.api.Test;

/** The workflow files of workflows/ load, and broken ones are refused with a message saying why. */
class WorkflowFilesTest {

    private static final Set<String> GUARDS = Set.of("hasPartner", "hasStartDate");

    /** The guards, effects and tags of one workflow (none of another), and the templates. */
    static WorkflowVocabulary known(String workflow, Set<String> guards, Set<String> effects, Set<String> templates,
                                    Set<String> tags) {
        return new WorkflowVocabulary(guards.stream().collect(Collectors.toMap(g -> g, g -> workflow)),
                effects.stream().collect(Collectors.toMap(e -> e, e -> workflow)), templates, tags);
    }

    private static WorkflowDefinition read(String file, String json) {
        return read(file, json, known("demo", GUARDS, Set.of("stamp"), Set.of(), Set.of("frozen")));
    }

    private static WorkflowDefinition read(String file, String json, WorkflowVocabulary known) {
        return WorkflowFiles.read(file, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), known);
    }

    @Test
    void thePartnershipLifecycleLoads() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("workflows/partnership.json"))) {
            WorkflowDefinition d = WorkflowFiles.read("partnership.json", in,
                    known("partnership", GUARDS, Set.of(), Set.of(), Set.of()));
            assertEquals("PROPOSED", d.initial());
            assertEquals(6, d.states().size());
            assertEquals(Set.of("CONCLUDED", "TERMINATED"), d.finals());
            assertEquals("ACTIVE", d.transition("resume").orElseThrow().to());
            assertEquals(3, d.leaving("SUSPENDED").size(), "resume, conclude, terminate leave SUSPENDED");
        }
    }

    @Test
    void theAgreementLifecycleLoadsWithItsGuardsAndTemplates() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("workflows/agreement.json"))) {
            WorkflowDefinition d = WorkflowFiles.read("agreement.json", in, WorkflowDomainTest.portal());
            assertEquals("DRAFT", d.initial());
            assertEquals(Set.of("EXPIRED", "TERMINATED"), d.finals());
            assertTrue(d.transition("complete").orElseThrow().automatic());
            assertFalse(d.transition("complete").orElseThrow().allows(org.ddmsportal.domain.shared.Actor.system()),
                    "an automatic transition is never offered, not even to administrators");
            assertEquals(java.util.List.of("agreement-turn"), d.transition("sendForSignature").orElseThrow().notifications());
        }
        // the same file with a template that does not exist is refused
        String broken = Files.readString(Path.of("workflows/agreement.json")).replace("agreement-declined", "agreement-lost");
        assertMessage("unknown template 'agreement-lost'", () -> WorkflowFiles.read("agreement.json",
                new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), WorkflowDomainTest.portal()));
    }

    private static final String SOUND = """
            {"workflow": "demo", "initial": "A",
             "states": [{"name": "A"}, {"name": "B", "final": true}],
             "transitions": [{"name": "go", "from": ["A"], "to": "B", "roles": ["admin"], "guards": [%s], "notify": [%s]}]}
            """;

    @Test
    void brokenFilesAreRefusedWithTheReason() {
        assertEquals("B", read("demo.json", SOUND.formatted("", "")).transition("go").orElseThrow().to());

        assertMessage("unknown guard 'isFullMoon'", () -> read("demo.json", SOUND.formatted("\"isFullMoon\"", "")));
        assertMessage("unknown template 'partnership-go'",
                () -> read("demo.json", SOUND.formatted("", "\"partnership-go\"")));
        assertMessage("unknown role 'boss'", () -> read("demo.json", SOUND.formatted("", "").replace("admin", "boss")));
        assertMessage("enters unknown state 'C'",
                () -> read("demo.json", SOUND.formatted("", "").replace("\"to\": \"B\"", "\"to\": \"C\"")));
        assertMessage("state 'B' cannot be reached",
                () -> read("demo.json", SOUND.formatted("", "").replace("\"to\": \"B\"", "\"to\": \"A\"")));
        assertMessage("is named other.json", () -> read("other.json", SOUND.formatted("", "")));
        assertMessage("not a valid workflow file", () -> read("demo.json", "{ not json"));
        String twice = SOUND.formatted("", "").replace("]}]}", "]}, {\"name\": \"go\", \"from\": [\"A\"], \"to\": \"B\", \"roles\": [\"admin\"]}]}");
        assertMessage("transition 'go' to 'B' is declared twice", () -> read("demo.json", twice));
    }

    @Test
    void aMoveDeclaredOncePerTargetIsFoundByItsTarget() {
        WorkflowDefinition d = read("demo.json", """
                {"workflow": "demo", "initial": "A",
                 "states": [{"name": "A"}, {"name": "B"}, {"name": "C"}],
                 "transitions": [{"name": "go", "from": ["A"], "to": "B", "roles": ["admin"], "commentOptional": true},
                                 {"name": "go", "from": ["A", "B"], "to": "C", "roles": ["admin"]}]}
                """);
        assertEquals("B", d.transition("go", "B").orElseThrow().to());
        assertEquals("C", d.transition("go", "C").orElseThrow().to());
        assertTrue(d.transition("go", "B").orElseThrow().commentOptional());
        assertFalse(d.transition("go", "C").orElseThrow().commentOptional(), "a comment is asked for unless declared optional");
        assertTrue(d.transition("go", "A").isEmpty());
    }

    private static final String STATES = """
            {"workflow": "demo", "initial": "A",
             "states": [{"name": "A"}, {"name": "B", "final": true, %s}],
             "transitions": [{"name": "go", "from": ["A"], "to": "B", "roles": ["admin"], "guards": [%s]}]}
            """;

    @Test
    void statesCarryTagsAndEntryEffectsInOrder() {
        WorkflowDefinition d = read("demo.json", STATES.formatted("\"tags\": [\"frozen\"], \"onEnter\": [\"stamp\"]", ""));
        assertTrue(d.hasTag("B", "frozen"));
        assertFalse(d.hasTag("A", "frozen"));
        assertEquals(java.util.List.of("B"), d.tagged("frozen"));
        assertEquals(java.util.List.of("stamp"), d.onEnter("B"));
        assertEquals(java.util.List.of(), d.onEnter("A"));
    }

    @Test
    void unknownOrMisplacedTagsEffectsAndGuardsAreRefused() {
        assertMessage("state 'B' has unknown tag 'frozne'", () -> read("demo.json", STATES.formatted("\"tags\": [\"frozne\"]", "")));
        assertMessage("state 'B' names unknown effect 'stomp'",
                () -> read("demo.json", STATES.formatted("\"onEnter\": [\"stomp\"]", "")));
        assertMessage("state 'B' runs an effect twice",
                () -> read("demo.json", STATES.formatted("\"onEnter\": [\"stamp\", \"stamp\"]", "")));
        WorkflowVocabulary otherWorkflows = new WorkflowVocabulary(java.util.Map.of("hasSigner", "agreement"),
                java.util.Map.of("fixDocument", "agreement"), Set.of(), Set.of());
        assertMessage("transition 'go' names guard 'hasSigner' of workflow 'agreement'",
                () -> read("demo.json", STATES.formatted("\"tags\": []", "\"hasSigner\""), otherWorkflows));
        assertMessage("state 'B' names effect 'fixDocument' of workflow 'agreement'",
                () -> read("demo.json", STATES.formatted("\"onEnter\": [\"fixDocument\"]", ""), otherWorkflows));
    }

    private static void assertMessage(String expected, Runnable load) {
        IllegalStateException e = assertThrows(IllegalStateException.class, load::run);
        assertTrue(e.getMessage().contains(expected) && e.getMessage().startsWith("workflows/"), e.getMessage());
    }
}
