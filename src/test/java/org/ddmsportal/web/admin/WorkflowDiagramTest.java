package org.ddmsportal.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.ddmsportal.domain.shared.Role;
import org.ddmsportal.domain.workflow.Transition;
import org.ddmsportal.domain.workflow.WorkflowDefinition;
import org.junit.jupiter.api.Test;

class WorkflowDiagramTest {

    @Test
    void drawsEveryStateAndEveryTransitionWithEscapedLabels() {
        WorkflowDefinition w = new WorkflowDefinition("demo", "A", List.of("A", "B", "C"), Set.of("C"), List.of(
                new Transition("go", Set.of("A"), "B", Set.of(Role.ADMIN), List.of(), List.of(), false),
                new Transition("back", Set.of("B"), "A", Set.of(Role.ADMIN), List.of(), List.of(), false),
                new Transition("end", Set.of("A", "B"), "C", Set.of(Role.ADMIN), List.of(), List.of(), false)));
        String svg = WorkflowDiagram.svg(w, s -> "state " + s, t -> "<" + t + ">", "Demo & co");

        assertTrue(svg.startsWith("<svg") && svg.endsWith("</svg>"));
        assertTrue(svg.contains("aria-label=\"Demo &amp; co\""));
        for (String s : List.of("state A", "state B", "state C")) {
            assertTrue(svg.contains(">" + s + "<"), s);
        }
        assertEquals(3, count(svg, "<rect"));
        assertEquals(4, count(svg, "marker-end="), "one arrow per transition and source state");
        assertTrue(svg.contains("&lt;go&gt;"));
        assertFalse(svg.contains("<go>"));
    }

    @Test
    void drawsTheGsbpmPhasesWithEveryMoveDeclaredOncePerTarget() throws Exception {
        WorkflowDefinition phases;
        try (var in = java.nio.file.Files.newInputStream(java.nio.file.Path.of("workflows/pilot-phase.json"))) {
            phases = org.ddmsportal.infrastructure.workflow.WorkflowFiles.read("pilot-phase.json", in,
                    new org.ddmsportal.domain.workflow.WorkflowVocabulary(java.util.Map.of(), java.util.Map.of(),
                            Set.of(), Set.of()));
        }
        String svg = WorkflowDiagram.svg(phases, s -> "phase " + s, t -> t, "GSBPM");
        assertEquals(8, count(svg, "<rect"));
        assertEquals(7 + 28, count(svg, "marker-end="), "7 steps forward, and from each phase back to every earlier one");
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
