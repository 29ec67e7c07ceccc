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
import org.ddmsportal.domain.workflow.WorkflowDefinition;
import org.ddmsportal.infrastructure.workflow.WorkflowFiles;
import org.junit.jupiter.api.Test;

/** The workflow files of workflows/ load, and broken ones are refused with a message saying why. */
class WorkflowFilesTest {

    private static final Set<String> GUARDS = Set.of("hasPartner", "hasStartDate");

    private static WorkflowDefinition read(String file, String json) {
        return WorkflowFiles.read(file, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), GUARDS,
                Set.of());
    }

    @Test
    void thePartnershipLifecycleLoads() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("workflows/partnership.json"))) {
            WorkflowDefinition d = WorkflowFiles.read("partnership.json", in, GUARDS, Set.of());
            assertEquals("PROPOSED", d.initial());
            assertEquals(6, d.states().size());
            assertEquals(Set.of("CONCLUDED", "TERMINATED"), d.finals());
            assertEquals("ACTIVE", d.transition("resume").orElseThrow().to());
            assertEquals(3, d.leaving("SUSPENDED").size(), "resume, conclude, terminate leave SUSPENDED");
        }
    }

    @Test
    void theAgreementLifecycleLoadsWithItsGuardsAndTemplates() throws Exception {
        Set<String> guards = new org.ddmsportal.application.workflow.WorkflowGuards().names();
        Set<String> templates = Set.copyOf(org.ddmsportal.application.mail.Notifications.TEMPLATES);
        try (InputStream in = Files.newInputStream(Path.of("workflows/agreement.json"))) {
            WorkflowDefinition d = WorkflowFiles.read("agreement.json", in, guards, templates);
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
                new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)),
                new org.ddmsportal.application.workflow.WorkflowGuards().names(),
                Set.copyOf(org.ddmsportal.application.mail.Notifications.TEMPLATES)));
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
    }

    private static void assertMessage(String expected, Runnable load) {
        IllegalStateException e = assertThrows(IllegalStateException.class, load::run);
        assertTrue(e.getMessage().contains(expected) && e.getMessage().startsWith("workflows/"), e.getMessage());
    }
}
